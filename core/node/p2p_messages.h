#pragma once
// The node's messages over the p2p transport (frame types 0x01..0x08), in the canonical codec.

#include <memory>
#include <vector>

#include "ordo/chain/block.h"
#include "ordo/consensus/types.h"
#include "ordo/net/network.h"
#include "ordo/util/status.h"

namespace ordo::node {

enum class MsgType : uint8_t {
  Proposal = 1,       // proposal + the encoded block
  Vote = 2,
  Tx = 3,             // raw signed Ethereum transaction
  Evidence = 4,
  Status = 5,         // (height being decided, round): drives vote catch-up and block sync
  BlockResponse = 6,  // committed blocks with their commit certificates, ascending
  Txs = 7,            // raw signed transactions, gossiped in batches (one frame, one TLS record)
  TxsTo = 8,          // a batch plus the peers it went to, so none of them gets it again from the receiver
  CandidateBlock = 9,  // (height, round, block) sent by the round's proposer ahead of its signed proposal
};

inline constexpr size_t txs_per_message_max = 1024;

inline constexpr size_t sync_blocks_per_message_max = 16;

struct StatusMsg {
  uint64_t height = 0;
  int32_t round = 0;
};

struct SyncedBlock {
  Bytes block;  // encoded chain::Block
  consensus::CommitCertificate certificate;
};

Bytes EncodeProposalMsg(const consensus::Proposal& p, const Bytes& block);
Result<std::pair<consensus::Proposal, Bytes>> DecodeProposalMsg(ByteSpan payload);
// CandidateBlock: a small block its proposer sends before signing the proposal for it (the
// signature waits for two flushes), so that validators validate it meanwhile. Unsigned: only a
// hint; the proposal that follows still carries the block and decides.
struct CandidateBlockMsg {
  uint64_t height = 0;
  int32_t round = 0;
  Bytes block;  // encoded chain::Block
};
Bytes EncodeCandidateBlockMsg(const CandidateBlockMsg& m);
Result<CandidateBlockMsg> DecodeCandidateBlockMsg(ByteSpan payload);
Bytes EncodeStatusMsg(const StatusMsg& s);
Result<StatusMsg> DecodeStatusMsg(ByteSpan payload);
// Raw transactions in one message: at most txs_per_message_max, each at most tx_bytes_max.
Bytes EncodeTxsMsg(const std::vector<std::shared_ptr<const Bytes>>& txs);
Result<std::vector<Bytes>> DecodeTxsMsg(ByteSpan payload, size_t tx_bytes_max);

// TxsTo: the node ids the same batch was sent to (each 20 bytes on the wire, at most
// txs_recipients_max; a sender with more peers lists the first ones), then a Txs payload. A
// receiver relays the batch only to its peers that are neither listed nor the sender: in a full
// mesh nothing is relayed, and every transaction crosses each link once.
inline constexpr size_t txs_recipients_max = 256;
struct TxsToMsg {
  std::vector<net::PeerId> recipients;  // lowercase hex, as net::PeerId
  std::vector<Bytes> txs;
};
Bytes EncodeTxsToMsg(const std::vector<net::PeerId>& recipients, const std::vector<std::shared_ptr<const Bytes>>& txs);
Result<TxsToMsg> DecodeTxsToMsg(ByteSpan payload, size_t tx_bytes_max);
Bytes EncodeBlockResponse(const std::vector<SyncedBlock>& blocks);
Result<std::vector<SyncedBlock>> DecodeBlockResponse(ByteSpan payload);

}  // namespace ordo::node
