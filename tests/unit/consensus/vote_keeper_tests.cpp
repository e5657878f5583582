// The vote keeper: weighted tallies per (round, type, value), the > 2/3 and > 1/3 thresholds,
// duplicates, equivocation evidence, the bounded counting of conflicting votes, round skipping,
// rejection of out-of-window votes, and the signatures a commit certificate is built from.

#include <QtTest>

#include <optional>
#include <vector>

#include "ordo/consensus/vote_keeper.h"

using namespace ordo;
using namespace ordo::consensus;

using Outcome = VoteKeeper::Outcome;

Q_DECLARE_METATYPE(ordo::consensus::Vote)

namespace {

constexpr Height kHeight = 5;

Hash32 Filled(uint8_t b) {
  Hash32 h{};
  h.fill(b);
  return h;
}

const ValueId kA = Filled(0xaa);
const ValueId kB = Filled(0xbb);

ValidatorSet MakeSet(const std::vector<uint64_t>& powers) {
  std::vector<Validator> validators;
  for (size_t i = 0; i < powers.size(); ++i) {
    Validator v;
    v.public_key = Filled(static_cast<uint8_t>(i + 1));  // the keeper never checks keys
    v.power = powers[i];
    validators.push_back(v);
  }
  auto set = ValidatorSet::Create(std::move(validators));
  ORDO_ASSERT(set.ok());
  return std::move(set).value();
}

// The signature bytes tell the votes apart in PrecommitSignatures and in evidence.
Vote MakeVote(VoteType type, Round round, ValidatorIndex validator, const std::optional<ValueId>& value,
              uint8_t sig = 0) {
  Vote v;
  v.type = type;
  v.height = kHeight;
  v.round = round;
  v.value = value;
  v.validator = validator;
  v.signature.fill(sig);
  return v;
}

Vote Prevote(Round round, ValidatorIndex validator, const std::optional<ValueId>& value, uint8_t sig = 0) {
  return MakeVote(VoteType::Prevote, round, validator, value, sig);
}

Vote Precommit(Round round, ValidatorIndex validator, const std::optional<ValueId>& value, uint8_t sig = 0) {
  return MakeVote(VoteType::Precommit, round, validator, value, sig);
}

QString Name(const std::optional<ValueId>& value) {
  return value ? QString::fromStdString(ToHex(*value)).left(4) : QStringLiteral("nil");
}

}  // namespace

class VoteKeeperTests : public QObject {
  Q_OBJECT

 private slots:
  void powerForTalliesWeightedVotesPerRoundTypeAndValue() {
    const ValidatorSet set = MakeSet({1, 2, 3, 4});
    VoteKeeper keeper(kHeight, &set);
    for (const Vote& v : {Prevote(0, 0, kA), Prevote(0, 1, kA), Prevote(0, 2, kB), Prevote(0, 3, std::nullopt)}) {
      const auto r = keeper.Add(v, 0, true);
      QCOMPARE(r.outcome, Outcome::Added);
      QVERIFY(r.counted);
      QVERIFY(!r.evidence);
    }
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kA), uint64_t{3});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{3});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, std::nullopt), uint64_t{4});
    QCOMPARE(keeper.PowerAny(0, VoteType::Prevote), uint64_t{10});
    // Other types and rounds keep their own tallies.
    QCOMPARE(keeper.PowerFor(0, VoteType::Precommit, kA), uint64_t{0});
    QCOMPARE(keeper.PowerAny(0, VoteType::Precommit), uint64_t{0});
    QCOMPARE(keeper.PowerFor(1, VoteType::Prevote, kA), uint64_t{0});

    QCOMPARE(keeper.Add(Precommit(0, 3, kA), 0, true).outcome, Outcome::Added);
    QCOMPARE(keeper.PowerFor(0, VoteType::Precommit, kA), uint64_t{4});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kA), uint64_t{3});
  }

  // "More than 2/3": exactly two thirds of the power is not a quorum.
  void quorumThresholdIsStrictlyAboveTwoThirds_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::addColumn<QList<int>>("voters");
    QTest::addColumn<quint64>("quorum_power");
    QTest::addColumn<bool>("quorum");
    QTest::newRow("total 3, 2 of 3") << QList<quint64>{1, 1, 1} << QList<int>{0, 1} << quint64{3} << false;
    QTest::newRow("total 3, 3 of 3") << QList<quint64>{1, 1, 1} << QList<int>{0, 1, 2} << quint64{3} << true;
    QTest::newRow("total 4, 2 of 4") << QList<quint64>{1, 1, 1, 1} << QList<int>{0, 3} << quint64{3} << false;
    QTest::newRow("total 4, 3 of 4") << QList<quint64>{1, 1, 1, 1} << QList<int>{0, 1, 3} << quint64{3} << true;
    QTest::newRow("total 6, exactly 4") << QList<quint64>{2, 2, 2} << QList<int>{0, 1} << quint64{5} << false;
    QTest::newRow("total 100, 66") << QList<quint64>{33, 33, 34} << QList<int>{0, 1} << quint64{67} << false;
    QTest::newRow("total 100, 67") << QList<quint64>{33, 33, 34} << QList<int>{0, 2} << quint64{67} << true;
    QTest::newRow("total 100, one 66") << QList<quint64>{66, 34} << QList<int>{0} << quint64{67} << false;
    QTest::newRow("total 100, one 67") << QList<quint64>{67, 33} << QList<int>{0} << quint64{67} << true;
  }

  void quorumThresholdIsStrictlyAboveTwoThirds() {
    QFETCH(QList<quint64>, powers);
    QFETCH(QList<int>, voters);
    QFETCH(quint64, quorum_power);
    QFETCH(bool, quorum);

    const ValidatorSet set = MakeSet(std::vector<uint64_t>(powers.begin(), powers.end()));
    QCOMPARE(set.QuorumPower(), uint64_t{quorum_power});
    VoteKeeper keeper(kHeight, &set);
    uint64_t expected_power = 0;
    for (int i : voters) {
      QCOMPARE(keeper.Add(Precommit(0, static_cast<ValidatorIndex>(i), kA), 0, true).outcome, Outcome::Added);
      expected_power += powers[i];
    }
    QCOMPARE(keeper.PowerFor(0, VoteType::Precommit, kA), expected_power);
    QCOMPARE(keeper.PowerAny(0, VoteType::Precommit), expected_power);
    QCOMPARE(keeper.PowerFor(0, VoteType::Precommit, kA) >= set.QuorumPower(), quorum);
    // The threshold itself, checked by its definition rather than by its formula.
    QCOMPARE(3 * expected_power > 2 * set.TotalPower(), quorum);
  }

  void duplicateVoteIsNotCountedTwice() {
    const ValidatorSet set = MakeSet({1, 2, 3, 4});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(1, 2, kA, 0x01), 1, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Prevote(1, 3, std::nullopt, 0x02), 1, true).outcome, Outcome::Added);
    // Byte-identical, and the same content under another signature (BIP-340 is not unique).
    for (const Vote& again : {Prevote(1, 2, kA, 0x01), Prevote(1, 2, kA, 0x7f), Prevote(1, 3, std::nullopt, 0x02)}) {
      const auto r = keeper.Add(again, 1, true);
      QCOMPARE(r.outcome, Outcome::Duplicate);
      QVERIFY(!r.counted);
      QVERIFY(!r.evidence);
    }
    QCOMPARE(keeper.PowerFor(1, VoteType::Prevote, kA), uint64_t{3});
    QCOMPARE(keeper.PowerFor(1, VoteType::Prevote, std::nullopt), uint64_t{4});
    QCOMPARE(keeper.PowerAny(1, VoteType::Prevote), uint64_t{7});
  }

  // One piece of evidence per (validator, round, type), in canonical order (nil first, then by
  // value bytes), pairing the first vote with the first conflicting one.
  void equivocationYieldsEvidenceOncePerValidatorRoundAndType() {
    const ValidatorSet set = MakeSet({1, 1, 1, 1});
    VoteKeeper keeper(kHeight, &set);
    const Vote first_b = Prevote(0, 1, kB, 0x01);
    const Vote then_a = Prevote(0, 1, kA, 0x02);
    QCOMPARE(keeper.Add(first_b, 0, true).outcome, Outcome::Added);
    auto r = keeper.Add(then_a, 0, true);
    QCOMPARE(r.outcome, Outcome::Equivocation);
    QVERIFY(r.evidence.has_value());
    QVERIFY(r.evidence->first == then_a);  // kA < kB
    QVERIFY(r.evidence->second == first_b);

    // A third value and a repeat of the second: still equivocation, but no second report.
    for (const Vote& v : {Prevote(0, 1, std::nullopt, 0x03), Prevote(0, 1, kA, 0x04)}) {
      r = keeper.Add(v, 0, true);
      QVERIFY2(r.outcome == Outcome::Equivocation, qPrintable(Name(v.value)));
      QVERIFY2(!r.evidence, qPrintable(Name(v.value)));
    }
    // A repeat of the first vote is a plain duplicate.
    r = keeper.Add(Prevote(0, 1, kB, 0x05), 0, true);
    QCOMPARE(r.outcome, Outcome::Duplicate);
    QVERIFY(!r.evidence);

    // The same validator in another type or round, and another validator, are new offences.
    QCOMPARE(keeper.Add(Precommit(0, 1, kB), 0, true).outcome, Outcome::Added);
    r = keeper.Add(Precommit(0, 1, kA), 0, true);
    QVERIFY(r.evidence.has_value());
    QCOMPARE(r.evidence->first.type, VoteType::Precommit);
    QCOMPARE(keeper.Add(Prevote(1, 1, kA), 0, true).outcome, Outcome::Added);
    r = keeper.Add(Prevote(1, 1, kB), 0, true);
    QVERIFY(r.evidence.has_value());
    QCOMPARE(r.evidence->first.round, Round{1});

    // Nil sorts first even when it came second.
    const Vote first_a = Prevote(0, 2, kA, 0x11);
    const Vote then_nil = Prevote(0, 2, std::nullopt, 0x12);
    QCOMPARE(keeper.Add(first_a, 0, true).outcome, Outcome::Added);
    r = keeper.Add(then_nil, 0, true);
    QVERIFY(r.evidence.has_value());
    QVERIFY(r.evidence->first == then_nil);
    QVERIFY(r.evidence->second == first_a);
    QCOMPARE(r.evidence->first.validator, ValidatorIndex{2});
  }

  // Evidence is reported even when the conflicting vote is not kept for counting.
  void conflictingVoteCountsOnlyWhenAsked() {
    const ValidatorSet set = MakeSet({1, 2, 3, 4});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(0, 3, kA), 0, true).outcome, Outcome::Added);

    auto r = keeper.Add(Prevote(0, 3, kB), 0, false);
    QCOMPARE(r.outcome, Outcome::Equivocation);
    QVERIFY(!r.counted);
    QVERIFY(r.evidence.has_value());
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{0});

    r = keeper.Add(Prevote(0, 3, kB), 0, true);
    QCOMPARE(r.outcome, Outcome::Equivocation);
    QVERIFY(r.counted);
    QVERIFY(!r.evidence);
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{4});

    r = keeper.Add(Prevote(0, 3, kB, 0x33), 0, true);  // once per value
    QVERIFY(!r.counted);
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{4});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kA), uint64_t{4});
    QCOMPARE(keeper.PowerAny(0, VoteType::Prevote), uint64_t{4});
  }

  // A conflicting vote for a value no proposal carried yet is held, and counts once a proposal for
  // it arrives: its sender will not send it again, and without it an honest node that saw the
  // other vote first never sees the polka (ordo-sim seeds 37, 392 and 720 stalled on this).
  void heldConflictingVoteCountsWhenItsValueIsProposed() {
    const ValidatorSet set = MakeSet({1, 2, 3, 4});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(0, 3, kA), 0, true).outcome, Outcome::Added);
    QVERIFY(!keeper.Add(Prevote(0, 3, kB), 0, false).counted);
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{0});
    keeper.CountConflictingFor(kB);
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{4});
    keeper.CountConflictingFor(kB);  // once
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{4});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kA), uint64_t{4});
    QCOMPARE(keeper.PowerAny(0, VoteType::Prevote), uint64_t{4});
  }

  void conflictingVotesAreCappedPerValidatorRoundAndType() {
    const ValidatorSet set = MakeSet({1, 1, 1, 1});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Precommit(2, 0, Filled(0x40)), 2, true).outcome, Outcome::Added);
    for (size_t i = 1; i <= conflicting_votes_max + 2; ++i) {
      const ValueId value = Filled(static_cast<uint8_t>(0x40 + i));
      const auto r = keeper.Add(Precommit(2, 0, value), 2, true);
      QCOMPARE(r.outcome, Outcome::Equivocation);
      const bool within_cap = i <= conflicting_votes_max;
      QVERIFY2(r.counted == within_cap, qPrintable(QStringLiteral("conflicting vote %1").arg(i)));
      QCOMPARE(keeper.PowerFor(2, VoteType::Precommit, value), uint64_t{within_cap ? 1u : 0u});
    }
    // The cap is per (validator, round, type): another validator and another type start afresh.
    QCOMPARE(keeper.Add(Precommit(2, 1, Filled(0x40)), 2, true).outcome, Outcome::Added);
    QVERIFY(keeper.Add(Precommit(2, 1, Filled(0x4f)), 2, true).counted);
    QCOMPARE(keeper.Add(Prevote(2, 0, Filled(0x40)), 2, true).outcome, Outcome::Added);
    QVERIFY(keeper.Add(Prevote(2, 0, Filled(0x4f)), 2, true).counted);
    QCOMPARE(keeper.PowerAny(2, VoteType::Precommit), uint64_t{2});
  }

  void powerAnyCountsAnEquivocatorOnce() {
    const ValidatorSet set = MakeSet({1, 2, 3, 4});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(0, 3, kA), 0, true).outcome, Outcome::Added);
    QVERIFY(keeper.Add(Prevote(0, 3, kB), 0, true).counted);
    QVERIFY(keeper.Add(Prevote(0, 3, std::nullopt), 0, true).counted);
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kA), uint64_t{4});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, kB), uint64_t{4});
    QCOMPARE(keeper.PowerFor(0, VoteType::Prevote, std::nullopt), uint64_t{4});
    QCOMPARE(keeper.PowerAny(0, VoteType::Prevote), uint64_t{4});
    QCOMPARE(keeper.Add(Prevote(0, 0, kA), 0, true).outcome, Outcome::Added);
    QCOMPARE(keeper.PowerAny(0, VoteType::Prevote), uint64_t{5});
  }

  // L55: f+1 is more than 1/3 of the power, of validators voting in one round above the current.
  void skipRoundNeedsMoreThanOneThirdInOneRound() {
    const ValidatorSet set = MakeSet({1, 1, 1, 1});  // f + 1 = 2
    QCOMPARE(set.OneThirdPower(), uint64_t{2});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(3, 0, kA), 0, true).outcome, Outcome::Added);
    QVERIFY(!keeper.SkipRound(0));
    // A second type from the same validator is still one validator.
    QCOMPARE(keeper.Add(Precommit(3, 0, kA), 0, true).outcome, Outcome::Added);
    QVERIFY(!keeper.SkipRound(0));
    // Split across rounds 3 and 4: neither has f+1.
    QCOMPARE(keeper.Add(Precommit(4, 1, std::nullopt), 0, true).outcome, Outcome::Added);
    QVERIFY(!keeper.SkipRound(0));
    // Any type and value counts.
    QCOMPARE(keeper.Add(Precommit(3, 2, std::nullopt), 0, true).outcome, Outcome::Added);
    QCOMPARE(keeper.SkipRound(0).value_or(kNilRound), Round{3});
    QCOMPARE(keeper.SkipRound(2).value_or(kNilRound), Round{3});
    QVERIFY(!keeper.SkipRound(3));  // only rounds above the current
  }

  void skipRoundWeighsPowerNotHeads() {
    const ValidatorSet set = MakeSet({1, 1, 5});  // total 7: more than 1/3 is 3
    QCOMPARE(set.OneThirdPower(), uint64_t{3});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Prevote(2, 0, kA), 0, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Prevote(2, 1, kA), 0, true).outcome, Outcome::Added);
    QVERIFY(!keeper.SkipRound(0));
    QCOMPARE(keeper.Add(Prevote(1, 2, kA), 0, true).outcome, Outcome::Added);
    QCOMPARE(keeper.SkipRound(0).value_or(kNilRound), Round{1});
  }

  void skipRoundPicksHighestQualifyingRound() {
    const ValidatorSet set = MakeSet({1, 1, 1, 1});
    VoteKeeper keeper(kHeight, &set);
    for (const Vote& v : {Prevote(2, 0, kA), Prevote(2, 1, kA), Prevote(6, 2, kA), Precommit(6, 3, kA),
                          Prevote(9, 0, kA)}) {
      QCOMPARE(keeper.Add(v, 1, true).outcome, Outcome::Added);
    }
    QCOMPARE(keeper.SkipRound(1).value_or(kNilRound), Round{6});
    QCOMPARE(keeper.SkipRound(5).value_or(kNilRound), Round{6});
    QVERIFY(!keeper.SkipRound(6));  // round 9 has one validator only
  }

  void outOfWindowVotesAreRejected_data() {
    QTest::addColumn<Vote>("vote");
    QTest::addColumn<int>("current_round");
    QTest::addColumn<bool>("accepted");
    const Round ahead = vote_rounds_ahead_max;
    Vote other_height = Prevote(0, 0, kA);
    other_height.height = kHeight + 1;
    QTest::newRow("next height") << other_height << 0 << false;
    other_height.height = kHeight - 1;
    QTest::newRow("previous height") << other_height << 0 << false;
    QTest::newRow("unknown validator") << Prevote(0, 4, kA) << 0 << false;
    QTest::newRow("negative round") << Prevote(-1, 0, kA) << 0 << false;
    QTest::newRow("current + ahead_max") << Prevote(ahead, 0, kA) << 0 << true;
    QTest::newRow("current + ahead_max + 1") << Prevote(ahead + 1, 0, kA) << 0 << false;
    QTest::newRow("from round 10: at the edge") << Precommit(10 + ahead, 3, kA) << 10 << true;
    QTest::newRow("from round 10: past the edge") << Precommit(11 + ahead, 3, kA) << 10 << false;
    QTest::newRow("round_max") << Prevote(round_max, 1, kA) << int{round_max} << true;
    QTest::newRow("round_max + 1") << Prevote(round_max + 1, 1, kA) << int{round_max} << false;
    QTest::newRow("past round") << Prevote(0, 2, kA) << 40 << true;
  }

  void outOfWindowVotesAreRejected() {
    QFETCH(Vote, vote);
    QFETCH(int, current_round);
    QFETCH(bool, accepted);
    const ValidatorSet set = MakeSet({1, 1, 1, 1});
    VoteKeeper keeper(kHeight, &set);
    const auto r = keeper.Add(vote, current_round, true);
    QCOMPARE(r.outcome, accepted ? Outcome::Added : Outcome::Rejected);
    QCOMPARE(r.counted, accepted);
    QVERIFY(!r.evidence);
    QCOMPARE(keeper.PowerAny(vote.round, vote.type), uint64_t{accepted ? 1u : 0u});
    QCOMPARE(keeper.SkipRound(current_round).has_value(), false);
  }

  // The certificate's signatures: ascending by validator index whatever the arrival order, and
  // including a conflicting vote that was counted for the value.
  void precommitSignaturesAscendIncludingCountedConflictingVotes() {
    const ValidatorSet set = MakeSet({1, 1, 1, 1, 1});
    VoteKeeper keeper(kHeight, &set);
    QCOMPARE(keeper.Add(Precommit(2, 3, kA, 0x03), 2, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Precommit(2, 0, kA, 0x00), 2, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Precommit(2, 4, kB, 0x04), 2, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Precommit(2, 2, std::nullopt, 0x02), 2, true).outcome, Outcome::Added);
    QCOMPARE(keeper.Add(Precommit(2, 1, kA, 0x01), 2, true).outcome, Outcome::Added);
    QVERIFY(keeper.Add(Precommit(2, 4, kA, 0x44), 2, true).counted);   // counted conflicting: included
    QVERIFY(!keeper.Add(Precommit(2, 2, kA, 0x22), 2, false).counted);  // not counted: left out
    QCOMPARE(keeper.Add(Prevote(2, 2, kA, 0x99), 2, true).outcome, Outcome::Added);  // prevotes never

    const std::vector<CommitSig> sigs = keeper.PrecommitSignatures(2, kA);
    QCOMPARE(sigs.size(), size_t{4});
    const ValidatorIndex want_index[] = {0, 1, 3, 4};
    const uint8_t want_sig[] = {0x00, 0x01, 0x03, 0x44};
    for (size_t i = 0; i < sigs.size(); ++i) {
      QCOMPARE(sigs[i].validator, want_index[i]);
      QCOMPARE(sigs[i].signature[0], want_sig[i]);
    }
    QCOMPARE(keeper.PowerFor(2, VoteType::Precommit, kA), uint64_t{4});

    const std::vector<CommitSig> for_b = keeper.PrecommitSignatures(2, kB);
    QCOMPARE(for_b.size(), size_t{1});
    QCOMPARE(for_b[0].validator, ValidatorIndex{4});
    QCOMPARE(for_b[0].signature[0], uint8_t{0x04});
    QVERIFY(keeper.PrecommitSignatures(1, kA).empty());
    QVERIFY(keeper.PrecommitSignatures(2, Filled(0xcc)).empty());
  }
};

QTEST_APPLESS_MAIN(VoteKeeperTests)
#include "vote_keeper_tests.moc"
