#pragma once
// A full sequencer node: consensus driver on one strand, mempool, block production and
// validation, RocksDB storage with one synced batch per block, the consensus WAL and the
// double-sign guard, JSON-RPC. `ordod` runs one; the control panel embeds several.
//
// Threads: an io_context run by io_threads_max threads. Consensus work is serialised on a strand;
// RPC handlers run on the io threads. Callers on other threads go to the part that does the job
// (chain(), observation(), mempool(), network()), each thread-safe on its own; the few
// operations that span parts stay here.

#include <atomic>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ordo/chain/genesis.h"
#include "ordo/mempool/mempool.h"
#include "ordo/net/network.h"
#include "ordo/node/chain_view.h"
#include "ordo/node/config.h"
#include "ordo/node/evidence_log.h"
#include "ordo/node/observation.h"
#include "ordo/util/status.h"

namespace ordo::rpc { class Dispatcher; }

namespace ordo::node {

class Node;

enum class LogLevel { Trace, Debug, Info, Warn, Error, Critical };

// Observers run on node threads (the consensus strand, the logger's caller): post and return.
struct NodeObservers {
  std::function<void(LogLevel level, uint64_t time_ms, const std::string& message)> log;
  std::function<void(uint64_t height)> commit;
  std::function<void(const EvidenceRecord&)> evidence;
};

struct NodeOptions {
  std::string home;                 // contains config.toml, genesis.json, keys, data/, logs/
  NodeConfig config;
  chain::Genesis genesis;
  std::optional<Bytes> validator_secret;  // 32 bytes; absent: a non-validating full node
  std::optional<Bytes> node_secret;       // 32 bytes p2p identity; absent: no networking
  bool log_to_stderr = true;
  bool small_memory = false;        // several nodes in one process: smaller RocksDB caches
  NodeObservers observers;
  // Registers JSON-RPC methods beyond the node's own (the control panel's, from the interfaces
  // layer above), once, in Open; the node outlives every handler. May be empty.
  std::function<void(const Node& node, rpc::Dispatcher& dispatcher)> extra_rpc_methods;
};

// One line of the node's log as RecentLogs serves it.
struct LogLine {
  uint64_t seq = 0;        // 1, 2, ... in the order logged since Open
  uint64_t time_ms = 0;    // Unix ms
  LogLevel level = LogLevel::Info;
  std::string message;     // at most log_line_bytes_max bytes
};

inline constexpr size_t recent_log_lines_max = 2048;
inline constexpr size_t log_line_bytes_max = 4096;

// Senders a candidate block (p2p CandidateBlock, unsigned) may make a node recover: the rest must be
// in its pool already, so a forged candidate costs at most this many recoveries; a block with more
// waits for its signed proposal, which is validated in full.
inline constexpr size_t candidate_unknown_txs_max = 16;

// The reason given for a ban by the operator (ordo_banPeer, the panel's peers page).
inline constexpr char operator_ban_reason[] = "banned by the operator";

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

  // Constant after Open; any thread.
  const std::string& home() const;
  const NodeConfig& config() const;
  const chain::Genesis& genesis() const;
  const std::optional<crypto::XOnlyPublicKey>& validator_key() const;  // absent: not a validator
  // Set by Start; any thread after it returns. 0 before Start, and p2p_port without networking.
  uint16_t rpc_port() const;
  uint16_t p2p_port() const;

  // The parts. Each is thread-safe (see its header) and lives as long as the node.
  const ChainView& chain() const;          // committed blocks, state and consensus status
  const Observation& observation() const;  // timings, live round, signing, evidence, peer heights
  const NodeMetrics& metrics() const;
  const mempool::Mempool& mempool() const;
  // Peers, bans, disconnects. Null without networking, and before Start.
  net::Network* network();
  const net::Network* network() const;

  // Operations across parts; thread-safe.
  // Mempool admission against the head's state, then gossip (signature recovery on the caller's
  // thread).
  mempool::AdmitResult SubmitRawTransaction(ByteSpan raw);
  // The next nonce of a sender: the head's account nonce plus its contiguous pending transactions.
  uint64_t PendingNonce(const Address& a) const;
  // The Prometheus text of /metrics: the engine's, the pool's, gossip's and the peer count.
  std::string MetricsText() const;
  // The kept log lines (the last recent_log_lines_max) with seq > after_seq, oldest first, at most
  // `max`. *next_seq: the after_seq of the next call (the last seq returned, else the newest seq
  // logged, which is below after_seq when after_seq came from an earlier run of the node).
  std::vector<LogLine> RecentLogs(uint64_t after_seq, size_t max, uint64_t* next_seq) const;
  // The panel's "pause networking" (net::Network::SetPaused), remembered by the node: NetworkPaused()
  // says what was last asked, with or without networking.
  void SetNetworkPaused(bool paused);
  bool NetworkPaused() const;

 private:
  Node();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::node
