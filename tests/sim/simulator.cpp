#include "simulator.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <set>
#include <sstream>
#include <thread>
#include <variant>

#include "ordo/codec/consensus_codec.h"
#include "ordo/consensus/double_sign_guard.h"
#include "ordo/consensus/driver.h"
#include "ordo/consensus/signing.h"
#include "ordo/crypto/sha256.h"

namespace ordo::sim {

using namespace ordo::consensus;

namespace {

// Bounds of the simulated hosts (every queue has one).
constexpr size_t future_messages_max = 4096;     // buffered messages for the next height
constexpr uint64_t future_heights_max = 1;       // how far ahead a message is buffered
constexpr uint64_t sync_batch_max = 16;          // decisions sent per status answer
constexpr size_t local_inputs_max = 1024;        // inputs a node feeds itself while handling one
constexpr uint64_t status_interval_ms = 400;
constexpr size_t accepted_messages_max = 50'000;   // per height, for vote-set catch-up
constexpr uint64_t events_max = 20'000'000;      // a run that needs more is reported as stuck
constexpr size_t verify_cache_max = 200'000;      // signature results kept (live runs are long)

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

struct StatusMsg {
  Height height;
  Round round;
};
struct DecisionMsg {
  Height height;
  CommitCertificate certificate;
};
using Message = std::variant<Proposal, Vote, StatusMsg, DecisionMsg>;

// What the WAL holds: every consensus input of the current height, written before it is applied.
struct ValueInput {
  Height height;
  Round round;
  ValueId value;
};
using WalEntry = std::variant<std::pair<Proposal, bool>, Vote, Timeout, ValueInput>;

enum class Behaviour { Honest, Equivocate, Silent, Twin };

const char* BehaviourName(Behaviour b) {
  switch (b) {
    case Behaviour::Honest: return "honest";
    case Behaviour::Equivocate: return "equivocate";
    case Behaviour::Silent: return "silent";
    case Behaviour::Twin: return "twins";
  }
  return "?";
}

// What survives a crash: the committed chain, the WAL and the signer state.
struct Persistent {
  std::vector<CommitCertificate> chain;  // chain[h - 1] decides height h
  std::vector<WalEntry> wal;
  SignerState signer;
};

struct Event {
  uint64_t time;
  uint64_t seq;
  int node;  // target instance
  enum class Kind { Deliver, Timer, Status, Crash, Restart, NextHeight } kind;
  Message message;
  Timeout timeout;
  int from = -1;
  bool operator>(const Event& o) const { return std::tie(time, seq) > std::tie(o.time, o.seq); }
};

class World;

class Node {
 public:
  Node(World* world, int instance, ValidatorIndex validator, Behaviour behaviour, ByteSpan secret);

  void Boot(uint64_t now);
  void Crash() {
    m_up = false;
    m_driver.reset();
    m_future.clear();
    m_accepted.clear();
    m_accepted_count = 0;
  }
  bool up() const { return m_up; }
  Height height() const { return m_driver ? m_driver->state().height : 0; }
  Round round() const { return m_driver ? m_driver->state().round : 0; }
  std::string lock_text() const {
    if (!m_driver) return "";
    const RoundState& rs = m_driver->state();
    std::ostringstream o;
    o << " locked=" << rs.locked_round << ":" << (rs.locked_value ? ToHex(*rs.locked_value).substr(0, 6) : "nil")
      << " valid=" << rs.valid_round << ":" << (rs.valid_value ? ToHex(*rs.valid_value).substr(0, 6) : "nil");
    return o.str();
  }
  const char* step_name() const { return m_driver ? StepName(m_driver->state().step) : "-"; }
  Height committed() const { return m_store.chain.size(); }
  Behaviour behaviour() const { return m_behaviour; }
  ValidatorIndex validator() const { return m_validator; }
  bool honest() const { return m_behaviour == Behaviour::Honest; }

  void OnMessage(int from, const Message& m);
  void OnTimer(const Timeout& t);
  void OnStatusTick();
  void OnNextHeight();

 private:
  using Input = WalEntry;
  void Feed(const Input& input, bool log);
  void Drain();
  void HandleEffects(std::vector<Effect>& effects);
  void Cast(const Proposal& p);
  void Cast(const Vote& v);
  bool SignerAllows(Height h, Round r, SignStep step, const Bytes& sign_bytes);
  void RequestValue(const effect::RequestValue& rv);
  void Commit(const CommitCertificate& cert, bool synced);
  void StartHeight(Height h);
  void Track(const Message& m);

  World* m_world;
  const int m_instance;
  const ValidatorIndex m_validator;
  const Behaviour m_behaviour;
  std::optional<crypto::SecretKey> m_key;
  Persistent m_store;
  // Volatile: lost on crash.
  bool m_up = false;
  bool m_replaying = false;
  std::optional<effect::RequestValue> m_deferred_request;
  std::map<std::pair<Height, Round>, ValueId> m_attack_value;  // Equivocate: our second proposal
  std::unique_ptr<Driver> m_driver;
  std::deque<Input> m_local;
  std::vector<Message> m_future;
  // Accepted proposals and votes of the current height by round: the vote sets peers catch up from.
  std::map<Round, std::vector<Message>> m_accepted;
  std::map<int, std::pair<Height, Round>> m_peer_status;  // the last status each peer sent us
  size_t m_accepted_count = 0;
  std::map<std::tuple<Height, Round, int, ValidatorIndex>, std::set<std::pair<ValueId, int>>> m_seen;
};

class World {
 public:
  explicit World(const SimConfig& config);
  RunResult Run();

  // Used by nodes.
  uint64_t now() const { return m_now; }
  const SimConfig& config() const { return m_config; }
  const std::string& chain_id() const { return m_chain_id; }
  const ValidatorSet& ValidatorsAt(Height h);
  DriverConfig driver_config() const;
  bool Verify(const Message& m, Height h);
  bool IsValid(Height h, const ValueId& v) const { return m_valid_values.contains({h, v}); }
  ValueId MakeValue(Height h, Round r, int instance, int variant, bool valid);
  void Send(int from, int to, const Message& m);
  void Broadcast(int from, const Message& m);
  void BroadcastSplit(int from, const Message& a, const Message& b);
  void Schedule(uint64_t at, int node, Event::Kind kind, Timeout t = {});
  void OnDecide(int instance, Height h, const CommitCertificate& cert, bool synced);
  void OnEvidence(int instance, const Evidence& e);
  void OnEquivocationSeen(int instance, const std::tuple<Height, Round, int, ValidatorIndex>& key);
  void Violation(const std::string& what);
  Rng& rng() { return m_rng; }

 private:
  void SetUpValidators();
  void SetUpFaults();
  bool Finished() const;
  bool Partitioned(int a, int b) const;

  const SimConfig m_config;
  const std::string m_chain_id = "ordo-sim";
  Rng m_rng;
  uint64_t m_now = 0;
  uint64_t m_seq = 0;
  std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
  std::vector<std::unique_ptr<Node>> m_nodes;
  std::vector<crypto::SecretKey> m_keys;
  std::vector<ValidatorSet> m_sets;  // m_sets[h - 1]
  std::set<std::pair<Height, ValueId>> m_valid_values;
  std::map<Height, ValueId> m_decided;
  std::map<Hash32, bool> m_verify_cache;
  std::set<int> m_side_a;  // active partition: nodes in m_side_a are cut from the others
  bool m_partition_active = false;
  std::vector<uint64_t> m_last_delivery;  // per link, for FIFO links
  std::set<std::pair<int, std::tuple<Height, Round, int, ValidatorIndex>>> m_expected_evidence;
  std::set<std::pair<int, std::tuple<Height, Round, int, ValidatorIndex>>> m_produced_evidence;
  std::vector<bool> m_byzantine_validator;
  Behaviour m_byzantine_behaviour = Behaviour::Honest;
  uint64_t m_drop_percent = 0;  // chaos-phase loss rate of this run
  RunResult m_result;
  crypto::Sha256Hasher m_trace;
};

// ---------------------------------------------------------------------------------------------
// Node

Node::Node(World* world, int instance, ValidatorIndex validator, Behaviour behaviour, ByteSpan secret)
    : m_world(world), m_instance(instance), m_validator(validator), m_behaviour(behaviour) {
  auto key = crypto::SecretKey::FromBytes(secret);
  ORDO_ASSERT(key.ok());
  m_key.emplace(std::move(key).value());
}

void Node::Boot(uint64_t now) {
  (void)now;
  if (m_behaviour == Behaviour::Silent) return;
  m_up = true;
  m_driver = std::make_unique<Driver>(m_world->driver_config(), m_key->PublicKey());
  // Recover: the chain tells the height, the WAL replays the inputs of that height, and the
  // signer state (never lost) keeps replayed votes from turning into new, conflicting ones.
  std::vector<WalEntry> wal = m_store.wal;
  m_store.wal.clear();
  m_replaying = true;
  StartHeight(committed() + 1);
  for (const WalEntry& e : wal) {
    if (const auto* v = std::get_if<ValueInput>(&e); v && m_deferred_request &&
        m_deferred_request->height == v->height && m_deferred_request->round == v->round) {
      m_deferred_request.reset();
    }
    Feed(e, true);
  }
  m_replaying = false;
  if (m_deferred_request) {  // crashed before the value was produced: produce it now
    const effect::RequestValue rv = *m_deferred_request;
    m_deferred_request.reset();
    RequestValue(rv);
  }
  Drain();
}

void Node::StartHeight(Height h) {
  m_accepted.clear();
  m_accepted_count = 0;
  m_seen.clear();
  std::vector<Effect> effects;
  m_driver->StartHeight(h, m_world->ValidatorsAt(h), &effects);
  HandleEffects(effects);
  std::vector<Message> future;
  future.swap(m_future);
  for (const Message& m : future) {
    const Height mh = std::holds_alternative<Proposal>(m) ? std::get<Proposal>(m).height : std::get<Vote>(m).height;
    if (mh == h) OnMessage(-1, m);
    else if (mh > h) m_future.push_back(m);
  }
}

void Node::OnNextHeight() {
  if (!m_up) return;
  StartHeight(committed() + 1);
  Drain();
}

void Node::OnMessage(int from, const Message& m) {
  if (!m_up) return;
  if (const auto* s = std::get_if<StatusMsg>(&m)) {
    if (from < 0) return;
    if (s->height < height()) {  // block sync: send the decisions the peer lacks, in order
      const Height last = std::min<Height>(committed(), s->height + sync_batch_max - 1);
      for (Height h = s->height; h <= last; ++h) m_world->Send(m_instance, from, DecisionMsg{h, m_store.chain[h - 1]});
    } else if (s->height == height()) {
      // Vote-set catch-up: the peer's round and the one before, and the rounds of our lock and
      // valid value (whose polka a proposal may cite as its pol_round). Only to a peer that
      // reported the same height and round last time too: one making progress gets the votes by
      // gossip anyway, and resending whole rounds to every peer on every tick costs O(n³).
      const auto previous = m_peer_status.find(from);
      const bool stuck = previous != m_peer_status.end() && previous->second == std::make_pair(s->height, s->round);
      m_peer_status[from] = {s->height, s->round};
      if (!stuck) return;
      const RoundState& rs = m_driver->state();
      std::set<Round> rounds = {s->round, s->round - 1, rs.locked_round, rs.valid_round};
      for (Round r : rounds) {
        auto it = m_accepted.find(r);
        if (it == m_accepted.end()) continue;
        for (const Message& msg : it->second) m_world->Send(m_instance, from, msg);
      }
    }
    return;
  }
  if (const auto* d = std::get_if<DecisionMsg>(&m)) {
    if (d->height != height() || !m_driver || m_driver->state().decision) return;
    if (!m_world->Verify(m, d->height)) return;
    if (!m_world->IsValid(d->height, d->certificate.value)) return;
    Commit(d->certificate, true);
    return;
  }
  const Height mh = std::holds_alternative<Proposal>(m) ? std::get<Proposal>(m).height : std::get<Vote>(m).height;
  if (mh < height()) return;
  if (mh > height()) {
    if (mh <= height() + future_heights_max && m_future.size() < future_messages_max) m_future.push_back(m);
    return;
  }
  if (!m_world->Verify(m, mh)) return;
  if (const auto* p = std::get_if<Proposal>(&m)) {
    Feed(std::make_pair(*p, m_world->IsValid(p->height, p->value)), true);
  } else {
    Feed(std::get<Vote>(m), true);
  }
  Drain();
}

void Node::OnTimer(const Timeout& t) {
  if (!m_up || t.height != height()) return;
  Feed(t, true);
  Drain();
}

void Node::OnStatusTick() {
  if (!m_up) return;
  m_world->Broadcast(m_instance, StatusMsg{height(), round()});
}

void Node::Track(const Message& m) {
  // Independent record of conflicting messages delivered to the driver, to check evidence.
  std::tuple<Height, Round, int, ValidatorIndex> key;
  std::pair<ValueId, int> content;
  if (const auto* p = std::get_if<Proposal>(&m)) {
    key = {p->height, p->round, 0, p->validator};
    content = {p->value, p->pol_round};
  } else {
    const Vote& v = std::get<Vote>(m);
    key = {v.height, v.round, static_cast<int>(v.type), v.validator};
    content = {v.value.value_or(ValueId{}), v.value ? 1 : 0};
  }
  auto& contents = m_seen[key];
  if (!contents.insert(content).second) return;  // a copy of a message we already hold
  if (contents.size() == 2) m_world->OnEquivocationSeen(m_instance, key);
  if (m_accepted_count < accepted_messages_max) {
    m_accepted[std::get<1>(key)].push_back(m);
    ++m_accepted_count;
  }
}

void Node::Feed(const Input& input, bool log) {
  if (log) m_store.wal.push_back(input);
  std::vector<Effect> effects;
  if (const auto* pv = std::get_if<std::pair<Proposal, bool>>(&input)) {
    if (m_driver->OnProposal(pv->first, pv->second, &effects).ok()) Track(pv->first);
  } else if (const auto* v = std::get_if<Vote>(&input)) {
    if (m_driver->OnVote(*v, &effects).ok()) Track(*v);
  } else if (const auto* t = std::get_if<Timeout>(&input)) {
    m_driver->OnTimeout(*t, &effects);
  } else {
    const auto& val = std::get<ValueInput>(input);
    m_driver->OnValue(val.height, val.round, val.value, &effects);
  }
  HandleEffects(effects);
}

void Node::Drain() {
  size_t steps = 0;
  while (!m_local.empty() && m_up) {
    ORDO_ASSERT(++steps <= local_inputs_max);
    Input in = m_local.front();
    m_local.pop_front();
    Feed(in, true);
  }
}

void Node::HandleEffects(std::vector<Effect>& effects) {
  for (Effect& e : effects) {
    if (auto* rv = std::get_if<effect::RequestValue>(&e)) {
      if (m_replaying) m_deferred_request = *rv;  // the WAL may hold the value already produced
      else RequestValue(*rv);
    } else if (auto* cp = std::get_if<effect::CastProposal>(&e)) {
      Cast(cp->proposal);
    } else if (auto* cv = std::get_if<effect::CastVote>(&e)) {
      Cast(cv->vote);
    } else if (auto* st = std::get_if<effect::ScheduleTimeout>(&e)) {
      m_world->Schedule(m_world->now() + st->duration_ms, m_instance, Event::Kind::Timer, st->timeout);
    } else if (auto* d = std::get_if<effect::Decided>(&e)) {
      Commit(d->certificate, false);
      return;  // the driver moved to a new height; the rest belonged to the old one
    } else if (auto* ev = std::get_if<effect::EvidenceFound>(&e)) {
      m_world->OnEvidence(m_instance, ev->evidence);
    }
  }
}

void Node::RequestValue(const effect::RequestValue& rv) {
  m_local.push_back(ValueInput{rv.height, rv.round, m_world->MakeValue(rv.height, rv.round, m_instance, 0, true)});
}

bool Node::SignerAllows(Height h, Round r, SignStep step, const Bytes& sign_bytes) {
  if (m_behaviour == Behaviour::Equivocate) return true;  // a Byzantine signer has no guard
  const Hash32 hash = crypto::Sha256(sign_bytes);
  switch (CheckSign(m_store.signer, h, r, step, hash)) {
    case SignDecision::Sign:
      m_store.signer = RecordSign(h, r, step, hash);  // "synced" before the signature leaves
      return true;
    case SignDecision::SameAsLast: return true;
    case SignDecision::Refuse: return false;
  }
  return false;
}

void Node::Cast(const Proposal& unsigned_p) {
  Proposal p = unsigned_p;
  const Bytes sb = codec::ProposalSignBytes(m_world->chain_id(), p);
  if (!SignerAllows(p.height, p.round, SignStep::Proposal, sb)) return;
  p.signature = crypto::SchnorrSign(*m_key, sb, crypto::Sha256(sb));
  m_local.push_back(std::make_pair(p, m_world->IsValid(p.height, p.value)));
  if (m_behaviour == Behaviour::Equivocate) {
    // The second proposal is a fresh value that ignores any earlier polka (pol_round -1): the
    // attack the locking rule exists for. It is sometimes invalid, to exercise valid(v).
    Proposal q = p;
    q.pol_round = kNilRound;
    q.value = m_world->MakeValue(p.height, p.round, m_instance, 1, p.pol_round >= 0 || m_world->rng().Chance(50));
    m_attack_value[{q.height, q.round}] = q.value;
    const Bytes qb = codec::ProposalSignBytes(m_world->chain_id(), q);
    q.signature = crypto::SchnorrSign(*m_key, qb, crypto::Sha256(qb));
    m_world->BroadcastSplit(m_instance, p, q);
    return;
  }
  m_world->Broadcast(m_instance, p);
}

void Node::Cast(const Vote& unsigned_v) {
  Vote v = unsigned_v;
  const Bytes sb = codec::VoteSignBytes(m_world->chain_id(), v);
  const SignStep step = v.type == VoteType::Prevote ? SignStep::Prevote : SignStep::Precommit;
  if (!SignerAllows(v.height, v.round, step, sb)) return;
  v.signature = crypto::SchnorrSign(*m_key, sb, crypto::Sha256(sb));
  m_local.push_back(v);
  if (m_behaviour == Behaviour::Equivocate) {
    // The conflicting vote backs our own conflicting proposal of this round when there is one,
    // otherwise it is nil against a value (or an unknown value against nil).
    Vote w = v;
    auto attack = m_attack_value.find({v.height, v.round});
    if (attack != m_attack_value.end() && v.value != attack->second) w.value = attack->second;
    else if (w.value) w.value.reset();
    else w.value = m_world->MakeValue(v.height, v.round, m_instance, 2, false);
    const Bytes wb = codec::VoteSignBytes(m_world->chain_id(), w);
    w.signature = crypto::SchnorrSign(*m_key, wb, crypto::Sha256(wb));
    m_world->BroadcastSplit(m_instance, v, w);
    return;
  }
  m_world->Broadcast(m_instance, v);
}

void Node::Commit(const CommitCertificate& cert, bool synced) {
  ORDO_ASSERT(cert.height == committed() + 1);
  m_store.chain.push_back(cert);
  m_store.wal.clear();
  m_local.clear();
  m_world->OnDecide(m_instance, cert.height, cert, synced);
  if (m_world->config().block_interval_ms > 0 && !synced) {
    m_world->Schedule(m_world->now() + m_world->config().block_interval_ms, m_instance, Event::Kind::NextHeight);
  } else {
    StartHeight(cert.height + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// World

World::World(const SimConfig& config) : m_config(config), m_rng(config.seed * 0x2545f4914f6cdd1dULL + 7) {
  ORDO_ASSERT(config.validators >= 1);
  ORDO_ASSERT(config.byzantine >= 0 && config.byzantine < config.validators);
  m_result.seed = config.seed;
  SetUpValidators();
  SetUpFaults();
}

void World::SetUpValidators() {
  const int n = m_config.validators;
  std::vector<Validator> vals;
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
  for (int i = 0; i < n; ++i) {
    Hash32 secret{};
    for (uint32_t attempt = 0;; ++attempt) {
      std::ostringstream tag;
      tag << "ordo-sim-key/" << m_config.seed << "/" << i << "/" << attempt;
      secret = crypto::Sha256(AsBytes(tag.str()));
      auto k = crypto::SecretKey::FromBytes(secret);
      if (k.ok()) {
        vals.push_back(Validator{k->PublicKey(), power[i], 0});
        m_keys.push_back(std::move(k).value());
        break;
      }
    }
  }
  auto set = ValidatorSet::Create(vals);
  ORDO_ASSERT(set.ok());
  m_sets.push_back(std::move(set).value());
}

void World::SetUpFaults() {
  std::vector<Behaviour> modes;
  if (m_config.faults & fault_equivocate) modes.push_back(Behaviour::Equivocate);
  if (m_config.faults & fault_silent) modes.push_back(Behaviour::Silent);
  if (m_config.faults & fault_twins) modes.push_back(Behaviour::Twin);
  if (m_config.byzantine > 0 && !modes.empty()) m_byzantine_behaviour = modes[m_rng.Next() % modes.size()];
  m_result.byzantine_mode = m_config.byzantine > 0 ? BehaviourName(m_byzantine_behaviour) : "none";

  for (int i = 0; i < m_config.validators; ++i) {
    const Behaviour b = m_byzantine_validator[i] ? m_byzantine_behaviour : Behaviour::Honest;
    const auto secret = m_keys[i].ExposeBytes();
    m_nodes.push_back(std::make_unique<Node>(this, static_cast<int>(m_nodes.size()), i, b, secret));
    if (b == Behaviour::Twin) {
      m_nodes.push_back(std::make_unique<Node>(this, static_cast<int>(m_nodes.size()), i, b, secret));
    }
  }
  m_drop_percent = m_rng.Uniform(5, 40);
  const int count = static_cast<int>(m_nodes.size());
  m_last_delivery.assign(static_cast<size_t>(count * count), 0);
  const uint64_t gst = m_config.gst_ms;
  if (m_config.faults & fault_crash) {
    for (int i = 0; i < count; ++i) {
      if (!m_nodes[i]->honest() || !m_rng.Chance(50)) continue;
      const uint64_t at = m_rng.Uniform(100, gst / 2);
      Schedule(at, i, Event::Kind::Crash);
      Schedule(std::min(gst, at + m_rng.Uniform(200, gst / 3)), i, Event::Kind::Restart);
    }
  }
  if (m_config.faults & fault_partition) {
    // Splits and heals through the chaos phase, as Crash (split) / Restart (heal) events on node
    // -1, handled in Run. Each split draws new sides.
    uint64_t t = m_rng.Uniform(100, 1500);
    while (t < gst) {
      const uint64_t end = std::min(gst, t + m_rng.Uniform(200, 3000));
      Schedule(t, -1, Event::Kind::Crash);
      Schedule(end, -1, Event::Kind::Restart);
      t = end + m_rng.Uniform(100, 2000);
    }
  }
  for (int i = 0; i < count; ++i) Schedule(m_rng.Uniform(0, status_interval_ms), i, Event::Kind::Status);
}

const ValidatorSet& World::ValidatorsAt(Height h) {
  ORDO_ASSERT(h >= 1);
  while (m_sets.size() < h) m_sets.push_back(m_sets.back().NextHeight());
  return m_sets[h - 1];
}

DriverConfig World::driver_config() const {
  DriverConfig c;
  c.options.unsafe_no_locking = m_config.unsafe_no_locking;
  c.timeouts = TimeoutConfig{300, 100, 150, 75, 150, 75};
  return c;
}

bool World::Verify(const Message& m, Height h) {
  // Verification is a pure function of the message, so one cache serves every simulated node.
  Bytes encoded;
  if (const auto* p = std::get_if<Proposal>(&m)) encoded = codec::Encode(*p);
  else if (const auto* v = std::get_if<Vote>(&m)) encoded = codec::Encode(*v);
  else encoded = codec::Encode(std::get<DecisionMsg>(m).certificate);
  const Hash32 key = crypto::Sha256(encoded);
  if (auto it = m_verify_cache.find(key); it != m_verify_cache.end()) return it->second;
  const ValidatorSet& set = ValidatorsAt(h);
  bool ok = false;
  if (const auto* p = std::get_if<Proposal>(&m)) ok = VerifyProposal(m_chain_id, set, *p);
  else if (const auto* v = std::get_if<Vote>(&m)) ok = VerifyVote(m_chain_id, set, *v);
  else ok = VerifyCommitCertificate(m_chain_id, set, h, std::get<DecisionMsg>(m).certificate).ok();
  if (m_verify_cache.size() >= verify_cache_max) m_verify_cache.clear();
  m_verify_cache.emplace(key, ok);
  return ok;
}

ValueId World::MakeValue(Height h, Round r, int instance, int variant, bool valid) {
  std::ostringstream tag;
  tag << "ordo-sim-value/" << m_config.seed << "/" << h << "/" << r << "/" << instance << "/" << variant;
  const ValueId v = crypto::Sha256(AsBytes(tag.str()));
  if (valid) m_valid_values.insert({h, v});
  return v;
}

bool World::Partitioned(int a, int b) const {
  return m_partition_active && (m_side_a.contains(a) != m_side_a.contains(b));
}

void World::Send(int from, int to, const Message& m) {
  ORDO_ASSERT(from != to);
  const bool chaos = m_now < m_config.gst_ms;
  m_result.messages += 1;
  if (const auto* p = std::get_if<Proposal>(&m)) m_result.message_bytes += codec::Encode(*p).size();
  else if (const auto* v = std::get_if<Vote>(&m)) m_result.message_bytes += codec::Encode(*v).size();
  else if (const auto* d = std::get_if<DecisionMsg>(&m)) m_result.message_bytes += codec::Encode(d->certificate).size();
  else m_result.message_bytes += 12;
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
  Event e{at, m_seq++, to, Event::Kind::Deliver, m, {}, from};
  m_events.push(std::move(e));
}

void World::Broadcast(int from, const Message& m) {
  for (int to = 0; to < static_cast<int>(m_nodes.size()); ++to) {
    if (to != from) Send(from, to, m);
  }
}

void World::BroadcastSplit(int from, const Message& a, const Message& b) {
  // The attack that splits a network best: one peer sees `a` (say, a precommit for v that
  // completes its quorum), the others see `b` (nil), so they move on to another round without it.
  // Half of the time the split is random instead.
  const int count = static_cast<int>(m_nodes.size());
  const bool favour_one = m_rng.Chance(50);
  int favoured = static_cast<int>(m_rng.Uniform(0, static_cast<uint64_t>(count - 1)));
  if (favoured == from) favoured = (favoured + 1) % count;
  for (int to = 0; to < count; ++to) {
    if (to == from) continue;
    const bool gets_a = favour_one ? to == favoured : m_rng.Chance(50);
    Send(from, to, gets_a ? a : b);
  }
}

void World::Schedule(uint64_t at, int node, Event::Kind kind, Timeout t) {
  Event e{at, m_seq++, node, kind, StatusMsg{0, 0}, t, -1};
  m_events.push(std::move(e));
}

void World::Violation(const std::string& what) {
  m_result.safety_violations += 1;
  if (m_result.detail.empty()) m_result.detail = what;
}

void World::OnDecide(int instance, Height h, const CommitCertificate& cert, bool synced) {
  const Node& node = *m_nodes[instance];
  if (!node.honest()) return;
  std::ostringstream where;
  where << "seed " << m_config.seed << " height " << h << " node " << instance;
  if (!IsValid(h, cert.value)) Violation("validity: invalid value decided at " + where.str());
  auto [it, first] = m_decided.try_emplace(h, cert.value);
  if (!first && it->second != cert.value) Violation("agreement: two values decided at " + where.str());
  if (first) {
    m_result.rounds_total += static_cast<uint64_t>(cert.round) + 1;
    if (m_config.on_commit) {
      m_config.on_commit(h, cert.round, m_now, static_cast<int>(ValidatorsAt(h).ProposerForRound(cert.round)));
    }
  }
  uint8_t rec[8 + 8 + 4 + 1];
  for (int i = 0; i < 8; ++i) rec[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
  for (int i = 0; i < 8; ++i) rec[8 + i] = static_cast<uint8_t>(m_now >> (56 - 8 * i));
  for (int i = 0; i < 4; ++i) rec[16 + i] = static_cast<uint8_t>(static_cast<uint32_t>(instance) >> (24 - 8 * i));
  rec[20] = synced ? 1 : 0;
  m_trace.Update(ByteSpan(rec, sizeof rec));
  m_trace.Update(cert.value);
}

void World::OnEquivocationSeen(int instance, const std::tuple<Height, Round, int, ValidatorIndex>& key) {
  if (!m_nodes[instance]->honest()) return;
  m_result.equivocations_seen += 1;
  m_expected_evidence.insert({instance, key});
}

void World::OnEvidence(int instance, const Evidence& e) {
  if (!m_nodes[instance]->honest()) return;
  const Height h = EvidenceHeight(e);
  const ValidatorIndex offender = EvidenceOffender(e);
  if (!VerifyEvidence(m_chain_id, ValidatorsAt(h), e).ok()) {
    m_result.evidence_missing += 1;  // produced, but not valid evidence
    if (m_result.detail.empty()) m_result.detail = "invalid evidence produced";
    return;
  }
  if (!m_byzantine_validator[offender]) {
    std::ostringstream what;
    what << "double sign by honest validator " << offender << " at height " << h << " (seed " << m_config.seed << ")";
    Violation(what.str());
  }
  int type = 0;
  if (const auto* v = std::get_if<DuplicateVoteEvidence>(&e)) type = static_cast<int>(v->first.type);
  m_result.evidence_produced += 1;
  m_produced_evidence.insert({instance, {h, EvidenceRound(e), type, offender}});
}

bool World::Finished() const {
  for (const auto& n : m_nodes) {
    if (n->honest() && n->committed() < m_config.heights) return false;
  }
  return true;
}

RunResult World::Run() {
  for (auto& n : m_nodes) n->Boot(0);
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
    if (e.node < 0) {  // partition start (Crash) / heal (Restart)
      m_partition_active = e.kind == Event::Kind::Crash;
      m_side_a.clear();
      if (m_partition_active) {
        for (int i = 0; i < static_cast<int>(m_nodes.size()); ++i) if (m_rng.Chance(50)) m_side_a.insert(i);
      }
      continue;
    }
    Node& node = *m_nodes[e.node];
    switch (e.kind) {
      case Event::Kind::Deliver: node.OnMessage(e.from, e.message); break;
      case Event::Kind::Timer: node.OnTimer(e.timeout); break;
      case Event::Kind::Status:
        node.OnStatusTick();
        Schedule(m_now + status_interval_ms, e.node, Event::Kind::Status);
        break;
      case Event::Kind::Crash: if (node.up()) node.Crash(); break;
      case Event::Kind::Restart: if (!node.up()) node.Boot(m_now); break;
      case Event::Kind::NextHeight: node.OnNextHeight(); break;
    }
  }
  m_result.virtual_ms = m_now;
  uint64_t min_committed = UINT64_MAX;
  for (const auto& n : m_nodes) {
    if (n->honest()) min_committed = std::min<uint64_t>(min_committed, n->committed());
  }
  m_result.heights_committed = min_committed == UINT64_MAX ? 0 : std::min(min_committed, m_config.heights);
  m_result.liveness_failure = min_committed < m_config.heights;
  if (m_result.liveness_failure && m_result.detail.empty()) {
    std::ostringstream what;
    what << "liveness: honest nodes committed only " << min_committed << " of " << m_config.heights
         << " heights by virtual time " << m_now << " ms; nodes:";
    for (const auto& n : m_nodes) {
      what << " [" << BehaviourName(n->behaviour()) << " v" << n->validator() << (n->up() ? "" : " down")
           << " committed=" << n->committed() << " h=" << n->height() << " r=" << n->round()
           << " step=" << n->step_name() << n->lock_text() << "]";
    }
    m_result.detail = what.str();
  }
  for (const auto& expected : m_expected_evidence) {
    if (!m_produced_evidence.contains(expected)) {
      m_result.evidence_missing += 1;
      if (m_result.detail.empty()) m_result.detail = "equivocation seen without evidence";
    }
  }
  uint8_t summary[8 * 4];
  const uint64_t fields[4] = {m_result.seed, m_result.heights_committed, m_result.messages, m_result.evidence_produced};
  for (int f = 0; f < 4; ++f) {
    for (int i = 0; i < 8; ++i) summary[f * 8 + i] = static_cast<uint8_t>(fields[f] >> (56 - 8 * i));
  }
  m_trace.Update(ByteSpan(summary, sizeof summary));
  m_result.digest = m_trace.Finish();
  return m_result;
}

}  // namespace

bool ParseFaults(const std::string& text, uint32_t* faults, std::string* error) {
  static const std::pair<const char*, uint32_t> names[] = {
      {"delay", fault_delay}, {"drop", fault_drop}, {"reorder", fault_reorder}, {"partition", fault_partition},
      {"crash", fault_crash}, {"equivocate", fault_equivocate}, {"silent", fault_silent}, {"twins", fault_twins}};
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
      *error = "unknown fault '" + item + "' (known: all, none, delay, drop, reorder, partition, crash, equivocate, silent, twins)";
      return false;
    }
  }
  *faults = out;
  return true;
}

RunResult RunSimulation(const SimConfig& config) {
  World world(config);
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
    trace.Update(r.digest);
  }
  sweep.trace = trace.Finish();
  return sweep;
}

}  // namespace ordo::sim
