#pragma once
// A full sequencer node: consensus driver on one strand, mempool, block production and
// validation, RocksDB storage with one synced batch per block, the consensus WAL and the
// double-sign guard, JSON-RPC. `ordod` runs one; the control panel embeds several.
//
// Threads: an io_context run by io_threads_max threads. Consensus work is serialised on a strand;
// RPC handlers run on the io threads and use only the thread-safe queries below.

#include <atomic>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ordo/chain/block.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/state.h"
#include "ordo/net/network.h"
#include "ordo/node/config.h"
#include "ordo/util/status.h"

namespace ordo::rpc { class Dispatcher; }

namespace ordo::node {

class Node;

enum class LogLevel { Trace, Debug, Info, Warn, Error, Critical };

struct EvidenceRecord {
  consensus::Evidence evidence;
  uint64_t seen_ms = 0;           // Unix ms when this node first saw it
  uint64_t included_height = 0;   // 0: not yet in a committed block
};

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

// Phase durations of one committed height as this node lived it (summed over rounds).
struct HeightTiming {
  uint64_t height = 0;
  int32_t rounds = 1;
  double propose_ms = 0;
  double prevote_ms = 0;
  double precommit_ms = 0;
  double commit_ms = 0;     // decision to durable commit (execution + synced write)
  double total_ms = 0;      // height start to the end of the commit (after the mempool's recheck)
  // From the height's first proposal reaching this node (its own, for the proposer) to the
  // decision (> 2/3 precommits) and to the durable commit; 0 when not observed.
  double proposal_to_decision_ms = 0;
  double proposal_to_commit_ms = 0;
  double validate_ms = 0;   // validating proposed blocks (decode, signatures, execution, roots)
  bool synced = false;      // applied by block sync: no phases observed
  uint64_t txs = 0;
  uint64_t time_ms = 0;     // block header time
};

struct VoteSeen {
  double at_ms = 0;         // since the round started
  consensus::VoteType type = consensus::VoteType::Prevote;
  bool nil = false;
  consensus::ValidatorIndex validator = 0;
};

struct TimeoutSeen {
  uint64_t height = 0;
  int32_t round = 0;
  consensus::TimeoutKind kind = consensus::TimeoutKind::Propose;
  uint64_t time_ms = 0;
};

// The round being decided: first vote per validator and type in arrival order, recent timeouts.
struct LiveRoundInfo {
  uint64_t height = 0;
  int32_t round = 0;
  std::string step;
  uint64_t round_started_ms = 0;
  std::vector<VoteSeen> votes;
  std::vector<TimeoutSeen> timeouts;  // newest last
};

// Signing record of a validator over the last signing_window_heights committed heights.
struct SigningStats {
  uint64_t last_signed_height = 0;
  uint64_t missed_in_window = 0;
  uint64_t window = 0;
};

inline constexpr size_t height_timings_max = 2048;
// Senders a candidate block (p2p CandidateBlock, unsigned) may make a node recover: the rest must be
// in its pool already, so a forged candidate costs at most this many recoveries; a block with more
// waits for its signed proposal, which is validated in full.
inline constexpr size_t candidate_unknown_txs_max = 16;
inline constexpr size_t live_timeouts_max = 32;
inline constexpr size_t signing_window_heights = 100;
inline constexpr size_t evidence_records_max = 256;

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
  chain::Account GetAccount(const Address& a) const;  // committed state
  uint64_t PendingNonce(const Address& a) const;
  U256 BaseFee() const;                               // of the next block
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
  uint16_t p2p_port() const;  // 0 without networking
  const std::string& home() const;
  const NodeConfig& config() const;
  const NodeMetrics& Metrics() const;

  // Observation for the control panel (thread-safe, bounded).
  std::vector<HeightTiming> HeightTimings(size_t max) const;  // oldest first
  LiveRoundInfo LiveRound() const;
  std::vector<SigningStats> Signing() const;                  // by validator index
  std::vector<EvidenceRecord> EvidenceSeen() const;           // oldest first
  std::map<net::PeerId, uint64_t> PeerHeights() const;        // last committed height each reported
  int64_t ClockOffsetMs() const;  // local time at commit minus header time, last block proposed by a peer
  uint64_t LastCommitLocalMs() const;
  std::optional<consensus::CommitCertificate> CertificateAt(uint64_t height) const;
  bool NetworkPaused() const;
  // The kept log lines (the last recent_log_lines_max) with seq > after_seq, oldest first, at most
  // `max`. *next_seq: the after_seq of the next call (the last seq returned, else the newest seq
  // logged, which is below after_seq when after_seq came from an earlier run of the node).
  std::vector<LogLine> RecentLogs(uint64_t after_seq, size_t max, uint64_t* next_seq) const;

  // Mempool admission (thread-safe; signature recovery on the calling thread).
  mempool::AdmitResult SubmitRawTransaction(ByteSpan raw);

 private:
  Node();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::node
