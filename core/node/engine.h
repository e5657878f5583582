#pragma once
// The consensus engine: everything between a received frame and a written block. Frame intake
// (cheap checks first: height, round window, proposer, duplicate, size, then the signature, then
// the block's binding to the signed value, and only then the WAL and validation), the driver, the
// WAL and its replay, signing (signer state and WAL record durable before a signature leaves),
// block building and validation (block_builder.h), the candidate blocks, commit to the block store
// (block_store.h), vote catch-up and block sync.
//
// Its I/O sits behind the small interfaces below and in storage: a clock with timers, a transport
// of encoded frames, a storage::KeyValueStore for blocks and a storage::FileSystem for the WAL and
// the signer-state file. `ordod` and the panel run it on an Asio strand over RocksDB, POSIX files
// and the TLS network (node.cpp); `ordo-sim` runs the same code over a virtual clock, a simulated
// network of bytes and a simulated disk that loses unsynced writes at a power loss.
//
// Threads: every method runs on the engine's thread (the node's strand) unless marked thread-safe.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "node/p2p_messages.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/state.h"
#include "ordo/consensus/driver.h"
#include "ordo/crypto/schnorr.h"
#include "ordo/node/node.h"
#include "ordo/node/observation.h"
#include "ordo/util/status.h"

namespace spdlog { class logger; }
namespace ordo::mempool { class Mempool; }
namespace ordo::storage { class KeyValueStore; class FileSystem; }

namespace ordo::node {

class BlockStore;
struct Prepared;

using TimerId = uint64_t;

// Time of the engine's world. Timers call back on the engine's thread.
class EngineClock {
 public:
  virtual ~EngineClock() = default;
  virtual uint64_t WallMs() = 0;                             // Unix ms: block times
  virtual std::chrono::steady_clock::time_point Now() = 0;   // durations, mempool ages
  // Calls fn on the engine's thread after delay_ms unless Cancel(id) came first.
  virtual TimerId Schedule(uint64_t delay_ms, std::function<void()> fn) = 0;
  virtual void Cancel(TimerId id) = 0;
};

// Encoded frames to and from peers. May be called on the engine's thread only.
class EngineTransport {
 public:
  virtual ~EngineTransport() = default;
  virtual void Broadcast(MsgType type, const Bytes& payload) = 0;
  virtual void Send(const net::PeerId& peer, MsgType type, const Bytes& payload) = 0;
  virtual void Report(const net::PeerId& peer, net::Misbehaviour m, const std::string& why) = 0;
};

// A quarter of the WAL's 1 GiB (storage::wal_file_bytes_max): see EngineOptions.
inline constexpr uint64_t wal_peer_bytes_default = uint64_t{1} << 28;

// Bugs a test can switch on to prove that the simulator's checkers catch them. Never set in a node.
struct EngineUnsafe {
  // A signature leaves before the signer state and the WAL are durable (they are flushed 20 ms
  // later), so a power loss in between forgets what was signed.
  bool sign_before_sync = false;
  // At start the WAL is reset and the recovered records appended again unsynced over the old
  // bytes: a power loss before the next sync can leave neither copy (the lock is forgotten).
  bool rewrite_wal_unsynced = false;
  // The old candidate cache: every validated proposal stored before the driver checks it, at most
  // 16 per height, and a valid block that does not fit still reported valid to the driver.
  bool report_unstored_valid = false;
};

struct EngineOptions {
  chain::Genesis genesis;
  consensus::TimeoutConfig timeouts;
  std::optional<crypto::SecretKey> key;  // consensus key; absent: a full node that does not vote
  std::string data_dir;                  // holds consensus.wal and signer_state.bin
  bool validator_only = false;           // consensus messages only from genesis validators' nodes
  std::set<net::PeerId> validator_peers;                                 // their node ids
  std::map<crypto::XOnlyPublicKey, net::PeerId> validator_node_peers;    // consensus key -> node id
  bool parallel_flush = true;            // flush the WAL and the signer state on two threads
  bool sign_audit_log = false;           // append every signature to data_dir/signatures.log
  uint64_t status_interval_ms = 500;
  // Of the WAL's 1 GiB (storage::wal_file_bytes_max), what peers' proposals may take at one height,
  // each proposer at most its 1/n share (and at least two full blocks); peers' votes as much again.
  // The rest is kept for this node's own records, so no peer can fill the log until it cannot vote.
  uint64_t wal_peer_bytes_max = wal_peer_bytes_default;
  consensus::Options driver_options;     // unsafe_no_locking for the simulator's checker tests
  EngineUnsafe unsafe;
};

// Called on the engine's thread; each may be empty.
struct EngineHooks {
  std::function<void(const chain::Block& block, const Hash32& hash, uint64_t gas_used, const U256& base_fee)> committed;
  std::function<void(const consensus::Evidence&)> evidence;  // also kept in Observation
};

// The engine's I/O; every pointer outlives the engine.
struct EngineIo {
  EngineClock* clock = nullptr;
  EngineTransport* transport = nullptr;  // null: no networking
  storage::KeyValueStore* kv = nullptr;
  storage::FileSystem* fs = nullptr;
  mempool::Mempool* pool = nullptr;
  std::shared_ptr<spdlog::logger> log;
};

// What an engine's run has done wrong that no peer may cause: the simulator fails a run on any.
struct EngineFaults {
  uint64_t decided_unheld = 0;    // decided a value whose block it does not hold
  uint64_t halted = 0;            // stopped making progress (a write that must not fail failed)
  uint64_t refused_signatures = 0;  // the double-sign guard refused (the driver should never ask)
};

class Engine {
 public:
  // Opens the WAL and signer state, restores the chain from the block store. Conflict when the
  // signer state is behind this validator's own precommit in the chain (a double-sign risk).
  static Result<std::unique_ptr<Engine>> Open(EngineOptions options, EngineIo io, EngineHooks hooks = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Before Start: where frames go (none: a node without networking).
  void SetTransport(EngineTransport* transport);
  // Replays the WAL, starts the next height and the status ticks.
  void Start();
  // Cancels every timer; later inputs are ignored.
  void Stop();
  // A frame from a peer (empty peer: local).
  void OnFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload);
  void OnPeerDisconnected(const net::PeerId& peer);

  // Thread-safe.
  std::shared_ptr<const chain::State> Snapshot() const;
  ConsensusStatus Consensus() const;
  Observation& observation();
  const Observation& observation() const;
  const NodeMetrics& metrics() const;
  const BlockStore& blocks() const;
  uint64_t candidates_validated_ahead() const;
  uint64_t candidates_not_validated_ahead() const;
  uint64_t vote_signatures_reused() const;

  // Engine thread only (tests and the simulator's checkers).
  const consensus::RoundState& round_state() const;
  std::optional<consensus::ValidatorIndex> own_index() const;
  uint64_t committed_height() const;
  const EngineFaults& faults() const;
  size_t candidate_count() const;
  uint64_t wal_peer_bytes() const;       // this height's WAL bytes of inputs from peers
  uint64_t stale_timeouts_fed() const;   // timeouts of a decided height that reached the driver

 private:
  Engine();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::node
