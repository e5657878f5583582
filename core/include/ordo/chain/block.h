#pragma once
// L2 blocks: header, ordered transactions (opaque Ethereum transaction bytes at this layer),
// evidence and the commit certificate of the previous block.

#include <optional>
#include <string>
#include <vector>

#include "ordo/consensus/types.h"
#include "ordo/util/bytes.h"

namespace ordo::chain {

struct BlockHeader {
  std::string chain_id;
  uint64_t height = 0;
  uint64_t time_ms = 0;  // proposer's wall clock, ms since the Unix epoch
  Hash32 prev_hash{};
  Hash32 txs_root{};
  Hash32 receipts_root{};
  Hash32 state_root{};
  Hash32 validators_hash{};
  Hash32 next_validators_hash{};
  Hash32 last_commit_hash{};
  Hash32 evidence_hash{};
  crypto::XOnlyPublicKey proposer{};
  bool operator==(const BlockHeader&) const = default;
};

struct Block {
  BlockHeader header;
  std::vector<Bytes> txs;
  std::vector<consensus::Evidence> evidence;
  std::optional<consensus::CommitCertificate> last_commit;  // absent only at height 1
  bool operator==(const Block&) const = default;
};

}  // namespace ordo::chain
