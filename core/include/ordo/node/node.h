#pragma once
// A full sequencer node: consensus driver on one strand, mempool, block production and
// validation, RocksDB storage with one synced batch per block, the consensus WAL and the
// double-sign guard, JSON-RPC. `ordod` runs one; the control panel embeds several.
//
// Threads: an io_context run by io_threads_max threads. Consensus work is serialised on a strand;
// RPC handlers run on the io threads and use only the thread-safe queries below.

#include <atomic>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/state.h"
#include "ordo/codec/consensus_codec.h"
#include "ordo/net/network.h"
#include "ordo/node/config.h"
#include "ordo/util/status.h"

namespace ordo::node {

struct NodeOptions {
  std::string home;                 // contains config.toml, genesis.json, keys, data/, logs/
  NodeConfig config;
  chain::Genesis genesis;
  std::optional<Bytes> validator_secret;  // 32 bytes; absent: a non-validating full node
  std::optional<Bytes> node_secret;       // 32 bytes p2p identity; absent: no networking
  bool log_to_stderr = true;
};

// A committed block as the RPC serves it.
struct BlockInfo {
  chain::Block block;
  Hash32 hash{};
  std::vector<chain::Receipt> receipts;
  uint64_t gas_used = 0;
  chain::U256 base_fee = 0;
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

inline constexpr double height_duration_buckets_ms[] = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};
inline constexpr size_t height_duration_bucket_count = std::size(height_duration_buckets_ms);

struct NodeMetrics {
  // Last duration of each step (propose, prevote, precommit), in microseconds.
  std::atomic<uint64_t> step_us[3] = {0, 0, 0};
  // Histogram of height durations (height start to commit), cumulative buckets + +Inf.
  std::atomic<uint64_t> height_buckets[height_duration_bucket_count + 1] = {};
  std::atomic<uint64_t> height_duration_sum_us{0};
  std::atomic<uint64_t> blocks_committed{0};
  std::atomic<uint64_t> txs_committed{0};
  std::atomic<uint64_t> rounds_total{0};
  std::atomic<uint64_t> last_block_interval_ms{0};
  std::atomic<uint64_t> fsyncs{0};
};

class Node {
 public:
  ~Node();
  // Opens storage and restores the chain, state, WAL and signer state. Refuses (FailedPrecondition-
  // like Status::Conflict) when the signer state is behind the chain's record of this validator's
  // votes, which would risk a double sign.
  static Result<std::unique_ptr<Node>> Open(NodeOptions options);

  [[nodiscard]] Status Start();  // RPC listening, consensus running
  void Stop();                   // idempotent; returns when all threads are joined

  // Thread-safe queries.
  const chain::Genesis& genesis() const;
  uint64_t evm_chain_id() const;
  uint64_t Height() const;                                   // last committed height
  chain::Account GetAccount(const chain::Address& a) const;  // committed state
  uint64_t PendingNonce(const chain::Address& a) const;
  chain::U256 BaseFee() const;                               // of the next block
  std::optional<BlockInfo> GetBlockByHeight(uint64_t height) const;
  std::optional<BlockInfo> GetBlockByHash(const Hash32& hash) const;
  std::optional<TxLocation> GetTxLocation(const Hash32& tx_hash) const;
  chain::TxPtr GetPendingTx(const Hash32& tx_hash) const;
  ConsensusStatus Consensus() const;
  consensus::ValidatorSet Validators() const;
  std::vector<std::string> ValidatorMonikers() const;
  mempool::Stats MempoolStats() const;
  std::vector<chain::TxPtr> MempoolTop(size_t n) const;
  std::optional<crypto::XOnlyPublicKey> ValidatorKey() const;
  std::string MetricsText() const;
  std::vector<net::PeerInfo> Peers() const;
  std::vector<net::BannedPeer> BannedPeers() const;
  void DisconnectPeer(const net::PeerId& peer);
  void BanPeer(const net::PeerId& peer);
  void UnbanPeer(const net::PeerId& peer);
  void SetNetworkPaused(bool paused);
  uint16_t rpc_port() const;

  // Mempool admission (thread-safe; signature recovery on the calling thread).
  mempool::AdmitResult SubmitRawTransaction(ByteSpan raw);

 private:
  Node();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::node
