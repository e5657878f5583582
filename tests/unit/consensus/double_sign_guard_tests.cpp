// The double-sign guard: signing only moves forward in (height, round, step); the same sign-bytes
// at the last position may be re-signed, anything else at or below it is refused.

#include <QtTest>

#include "ordo/consensus/double_sign_guard.h"

using namespace ordo;
using namespace ordo::consensus;

namespace {

Hash32 Filled(uint8_t b) {
  Hash32 h{};
  h.fill(b);
  return h;
}

const Hash32 kBytesA = Filled(0xa1);
const Hash32 kBytesB = Filled(0xb2);

const char* DecisionName(SignDecision d) {
  switch (d) {
    case SignDecision::Sign: return "sign";
    case SignDecision::SameAsLast: return "same-as-last";
    case SignDecision::Refuse: return "refuse";
  }
  return "?";
}

QString Name(SignDecision d) { return QString::fromLatin1(DecisionName(d)); }

}  // namespace

class DoubleSignGuardTests : public QObject {
  Q_OBJECT

 private slots:
  void freshStateSignsAnything() {
    const SignerState fresh;
    QVERIFY(!fresh.signed_any);
    QCOMPARE(Name(CheckSign(fresh, 0, 0, SignStep::Proposal, kBytesA)), Name(SignDecision::Sign));
    QCOMPARE(Name(CheckSign(fresh, 1, 0, SignStep::Precommit, kBytesB)), Name(SignDecision::Sign));
    QCOMPARE(Name(CheckSign(fresh, 1'000'000, round_max, SignStep::Prevote, kBytesA)), Name(SignDecision::Sign));
  }

  void recordSignKeepsThePosition() {
    const SignerState s = RecordSign(5, 2, SignStep::Prevote, kBytesA);
    QVERIFY(s.signed_any);
    QCOMPARE(s.height, Height{5});
    QCOMPARE(s.round, Round{2});
    QCOMPARE(s.step, SignStep::Prevote);
    QVERIFY(s.sign_bytes_hash == kBytesA);
  }

  // Last signature: height 5, round 2, prevote, bytes A.
  void checkSignOrdersHeightRoundStep_data() {
    QTest::addColumn<quint64>("height");
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("bytes_a");
    QTest::addColumn<QString>("decision");
    const int proposal = static_cast<int>(SignStep::Proposal);
    const int prevote = static_cast<int>(SignStep::Prevote);
    const int precommit = static_cast<int>(SignStep::Precommit);
    const QString sign = Name(SignDecision::Sign);
    const QString same = Name(SignDecision::SameAsLast);
    const QString refuse = Name(SignDecision::Refuse);
    QTest::newRow("same position, same bytes") << quint64{5} << 2 << prevote << true << same;
    QTest::newRow("same position, other bytes") << quint64{5} << 2 << prevote << false << refuse;
    QTest::newRow("later step") << quint64{5} << 2 << precommit << false << sign;
    QTest::newRow("later step, same bytes") << quint64{5} << 2 << precommit << true << sign;
    QTest::newRow("earlier step") << quint64{5} << 2 << proposal << false << refuse;
    QTest::newRow("earlier step, same bytes") << quint64{5} << 2 << proposal << true << refuse;
    QTest::newRow("later round, first step") << quint64{5} << 3 << proposal << false << sign;
    QTest::newRow("earlier round, last step") << quint64{5} << 1 << precommit << false << refuse;
    QTest::newRow("earlier round, same bytes") << quint64{5} << 1 << prevote << true << refuse;
    QTest::newRow("next height, round 0") << quint64{6} << 0 << proposal << false << sign;
    QTest::newRow("earlier height, later round") << quint64{4} << 9 << precommit << false << refuse;
    QTest::newRow("far earlier height") << quint64{0} << 0 << proposal << true << refuse;
  }

  void checkSignOrdersHeightRoundStep() {
    QFETCH(quint64, height);
    QFETCH(int, round);
    QFETCH(int, step);
    QFETCH(bool, bytes_a);
    QFETCH(QString, decision);
    const SignerState last = RecordSign(5, 2, SignStep::Prevote, kBytesA);
    const SignDecision d =
        CheckSign(last, height, round, static_cast<SignStep>(step), bytes_a ? kBytesA : kBytesB);
    QCOMPARE(Name(d), decision);
  }

  // An honest validator's signing sequence across rounds and heights: every step is a Sign, and
  // after each one a re-sign is SameAsLast while a conflicting one, or going back, is refused.
  void honestSequenceAlwaysSigns() {
    struct Position {
      Height height;
      Round round;
      SignStep step;
    };
    const Position sequence[] = {
        {1, 0, SignStep::Proposal}, {1, 0, SignStep::Prevote},  {1, 0, SignStep::Precommit},
        {1, 1, SignStep::Prevote},  {1, 1, SignStep::Precommit}, {1, 4, SignStep::Proposal},
        {2, 0, SignStep::Prevote},  {2, 0, SignStep::Precommit}, {3, 0, SignStep::Proposal},
    };
    SignerState state;
    Position previous{0, 0, SignStep::Proposal};
    bool have_previous = false;
    uint8_t tag = 1;
    for (const Position& p : sequence) {
      const Hash32 bytes = Filled(tag++);
      QCOMPARE(Name(CheckSign(state, p.height, p.round, p.step, bytes)), Name(SignDecision::Sign));
      state = RecordSign(p.height, p.round, p.step, bytes);
      QCOMPARE(Name(CheckSign(state, p.height, p.round, p.step, bytes)), Name(SignDecision::SameAsLast));
      QCOMPARE(Name(CheckSign(state, p.height, p.round, p.step, Filled(0xee))), Name(SignDecision::Refuse));
      if (have_previous) {
        QCOMPARE(Name(CheckSign(state, previous.height, previous.round, previous.step, Filled(0xee))),
                 Name(SignDecision::Refuse));
      }
      previous = p;
      have_previous = true;
    }
  }
};

QTEST_APPLESS_MAIN(DoubleSignGuardTests)
#include "double_sign_guard_tests.moc"
