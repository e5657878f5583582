#pragma once
// The committed chain as readers on any thread see it: what the engine last published (the state
// after the head, and the consensus status) and the blocks up to that head.
//
// Blocks, receipts and the transaction index reach the block store before the engine publishes
// the state; anything above the published head stays hidden until then, so a reader that sees a
// receipt also sees its block as the head, and the sender's nonce and balance after it.
//
// Thread-safe: the engine publishes under its own lock and the block store is safe to read
// while the engine writes. The engine must outlive the view.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ordo/chain/block.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/state.h"
#include "ordo/consensus/types.h"
#include "ordo/util/bytes.h"
#include "ordo/util/primitives.h"

namespace ordo::node {

class Engine;

// A committed block as the RPC serves it.
struct BlockInfo {
  chain::Block block;
  Hash32 hash{};
  std::vector<chain::Receipt> receipts;
  uint64_t gas_used = 0;
  U256 base_fee = 0;
  int32_t round = 0;  // the round it was decided in
};

struct TxLocation {
  uint64_t height = 0;
  uint32_t index = 0;
  Hash32 block_hash{};
};

struct ConsensusStatus {
  uint64_t height = 0;        // the height being decided
  int32_t round = 0;
  std::string step;
  uint64_t last_committed = 0;
  uint64_t last_block_time_ms = 0;
  double last_round_ms = 0;   // proposal to commit of the last height
  bool is_validator = false;
  uint64_t signer_last_height = 0;
};

class ChainView {
 public:
  explicit ChainView(const Engine& engine) : m_engine(engine) {}
  ChainView(const ChainView&) = delete;
  ChainView& operator=(const ChainView&) = delete;

  // The state after the head: accounts, the validator set and its monikers, the next base fee.
  std::shared_ptr<const chain::State> State() const;
  uint64_t Height() const;  // the head: the last committed height
  ConsensusStatus Consensus() const;

  // nullopt above the head.
  std::optional<BlockInfo> GetBlockByHeight(uint64_t height) const;
  std::optional<BlockInfo> GetBlockByHash(const Hash32& hash) const;
  std::optional<TxLocation> GetTxLocation(const Hash32& tx_hash) const;
  // The chain's record of a height's precommits: the next block's last_commit (with the
  // precommits that arrived after the decision), else the decision's own certificate.
  std::optional<consensus::CommitCertificate> CertificateAt(uint64_t height) const;

 private:
  const Engine& m_engine;
};

}  // namespace ordo::node
