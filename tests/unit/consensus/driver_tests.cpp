// The consensus driver with real keys and signatures: a small network of Drivers whose effects a
// test harness executes (signing and routing proposals and votes to every node, the sender
// included, answering value requests, recording decisions, evidence and timeouts). Timeouts fire
// only when a test fires them, and a route function can drop or hold any message, so each test
// sets up exactly the schedule it is about.

#include <QtTest>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "ordo/consensus/driver.h"
#include "ordo/consensus/signing.h"

using namespace ordo;
using namespace ordo::consensus;

namespace {

constexpr std::string_view kChainId = "ordo-test";
constexpr Height kHeight = 1;
// Bound on harness steps per Run: a driver that loops on its own messages fails instead of hanging.
constexpr size_t harness_steps_per_run_max = 100'000;

Hash32 Filled(uint8_t b) {
  Hash32 h{};
  h.fill(b);
  return h;
}

// Fixed, valid secret keys: 32 bytes of i + 1 are far below the group order.
crypto::SecretKey SecretFor(size_t i) {
  Bytes bytes(32, static_cast<uint8_t>(i + 1));
  auto key = crypto::SecretKey::FromBytes(bytes);
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

std::array<uint8_t, 32> Aux(uint8_t b) {
  std::array<uint8_t, 32> aux{};
  aux.fill(b);
  return aux;
}

// The value a proposer gets from the host for a round: distinct per (proposer, round).
ValueId HostValue(size_t proposer, Round round) {
  ValueId v = Filled(0xc0);
  v[1] = static_cast<uint8_t>(proposer);
  v[2] = static_cast<uint8_t>(round);
  return v;
}

Vote SignedVote(VoteType type, Round round, ValidatorIndex validator, const std::optional<ValueId>& value,
                Height height = kHeight, uint8_t aux = 0) {
  Vote v;
  v.type = type;
  v.height = height;
  v.round = round;
  v.value = value;
  v.validator = validator;
  v.signature = SignVote(kChainId, SecretFor(validator), v, Aux(aux));
  return v;
}

Proposal SignedProposal(Round round, Round pol_round, ValidatorIndex validator, const ValueId& value,
                        Height height = kHeight, uint8_t aux = 0) {
  Proposal p;
  p.height = height;
  p.round = round;
  p.pol_round = pol_round;
  p.value = value;
  p.validator = validator;
  p.signature = SignProposal(kChainId, SecretFor(validator), p, Aux(aux));
  return p;
}

QString Hex(const ValueId& v) { return QString::fromStdString(ToHex(v)); }
QString Hex(const std::optional<ValueId>& v) { return v ? Hex(*v) : QStringLiteral("nil"); }

using Message = std::variant<Proposal, Vote>;

struct Envelope {
  size_t from = 0;
  size_t to = 0;
  Message message;
};

enum class Route { Deliver, Drop, Hold };

struct NodeLog {
  std::vector<Vote> votes;  // every CastVote, signed
  std::vector<Proposal> proposals;  // every CastProposal, signed
  std::vector<effect::RequestValue> requests;
  std::vector<effect::RoundStarted> rounds;
  std::vector<effect::ScheduleTimeout> scheduled;
  std::vector<effect::Decided> decided;
  std::vector<Evidence> evidence;
  std::vector<std::string> rejections;  // non-ok Status of routed messages
};

class Network {
 public:
  // Validators 0..powers.size()-1 in that order, then `observers` nodes whose keys are not in the set.
  explicit Network(const std::vector<uint64_t>& powers, size_t observers = 0, Options options = {}) {
    std::vector<Validator> validators;
    for (size_t i = 0; i < powers.size(); ++i) {
      Validator v;
      v.public_key = SecretFor(i).PublicKey();
      v.power = powers[i];
      validators.push_back(v);
    }
    auto set = ValidatorSet::Create(std::move(validators));
    ORDO_ASSERT(set.ok());
    m_set = std::move(set).value();
    DriverConfig config;
    config.options = options;
    for (size_t i = 0; i < powers.size() + observers; ++i) {
      m_keys.push_back(SecretFor(i));
      m_drivers.push_back(std::make_unique<Driver>(config, m_keys.back().PublicKey()));
    }
    logs.resize(m_drivers.size());
  }

  size_t size() const { return m_drivers.size(); }
  Driver& node(size_t i) { return *m_drivers.at(i); }
  const ValidatorSet& set() const { return m_set; }

  void Start() {
    for (size_t i = 0; i < m_drivers.size(); ++i) {
      std::vector<Effect> out;
      m_drivers[i]->StartHeight(kHeight, m_set, &out);
      Queue(i, std::move(out));
    }
    Run();
  }

  // Fires a timeout at each node, all before any resulting message moves; false when a node never
  // scheduled that timeout.
  [[nodiscard]] bool FireTimeouts(const std::vector<size_t>& nodes, TimeoutKind kind, Round round) {
    const Timeout timeout{kind, kHeight, round};
    for (size_t i : nodes) {
      bool scheduled = false;
      for (const auto& s : logs[i].scheduled) scheduled = scheduled || s.timeout == timeout;
      if (!scheduled) return false;
    }
    for (size_t i : nodes) {
      std::vector<Effect> out;
      m_drivers[i]->OnTimeout(timeout, &out);
      Queue(i, std::move(out));
    }
    Run();
    return true;
  }

  // Hands one message straight to one node (bypassing the route); its effects flow as usual.
  [[nodiscard]] Status Inject(size_t to, const Message& message) {
    const Status s = Deliver(Envelope{to, to, message});
    Run();
    return s;
  }

  // Lets held messages matching `match` through, in the order they were held.
  void Release(const std::function<bool(const Envelope&)>& match) {
    std::vector<Envelope> still_held;
    for (Envelope& e : m_held) {
      if (match(e)) {
        m_queue.push_back(std::move(e));
      } else {
        still_held.push_back(std::move(e));
      }
    }
    m_held = std::move(still_held);
    Run();
  }

  void Run() {
    size_t steps = 0;
    while (!m_queue.empty()) {
      if (++steps > harness_steps_per_run_max) qFatal("harness: no quiescence after %zu steps", steps);
      Item item = std::move(m_queue.front());
      m_queue.pop_front();
      if (auto* env = std::get_if<Envelope>(&item)) {
        const Status s = Deliver(*env);
        if (!s.ok()) logs[env->to].rejections.push_back(s.message());
      } else {
        auto& [node, e] = std::get<std::pair<size_t, Effect>>(item);
        Execute(node, e);
      }
    }
  }

  std::optional<Vote> VoteOf(size_t node, VoteType type, Round round) const {
    for (const Vote& v : logs[node].votes) {
      if (v.type == type && v.round == round) return v;
    }
    return std::nullopt;
  }

  // What `node` voted in (round, type): the value's hex, "nil", or "none" when it cast no such vote.
  QString VoteValue(size_t node, VoteType type, Round round) const {
    const auto v = VoteOf(node, type, round);
    return v ? Hex(v->value) : QStringLiteral("none");
  }

  // Empty when no node cast two votes for one (round, type) and no driver refused one.
  QString DoubleVotes() const {
    for (size_t i = 0; i < m_drivers.size(); ++i) {
      std::set<std::pair<Round, VoteType>> seen;
      for (const Vote& v : logs[i].votes) {
        if (!seen.insert({v.round, v.type}).second) {
          return QStringLiteral("node %1 cast two %2s in round %3").arg(i).arg(VoteTypeName(v.type)).arg(v.round);
        }
      }
      if (m_drivers[i]->refused_votes() != 0) return QStringLiteral("node %1 refused votes").arg(i);
    }
    return {};
  }

  std::function<Route(const Envelope&)> route = [](const Envelope&) { return Route::Deliver; };
  std::function<bool(const Proposal&)> valid = [](const Proposal&) { return true; };
  std::vector<NodeLog> logs;

 private:
  using Item = std::variant<std::pair<size_t, Effect>, Envelope>;

  void Queue(size_t node, std::vector<Effect> effects) {
    for (Effect& e : effects) m_queue.push_back(std::pair<size_t, Effect>{node, std::move(e)});
  }

  void Broadcast(size_t from, const Message& message) {
    for (size_t to = 0; to < m_drivers.size(); ++to) {
      Envelope env{from, to, message};
      switch (route(env)) {
        case Route::Deliver: m_queue.push_back(std::move(env)); break;
        case Route::Hold: m_held.push_back(std::move(env)); break;
        case Route::Drop: break;
      }
    }
  }

  Status Deliver(const Envelope& env) {
    std::vector<Effect> out;
    Status s;
    if (const auto* p = std::get_if<Proposal>(&env.message)) {
      s = m_drivers[env.to]->OnProposal(*p, valid(*p), &out);
    } else {
      s = m_drivers[env.to]->OnVote(std::get<Vote>(env.message), &out);
    }
    Queue(env.to, std::move(out));
    return s;
  }

  void Execute(size_t node, const Effect& e) {
    if (const auto* cast = std::get_if<effect::CastVote>(&e)) {
      Vote v = cast->vote;
      v.signature = SignVote(kChainId, m_keys[node], v, Aux(0));
      ORDO_ASSERT(VerifyVote(kChainId, m_set, v));  // the driver voted under its own index
      logs[node].votes.push_back(v);
      Broadcast(node, v);
    } else if (const auto* cast_p = std::get_if<effect::CastProposal>(&e)) {
      Proposal p = cast_p->proposal;
      p.signature = SignProposal(kChainId, m_keys[node], p, Aux(0));
      ORDO_ASSERT(VerifyProposal(kChainId, m_set, p));
      logs[node].proposals.push_back(p);
      Broadcast(node, p);
    } else if (const auto* request = std::get_if<effect::RequestValue>(&e)) {
      logs[node].requests.push_back(*request);
      std::vector<Effect> out;
      m_drivers[node]->OnValue(request->height, request->round, HostValue(node, request->round), &out);
      Queue(node, std::move(out));
    } else if (const auto* started = std::get_if<effect::RoundStarted>(&e)) {
      logs[node].rounds.push_back(*started);
    } else if (const auto* timeout = std::get_if<effect::ScheduleTimeout>(&e)) {
      logs[node].scheduled.push_back(*timeout);
    } else if (const auto* decided = std::get_if<effect::Decided>(&e)) {
      logs[node].decided.push_back(*decided);
    } else if (const auto* found = std::get_if<effect::EvidenceFound>(&e)) {
      logs[node].evidence.push_back(found->evidence);
    }
  }

  ValidatorSet m_set;
  std::vector<crypto::SecretKey> m_keys;
  std::vector<std::unique_ptr<Driver>> m_drivers;
  std::deque<Item> m_queue;
  std::vector<Envelope> m_held;
};

Route DropAll(const Envelope&) { return Route::Drop; }
Route OnlyToSelf(const Envelope& e) { return e.from == e.to ? Route::Deliver : Route::Drop; }

uint64_t CertificatePower(const ValidatorSet& set, const CommitCertificate& cert) {
  uint64_t power = 0;
  for (const CommitSig& s : cert.signatures) power += set.at(s.validator).power;
  return power;
}

// Every node in `nodes` decided exactly once, `value` in `round`, with a certificate that verifies
// and carries more than 2/3 of the power.
void CheckDecided(const Network& net, const std::vector<size_t>& nodes, const ValueId& value, Round round) {
  for (size_t i : nodes) {
    const NodeLog& log = net.logs[i];
    QVERIFY2(log.decided.size() == 1, qPrintable(QStringLiteral("node %1 decided %2 times").arg(i).arg(log.decided.size())));
    const effect::Decided& d = log.decided.front();
    QCOMPARE(d.height, kHeight);
    QCOMPARE(d.round, round);
    QCOMPARE(Hex(d.value), Hex(value));
    QCOMPARE(d.certificate.height, kHeight);
    QCOMPARE(d.certificate.round, round);
    QCOMPARE(Hex(d.certificate.value), Hex(value));
    const Status s = VerifyCommitCertificate(kChainId, net.set(), kHeight, d.certificate);
    QVERIFY2(s.ok(), s.message().c_str());
    QVERIFY(3 * CertificatePower(net.set(), d.certificate) > 2 * net.set().TotalPower());
  }
}

}  // namespace

class DriverTests : public QObject {
  Q_OBJECT

 private slots:
  void decidesInRoundZero_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::newRow("4 equal") << QList<quint64>{1, 1, 1, 1};
    QTest::newRow("weighted 1,2,3,4") << QList<quint64>{1, 2, 3, 4};
    QTest::newRow("one holds a quorum") << QList<quint64>{10, 1, 1, 1};
    QTest::newRow("7 equal") << QList<quint64>{5, 5, 5, 5, 5, 5, 5};
  }

  // With every message delivered, the round-0 proposer's value is decided in round 0 by all.
  void decidesInRoundZero() {
    QFETCH(QList<quint64>, powers);
    Network net(std::vector<uint64_t>(powers.begin(), powers.end()));
    net.Start();
    const ValidatorIndex proposer = net.set().ProposerForRound(0);
    std::vector<size_t> all;
    for (size_t i = 0; i < net.size(); ++i) all.push_back(i);
    CheckDecided(net, all, HostValue(proposer, 0), 0);
    if (QTest::currentTestFailed()) return;

    for (size_t i = 0; i < net.size(); ++i) {
      const NodeLog& log = net.logs[i];
      QVERIFY2(log.rejections.empty(), log.rejections.empty() ? "" : log.rejections.front().c_str());
      QVERIFY(log.evidence.empty());
      QCOMPARE(log.proposals.size(), size_t{i == proposer ? 1u : 0u});
      QCOMPARE(log.requests.size(), size_t{i == proposer ? 1u : 0u});
      QCOMPARE(net.node(i).state().step, Step::Commit);
      QCOMPARE(Hex(net.node(i).state().decision), Hex(HostValue(proposer, 0)));
      // Everyone prevoted the value; the certificate's signers are precommits the network saw.
      const auto prevote = net.VoteOf(i, VoteType::Prevote, 0);
      QVERIFY(prevote.has_value());
      QCOMPARE(Hex(prevote->value), Hex(HostValue(proposer, 0)));
      for (const CommitSig& sig : log.decided.front().certificate.signatures) {
        const auto precommit = net.VoteOf(sig.validator, VoteType::Precommit, 0);
        QVERIFY(precommit.has_value());
        QVERIFY(precommit->signature == sig.signature);
      }
    }
    QVERIFY2(net.DoubleVotes().isEmpty(), qPrintable(net.DoubleVotes()));
  }

  void proposalNotFromTheProposerIsRejected() {
    Network net({1, 1, 1, 1});
    net.route = DropAll;
    net.Start();
    QCOMPARE(net.set().ProposerForRound(0), ValidatorIndex{0});
    QCOMPARE(net.set().ProposerForRound(1), ValidatorIndex{1});
    const ValueId v = Filled(0x11);

    struct Case {
      const char* name;
      Proposal proposal;
    };
    const Case rejected[] = {
        {"non-proposer", SignedProposal(0, kNilRound, 2, v)},
        {"round-1 proposer in round 0", SignedProposal(0, kNilRound, 1, v)},
        {"unknown validator", [&] {
           Proposal p = SignedProposal(0, kNilRound, 0, v);
           p.validator = 9;
           return p;
         }()},
        {"another height", SignedProposal(0, kNilRound, 0, v, kHeight + 1)},
        {"pol_round = round", SignedProposal(1, 1, 1, v)},
        {"pol_round below -1", SignedProposal(1, -2, 1, v)},
        {"round past the window", SignedProposal(vote_rounds_ahead_max + 1, kNilRound,
                                                 net.set().ProposerForRound(vote_rounds_ahead_max + 1), v)},
    };
    for (const Case& c : rejected) {
      const Status s = net.Inject(1, c.proposal);
      QVERIFY2(!s.ok(), c.name);
      QVERIFY2(s.IsInvalidArgument(), c.name);
    }
    QVERIFY(net.logs[1].votes.empty());
    QCOMPARE(net.node(1).state().step, Step::Propose);
    QVERIFY(net.logs[1].evidence.empty());

    // The real proposer's proposal goes through and is prevoted.
    const Status s = net.Inject(1, SignedProposal(0, kNilRound, 0, v));
    QVERIFY2(s.ok(), s.message().c_str());
    const auto prevote = net.VoteOf(1, VoteType::Prevote, 0);
    QVERIFY(prevote.has_value());
    QCOMPARE(Hex(prevote->value), Hex(v));
    QCOMPARE(net.node(1).state().step, Step::Prevote);
  }

  // Rejected votes must not count: three nil prevotes for height 2 leave a prevoting node where
  // it is, the same three for height 1 make it precommit nil (L44).
  void voteForAnotherHeightIsRejected() {
    Network net({1, 1, 1, 1});
    net.route = DropAll;
    net.Start();
    QVERIFY(net.FireTimeouts({1}, TimeoutKind::Propose, 0));
    QCOMPARE(net.node(1).state().step, Step::Prevote);

    for (ValidatorIndex i : {0u, 2u, 3u}) {
      for (Height h : {kHeight + 1, kHeight - 1}) {
        const Status s = net.Inject(1, SignedVote(VoteType::Prevote, 0, i, std::nullopt, h));
        QVERIFY(!s.ok());
        QVERIFY(s.IsInvalidArgument());
      }
    }
    Vote unknown = SignedVote(VoteType::Prevote, 0, 0, std::nullopt);
    unknown.validator = 4;
    QVERIFY(!net.Inject(1, unknown).ok());
    QVERIFY(!net.Inject(1, SignedVote(VoteType::Prevote, vote_rounds_ahead_max + 1, 0, std::nullopt)).ok());
    QCOMPARE(net.node(1).state().step, Step::Prevote);
    QVERIFY(!net.VoteOf(1, VoteType::Precommit, 0).has_value());

    for (ValidatorIndex i : {0u, 2u, 3u}) {
      const Status s = net.Inject(1, SignedVote(VoteType::Prevote, 0, i, std::nullopt));
      QVERIFY2(s.ok(), s.message().c_str());
    }
    const auto precommit = net.VoteOf(1, VoteType::Precommit, 0);
    QVERIFY(precommit.has_value());
    QVERIFY(!precommit->value.has_value());
  }

  // One node through L36 and on through timeouts, a re-proposal and a nil polka: every timeout
  // that arrives after the node already voted in that step is stale, so it never casts a second,
  // conflicting vote and never has to refuse one.
  void neverCastsTwoVotesForOneRoundAndType() {
    Network net({1, 1, 1, 1});
    net.route = OnlyToSelf;
    net.Start();
    const ValueId v = HostValue(0, 0);
    QVERIFY(net.Inject(1, SignedProposal(0, kNilRound, 0, v)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 0, 0, v)).ok());
    QVERIFY(!net.VoteOf(1, VoteType::Precommit, 0).has_value());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 0, 2, v)).ok());  // with its own: a polka, L36
    QCOMPARE(net.VoteValue(1, VoteType::Precommit, 0), Hex(v));
    QCOMPARE(Hex(net.node(1).state().locked_value), Hex(v));

    // Late timeouts of steps already left: nothing.
    std::vector<Effect> out;
    net.node(1).OnTimeout(Timeout{TimeoutKind::Propose, kHeight, 0}, &out);
    net.node(1).OnTimeout(Timeout{TimeoutKind::Prevote, kHeight, 0}, &out);
    QVERIFY(out.empty());
    // A nil prevote completing 2f+1 prevotes of any value comes too late as well (L34 needs step prevote).
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 0, 3, std::nullopt)).ok());
    QCOMPARE(net.logs[1].votes.size(), size_t{2});

    // Precommits of any value: L47, then L65 into round 1, where node 1 proposes.
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 0, std::nullopt)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 2, std::nullopt)).ok());
    QVERIFY(net.FireTimeouts({1}, TimeoutKind::Precommit, 0));
    QCOMPARE(net.node(1).state().round, Round{1});
    QCOMPARE(net.logs[1].proposals.size(), size_t{1});
    QCOMPARE(net.logs[1].proposals[0].pol_round, Round{0});  // validValue from L36, re-proposed
    QCOMPARE(net.VoteValue(1, VoteType::Prevote, 1), Hex(v));  // L28 on its own proposal
    QVERIFY(net.FireTimeouts({1}, TimeoutKind::Propose, 1));  // stale: already prevoted

    for (ValidatorIndex i : {0u, 2u, 3u}) QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 1, i, std::nullopt)).ok());
    const auto precommit_1 = net.VoteOf(1, VoteType::Precommit, 1);
    QVERIFY(precommit_1.has_value());
    QVERIFY(!precommit_1->value.has_value());  // L44
    QVERIFY(net.FireTimeouts({1}, TimeoutKind::Prevote, 1));  // scheduled by L34, stale after L44

    QCOMPARE(net.logs[1].votes.size(), size_t{4});
    QCOMPARE(net.node(1).refused_votes(), uint64_t{0});
    QVERIFY2(net.DoubleVotes().isEmpty(), qPrintable(net.DoubleVotes()));
    QCOMPARE(Hex(net.node(1).state().locked_value), Hex(v));
    QCOMPARE(net.node(1).state().locked_round, Round{0});
  }

  void nodeOutsideTheSetFollowsWithoutVoting() {
    Network net({1, 1, 1, 1}, 1);
    net.Start();
    QVERIFY(!net.node(4).own_index().has_value());
    QVERIFY(net.node(0).own_index().has_value());
    QVERIFY(net.logs[4].votes.empty());
    QVERIFY(net.logs[4].proposals.empty());
    QVERIFY(net.logs[4].requests.empty());
    CheckDecided(net, {0, 1, 2, 3, 4}, HostValue(0, 0), 0);
  }

  // An observer that is the proposer's only audience still never proposes or votes, even when
  // timeouts make it want to (L57, L61, L65 into a round where the set has no place for it).
  void nodeOutsideTheSetNeverVotesOnTimeouts() {
    Network net({1, 1, 1, 1}, 1);
    net.route = DropAll;
    net.Start();
    QVERIFY(net.FireTimeouts({4}, TimeoutKind::Propose, 0));
    QCOMPARE(net.node(4).state().step, Step::Prevote);
    for (ValidatorIndex i : {0u, 1u, 2u}) QVERIFY(net.Inject(4, SignedVote(VoteType::Prevote, 0, i, std::nullopt)).ok());
    QCOMPARE(net.node(4).state().step, Step::Precommit);
    for (ValidatorIndex i : {0u, 1u, 2u}) QVERIFY(net.Inject(4, SignedVote(VoteType::Precommit, 0, i, std::nullopt)).ok());
    QVERIFY(net.FireTimeouts({4}, TimeoutKind::Precommit, 0));
    QCOMPARE(net.node(4).state().round, Round{1});
    QVERIFY(net.logs[4].votes.empty());
    QVERIFY(net.logs[4].proposals.empty());
    QVERIFY(net.logs[4].requests.empty());
  }

  void conflictingVotesYieldVerifiableEvidence() {
    Network net({1, 1, 1, 1});
    net.route = DropAll;
    net.Start();
    const Vote a = SignedVote(VoteType::Prevote, 0, 2, Filled(0xaa));
    const Vote b = SignedVote(VoteType::Prevote, 0, 2, Filled(0xbb));
    QVERIFY(net.Inject(1, b).ok());
    QVERIFY(net.logs[1].evidence.empty());
    QVERIFY(net.Inject(1, a).ok());
    QCOMPARE(net.logs[1].evidence.size(), size_t{1});
    const Evidence& e = net.logs[1].evidence[0];
    QVERIFY(std::holds_alternative<DuplicateVoteEvidence>(e));
    QVERIFY(std::get<DuplicateVoteEvidence>(e).first == a);
    QVERIFY(std::get<DuplicateVoteEvidence>(e).second == b);
    QCOMPARE(EvidenceOffender(e), ValidatorIndex{2});
    const Status s = VerifyEvidence(kChainId, net.set(), e);
    QVERIFY2(s.ok(), s.message().c_str());

    // More conflicting votes in the same round and type: no second report.
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 0, 2, std::nullopt)).ok());
    QCOMPARE(net.logs[1].evidence.size(), size_t{1});
    // A precommit equivocation is a new offence.
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 2, Filled(0xaa))).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 2, std::nullopt)).ok());
    QCOMPARE(net.logs[1].evidence.size(), size_t{2});
    QVERIFY(VerifyEvidence(kChainId, net.set(), net.logs[1].evidence[1]).ok());
  }

  void doubleProposalYieldsEvidence() {
    Network net({1, 1, 1, 1});
    net.route = OnlyToSelf;
    net.Start();
    const Proposal a = SignedProposal(0, kNilRound, 0, Filled(0xaa));
    const Proposal b = SignedProposal(0, kNilRound, 0, Filled(0xbb));
    QVERIFY(net.Inject(1, b).ok());
    // The same proposal under another signature is a duplicate, not an equivocation.
    QVERIFY(net.Inject(1, SignedProposal(0, kNilRound, 0, Filled(0xbb), kHeight, 0x55)).ok());
    QVERIFY(net.logs[1].evidence.empty());
    QVERIFY(net.Inject(1, a).ok());
    QCOMPARE(net.logs[1].evidence.size(), size_t{1});
    const Evidence& e = net.logs[1].evidence[0];
    QVERIFY(std::holds_alternative<DuplicateProposalEvidence>(e));
    QVERIFY(std::get<DuplicateProposalEvidence>(e).first == a);
    QVERIFY(std::get<DuplicateProposalEvidence>(e).second == b);
    const Status s = VerifyEvidence(kChainId, net.set(), e);
    QVERIFY2(s.ok(), s.message().c_str());

    QVERIFY(net.Inject(1, SignedProposal(0, kNilRound, 0, Filled(0xcc))).ok());
    QCOMPARE(net.logs[1].evidence.size(), size_t{1});
    // Node 1 prevoted the first proposal it saw, once.
    QCOMPARE(net.logs[1].votes.size(), size_t{1});
    QCOMPARE(Hex(net.logs[1].votes[0].value), Hex(Filled(0xbb)));
  }

  // L57 -> L44 -> L65: with the round-0 proposer silent, the others prevote nil, precommit nil,
  // move to round 1 and decide the round-1 proposer's value there.
  void silentProposerLeadsToRoundOne() {
    Network net({1, 1, 1, 1});
    net.route = [](const Envelope& e) { return e.from == 0 ? Route::Drop : Route::Deliver; };
    net.Start();
    QCOMPARE(net.set().ProposerForRound(0), ValidatorIndex{0});
    const ValidatorIndex next = net.set().ProposerForRound(1);
    QCOMPARE(next, ValidatorIndex{1});
    for (size_t i = 1; i < 4; ++i) QVERIFY(net.logs[i].votes.empty());

    QVERIFY(net.FireTimeouts({1, 2, 3}, TimeoutKind::Propose, 0));
    for (size_t i = 1; i < 4; ++i) {
      const auto prevote = net.VoteOf(i, VoteType::Prevote, 0);
      const auto precommit = net.VoteOf(i, VoteType::Precommit, 0);
      QVERIFY(prevote.has_value());
      QVERIFY(!prevote->value.has_value());
      QVERIFY(precommit.has_value());  // L44 on three nil prevotes
      QVERIFY(!precommit->value.has_value());
      QVERIFY(net.logs[i].decided.empty());
    }

    QVERIFY(net.FireTimeouts({1, 2, 3}, TimeoutKind::Precommit, 0));  // scheduled by L47
    for (size_t i = 1; i < 4; ++i) {
      QVERIFY(!net.logs[i].rounds.empty());
      QCOMPARE(net.logs[i].rounds.back().round, Round{1});
      QCOMPARE(net.logs[i].rounds.back().proposer, next);
    }
    QCOMPARE(net.logs[1].requests.size(), size_t{1});
    QCOMPARE(net.logs[1].requests[0].round, Round{1});
    // The silent node hears everything and decides as well (skipping to round 1 on f+1 votes).
    CheckDecided(net, {0, 1, 2, 3}, HostValue(next, 1), 1);
    for (size_t i = 0; i < 4; ++i) QVERIFY(net.logs[i].rejections.empty());
    QVERIFY2(net.DoubleVotes().isEmpty(), qPrintable(net.DoubleVotes()));
  }

  // Both locking tests share round 0 (see RunLockingRoundZero): only node 0 sees the polka for v
  // in time and locks on it; nobody decides.
  void lockedNodePrevotesNilOnFreshValue() {
    Network net({1, 1, 1, 1});
    RunLockingRoundZero(net, false);
    if (QTest::currentTestFailed()) return;
    const ValueId w = HostValue(1, 1);

    // Round 1: node 1 has no validValue, so it asks for a fresh value w (pol_round -1).
    QCOMPARE(net.logs[1].requests.size(), size_t{1});
    QCOMPARE(net.logs[1].proposals.size(), size_t{1});
    QCOMPARE(Hex(net.logs[1].proposals[0].value), Hex(w));
    QCOMPARE(net.logs[1].proposals[0].pol_round, kNilRound);
    const auto locked_prevote = net.VoteOf(0, VoteType::Prevote, 1);
    QVERIFY(locked_prevote.has_value());
    QVERIFY2(!locked_prevote->value.has_value(), "locked node prevoted a fresh value");  // L26
    for (size_t i = 1; i < 4; ++i) QCOMPARE(net.VoteValue(i, VoteType::Prevote, 1), Hex(w));
    // The polka for w in round 1 moves node 0's lock (L36), and w is decided.
    CheckDecided(net, {0, 1, 2, 3}, w, 1);
    QCOMPARE(Hex(net.node(0).state().locked_value), Hex(w));
    QCOMPARE(net.node(0).state().locked_round, Round{1});
    QVERIFY2(net.DoubleVotes().isEmpty(), qPrintable(net.DoubleVotes()));
  }

  void lockedNodePrevotesLockedValueOnReproposal() {
    Network net({1, 1, 1, 1});
    RunLockingRoundZero(net, true);
    if (QTest::currentTestFailed()) return;
    const ValueId v = HostValue(0, 0);

    // Round 1: node 1 saw the polka late (L36 in step precommit), so it re-proposes v with
    // pol_round 0 instead of asking for a value.
    QVERIFY(net.logs[1].requests.empty());
    QCOMPARE(net.logs[1].proposals.size(), size_t{1});
    QCOMPARE(Hex(net.logs[1].proposals[0].value), Hex(v));
    QCOMPARE(net.logs[1].proposals[0].pol_round, Round{0});
    // The locked node prevotes v (L28/L30), and so does node 1, which has the polka too.
    QCOMPARE(net.VoteValue(0, VoteType::Prevote, 1), Hex(v));
    QCOMPARE(net.VoteValue(1, VoteType::Prevote, 1), Hex(v));
    // Nodes 2 and 3 have not seen the round-0 polka: L28 waits for it (no prevote, no nil).
    for (size_t i : {2u, 3u}) {
      QVERIFY2(!net.VoteOf(i, VoteType::Prevote, 1).has_value(), qPrintable(QStringLiteral("node %1").arg(i)));
      QCOMPARE(net.node(i).state().round, Round{1});
      QCOMPARE(net.node(i).state().step, Step::Propose);
    }

    // The held prevote completes node 3's polka for round 0: it prevotes v, and v is decided.
    net.Release([](const Envelope& e) { return e.from == 2 && e.to == 3; });
    QCOMPARE(net.VoteValue(3, VoteType::Prevote, 1), Hex(v));
    CheckDecided(net, {0, 1, 2, 3}, v, 1);
    QVERIFY2(net.DoubleVotes().isEmpty(), qPrintable(net.DoubleVotes()));
  }

  // L49 holds for any round of the height: a node that has moved on to round 3 still decides on
  // round 0's proposal and precommits, with a round-0 certificate.
  void decidesOnAnEarlierRound() {
    Network net({1, 1, 1, 1});
    net.route = DropAll;
    net.Start();
    const ValueId v = HostValue(0, 0);
    QVERIFY(net.Inject(1, SignedProposal(0, kNilRound, 0, v)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 3, 0, std::nullopt)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 3, 2, std::nullopt)).ok());
    QCOMPARE(net.node(1).state().round, Round{3});

    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 0, v)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 3, v)).ok());
    QVERIFY(net.logs[1].decided.empty());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 0, 2, v)).ok());
    CheckDecided(net, {1}, v, 0);
    QCOMPARE(net.node(1).state().round, Round{3});
    QCOMPARE(net.node(1).state().step, Step::Commit);
    // Decided: later input changes nothing.
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 7, 0, std::nullopt)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 7, 2, std::nullopt)).ok());
    QCOMPARE(net.node(1).state().round, Round{3});
    QCOMPARE(net.logs[1].decided.size(), size_t{1});
  }

  // L55: f+1 power of votes from one higher round moves a node there; split across rounds it does not.
  void skipsToHigherRoundOnOneThirdOfVotes() {
    Network net({1, 1, 1, 1});
    net.route = DropAll;
    net.Start();
    QCOMPARE(net.node(1).state().round, Round{0});

    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 5, 0, std::nullopt)).ok());
    QVERIFY(net.Inject(1, SignedVote(VoteType::Precommit, 6, 2, Filled(0x66))).ok());
    QCOMPARE(net.node(1).state().round, Round{0});
    QCOMPARE(net.logs[1].rounds.size(), size_t{1});

    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 5, 3, Filled(0x55))).ok());
    QCOMPARE(net.node(1).state().round, Round{5});
    QCOMPARE(net.node(1).state().step, Step::Propose);
    QCOMPARE(net.logs[1].rounds.size(), size_t{2});
    QCOMPARE(net.logs[1].rounds.back().round, Round{5});
    QCOMPARE(net.logs[1].rounds.back().proposer, net.set().ProposerForRound(5));
    const effect::ScheduleTimeout& propose_5 = net.logs[1].scheduled.back();
    QVERIFY(propose_5.timeout == (Timeout{TimeoutKind::Propose, kHeight, 5}));
    QCOMPARE(propose_5.duration_ms, TimeoutConfig{}.DurationMs(TimeoutKind::Propose, 5));
    QCOMPARE(propose_5.duration_ms, uint64_t{1000 + 5 * 500});

    // A second validator in round 6 makes f+1 there too.
    QVERIFY(net.Inject(1, SignedVote(VoteType::Prevote, 6, 0, std::nullopt)).ok());
    QCOMPARE(net.node(1).state().round, Round{6});
    QCOMPARE(net.logs[1].rounds.size(), size_t{3});
    QVERIFY(net.logs[1].votes.empty());  // skipping rounds casts no vote
  }

 private:
  // Round 0 of the locking tests. Node 0 proposes v; node 3 never gets the proposal and prevotes
  // nil on its timeout. Node 2's prevote is held from nodes 1 and 3 and node 1's from node 2, so
  // only node 0 sees three prevotes for v: it locks on v and precommits it; the others time out
  // and precommit nil. With `polka_late_to_1`, node 2's prevote then reaches node 1, in step
  // precommit: L36 gives it validValue v without a lock. Ends after L65 has started round 1.
  void RunLockingRoundZero(Network& net, bool polka_late_to_1) {
    net.route = [](const Envelope& e) {
      if (const auto* p = std::get_if<Proposal>(&e.message); p && p->round == 0 && e.to == 3) return Route::Drop;
      if (const auto* v = std::get_if<Vote>(&e.message); v && v->round == 0 && v->type == VoteType::Prevote) {
        if (e.from == 2 && (e.to == 1 || e.to == 3)) return Route::Hold;
        if (e.from == 1 && e.to == 2) return Route::Hold;
      }
      return Route::Deliver;
    };
    net.Start();
    QCOMPARE(net.set().ProposerForRound(0), ValidatorIndex{0});
    QCOMPARE(net.set().ProposerForRound(1), ValidatorIndex{1});
    const ValueId v = HostValue(0, 0);
    QCOMPARE(net.VoteValue(0, VoteType::Precommit, 0), Hex(v));
    QCOMPARE(Hex(net.node(0).state().locked_value), Hex(v));
    QCOMPARE(net.node(0).state().locked_round, Round{0});
    for (size_t i = 1; i < 4; ++i) {
      QVERIFY(!net.VoteOf(i, VoteType::Precommit, 0).has_value());
      QCOMPARE(net.node(i).state().locked_round, kNilRound);
    }

    QVERIFY(net.FireTimeouts({3}, TimeoutKind::Propose, 0));
    QCOMPARE(net.VoteValue(3, VoteType::Prevote, 0), QStringLiteral("nil"));
    QVERIFY(net.FireTimeouts({1, 2, 3}, TimeoutKind::Prevote, 0));  // scheduled by L34
    for (size_t i = 1; i < 4; ++i) QCOMPARE(net.VoteValue(i, VoteType::Precommit, 0), QStringLiteral("nil"));

    if (polka_late_to_1) {
      net.Release([](const Envelope& e) { return e.from == 2 && e.to == 1; });
      QCOMPARE(Hex(net.node(1).state().valid_value), Hex(v));
      QCOMPARE(net.node(1).state().valid_round, Round{0});
      QCOMPARE(net.node(1).state().locked_round, kNilRound);
      QCOMPARE(net.logs[1].votes.size(), size_t{2});  // no precommit for v after the nil one
    }
    for (size_t i = 0; i < 4; ++i) QVERIFY(net.logs[i].decided.empty());

    net.route = [](const Envelope&) { return Route::Deliver; };
    QVERIFY(net.FireTimeouts({0, 1, 2, 3}, TimeoutKind::Precommit, 0));  // scheduled by L47
  }
};

QTEST_APPLESS_MAIN(DriverTests)
#include "driver_tests.moc"
