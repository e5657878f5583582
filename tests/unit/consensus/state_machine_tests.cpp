// The pure Tendermint state machine, one test per rule of Algorithm 1 (arXiv 1807.04938): each
// drives exactly that rule through Apply(state, input, options) and checks the next state and the
// outputs, including every guard under which the rule must not apply.

#include <QtTest>

#include <iterator>
#include <optional>

#include "ordo/consensus/state_machine.h"

using namespace ordo;
using namespace ordo::consensus;

Q_DECLARE_METATYPE(ordo::consensus::RoundState)
Q_DECLARE_METATYPE(ordo::consensus::Input)

namespace {

constexpr Height kHeight = 7;

ValueId Filled(uint8_t b) {
  ValueId v{};
  v.fill(b);
  return v;
}

const ValueId kV = Filled(0x0a);
const ValueId kW = Filled(0x0b);

QString Name(const std::optional<ValueId>& value) {
  if (!value) return QStringLiteral("nil");
  if (*value == kV) return QStringLiteral("v");
  if (*value == kW) return QStringLiteral("w");
  return QString::fromStdString(ToHex(*value));
}

// Outputs as text, so a mismatch prints both lists whole.
QString Describe(const Output& o) {
  switch (o.kind) {
    case OutputKind::GetValue: return QStringLiteral("GetValue(r=%1)").arg(o.round);
    case OutputKind::Propose:
      return QStringLiteral("Propose(r=%1, %2, pol=%3)").arg(o.round).arg(Name(o.value)).arg(o.pol_round);
    case OutputKind::Prevote: return QStringLiteral("Prevote(r=%1, %2)").arg(o.round).arg(Name(o.value));
    case OutputKind::Precommit: return QStringLiteral("Precommit(r=%1, %2)").arg(o.round).arg(Name(o.value));
    case OutputKind::ScheduleTimeout:
      return QStringLiteral("Timeout(%1, r=%2)").arg(QString::fromLatin1(TimeoutKindName(o.timeout))).arg(o.round);
    case OutputKind::Decide: return QStringLiteral("Decide(r=%1, %2)").arg(o.round).arg(Name(o.value));
    case OutputKind::StartRound: return QStringLiteral("StartRound(r=%1)").arg(o.round);
  }
  return QStringLiteral("?");
}

QStringList Describe(const std::vector<Output>& outputs) {
  QStringList list;
  for (const Output& o : outputs) list << Describe(o);
  return list;
}

QString Describe(const RoundState& s) {
  return QStringLiteral("h=%1 r=%2 step=%3 locked=(%4, %5) valid=(%6, %7) decision=%8")
      .arg(s.height)
      .arg(s.round)
      .arg(QString::fromLatin1(StepName(s.step)))
      .arg(Name(s.locked_value))
      .arg(s.locked_round)
      .arg(Name(s.valid_value))
      .arg(s.valid_round)
      .arg(s.decision ? Name(s.decision) : QStringLiteral("none"));
}

RoundState At(Round round, Step step) {
  RoundState s;
  s.height = kHeight;
  s.round = round;
  s.step = step;
  return s;
}

RoundState Locked(RoundState s, const ValueId& value, Round round) {
  s.locked_value = value;
  s.locked_round = round;
  return s;
}

RoundState WithValid(RoundState s, const ValueId& value, Round round) {
  s.valid_value = value;
  s.valid_round = round;
  return s;
}

RoundState Decided(RoundState s, const ValueId& value) {
  s.decision = value;
  s.step = Step::Commit;
  return s;
}

Input In(InputKind kind, Round round, const ValueId& value = kV, Round pol_round = kNilRound, bool valid = true) {
  Input in;
  in.kind = kind;
  in.round = round;
  in.value = value;
  in.pol_round = pol_round;
  in.valid = valid;
  return in;
}

Input Start(Round round, bool we_are_proposer) {
  Input in = In(InputKind::StartRound, round);
  in.we_are_proposer = we_are_proposer;
  return in;
}

void AddColumns() {
  QTest::addColumn<RoundState>("state");
  QTest::addColumn<Input>("input");
  QTest::addColumn<bool>("unsafe_no_locking");
  QTest::addColumn<bool>("applied");
  QTest::addColumn<RoundState>("next");
  QTest::addColumn<QStringList>("outputs");
}

void Applies(const char* name, const RoundState& state, const Input& input, const RoundState& next,
             const QStringList& outputs, bool unsafe_no_locking = false) {
  QTest::newRow(name) << state << input << unsafe_no_locking << true << next << outputs;
}

void Ignores(const char* name, const RoundState& state, const Input& input) {
  QTest::newRow(name) << state << input << false << false << state << QStringList{};
}

// The body shared by every table: Apply must report `applied`, produce `next` and exactly
// `outputs`, and leave the state alone when the rule does not apply.
void CheckRow() {
  QFETCH(RoundState, state);
  QFETCH(Input, input);
  QFETCH(bool, unsafe_no_locking);
  QFETCH(bool, applied);
  QFETCH(RoundState, next);
  QFETCH(QStringList, outputs);

  Options options;
  options.unsafe_no_locking = unsafe_no_locking;
  const Transition t = Apply(state, input, options);
  QCOMPARE(t.applied, applied);
  QCOMPARE(Describe(t.state), Describe(next));
  QVERIFY(t.state == next);  // Describe covers every field; this guards against a field added later
  QCOMPARE(Describe(t.outputs), outputs);
}

}  // namespace

class StateMachineTests : public QObject {
  Q_OBJECT

 private slots:
  // L11-L21 for the proposer of a round with no validValue: L18 asks for a value, and the
  // propose timeout is scheduled as well (see the comment in StartRound on why the proposer too).
  void l11StartRoundAsProposerWithoutValidValue() {
    const RoundState state = At(kNilRound, Step::Unstarted);
    const Transition t = Apply(state, Start(0, true), Options{});
    QVERIFY(t.applied);
    QCOMPARE(Describe(t.state), Describe(At(0, Step::Propose)));
    QCOMPARE(Describe(t.outputs), (QStringList{"GetValue(r=0)", "Timeout(propose, r=0)"}));
  }

  // L15-L16: the proposer re-proposes validValue with pol_round = validRound, without asking the
  // host, and keeps its lock and valid value.
  void l11StartRoundAsProposerWithValidValue() {
    const RoundState state = Locked(WithValid(At(2, Step::Precommit), kV, 1), kW, 0);
    const Transition t = Apply(state, Start(3, true), Options{});
    QVERIFY(t.applied);
    QCOMPARE(Describe(t.state), Describe(Locked(WithValid(At(3, Step::Propose), kV, 1), kW, 0)));
    QCOMPARE(Describe(t.outputs), (QStringList{"Propose(r=3, v, pol=1)", "Timeout(propose, r=3)"}));
  }

  // L21: a non-proposer only schedules the propose timeout.
  void l11StartRoundAsNonProposer() {
    const RoundState state = WithValid(At(4, Step::Precommit), kV, 4);
    const Transition t = Apply(state, Start(5, false), Options{});
    QVERIFY(t.applied);
    QCOMPARE(Describe(t.state), Describe(WithValid(At(5, Step::Propose), kV, 4)));
    QCOMPARE(Describe(t.outputs), (QStringList{"Timeout(propose, r=5)"}));
  }

  // Rounds only move forward, and a decided height starts no round.
  void l11StartRoundGuards_data() {
    AddColumns();
    Ignores("same round", At(2, Step::Propose), Start(2, true));
    Ignores("lower round", At(2, Step::Prevote), Start(1, false));
    Ignores("decided", Decided(At(0, Step::Precommit), kV), Start(1, true));
  }
  void l11StartRoundGuards() { CheckRow(); }

  // L19: the value from getValue() is proposed with pol_round -1.
  void l19ValueReady_data() {
    AddColumns();
    Applies("proposes the value", At(1, Step::Propose), In(InputKind::ValueReady, 1, kW), At(1, Step::Propose),
            {"Propose(r=1, w, pol=-1)"});
    Ignores("other round", At(1, Step::Propose), In(InputKind::ValueReady, 0, kW));
    Ignores("step prevote", At(1, Step::Prevote), In(InputKind::ValueReady, 1, kW));
    Ignores("validValue already proposed", WithValid(At(1, Step::Propose), kV, 0), In(InputKind::ValueReady, 1, kW));
    Ignores("decided", Decided(At(1, Step::Propose), kV), In(InputKind::ValueReady, 1, kW));
  }
  void l19ValueReady() { CheckRow(); }

  // L22-L27: PROPOSAL(h, round, v, -1) while step = propose.
  void l22Proposal_data() {
    AddColumns();
    const RoundState propose = At(1, Step::Propose);
    const RoundState prevote = At(1, Step::Prevote);
    Applies("valid, unlocked: prevote v", propose, In(InputKind::Proposal, 1, kV), prevote, {"Prevote(r=1, v)"});
    Applies("valid, locked on v: prevote v", Locked(propose, kV, 0), In(InputKind::Proposal, 1, kV),
            Locked(prevote, kV, 0), {"Prevote(r=1, v)"});
    Applies("valid, locked on w: prevote nil", Locked(propose, kW, 0), In(InputKind::Proposal, 1, kV),
            Locked(prevote, kW, 0), {"Prevote(r=1, nil)"});
    Applies("invalid, unlocked: prevote nil", propose, In(InputKind::Proposal, 1, kV, kNilRound, false), prevote,
            {"Prevote(r=1, nil)"});
    Applies("invalid, locked on v: prevote nil", Locked(propose, kV, 0),
            In(InputKind::Proposal, 1, kV, kNilRound, false), Locked(prevote, kV, 0), {"Prevote(r=1, nil)"});
    Ignores("step prevote", prevote, In(InputKind::Proposal, 1, kV));
    Ignores("step precommit", At(1, Step::Precommit), In(InputKind::Proposal, 1, kV));
    Ignores("older round", propose, In(InputKind::Proposal, 0, kV));
    Ignores("newer round", propose, In(InputKind::Proposal, 2, kV));
    Ignores("pol_round 0 is L28's", propose, In(InputKind::Proposal, 1, kV, 0));
  }
  void l22Proposal() { CheckRow(); }

  // L28-L33: PROPOSAL(h, round, v, vr) with a polka for v in vr, while step = propose and
  // 0 <= vr < round.
  void l28ProposalAndPolkaPrevious_data() {
    AddColumns();
    const RoundState propose = At(3, Step::Propose);
    const RoundState prevote = At(3, Step::Prevote);
    const Input v_at_1 = In(InputKind::ProposalAndPolkaPrevious, 3, kV, 1);
    Applies("unlocked: prevote v", propose, v_at_1, prevote, {"Prevote(r=3, v)"});
    Applies("lockedRound < vr on w: prevote v", Locked(propose, kW, 0), v_at_1, Locked(prevote, kW, 0),
            {"Prevote(r=3, v)"});
    Applies("lockedRound = vr on w: prevote v", Locked(propose, kW, 1), v_at_1, Locked(prevote, kW, 1),
            {"Prevote(r=3, v)"});
    Applies("lockedRound > vr on w: prevote nil", Locked(propose, kW, 2), v_at_1, Locked(prevote, kW, 2),
            {"Prevote(r=3, nil)"});
    Applies("lockedRound > vr on v: prevote v", Locked(propose, kV, 2), v_at_1, Locked(prevote, kV, 2),
            {"Prevote(r=3, v)"});
    Applies("invalid: prevote nil", propose, In(InputKind::ProposalAndPolkaPrevious, 3, kV, 1, false), prevote,
            {"Prevote(r=3, nil)"});
    Applies("vr = 0 is in range", propose, In(InputKind::ProposalAndPolkaPrevious, 3, kV, 0), prevote,
            {"Prevote(r=3, v)"});
    Ignores("vr = round", propose, In(InputKind::ProposalAndPolkaPrevious, 3, kV, 3));
    Ignores("vr > round", propose, In(InputKind::ProposalAndPolkaPrevious, 3, kV, 4));
    Ignores("vr = -1 is L22's", propose, In(InputKind::ProposalAndPolkaPrevious, 3, kV, kNilRound));
    Ignores("step prevote", prevote, v_at_1);
    Ignores("other round", propose, In(InputKind::ProposalAndPolkaPrevious, 2, kV, 1));
  }
  void l28ProposalAndPolkaPrevious() { CheckRow(); }

  // L34-L35: 2f+1 prevotes of any value schedule the prevote timeout, in step prevote only.
  void l34PolkaAny_data() {
    AddColumns();
    Applies("step prevote", At(2, Step::Prevote), In(InputKind::PolkaAny, 2), At(2, Step::Prevote),
            {"Timeout(prevote, r=2)"});
    Ignores("step propose", At(2, Step::Propose), In(InputKind::PolkaAny, 2));
    Ignores("step precommit", At(2, Step::Precommit), In(InputKind::PolkaAny, 2));
    Ignores("other round", At(2, Step::Prevote), In(InputKind::PolkaAny, 1));
  }
  void l34PolkaAny() { CheckRow(); }

  // L36-L43: a proposal with a polka in the current round. In step prevote: lock, precommit v and
  // record validValue. In step precommit: only validValue/validRound change, no vote.
  void l36ProposalAndPolkaCurrent_data() {
    AddColumns();
    const Input polka_v = In(InputKind::ProposalAndPolkaCurrent, 2, kV);
    Applies("step prevote: lock, precommit, valid", Locked(At(2, Step::Prevote), kW, 1), polka_v,
            WithValid(Locked(At(2, Step::Precommit), kV, 2), kV, 2), {"Precommit(r=2, v)"});
    Applies("step precommit: valid only", Locked(WithValid(At(2, Step::Precommit), kW, 1), kW, 1), polka_v,
            Locked(WithValid(At(2, Step::Precommit), kV, 2), kW, 1), {});
    Ignores("invalid", At(2, Step::Prevote), In(InputKind::ProposalAndPolkaCurrent, 2, kV, kNilRound, false));
    Ignores("step propose", At(2, Step::Propose), polka_v);
    Ignores("decided", Decided(At(2, Step::Precommit), kW), polka_v);
    Ignores("older round", At(3, Step::Prevote), polka_v);
  }
  void l36ProposalAndPolkaCurrent() { CheckRow(); }

  // L44-L46: 2f+1 nil prevotes make a prevoting node precommit nil.
  void l44PolkaNil_data() {
    AddColumns();
    Applies("step prevote", Locked(At(1, Step::Prevote), kV, 0), In(InputKind::PolkaNil, 1),
            Locked(At(1, Step::Precommit), kV, 0), {"Precommit(r=1, nil)"});
    Ignores("step propose", At(1, Step::Propose), In(InputKind::PolkaNil, 1));
    Ignores("step precommit", At(1, Step::Precommit), In(InputKind::PolkaNil, 1));
    Ignores("other round", At(1, Step::Prevote), In(InputKind::PolkaNil, 0));
  }
  void l44PolkaNil() { CheckRow(); }

  // L47-L48: 2f+1 precommits of any value schedule the precommit timeout in any step.
  void l47PrecommitAny_data() {
    AddColumns();
    Applies("step propose", At(3, Step::Propose), In(InputKind::PrecommitAny, 3), At(3, Step::Propose),
            {"Timeout(precommit, r=3)"});
    Applies("step prevote", At(3, Step::Prevote), In(InputKind::PrecommitAny, 3), At(3, Step::Prevote),
            {"Timeout(precommit, r=3)"});
    Applies("step precommit", At(3, Step::Precommit), In(InputKind::PrecommitAny, 3), At(3, Step::Precommit),
            {"Timeout(precommit, r=3)"});
    Ignores("other round", At(3, Step::Precommit), In(InputKind::PrecommitAny, 2));
    Ignores("decided", Decided(At(3, Step::Precommit), kV), In(InputKind::PrecommitAny, 3));
  }
  void l47PrecommitAny() { CheckRow(); }

  // L49-L51: a proposal with 2f+1 precommits for it decides, in whatever round they are.
  void l49ProposalAndPrecommitValue_data() {
    AddColumns();
    const RoundState base = WithValid(Locked(At(2, Step::Precommit), kV, 2), kV, 2);
    Applies("current round", base, In(InputKind::ProposalAndPrecommitValue, 2, kV), Decided(base, kV),
            {"Decide(r=2, v)"});
    const RoundState later = Locked(At(5, Step::Propose), kV, 3);
    Applies("earlier round", later, In(InputKind::ProposalAndPrecommitValue, 1, kW), Decided(later, kW),
            {"Decide(r=1, w)"});
    Applies("later round", At(0, Step::Prevote), In(InputKind::ProposalAndPrecommitValue, 4, kW),
            Decided(At(0, Step::Prevote), kW), {"Decide(r=4, w)"});
    Ignores("already decided", Decided(base, kV), In(InputKind::ProposalAndPrecommitValue, 2, kW));
    Ignores("invalid", base, In(InputKind::ProposalAndPrecommitValue, 2, kV, kNilRound, false));
  }
  void l49ProposalAndPrecommitValue() { CheckRow(); }

  // L55-L56: f+1 messages of a higher round make the driver start that round; the state itself
  // changes when the driver feeds StartRound back.
  void l55SkipRound_data() {
    AddColumns();
    const RoundState state = Locked(At(1, Step::Prevote), kV, 0);
    Applies("higher round", state, In(InputKind::SkipRound, 4), state, {"StartRound(r=4)"});
    Applies("next round", state, In(InputKind::SkipRound, 2), state, {"StartRound(r=2)"});
    Ignores("same round", state, In(InputKind::SkipRound, 1));
    Ignores("lower round", state, In(InputKind::SkipRound, 0));
    Ignores("decided", Decided(state, kV), In(InputKind::SkipRound, 4));
  }
  void l55SkipRound() { CheckRow(); }

  // L57-L60: the propose timeout of the current round, still in step propose, prevotes nil.
  void l57TimeoutPropose_data() {
    AddColumns();
    Applies("step propose", Locked(At(2, Step::Propose), kV, 1), In(InputKind::TimeoutPropose, 2),
            Locked(At(2, Step::Prevote), kV, 1), {"Prevote(r=2, nil)"});
    Ignores("stale round", At(2, Step::Propose), In(InputKind::TimeoutPropose, 1));
    Ignores("future round", At(2, Step::Propose), In(InputKind::TimeoutPropose, 3));
    Ignores("step prevote", At(2, Step::Prevote), In(InputKind::TimeoutPropose, 2));
    Ignores("step precommit", At(2, Step::Precommit), In(InputKind::TimeoutPropose, 2));
    Ignores("decided", Decided(At(2, Step::Propose), kV), In(InputKind::TimeoutPropose, 2));
  }
  void l57TimeoutPropose() { CheckRow(); }

  // L61-L64: the prevote timeout of the current round, still in step prevote, precommits nil.
  void l61TimeoutPrevote_data() {
    AddColumns();
    Applies("step prevote", WithValid(At(2, Step::Prevote), kW, 1), In(InputKind::TimeoutPrevote, 2),
            WithValid(At(2, Step::Precommit), kW, 1), {"Precommit(r=2, nil)"});
    Ignores("stale round", At(2, Step::Prevote), In(InputKind::TimeoutPrevote, 1));
    Ignores("step propose", At(2, Step::Propose), In(InputKind::TimeoutPrevote, 2));
    Ignores("step precommit", At(2, Step::Precommit), In(InputKind::TimeoutPrevote, 2));
  }
  void l61TimeoutPrevote() { CheckRow(); }

  // L65-L67: the precommit timeout of the current round starts the next one, in any step.
  void l65TimeoutPrecommit_data() {
    AddColumns();
    Applies("step precommit", At(2, Step::Precommit), In(InputKind::TimeoutPrecommit, 2), At(2, Step::Precommit),
            {"StartRound(r=3)"});
    Applies("step propose", At(2, Step::Propose), In(InputKind::TimeoutPrecommit, 2), At(2, Step::Propose),
            {"StartRound(r=3)"});
    Ignores("stale round", At(2, Step::Precommit), In(InputKind::TimeoutPrecommit, 1));
    Ignores("future round", At(2, Step::Precommit), In(InputKind::TimeoutPrecommit, 3));
    Ignores("decided", Decided(At(2, Step::Precommit), kV), In(InputKind::TimeoutPrecommit, 2));
  }
  void l65TimeoutPrecommit() { CheckRow(); }

  // unsafe_no_locking drops the lock checks of L23 and L29 and nothing else: validity still counts.
  void unsafeNoLockingIgnoresLock_data() {
    AddColumns();
    Applies("L22 locked on w: prevote v", Locked(At(1, Step::Propose), kW, 0), In(InputKind::Proposal, 1, kV),
            Locked(At(1, Step::Prevote), kW, 0), {"Prevote(r=1, v)"}, true);
    Applies("L28 lockedRound > vr on w: prevote v", Locked(At(3, Step::Propose), kW, 2),
            In(InputKind::ProposalAndPolkaPrevious, 3, kV, 1), Locked(At(3, Step::Prevote), kW, 2),
            {"Prevote(r=3, v)"}, true);
    Applies("L22 invalid: still nil", Locked(At(1, Step::Propose), kW, 0),
            In(InputKind::Proposal, 1, kV, kNilRound, false), Locked(At(1, Step::Prevote), kW, 0),
            {"Prevote(r=1, nil)"}, true);
  }
  void unsafeNoLockingIgnoresLock() { CheckRow(); }

  // A whole round through Apply alone: StartRound, ValueReady, L22, L36, L49, each state feeding the
  // next, as the driver chains them.
  void rulesChainThroughARound() {
    const Options options;
    RoundState s = At(kNilRound, Step::Unstarted);
    const Input inputs[] = {Start(0, true), In(InputKind::ValueReady, 0, kV), In(InputKind::Proposal, 0, kV),
                            In(InputKind::ProposalAndPolkaCurrent, 0, kV),
                            In(InputKind::ProposalAndPrecommitValue, 0, kV)};
    const QStringList expected[] = {{"GetValue(r=0)", "Timeout(propose, r=0)"},
                                    {"Propose(r=0, v, pol=-1)"},
                                    {"Prevote(r=0, v)"},
                                    {"Precommit(r=0, v)"},
                                    {"Decide(r=0, v)"}};
    for (size_t i = 0; i < std::size(inputs); ++i) {
      const Transition t = Apply(s, inputs[i], options);
      QVERIFY2(t.applied, qPrintable(QStringLiteral("input %1").arg(i)));
      QCOMPARE(Describe(t.outputs), expected[i]);
      s = t.state;
    }
    QCOMPARE(Describe(s), Describe(Decided(WithValid(Locked(At(0, Step::Precommit), kV, 0), kV, 0), kV)));
  }
};

QTEST_APPLESS_MAIN(StateMachineTests)
#include "state_machine_tests.moc"
