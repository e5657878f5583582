#pragma once
// The control panel's only view of the node (DESIGN.md, "Layers"): an abstract interface with
// plain value structs, implemented by the core (an embedded local network, a single node joined
// to a network, or a headless ordod reached over JSON-RPC) and by a fake in the UI tests. Nothing here points into node internals.
//
// Thread safety: every method may be called from any thread; calls may block for a few
// milliseconds (locks, a RocksDB read), so the GUI calls them from its worker thread only.
// Notification callbacks run on node threads: they must only post to their owner and return.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ordo::interfaces {

// Unsubscribes when destroyed (or on disconnect()); the callback never runs afterwards.
class Handler {
 public:
  virtual ~Handler() = default;
  virtual void disconnect() = 0;  // idempotent
};

enum class LogLevel { Trace, Debug, Info, Warn, Error, Critical };

enum class NodeMode {
  LocalNetwork,  // the operator's node plus companion validators, all in this process
  Joined,        // one node in this process, joined to a network from its genesis and peers
  Remote,        // a headless ordod this panel talks to over JSON-RPC
};

struct NodeStatus {
  NodeMode mode = NodeMode::LocalNetwork;
  bool running = false;
  std::string moniker;
  std::string chain_id;
  uint64_t evm_chain_id = 0;
  std::string data_dir;
  std::string log_file;
  std::string rpc_url;                 // "http://127.0.0.1:8545", empty when RPC is off
  uint64_t height = 0;                 // the height being decided
  int32_t round = 0;
  std::string step;                    // "propose", "prevote", "precommit", "commit", "unstarted"
  uint64_t last_committed = 0;
  uint64_t last_block_time_ms = 0;     // Unix ms, from the block header
  uint64_t last_commit_local_ms = 0;   // Unix ms on this machine when the last block committed
  uint64_t last_block_interval_ms = 0;
  uint64_t target_block_interval_ms = 0;
  uint64_t best_peer_height = 0;       // highest height a peer reported; 0 without peers
  size_t peers = 0;
  bool network_paused = false;
  bool is_validator = false;           // the operator's key is in the active set
  std::string validator_key;           // x-only hex, empty when the node has no validator key
  uint64_t own_power = 0;
  uint64_t total_power = 0;
  uint64_t signer_last_height = 0;     // the double-sign guard's last signed height
  uint64_t txs_committed = 0;          // since start
  int64_t clock_offset_ms = 0;         // local receive time minus the proposer's block time, last peer block
  uint64_t disk_free_bytes = 0;        // on the data directory's file system
  uint64_t now_ms = 0;                 // when this snapshot was taken

  bool operator==(const NodeStatus&) const = default;
};

// Phase durations of one committed height, in milliseconds, summed over its rounds.
struct HeightTiming {
  uint64_t height = 0;
  int32_t rounds = 1;        // rounds it took (decided round + 1)
  double propose_ms = 0;     // height start until the proposal arrived (or propose timed out)
  double prevote_ms = 0;     // prevote step until a precommit was cast
  double precommit_ms = 0;   // precommit step until the decision
  double commit_ms = 0;      // decision until the block was executed and durably stored
  double total_ms = 0;       // height start until durably committed
  bool synced = false;       // fetched by block sync: no phases were observed
  uint64_t txs = 0;
  uint64_t time_ms = 0;      // block header time

  bool operator==(const HeightTiming&) const = default;
};

struct VoteArrival {
  double at_ms = 0;           // since the round started
  bool precommit = false;     // false: prevote
  bool nil = false;
  uint64_t power = 0;         // the voter's power

  bool operator==(const VoteArrival&) const = default;
};

struct TimeoutEvent {
  uint64_t height = 0;
  int32_t round = 0;
  std::string step;           // "propose", "prevote", "precommit"
  uint64_t time_ms = 0;       // Unix ms when it fired

  bool operator==(const TimeoutEvent&) const = default;
};

// The round being decided right now, as this node sees it.
struct LiveRound {
  uint64_t height = 0;
  int32_t round = 0;
  std::string step;
  uint64_t total_power = 0;
  uint64_t quorum_power = 0;         // the smallest power that is more than 2/3
  uint64_t prevote_power = 0;        // distinct validators that prevoted in this round
  uint64_t prevote_nil_power = 0;
  uint64_t precommit_power = 0;
  uint64_t precommit_nil_power = 0;
  uint64_t round_started_ms = 0;     // Unix ms
  std::vector<VoteArrival> arrivals; // in arrival order, first vote per validator and type
  std::vector<TimeoutEvent> recent_timeouts;  // newest last

  bool operator==(const LiveRound&) const = default;
};

struct PeerInfo {
  std::string id;              // hex of the peer's node key digest
  std::string node_key;        // x-only hex
  std::string moniker;
  std::string address;         // "host:port"
  bool outbound = false;
  uint64_t validator_power = 0;  // 0: not a validator's node
  uint64_t height = 0;         // last height it reported
  double rtt_ms = 0;
  uint64_t bytes_in = 0;
  uint64_t bytes_out = 0;
  int score = 0;               // misbehaviour points
  uint64_t connected_since_ms = 0;

  bool operator==(const PeerInfo&) const = default;
};

struct BannedPeerInfo {
  std::string id;
  std::string reason;
  uint64_t until_ms = 0;

  bool operator==(const BannedPeerInfo&) const = default;
};

struct ValidatorInfo {
  int index = 0;
  std::string key;             // x-only hex
  std::string moniker;
  uint64_t power = 0;
  double power_share = 0;      // 0..1
  int64_t proposer_priority = 0;
  uint64_t last_signed_height = 0;  // last commit certificate with its signature; 0: none seen
  uint64_t missed_in_window = 0;
  uint64_t window = 0;         // heights observed in the window
  bool is_self = false;
  bool active = true;          // in the active set (jailed and tombstoned arrive with staking)

  bool operator==(const ValidatorInfo&) const = default;
};

struct RejectionCount {
  std::string reason;          // "nonce too low", "underpriced", ...
  uint64_t total = 0;

  bool operator==(const RejectionCount&) const = default;
};

struct MempoolStatus {
  uint64_t pending = 0;
  uint64_t queued = 0;
  uint64_t bytes = 0;
  uint64_t txs_max = 0;
  uint64_t bytes_max = 0;
  uint64_t admitted_total = 0;
  uint64_t evicted_total = 0;
  uint64_t expired_total = 0;
  std::vector<RejectionCount> rejected;  // every reason, zero or not

  bool operator==(const MempoolStatus&) const = default;
};

struct MempoolTx {
  std::string hash;            // 0x-hex
  std::string from;            // 0x-address
  uint64_t nonce = 0;
  double tip_gwei = 0;         // effective tip at the next block's base fee
  uint64_t gas = 0;
  uint64_t size = 0;           // bytes

  bool operator==(const MempoolTx&) const = default;
};

struct BlockSummary {
  uint64_t height = 0;
  std::string hash;            // 0x-hex
  uint64_t time_ms = 0;
  uint64_t txs = 0;
  uint64_t gas_used = 0;
  int32_t round = 0;
  std::string proposer;        // moniker (or key prefix when unknown)
  std::string proposer_key;
  double latency_ms = 0;       // height start to commit on this node; 0 when unknown (synced)

  bool operator==(const BlockSummary&) const = default;
};

struct CommitSignature {
  int validator = 0;
  std::string moniker;
  std::string key;
  std::string signature;       // hex
  uint64_t power = 0;

  bool operator==(const CommitSignature&) const = default;
};

struct BlockDetail {
  BlockSummary summary;
  std::string parent_hash;
  std::string state_root;
  std::string txs_root;
  std::string receipts_root;
  std::string validators_hash;
  std::string base_fee_wei;    // decimal
  std::vector<std::string> tx_hashes;
  uint64_t evidence = 0;
  // The certificate that committed this block (stored with the next block, or the node's own).
  bool has_certificate = false;
  int32_t certificate_round = 0;
  std::vector<CommitSignature> signatures;
  uint64_t signed_power = 0;
  uint64_t total_power = 0;

  bool operator==(const BlockDetail&) const = default;
};

struct EvidenceInfo {
  std::string kind;            // "duplicate prevote", "duplicate precommit", "double proposal"
  uint64_t height = 0;
  int32_t round = 0;
  int offender_index = 0;
  std::string offender_key;
  std::string offender_moniker;
  uint64_t offender_power = 0;
  uint64_t seen_ms = 0;        // Unix ms
  uint64_t included_height = 0;  // 0: not yet in a block

  bool operator==(const EvidenceInfo&) const = default;
};

struct LogEntry {
  uint64_t time_ms = 0;
  LogLevel level = LogLevel::Info;
  std::string source;          // the node's moniker
  std::string message;

  bool operator==(const LogEntry&) const = default;
};

struct LocalValidator {
  int index = 0;
  std::string moniker;
  uint16_t rpc_port = 0;
  uint16_t p2p_port = 0;
  bool running = false;
  bool is_operator = false;    // the node the panel shows

  bool operator==(const LocalValidator&) const = default;
};

class Node {
 public:
  virtual ~Node() = default;

  // Snapshot of height, round, peers, own validator state and resources.
  virtual NodeStatus getStatus() = 0;
  // The round being decided, with its vote power so far.
  virtual LiveRound getLiveRound() = 0;
  // Phase timings of the last `max` committed heights, oldest first.
  virtual std::vector<HeightTiming> getHeightTimings(size_t max) = 0;
  // Connected peers.
  virtual std::vector<PeerInfo> getPeers() = 0;
  // Banned peers with reasons.
  virtual std::vector<BannedPeerInfo> getBannedPeers() = 0;
  // The active validator set with signing statistics over the recent window.
  virtual std::vector<ValidatorInfo> getValidators() = 0;
  // Mempool size and cumulative admission counters.
  virtual MempoolStatus getMempool() = 0;
  // The best `max` pending transactions by effective tip.
  virtual std::vector<MempoolTx> getMempoolTop(size_t max) = 0;
  // The last `max` committed blocks, newest first.
  virtual std::vector<BlockSummary> getRecentBlocks(size_t max) = 0;
  // One committed block with its commit certificate; nullopt when not found.
  virtual std::optional<BlockDetail> getBlock(uint64_t height) = 0;
  // Every equivocation this node has seen or committed (bounded, newest last).
  virtual std::vector<EvidenceInfo> getEvidence() = 0;
  // The last `max` log lines of the operator's node, oldest first.
  virtual std::vector<LogEntry> getRecentLogs(size_t max) = 0;

  // Drops the connection to a peer (it may reconnect).
  virtual void disconnectPeer(const std::string& peer_id) = 0;
  // Disconnects and refuses a peer until unbanned.
  virtual void banPeer(const std::string& peer_id) = 0;
  // Lifts a ban.
  virtual void unbanPeer(const std::string& peer_id) = 0;
  // Stops (true) or resumes (false) all peer-to-peer networking.
  virtual void setNetworkPaused(bool paused) = 0;
  // Admits a signed raw Ethereum transaction; returns an empty string or the rejection message.
  virtual std::string submitRawTransaction(const std::vector<uint8_t>& raw) = 0;

  // The in-process validators of a local network (empty when joined to a network).
  virtual std::vector<LocalValidator> getLocalValidators() = 0;
  // Stops or restarts a companion validator; false with `error` set when it cannot.
  virtual bool setLocalValidatorRunning(int index, bool running, std::string* error) = 0;

  // Called on every committed block.
  virtual std::unique_ptr<Handler> handleNewBlock(std::function<void(const BlockSummary&)> fn) = 0;
  // Called for every log line of the operator's node.
  virtual std::unique_ptr<Handler> handleLog(std::function<void(const LogEntry&)> fn) = 0;
  // Called for every new equivocation seen.
  virtual std::unique_ptr<Handler> handleEvidence(std::function<void(const EvidenceInfo&)> fn) = 0;
};

struct LocalNetworkOptions {
  std::string data_dir;                // holds node0 .. node<N-1>; created on first start
  int validators = 4;
  uint16_t rpc_port_base = 8545;       // node i serves JSON-RPC on base + i
  uint16_t p2p_port_base = 26656;
  uint64_t block_interval_ms = 1000;
  size_t dev_accounts = 10;            // funded accounts listed in data_dir/dev-accounts.json

  bool operator==(const LocalNetworkOptions&) const = default;
};

// Starts (or resumes) a local network in this process; node0 is the operator's. nullptr with
// `error` set when it cannot (ports in use, a corrupt data directory, ...).
std::unique_ptr<Node> MakeLocalNetwork(const LocalNetworkOptions& options, std::string* error);

// Starts one node from a home directory that holds genesis.json and config.toml (written by
// `ordod init`, or a network's genesis with persistent peers). nullptr with `error` when it cannot.
std::unique_ptr<Node> MakeNodeFromHome(const std::string& home, std::string* error);

// Talks to a running `ordod` over its JSON-RPC at `rpc_url` ("http://127.0.0.1:8545"): getters
// serve from one ordo_panelSnapshot at most ~150 ms old, notifications come from a 250 ms poll.
// While ordod is unreachable getStatus() has running=false and the getters return empty values.
// nullptr with `error` when the URL is not http://host:port or the first snapshot cannot be had.
// cookie_file: the node's rpc.cookie, for the operator commands (ban, disconnect, pause); without
// it they answer "unauthorized".
std::unique_ptr<Node> MakeRemoteNode(const std::string& rpc_url, std::string* error, const std::string& cookie_file = {});

// Writes a home to join a network: the network's genesis file, the peers ("host:port") and a new
// node key; no validator key unless one is imported later. False with `error` when it cannot.
bool PrepareJoinHome(const std::string& home, const std::string& genesis_file,
                     const std::vector<std::string>& peers, std::string* error);

}  // namespace ordo::interfaces
