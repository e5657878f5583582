#include "simulator.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <spdlog/logger.h>
#include <spdlog/sinks/stdout_sinks.h>

#include "node/block_builder.h"
#include "node/engine.h"
#include "node/p2p_messages.h"
#include "ordo/chain/block_encoding.h"
#include "ordo/consensus/double_sign_guard.h"
#include "ordo/consensus/encoding.h"
#include "ordo/consensus/signing.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "ordo/util/assert.h"
#include "sim_disk.h"

namespace ordo::sim {

using namespace ordo::consensus;
using node::MsgType;

namespace {

// Bounds of the simulated world.
constexpr uint64_t events_max = 5'000'000;        // a run that needs more is reported as stuck
constexpr uint64_t status_interval_ms = 400;
constexpr uint64_t genesis_time_ms = 1'700'000'000'000;
constexpr size_t verify_cache_max = 100'000;      // checker-side signature results
constexpr int many_proposals_count = 20;          // byz_many_proposals: distinct blocks per round
constexpr int flood_copies = 5;                  // byz_flood: copies of each vote and status
constexpr Round future_round_offset = 100;        // byz_future

// A deterministic 64-bit generator (splitmix64): fully specified, unlike std:: distributions.
class Rng {
 public:
  explicit Rng(uint64_t seed) : m_state(seed) {}
  uint64_t Next() {
    uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  uint64_t Uniform(uint64_t lo, uint64_t hi) { return lo + Next() % (hi - lo + 1); }  // [lo, hi]
  bool Chance(uint64_t percent) { return Next() % 100 < percent; }

 private:
  uint64_t m_state;
};

struct AssertionFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void ThrowOnAssert(const char* expr, const char* file, int line) {
  throw AssertionFailure(std::string(expr) + " at " + file + ":" + std::to_string(line));
}

struct Frame {
  uint8_t type = 0;
  std::shared_ptr<const Bytes> payload;
};

struct Event {
  enum class Kind { Deliver, Timer, Crash, PowerLoss, Restart, Split, Heal, ByzantineTick };
  uint64_t time = 0;
  uint64_t seq = 0;
  int node = -1;
  Kind kind = Kind::Deliver;
  Frame frame;
  int from = -1;
  node::TimerId timer = 0;
  uint64_t generation = 0;
  bool operator>(const Event& o) const { return std::tie(time, seq) > std::tie(o.time, o.seq); }
};

class World;

class SimClock : public node::EngineClock {
 public:
  SimClock(World& world, int instance) : m_world(world), m_instance(instance) {}
  uint64_t WallMs() override;
  std::chrono::steady_clock::time_point Now() override;
  node::TimerId Schedule(uint64_t delay_ms, std::function<void()> fn) override;
  void Cancel(node::TimerId id) override { m_fns.erase(id); }
  // A timer event: runs its function unless cancelled or from before a crash.
  void Fire(node::TimerId id) {
    auto it = m_fns.find(id);
    if (it == m_fns.end()) return;
    std::function<void()> fn = std::move(it->second);
    m_fns.erase(it);
    fn();
  }
  void Reset() { m_fns.clear(); }

 private:
  World& m_world;
  const int m_instance;
  node::TimerId m_next_id = 0;
  std::map<node::TimerId, std::function<void()>> m_fns;
};

class SimTransport : public node::EngineTransport {
 public:
  SimTransport(World& world, int instance) : m_world(world), m_instance(instance) {}
  void Broadcast(MsgType type, const Bytes& payload) override;
  void Send(const net::PeerId& peer, MsgType type, const Bytes& payload) override;
  void Report(const net::PeerId& peer, net::Misbehaviour, const std::string& why) override {
    ++reports;
    if (std::getenv("ORDO_SIM_LOG")) std::fprintf(stderr, "n%d reports %s: %s\n", m_instance, peer.c_str(), why.c_str());
  }
  uint64_t reports = 0;

 private:
  World& m_world;
  const int m_instance;
};

net::PeerId PeerName(int instance) { return "n" + std::to_string(instance); }
int PeerIndex(const net::PeerId& peer) { return peer.size() > 1 ? std::stoi(peer.substr(1)) : -1; }

// One simulated machine: its disk survives crashes; the engine, mempool, clock and its timers do not.
struct SimNode {
  SimNode(World& world, int instance_, ValidatorIndex validator_, bool byzantine_, uint32_t modes_)
      : instance(instance_), validator(validator_), byzantine(byzantine_), modes(modes_), clock(world, instance_),
        transport(world, instance_) {}
  const int instance;
  const ValidatorIndex validator;
  const bool byzantine;
  const uint32_t modes;  // Byzantine modes this node runs
  SimDisk disk;
  SimClock clock;
  SimTransport transport;
  std::unique_ptr<mempool::Mempool> pool;
  std::unique_ptr<node::Engine> engine;
  bool up = false;
  uint64_t generation = 0;  // crashes so far: timers from before one are void
  uint64_t committed = 0;   // highest height committed (survives crashes: it is in the block store)
};

class World {
 public:
  explicit World(const SimConfig& config);
  RunResult Run();

  uint64_t now() const { return m_now; }
  void ScheduleTimer(uint64_t at, int instance, node::TimerId id);
  // A frame a node's engine sends (to: -1 broadcast).
  void Outgoing(int from, int to, MsgType type, const Bytes& payload);

 private:
  void SetUpValidators();
  void SetUpNodes();
  void SetUpFaults();
  void Boot(SimNode& n);
  void Down(SimNode& n, bool power_loss);
  void Guard(SimNode& n, const std::function<void()>& fn);
  void CheckFaults(SimNode& n);
  void Send(int from, int to, uint8_t type, std::shared_ptr<const Bytes> payload);
  void SendToAll(int from, uint8_t type, std::shared_ptr<const Bytes> payload);
  void Deliver(const Event& e);
  void OnCommit(int instance, const chain::Block& block, const Hash32& hash);
  void NoteEquivocation(const SimNode& n, const Frame& frame);
  void CheckEvidence();
  void Observe(int from, uint8_t type, const Bytes& payload);
  void ObserveVote(int from, const Vote& v);
  bool VerifiedVote(const Vote& v);
  void Violation(const std::string& what);
  bool Finished() const;
  bool Partitioned(int a, int b) const;
  // Byzantine behaviour around a Byzantine node's engine.
  void ByzantineOut(SimNode& n, int to, MsgType type, const Bytes& payload);
  void ByzantineIn(SimNode& n, int from, uint8_t type, const Bytes& payload);
  void ByzantineTick(SimNode& n);
  Proposal SignProposal(ValidatorIndex v, Proposal p);
  Vote SignVote(ValidatorIndex v, Vote vote);
  // Another valid block: the same with a later time (so another hash), or nullopt.
  std::optional<Bytes> AlteredBlock(const Bytes& block, uint64_t step);

  const SimConfig m_config;
  const std::string m_chain_id = "ordo-sim";
  Rng m_rng;
  uint64_t m_now = 0;
  uint64_t m_seq = 0;
  std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
  chain::Genesis m_genesis;
  ValidatorSet m_set;
  std::vector<crypto::SecretKey> m_keys;
  std::vector<bool> m_byzantine_validator;
  std::vector<std::unique_ptr<SimNode>> m_nodes;
  std::shared_ptr<spdlog::logger> m_log = std::make_shared<spdlog::logger>("sim");
  std::set<int> m_side_a;
  bool m_partition_active = false;
  std::vector<uint64_t> m_last_delivery;  // per link, for FIFO links
  uint64_t m_drop_percent = 0;
  // Checkers.
  std::map<uint64_t, Hash32> m_decided;  // height -> block hash first committed by an honest node
  std::map<std::tuple<ValidatorIndex, Height, Round, int>, Hash32> m_ledger;  // honest signatures
  std::map<std::pair<ValidatorIndex, Height>, std::pair<Round, ValueId>> m_locks;  // honest precommits
  std::map<std::tuple<Height, Round, ValueId>, std::map<ValidatorIndex, uint64_t>> m_prevotes;  // released
  std::map<Hash32, bool> m_verify_cache;
  std::set<std::tuple<ValidatorIndex, Height>> m_evidence_committed;
  // Conflicting votes of Byzantine validators each honest node took at its height, and who saw
  // an equivocation when; the time each node last went down.
  std::map<std::tuple<int, ValidatorIndex, Height, Round, int>, std::set<Hash32>> m_vote_contents;
  std::map<std::pair<ValidatorIndex, Height>, std::vector<std::pair<int, uint64_t>>> m_equivocations_seen;
  std::map<int, uint64_t> m_last_down;
  RunResult m_result;
  crypto::Sha256Hasher m_trace;
};

uint64_t SimClock::WallMs() { return genesis_time_ms + m_world.now(); }
std::chrono::steady_clock::time_point SimClock::Now() {
  return std::chrono::steady_clock::time_point(std::chrono::milliseconds(m_world.now()));
}
node::TimerId SimClock::Schedule(uint64_t delay_ms, std::function<void()> fn) {
  const node::TimerId id = ++m_next_id;
  m_fns.emplace(id, std::move(fn));
  m_world.ScheduleTimer(m_world.now() + delay_ms, m_instance, id);
  return id;
}

void SimTransport::Broadcast(MsgType type, const Bytes& payload) { m_world.Outgoing(m_instance, -1, type, payload); }
void SimTransport::Send(const net::PeerId& peer, MsgType type, const Bytes& payload) {
  m_world.Outgoing(m_instance, PeerIndex(peer), type, payload);
}

// ---------------------------------------------------------------------------------------------
// Set-up.

World::World(const SimConfig& config) : m_config(config), m_rng(config.seed * 0x2545f4914f6cdd1dULL + 7) {
  ORDO_ASSERT(config.validators >= 1);
  ORDO_ASSERT(config.byzantine >= 0 && config.byzantine < config.validators);
  m_result.seed = config.seed;
  m_log->set_level(spdlog::level::off);
  if (const char* level = std::getenv("ORDO_SIM_LOG")) {  // e.g. ORDO_SIM_LOG=debug: every node's log on stderr
    m_log->sinks().push_back(std::make_shared<spdlog::sinks::stderr_sink_st>());
    m_log->set_level(spdlog::level::from_str(level));
  }
  SetUpValidators();
  SetUpNodes();
  SetUpFaults();
}

void World::SetUpValidators() {
  const int n = m_config.validators;
  std::vector<uint64_t> power(n);
  m_byzantine_validator.assign(n, false);
  for (int i = 0; i < n; ++i) {
    m_byzantine_validator[i] = i >= n - m_config.byzantine;
    power[i] = m_byzantine_validator[i] ? m_rng.Uniform(1, 10) : m_rng.Uniform(5, 15);
  }
  // Byzantine power must stay below 1/3 of the total: raise honest power until it does.
  auto byz = [&] { uint64_t b = 0; for (int i = 0; i < n; ++i) if (m_byzantine_validator[i]) b += power[i]; return b; };
  auto total = [&] { uint64_t t = 0; for (uint64_t p : power) t += p; return t; };
  for (int i = 0; 3 * byz() >= total(); i = (i + 1) % (n - m_config.byzantine)) power[i] += 1;
  m_genesis.chain_id = m_chain_id;
  m_genesis.evm_chain_id = 61000;
  m_genesis.genesis_time_ms = genesis_time_ms;
  m_genesis.params.block_interval_ms = m_config.block_interval_ms;
  for (int i = 0; i < n; ++i) {
    for (uint32_t attempt = 0;; ++attempt) {
      std::ostringstream tag;
      tag << "ordo-sim-key/" << m_config.seed << "/" << i << "/" << attempt;
      auto k = crypto::SecretKey::FromBytes(crypto::Sha256(AsBytes(tag.str())));
      if (!k.ok()) continue;
      chain::GenesisValidator gv;
      gv.moniker = "v" + std::to_string(i);
      gv.consensus_key = k->PublicKey();
      gv.power = power[i];
      gv.fee_recipient[19] = static_cast<uint8_t>(i + 1);
      m_genesis.validators.push_back(gv);
      m_keys.push_back(std::move(k).value());
      break;
    }
  }
  auto set = chain::GenesisValidatorSet(m_genesis);
  ORDO_ASSERT(set.ok());
  m_set = std::move(set).value();
}

void World::SetUpNodes() {
  // Each Byzantine validator runs a seeded choice of the enabled modes; silent and twins change
  // what the node is, so they are chosen alone.
  std::vector<uint32_t> behaviours;
  for (uint32_t bit = 1; bit & byz_all; bit <<= 1) {
    if (m_config.byzantine_modes & bit) behaviours.push_back(bit);
  }
  for (int i = 0; i < m_config.validators; ++i) {
    uint32_t modes = 0;
    if (m_byzantine_validator[i] && !behaviours.empty()) {
      const uint32_t first = behaviours[m_rng.Next() % behaviours.size()];
      modes = first;
      if (first != byz_silent && first != byz_twins) {
        for (uint32_t b : behaviours) {
          if (b != byz_silent && b != byz_twins && m_rng.Chance(30)) modes |= b;
        }
      }
    }
    const int instance = static_cast<int>(m_nodes.size());
    m_nodes.push_back(std::make_unique<SimNode>(*this, instance, i, m_byzantine_validator[i], modes));
    if (modes & byz_twins) {
      m_nodes.push_back(std::make_unique<SimNode>(*this, instance + 1, i, true, modes));
    }
  }
  std::string names;
  for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
    const SimNode& n = *m_nodes[i];
    const bool twin_copy = i > 0 && m_nodes[i - 1]->validator == n.validator;  // a twin is named once
    if (n.byzantine && n.modes && !twin_copy) names += (names.empty() ? "" : "+") + ByzantineModeNames(n.modes);
  }
  m_result.byzantine_mode = m_config.byzantine > 0 ? (names.empty() ? "honest" : names) : "none";
}

void World::SetUpFaults() {
  m_drop_percent = m_rng.Uniform(5, 40);
  const int count = static_cast<int>(m_nodes.size());
  m_last_delivery.assign(static_cast<size_t>(count * count), 0);
  const uint64_t gst = m_config.gst_ms;
  for (int i = 0; i < count; ++i) {
    if (m_nodes[i]->byzantine) continue;
    const bool crash = (m_config.faults & fault_crash) != 0;
    const bool power = (m_config.faults & fault_power_loss) != 0;
    if (!crash && !power) continue;
    // Up to three outages per honest node before GST, each a process crash or a power loss.
    uint64_t t = m_rng.Uniform(100, gst / 3);
    for (int k = 0; k < 3 && t < gst; ++k) {
      if (!m_rng.Chance(50)) break;
      const bool use_power = power && (!crash || m_rng.Chance(50));
      Event e{t, m_seq++, i, use_power ? Event::Kind::PowerLoss : Event::Kind::Crash};
      m_events.push(e);
      const uint64_t back = std::min(gst, t + m_rng.Uniform(50, gst / 6));
      m_events.push(Event{back, m_seq++, i, Event::Kind::Restart});
      // Sometimes the power fails again right after a restart (a flapping supply): the window
      // in which what a restart wrote is not yet synced.
      t = back + (m_rng.Chance(30) ? m_rng.Uniform(1, 50) : m_rng.Uniform(100, gst / 3));
    }
  }
  if (m_config.faults & fault_partition) {
    uint64_t t = m_rng.Uniform(100, 1500);
    while (t < gst) {
      const uint64_t end = std::min(gst, t + m_rng.Uniform(200, 3000));
      m_events.push(Event{t, m_seq++, -1, Event::Kind::Split});
      m_events.push(Event{end, m_seq++, -1, Event::Kind::Heal});
      t = end + m_rng.Uniform(100, 2000);
    }
  }
  for (int i = 0; i < count; ++i) {
    if (m_nodes[i]->byzantine) m_events.push(Event{m_rng.Uniform(0, status_interval_ms), m_seq++, i, Event::Kind::ByzantineTick});
  }
}

void World::ScheduleTimer(uint64_t at, int instance, node::TimerId id) {
  Event e{at, m_seq++, instance, Event::Kind::Timer};
  e.timer = id;
  e.generation = m_nodes[instance]->generation;
  m_events.push(std::move(e));
}

// Runs fn on an engine; an assertion inside it, or a fault the engine counts, fails the run.
void World::Guard(SimNode& n, const std::function<void()>& fn) {
  try {
    fn();
  } catch (const AssertionFailure& e) {
    std::ostringstream what;
    what << (n.byzantine ? "Byzantine" : "honest") << " node " << n.instance << " aborted: assertion " << e.what() << " (seed "
         << m_config.seed << ", t=" << m_now << " ms)";
    Violation(what.str());
    n.engine.reset();
    n.up = false;
    return;
  }
  CheckFaults(n);
}

void World::CheckFaults(SimNode& n) {
  if (n.byzantine || !n.engine) return;
  const node::EngineFaults& f = n.engine->faults();
  if (f.decided_unheld + f.halted + f.refused_signatures == 0) return;
  std::ostringstream what;
  what << "honest node " << n.instance << " at height " << n.engine->round_state().height << ": decided_unheld=" << f.decided_unheld
       << " halted=" << f.halted << " refused_signatures=" << f.refused_signatures << " (seed " << m_config.seed << ")";
  Violation(what.str());
  n.engine.reset();  // counted once
  n.up = false;
}

void World::Boot(SimNode& n) {
  if (n.modes & byz_silent) return;
  mempool::Config pc;
  pc.chain_id = m_genesis.evm_chain_id;
  n.pool = std::make_unique<mempool::Mempool>(pc);
  node::EngineOptions eo;
  eo.genesis = m_genesis;
  eo.timeouts = TimeoutConfig{300, 100, 150, 75, 150, 75};
  auto key = crypto::SecretKey::FromBytes(m_keys[n.validator].ExposeBytes());
  ORDO_ASSERT(key.ok());
  eo.key.emplace(std::move(key).value());
  eo.data_dir = "/node";
  eo.parallel_flush = false;
  eo.status_interval_ms = status_interval_ms;
  if (!n.byzantine) {
    eo.driver_options.unsafe_no_locking = m_config.unsafe_no_locking;
    eo.unsafe.sign_before_sync = m_config.unsafe_sign_before_sync;
    eo.unsafe.rewrite_wal_unsynced = m_config.unsafe_rewrite_wal_unsynced;
    eo.unsafe.report_unstored_valid = m_config.unsafe_report_unstored_valid;
  }
  node::EngineIo io;
  io.clock = &n.clock;
  io.transport = &n.transport;
  io.kv = &n.disk.OpenKv("chain");
  io.fs = &n.disk;
  io.pool = n.pool.get();
  io.log = m_log;
  node::EngineHooks hooks;
  hooks.committed = [this, instance = n.instance](const chain::Block& block, const Hash32& hash, uint64_t, const U256&) {
    OnCommit(instance, block, hash);
  };
  try {
    auto engine = node::Engine::Open(std::move(eo), io, std::move(hooks));
    if (!engine.ok()) {
      if (!n.byzantine) Violation("honest node " + std::to_string(n.instance) + " cannot restart: " + engine.status().ToString() +
                                  " (seed " + std::to_string(m_config.seed) + ")");
      return;
    }
    n.engine = std::move(engine).value();
  } catch (const AssertionFailure& e) {
    Violation("node " + std::to_string(n.instance) + " aborted while opening: " + e.what());
    return;
  }
  n.up = true;
  Guard(n, [&] { n.engine->Start(); });
}

void World::Down(SimNode& n, bool power_loss) {
  if (!n.up) return;
  m_last_down[n.instance] = m_now;
  CheckFaults(n);
  if (n.engine && !n.byzantine) m_result.stale_timeouts += n.engine->stale_timeouts_fed();
  n.engine.reset();
  n.pool.reset();
  n.clock.Reset();
  n.up = false;
  n.generation++;
  if (power_loss) n.disk.PowerLoss(m_rng.Next());
  else n.disk.ProcessCrash();
}

// ---------------------------------------------------------------------------------------------
// Network.

bool World::Partitioned(int a, int b) const {
  return m_partition_active && (m_side_a.contains(a) != m_side_a.contains(b));
}

void World::Outgoing(int from, int to, MsgType type, const Bytes& payload) {
  SimNode& n = *m_nodes[from];
  if (n.disk.powered_off()) return;  // the machine is dead; its process just does not know yet
  if (n.byzantine && n.modes != 0) return ByzantineOut(n, to, type, payload);
  Observe(from, static_cast<uint8_t>(type), payload);
  auto shared = std::make_shared<const Bytes>(payload);
  if (to < 0) SendToAll(from, static_cast<uint8_t>(type), shared);
  else if (to < static_cast<int>(m_nodes.size())) Send(from, to, static_cast<uint8_t>(type), shared);
}

void World::SendToAll(int from, uint8_t type, std::shared_ptr<const Bytes> payload) {
  for (int to = 0; to < static_cast<int>(m_nodes.size()); ++to) {
    if (to != from) Send(from, to, type, payload);
  }
}

void World::Send(int from, int to, uint8_t type, std::shared_ptr<const Bytes> payload) {
  ORDO_ASSERT(from != to);
  const bool chaos = m_now < m_config.gst_ms;
  m_result.messages += 1;
  m_result.message_bytes += payload->size() + 1;
  if (!m_nodes[static_cast<size_t>(from)]->byzantine) m_result.honest_message_bytes += payload->size() + 1;
  if (chaos && (m_config.faults & fault_drop) && m_rng.Chance(m_drop_percent)) return;
  if (chaos && Partitioned(from, to)) return;
  // Before GST with fault_delay, one message in five is late (up to chaos_delay_max_ms): slow
  // links, not a uniformly slow network, are what leaves some nodes behind the others.
  uint64_t delay = m_rng.Uniform(m_config.link_delay_min_ms, m_config.link_delay_max_ms);
  if (chaos && (m_config.faults & fault_delay) && m_rng.Chance(20)) {
    delay = m_rng.Uniform(m_config.link_delay_max_ms, m_config.chaos_delay_max_ms);
  }
  uint64_t at = m_now + delay;
  if (!(m_config.faults & fault_reorder) || !chaos) {
    uint64_t& last = m_last_delivery[static_cast<size_t>(from) * m_nodes.size() + static_cast<size_t>(to)];
    at = std::max(at, last);
    last = at;
  }
  Event e{at, m_seq++, to, Event::Kind::Deliver};
  e.frame = Frame{type, std::move(payload)};
  e.from = from;
  m_events.push(std::move(e));
}

void World::Deliver(const Event& e) {
  SimNode& n = *m_nodes[e.node];
  if (!n.up || !n.engine) return;
  if (n.byzantine && n.modes != 0) ByzantineIn(n, e.from, e.frame.type, *e.frame.payload);
  if (!n.engine) return;
  if (!n.byzantine) NoteEquivocation(n, e.frame);
  Guard(n, [&] { n.engine->OnFrame(PeerName(e.from), e.frame.type, *e.frame.payload); });
}

// ---------------------------------------------------------------------------------------------
// Checkers.

void World::Violation(const std::string& what) {
  m_result.safety_violations += 1;
  if (m_result.detail.empty()) m_result.detail = what;
}

void World::OnCommit(int instance, const chain::Block& block, const Hash32& hash) {
  SimNode& n = *m_nodes[instance];
  const uint64_t h = block.header.height;
  n.committed = std::max(n.committed, h);
  if (n.byzantine) return;
  std::ostringstream where;
  where << "seed " << m_config.seed << " height " << h << " node " << instance;
  auto [it, first] = m_decided.try_emplace(h, hash);
  if (!first && it->second != hash) Violation("agreement: two blocks committed at " + where.str());
  // Validity is the production rule: a block reaches Commit only after the engine's own
  // validation. What the chain must also be is a chain.
  if (h > 1) {
    auto prev = m_decided.find(h - 1);
    if (prev != m_decided.end() && prev->second != block.header.prev_hash) Violation("chain: block does not follow its parent at " + where.str());
  }
  for (const Evidence& e : block.evidence) m_evidence_committed.insert({EvidenceOffender(e), EvidenceHeight(e)});
  if (first) {
    if (m_config.on_commit) {
      m_config.on_commit(h, 0, m_now, static_cast<int>(m_set.ProposerForRound(0)));
    }
    uint8_t rec[16];
    for (int i = 0; i < 8; ++i) rec[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
    for (int i = 0; i < 8; ++i) rec[8 + i] = static_cast<uint8_t>(m_now >> (56 - 8 * i));
    m_trace.Update(ByteSpan(rec, sizeof rec));
    m_trace.Update(hash);
  }
}

bool World::VerifiedVote(const Vote& v) {
  const Bytes encoded = codec::Encode(v);
  const Hash32 key = crypto::Sha256(encoded);
  if (auto it = m_verify_cache.find(key); it != m_verify_cache.end()) return it->second;
  const bool ok = VerifyVote(m_chain_id, m_set, v);
  if (m_verify_cache.size() >= verify_cache_max) m_verify_cache.clear();
  m_verify_cache.emplace(key, ok);
  return ok;
}

// Every proposal and vote released onto the network: the honest signature ledger, the lock
// invariant and the prevote tally it needs.
void World::Observe(int from, uint8_t type, const Bytes& payload) {
  const SimNode& n = *m_nodes[from];
  if (type == static_cast<uint8_t>(MsgType::Proposal)) {
    auto msg = node::DecodeProposalMsg(payload);
    if (!msg.ok() || n.byzantine) return;
    const Proposal& p = msg->first;
    if (!m_set.Contains(p.validator) || m_byzantine_validator[p.validator] || p.validator != n.validator) return;
    const Hash32 digest = crypto::Sha256(consensus::ProposalSignBytes(m_chain_id, p));
    auto [it, fresh] = m_ledger.try_emplace({n.validator, p.height, p.round, static_cast<int>(SignStep::Proposal)}, digest);
    if (!fresh && it->second != digest) {
      Violation("double sign: honest validator " + std::to_string(n.validator) + " signed two proposals at height " +
                std::to_string(p.height) + " round " + std::to_string(p.round) + " (seed " + std::to_string(m_config.seed) + ")");
    }
  } else if (type == static_cast<uint8_t>(MsgType::Vote)) {
    auto v = codec::Decode<Vote>(payload);
    if (v.ok()) ObserveVote(from, *v);
  }
}

void World::ObserveVote(int from, const Vote& v) {
  const SimNode& n = *m_nodes[from];
  if (!m_set.Contains(v.validator) || !VerifiedVote(v)) return;
  if (v.type == VoteType::Prevote && v.value) {
    m_prevotes[{v.height, v.round, *v.value}].emplace(v.validator, m_set.at(v.validator).power);
  }
  // Relays (catch-up) carry others' votes: the ledger is about what honest validators signed.
  if (n.byzantine || m_byzantine_validator[v.validator]) return;
  const int step = static_cast<int>(v.type == VoteType::Prevote ? SignStep::Prevote : SignStep::Precommit);
  const Hash32 digest = crypto::Sha256(consensus::VoteSignBytes(m_chain_id, v));
  auto [it, fresh] = m_ledger.try_emplace({v.validator, v.height, v.round, step}, digest);
  if (!fresh && it->second != digest) {
    Violation("double sign: honest validator " + std::to_string(v.validator) + " signed two votes at height " +
              std::to_string(v.height) + " round " + std::to_string(v.round) + " (seed " + std::to_string(m_config.seed) + ")");
  }
  auto lock = m_locks.find({v.validator, v.height});
  if (v.type == VoteType::Precommit) {
    if (v.value && (lock == m_locks.end() || lock->second.first < v.round)) m_locks[{v.validator, v.height}] = {v.round, *v.value};
    return;
  }
  // L28/L29: a prevote for another value than the lock in a later round needs a polka for it in a
  // round at or after the lock (and before this one).
  if (!v.value || lock == m_locks.end() || lock->second.first >= v.round || lock->second.second == *v.value) return;
  for (Round r = lock->second.first; r < v.round; ++r) {
    auto tally = m_prevotes.find({v.height, r, *v.value});
    if (tally == m_prevotes.end()) continue;
    uint64_t power = 0;
    for (const auto& [who, p] : tally->second) power += p;
    if (power >= m_set.QuorumPower()) return;
  }
  Violation("lock: honest validator " + std::to_string(v.validator) + " locked at height " + std::to_string(v.height) +
            " round " + std::to_string(lock->second.first) + " prevoted another value in round " + std::to_string(v.round) +
            " without a polka for it (seed " + std::to_string(m_config.seed) + ")");
}

// Two different votes of one Byzantine validator for one step, both taken by an honest node at
// its current height: its driver finds the equivocation, so it must end up in a block.
void World::NoteEquivocation(const SimNode& n, const Frame& frame) {
  if (frame.type != static_cast<uint8_t>(MsgType::Vote)) return;
  auto v = codec::Decode<Vote>(*frame.payload);
  if (!v.ok() || !m_set.Contains(v->validator) || !m_byzantine_validator[v->validator]) return;
  const RoundState& rs = n.engine->round_state();
  if (rs.decision || v->height != rs.height || v->round < 0 || v->round > std::max(rs.round, 0) + vote_rounds_ahead_max) return;
  if (!VerifiedVote(*v)) return;
  auto& contents = m_vote_contents[{n.instance, v->validator, v->height, v->round, static_cast<int>(v->type)}];
  if (contents.size() >= 2) return;
  contents.insert(v->value.value_or(Hash32{}));
  if (contents.size() == 2) m_equivocations_seen[{v->validator, v->height}].emplace_back(n.instance, m_now);
}

// Evidence of an equivocation seen at least 10 heights before the end must be in a block, unless
// every node that saw it went down afterwards (pending evidence is not persisted).
void World::CheckEvidence() {
  for (const auto& [key, observers] : m_equivocations_seen) {
    const auto& [validator, height] = key;
    if (height + 10 > m_result.heights_committed || m_evidence_committed.contains({validator, height})) continue;
    const bool kept = std::any_of(observers.begin(), observers.end(), [&](const std::pair<int, uint64_t>& o) {
      auto down = m_last_down.find(o.first);
      return down == m_last_down.end() || down->second < o.second;
    });
    if (!kept) continue;
    m_result.evidence_missing += 1;
    if (m_result.detail.empty()) {
      m_result.detail = "evidence missing: validator " + std::to_string(validator) + " equivocated at height " +
                        std::to_string(height) + ", seen by node " + std::to_string(observers.front().first) +
                        ", in no committed block (seed " + std::to_string(m_config.seed) + ")";
    }
  }
}

bool World::Finished() const {
  for (const auto& n : m_nodes) {
    if (!n->byzantine && n->committed < m_config.heights) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Byzantine behaviour. The node's engine decides what an honest node would send; the modes
// change, multiply or withhold it, or add messages of their own, signed with the node's key.

Proposal World::SignProposal(ValidatorIndex v, Proposal p) {
  const Bytes sb = consensus::ProposalSignBytes(m_chain_id, p);
  p.signature = crypto::SchnorrSign(m_keys[v], sb, crypto::Sha256(sb));
  return p;
}

Vote World::SignVote(ValidatorIndex v, Vote vote) {
  const Bytes sb = consensus::VoteSignBytes(m_chain_id, vote);
  vote.signature = crypto::SchnorrSign(m_keys[v], sb, crypto::Sha256(sb));
  return vote;
}

std::optional<Bytes> World::AlteredBlock(const Bytes& block, uint64_t step) {
  auto b = codec::Decode<chain::Block>(block);
  if (!b.ok()) return std::nullopt;
  b->header.time_ms += step;
  return codec::Encode(*b);
}

void World::ByzantineOut(SimNode& n, int to, MsgType type, const Bytes& payload) {
  const uint8_t t = static_cast<uint8_t>(type);
  auto send = [&](const Bytes& bytes, int target) {
    Observe(n.instance, t, bytes);
    auto shared = std::make_shared<const Bytes>(bytes);
    if (target < 0) SendToAll(n.instance, t, shared);
    else if (target != n.instance && target < static_cast<int>(m_nodes.size())) Send(n.instance, target, t, shared);
  };
  auto some = [&](const Bytes& a, const Bytes* b) {  // a to some peers, b (or nothing) to the others
    for (int k = 0; k < static_cast<int>(m_nodes.size()); ++k) {
      if (k == n.instance) continue;
      if (m_rng.Chance(50)) send(a, k);
      else if (b) send(*b, k);
    }
  };
  if (n.modes & byz_silent) return;
  if (type == MsgType::Proposal) {
    auto msg = node::DecodeProposalMsg(payload);
    if (!msg.ok()) return;
    const Proposal& p = msg->first;
    if (p.validator != n.validator) return send(payload, to);  // another's, relayed by catch-up
    if (n.modes & byz_equivocate) {
      if (auto other = AlteredBlock(msg->second, 1)) {
        codec::Reader r(*other);
        chain::BlockHeader header;
        if (chain::Get(r, &header).ok()) {
          Proposal q = p;
          q.value = chain::BlockHash(header);
          q.pol_round = kNilRound;
          const Bytes alt = node::EncodeProposalMsg(SignProposal(n.validator, q), *other);
          some(payload, &alt);
          return;
        }
      }
    }
    if (n.modes & byz_partial_proposal) return some(payload, nullptr);
    send(payload, to);
    if (n.modes & byz_many_proposals) {
      for (int k = 2; k < many_proposals_count + 2; ++k) {
        auto other = AlteredBlock(msg->second, static_cast<uint64_t>(k));
        if (!other) break;
        codec::Reader r(*other);
        chain::BlockHeader header;
        if (!chain::Get(r, &header).ok()) break;
        Proposal q = p;
        q.value = chain::BlockHash(header);
        send(node::EncodeProposalMsg(SignProposal(n.validator, q), *other), -1);
      }
    }
    if (n.modes & byz_oversize) {
      Bytes big = msg->second;
      big.resize(node::block_bytes_max + 1024, 0);
      send(node::EncodeProposalMsg(p, big), -1);
    }
    return;
  }
  if (type == MsgType::CandidateBlock && (n.modes & byz_partial_proposal)) return some(payload, nullptr);
  if (type == MsgType::Vote) {
    auto v = codec::Decode<Vote>(payload);
    if (!v.ok()) return;
    if (v->validator != n.validator) return send(payload, to);  // another's, relayed by catch-up
    if (n.modes & byz_equivocate) {
      Vote w = *v;
      if (w.value) w.value.reset();
      else w.value = crypto::Sha256(AsBytes("ordo-sim-other/" + std::to_string(m_rng.Next())));
      const Bytes alt = codec::Encode(SignVote(n.validator, w));
      some(payload, &alt);
    } else {
      send(payload, to);
    }
    if (n.modes & byz_flood) {
      for (int k = 0; k < flood_copies; ++k) send(payload, to);
    }
    if (n.modes & byz_future) {
      Vote far = *v;
      far.round += future_round_offset;
      send(codec::Encode(SignVote(n.validator, far)), -1);
      far = *v;
      far.height += 2;
      send(codec::Encode(SignVote(n.validator, far)), -1);
    }
    return;
  }
  send(payload, to);
  if (type == MsgType::Status && (n.modes & byz_flood)) {
    for (int k = 0; k < flood_copies; ++k) send(payload, to);
  }
}

void World::ByzantineIn(SimNode& n, int from, uint8_t type, const Bytes& payload) {
  if (!(n.modes & byz_relay_other_bytes) || type != static_cast<uint8_t>(MsgType::Proposal)) return;
  auto msg = node::DecodeProposalMsg(payload);
  if (!msg.ok()) return;
  auto other = AlteredBlock(msg->second, 7);
  if (!other) return;
  auto shared = std::make_shared<const Bytes>(node::EncodeProposalMsg(msg->first, *other));
  for (int k = 0; k < static_cast<int>(m_nodes.size()); ++k) {
    if (k != n.instance && k != from) Send(n.instance, k, type, shared);
  }
}

// Messages a Byzantine node makes up on its own, a few times a second.
void World::ByzantineTick(SimNode& n) {
  if (!n.up || !n.engine || (n.modes & byz_silent)) return;
  const RoundState& rs = n.engine->round_state();
  if (n.modes & (byz_non_proposer | byz_future)) {
    chain::BlockHeader header;
    header.chain_id = m_chain_id;
    header.height = rs.height;
    header.time_ms = genesis_time_ms + m_now;
    header.proposer = m_set.at(n.validator).public_key;
    header.prev_hash = crypto::Sha256(AsBytes("ordo-sim-junk/" + std::to_string(m_rng.Next())));
    Proposal p;
    p.height = rs.height;
    p.round = std::max(rs.round, 0);
    p.pol_round = kNilRound;
    p.validator = n.validator;
    if (n.modes & byz_future) {
      p.round += future_round_offset;
      header.height += m_rng.Chance(50) ? 0 : 3;
      p.height = header.height;
    }
    p.value = chain::BlockHash(header);
    codec::Writer junk;  // the header alone: binds to the value, decodes as no block
    chain::Put(junk, header);
    const Bytes frame = node::EncodeProposalMsg(SignProposal(n.validator, p), junk.Take());
    SendToAll(n.instance, static_cast<uint8_t>(MsgType::Proposal), std::make_shared<const Bytes>(frame));
  }
  if ((n.modes & byz_garbage_precommits) && rs.height > 1) {
    Vote v;
    v.type = VoteType::Precommit;
    v.height = rs.height - 1;
    v.round = 0;
    v.validator = n.validator;
    v.value = crypto::Sha256(AsBytes("ordo-sim-garbage/" + std::to_string(m_rng.Next())));
    for (auto& byte : v.signature) byte = static_cast<uint8_t>(m_rng.Next());
    SendToAll(n.instance, static_cast<uint8_t>(MsgType::Vote), std::make_shared<const Bytes>(codec::Encode(v)));
  }
}

// ---------------------------------------------------------------------------------------------
// Run.

RunResult World::Run() {
  const detail::AssertHandler previous = detail::assert_handler;
  detail::assert_handler = ThrowOnAssert;
  for (auto& n : m_nodes) Boot(*n);
  const uint64_t deadline = m_config.gst_ms + 30'000 + m_config.heights * (2'000 + m_config.block_interval_ms);
  const auto wall_start = std::chrono::steady_clock::now();
  uint64_t processed = 0;
  while (!m_events.empty() && !Finished()) {
    Event e = m_events.top();
    if (e.time > deadline) break;
    m_events.pop();
    if (++processed > events_max) break;
    m_now = e.time;
    if (m_config.real_time) std::this_thread::sleep_until(wall_start + std::chrono::milliseconds(m_now));
    switch (e.kind) {
      case Event::Kind::Split:
        m_partition_active = true;
        m_side_a.clear();
        for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) {
          if (m_rng.Chance(50)) m_side_a.insert(i);
        }
        continue;
      case Event::Kind::Heal:
        m_partition_active = false;
        continue;
      default:
        break;
    }
    SimNode& n = *m_nodes[e.node];
    switch (e.kind) {
      case Event::Kind::Deliver: Deliver(e); break;
      case Event::Kind::Timer:
        if (n.up && n.engine && e.generation == n.generation) Guard(n, [&] { n.clock.Fire(e.timer); });
        break;
      case Event::Kind::Crash: Down(n, false); break;
      case Event::Kind::PowerLoss:
        // Half the time the power fails during one of the node's next syncs instead: between
        // a write and its sync, the window a process crash never opens.
        if (n.up && m_rng.Chance(50)) n.disk.FailPowerAtSync(m_rng.Uniform(1, 3));
        else Down(n, true);
        break;
      case Event::Kind::Restart:
        if (n.up) break;
        // A flapping supply: the power may fail again during the restart's first syncs, while
        // what the restart wrote is not yet durable.
        if ((m_config.faults & fault_power_loss) && m_now < m_config.gst_ms && m_rng.Chance(25)) {
          n.disk.FailPowerAtSync(m_rng.Uniform(1, 3));
        }
        Boot(n);
        break;
      case Event::Kind::ByzantineTick:
        ByzantineTick(n);
        m_events.push(Event{m_now + status_interval_ms, m_seq++, e.node, Event::Kind::ByzantineTick});
        break;
      case Event::Kind::Split:
      case Event::Kind::Heal:
        break;
    }
    if (n.disk.powered_off()) {
      const bool was_up = n.up;
      Down(n, true);
      if (!was_up) n.disk.PowerLoss(m_rng.Next());  // it failed while opening
      m_events.push(Event{m_now + m_rng.Uniform(50, 500), m_seq++, e.node, Event::Kind::Restart});
    }
  }
  for (auto& n : m_nodes) {
    CheckFaults(*n);
    if (n->engine && !n->byzantine) m_result.stale_timeouts += n->engine->stale_timeouts_fed();
  }
  m_result.virtual_ms = m_now;
  uint64_t min_committed = UINT64_MAX;
  for (const auto& n : m_nodes) {
    if (!n->byzantine) min_committed = std::min<uint64_t>(min_committed, n->committed);
  }
  m_result.heights_committed = min_committed == UINT64_MAX ? 0 : std::min(min_committed, m_config.heights);
  m_result.liveness_failure = min_committed < m_config.heights;
  if (m_result.liveness_failure && m_result.detail.empty()) {
    std::ostringstream what;
    what << "liveness: honest nodes committed only " << min_committed << " of " << m_config.heights << " heights by virtual time "
         << m_now << " ms; nodes:";
    for (const auto& n : m_nodes) {
      what << " [" << (n->byzantine ? ByzantineModeNames(n->modes) : std::string("honest")) << " v" << n->validator
           << (n->up ? "" : " down") << " committed=" << n->committed;
      if (n->engine) {
        const RoundState& rs = n->engine->round_state();
        what << " h=" << rs.height << " r=" << rs.round << " step=" << StepName(rs.step) << " locked=" << rs.locked_round << ":"
             << (rs.locked_value ? ToHex(*rs.locked_value).substr(0, 6) : "nil") << " valid=" << rs.valid_round << ":"
             << (rs.valid_value ? ToHex(*rs.valid_value).substr(0, 6) : "nil");
      }
      what << "]";
    }
    m_result.detail = what.str();
  }
  CheckEvidence();
  m_result.evidence_produced = m_evidence_committed.size();
  uint8_t summary[8 * 4];
  const uint64_t fields[4] = {m_result.seed, m_result.heights_committed, m_result.messages, m_result.evidence_produced};
  for (int f = 0; f < 4; ++f) {
    for (int i = 0; i < 8; ++i) summary[f * 8 + i] = static_cast<uint8_t>(fields[f] >> (56 - 8 * i));
  }
  m_trace.Update(ByteSpan(summary, sizeof summary));
  m_result.digest = m_trace.Finish();
  for (auto& n : m_nodes) n->engine.reset();
  detail::assert_handler = previous;
  return m_result;
}

constexpr std::pair<const char*, uint32_t> byzantine_mode_names[] = {
    {"equivocate", byz_equivocate}, {"silent", byz_silent}, {"twins", byz_twins},
    {"non-proposer", byz_non_proposer}, {"many-proposals", byz_many_proposals}, {"future", byz_future},
    {"relay-other-bytes", byz_relay_other_bytes}, {"oversize", byz_oversize}, {"flood", byz_flood},
    {"garbage-precommits", byz_garbage_precommits}, {"partial-proposal", byz_partial_proposal}};

}  // namespace

bool ParseFaults(const std::string& text, uint32_t* faults, std::string* error) {
  static const std::pair<const char*, uint32_t> names[] = {
      {"delay", fault_delay}, {"drop", fault_drop}, {"reorder", fault_reorder}, {"partition", fault_partition},
      {"crash", fault_crash}, {"power-loss", fault_power_loss}, {"equivocate", fault_equivocate},
      {"silent", fault_silent}, {"twins", fault_twins}};
  if (text == "all") { *faults = fault_all; return true; }
  if (text == "none") { *faults = 0; return true; }
  uint32_t out = 0;
  std::istringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    bool found = false;
    for (const auto& [name, bit] : names) {
      if (item == name) { out |= bit; found = true; }
    }
    if (!found) {
      *error = "unknown fault '" + item +
               "' (known: all, none, delay, drop, reorder, partition, crash, power-loss, equivocate, silent, twins)";
      return false;
    }
  }
  *faults = out;
  return true;
}

bool ParseByzantineModes(const std::string& text, uint32_t* modes, std::string* error) {
  if (text == "all") { *modes = byz_all; return true; }
  if (text == "none") { *modes = 0; return true; }
  uint32_t out = 0;
  std::istringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    bool found = false;
    for (const auto& [name, bit] : byzantine_mode_names) {
      if (item == name) { out |= bit; found = true; }
    }
    if (!found) {
      *error = "unknown Byzantine mode '" + item + "' (known: all, none, " + ByzantineModeNames(byz_all) + ")";
      return false;
    }
  }
  *modes = out;
  return true;
}

std::string ByzantineModeNames(uint32_t modes) {
  std::string out;
  for (const auto& [name, bit] : byzantine_mode_names) {
    if (modes & bit) out += (out.empty() ? "" : ",") + std::string(name);
  }
  return out;
}

RunResult RunSimulation(const SimConfig& config) {
  // The old fault bits for Byzantine behaviour narrow the modes when given alone.
  SimConfig c = config;
  const uint32_t legacy = c.faults & (fault_equivocate | fault_silent | fault_twins);
  if (legacy != 0 && legacy != (fault_equivocate | fault_silent | fault_twins) && c.byzantine_modes == byz_all) {
    c.byzantine_modes = (legacy & fault_equivocate ? byz_equivocate : 0) | (legacy & fault_silent ? byz_silent : 0) |
                        (legacy & fault_twins ? byz_twins : 0);
  }
  World world(c);
  return world.Run();
}

SweepResult RunSweep(const SimConfig& base, uint64_t first, uint64_t last, unsigned jobs) {
  ORDO_ASSERT(first <= last);
  ORDO_ASSERT(jobs >= 1);
  SweepResult sweep;
  sweep.runs = last - first + 1;
  sweep.results.resize(sweep.runs);
  std::atomic<uint64_t> next{0};
  const auto start = std::chrono::steady_clock::now();
  auto worker = [&] {
    for (uint64_t i = next++; i < sweep.runs; i = next++) {
      SimConfig c = base;
      c.seed = first + i;
      c.on_commit = nullptr;
      sweep.results[i] = RunSimulation(c);
    }
  };
  std::vector<std::thread> threads;
  for (uint64_t t = 0; t < std::min<uint64_t>(jobs, sweep.runs); ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  sweep.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  crypto::Sha256Hasher trace;
  for (const RunResult& r : sweep.results) {
    sweep.heights += r.heights_committed;
    sweep.safety_violations += r.safety_violations;
    sweep.liveness_failures += r.liveness_failure ? 1 : 0;
    sweep.evidence_missing += r.evidence_missing;
    sweep.evidence_produced += r.evidence_produced;
    sweep.messages += r.messages;
    sweep.rounds += r.rounds_total;
    sweep.stale_timeouts += r.stale_timeouts;
    trace.Update(r.digest);
  }
  sweep.trace = trace.Finish();
  return sweep;
}

}  // namespace ordo::sim
