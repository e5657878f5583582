#pragma once
// Building this node's block and validating a proposed one against the chain tip. Validation is
// the production rule the simulator checks validity by: header fields, proposer, the last commit
// verified against the validator set that signed it (the tip's last_validators, not the next
// height's), every transaction recovered and executed, the roots, the evidence, the size.
// Engine thread only; the mempool and the verified-signature cache are shared with it.

#include <cstddef>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include "node/block_store.h"
#include "ordo/chain/block.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/consensus/signing.h"
#include "ordo/storage/wal.h"
#include "ordo/util/status.h"

namespace ordo::mempool { class Mempool; }

namespace ordo::node {

// A block's encoding stays below the WAL record (its proposal is logged with it) and a p2p frame
// (block sync carries it with its certificate), with room for both.
inline constexpr size_t block_bytes_max = 3 * 1024 * 1024;
static_assert(block_bytes_max + 64 * 1024 <= storage::wal_record_bytes_max);
// Room the header, evidence and last commit leave for transactions when building.
inline constexpr size_t block_overhead_bytes_max = 256 * 1024;
// A header time more than this ahead of the local clock is refused.
inline constexpr uint64_t block_time_ahead_ms_max = 10'000;

struct Prepared {
  chain::Block block;
  Hash32 hash{};
  size_t encoded_bytes = 0;
  chain::BlockExecution exec;
  std::shared_ptr<chain::State> post;
};

class BlockBuilder {
 public:
  BlockBuilder(const chain::Genesis& genesis, mempool::Mempool& pool, consensus::VerifiedSignatures& verified)
      : m_genesis(genesis), m_pool(pool), m_verified(verified) {}

  // This node's block for the tip's next height: transactions from the pool within the gas, count
  // and byte limits, the pending evidence, the last commit.
  std::shared_ptr<Prepared> Build(const ChainTip& tip, consensus::ValidatorIndex own, uint64_t now_ms,
                                  const std::vector<consensus::Evidence>& evidence) const;

  // Full validation of an encoded block. With `builder`, the header must name that validator (a
  // new proposal: its signer); without, any validator of the set (a value re-proposed in a later
  // round by another proposer, or a block a commit certificate proves): the block pays its fees to
  // the validator its header names. InvalidArgument with the reason when invalid; Unavailable when
  // more than unknown_max of its transactions would have to be recovered (not judged: a candidate
  // block waits for its signed proposal).
  Result<std::shared_ptr<Prepared>> Validate(const ChainTip& tip, const Bytes& block_bytes,
                                             std::optional<consensus::ValidatorIndex> builder, uint64_t now_ms,
                                             size_t unknown_max = std::numeric_limits<size_t>::max()) const;

 private:
  Status RecoverAll(const std::vector<Bytes>& raws, const std::vector<Hash32>& hashes, const std::vector<size_t>& which,
                    std::vector<chain::TxPtr>& out) const;

  const chain::Genesis& m_genesis;
  mempool::Mempool& m_pool;
  consensus::VerifiedSignatures& m_verified;
};

}  // namespace ordo::node
