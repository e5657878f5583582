// The validator set: what Create accepts, the quorum thresholds, and CometBFT's weighted
// round-robin proposer selection, checked against an independent implementation of the spec
// (cometbft spec/consensus/proposer-selection.md).

#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "ordo/consensus/validator_set.h"

using namespace ordo;
using namespace ordo::consensus;

namespace {

crypto::XOnlyPublicKey Key(uint32_t id) {
  crypto::XOnlyPublicKey k{};
  k.fill(0x5a);
  k[0] = static_cast<uint8_t>(id >> 24);
  k[1] = static_cast<uint8_t>(id >> 16);
  k[2] = static_cast<uint8_t>(id >> 8);
  k[3] = static_cast<uint8_t>(id);
  return k;
}

std::vector<Validator> Validators(const std::vector<uint64_t>& powers) {
  std::vector<Validator> out;
  for (size_t i = 0; i < powers.size(); ++i) {
    Validator v;
    v.public_key = Key(static_cast<uint32_t>(i + 1));
    v.power = powers[i];
    out.push_back(v);
  }
  return out;
}

ValidatorSet MakeSet(const std::vector<uint64_t>& powers) {
  auto set = ValidatorSet::Create(Validators(powers));
  ORDO_ASSERT(set.ok());
  return std::move(set).value();
}

std::vector<uint64_t> ToVector(const QList<quint64>& list) { return std::vector<uint64_t>(list.begin(), list.end()); }

// The proposer-selection spec, implemented from its prose: before each batch of increments,
// scale priorities into a window of 2 x total power and centre them on zero (floor of the mean);
// each increment adds every validator's power to its priority, elects the highest priority (the
// first listed on a tie) and takes the total power from the elected one.
class ReferenceSelection {
 public:
  explicit ReferenceSelection(const std::vector<uint64_t>& powers) {
    for (uint64_t p : powers) {
      m_power.push_back(static_cast<int64_t>(p));
      m_priority.push_back(0);
      m_total += static_cast<int64_t>(p);
    }
    Increment(1);  // a genesis set is incremented once
  }

  void Increment(int times) {
    const int64_t window = 2 * m_total;
    const auto [lo, hi] = std::minmax_element(m_priority.begin(), m_priority.end());
    const int64_t diff = *hi - *lo;
    if (diff > window) {
      const int64_t ratio = (diff + window - 1) / window;
      for (int64_t& p : m_priority) p /= ratio;
    }
    int64_t sum = 0;
    for (int64_t p : m_priority) sum += p;
    const int64_t n = static_cast<int64_t>(m_priority.size());
    const int64_t mean = (sum >= 0) ? sum / n : -((-sum + n - 1) / n);
    for (int64_t& p : m_priority) p -= mean;
    for (int t = 0; t < times; ++t) {
      for (size_t i = 0; i < m_priority.size(); ++i) m_priority[i] += m_power[i];
      size_t best = 0;
      for (size_t i = 1; i < m_priority.size(); ++i) {
        if (m_priority[i] > m_priority[best]) best = i;
      }
      m_priority[best] -= m_total;
      m_proposer = best;
    }
  }

  size_t proposer() const { return m_proposer; }
  const std::vector<int64_t>& priorities() const { return m_priority; }

 private:
  std::vector<int64_t> m_power;
  std::vector<int64_t> m_priority;
  int64_t m_total = 0;
  size_t m_proposer = 0;
};

QList<qint64> Priorities(const ValidatorSet& set) {
  QList<qint64> out;
  for (const Validator& v : set.validators()) out << v.proposer_priority;
  return out;
}

QList<qint64> Priorities(const ReferenceSelection& ref) {
  QList<qint64> out;
  for (int64_t p : ref.priorities()) out << p;
  return out;
}

}  // namespace

class ValidatorSetTests : public QObject {
  Q_OBJECT

 private slots:
  void createRejectsInvalidSets_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::addColumn<QList<int>>("key_ids");
    QTest::addColumn<QString>("message");
    const quint64 max = total_voting_power_max;
    QTest::newRow("empty") << QList<quint64>{} << QList<int>{} << "empty";
    QTest::newRow("zero power") << QList<quint64>{3, 0, 1} << QList<int>{1, 2, 3} << "zero voting power";
    QTest::newRow("duplicate key") << QList<quint64>{1, 1, 1} << QList<int>{1, 2, 1} << "duplicate";
    QTest::newRow("one above max") << QList<quint64>{max + 1} << QList<int>{1} << "total_voting_power_max";
    QTest::newRow("total above max") << QList<quint64>{max / 2 + 1, max / 2} << QList<int>{1, 2}
                                     << "total_voting_power_max";
    QTest::newRow("max plus one more") << QList<quint64>{max, 1} << QList<int>{1, 2} << "total_voting_power_max";
  }

  void createRejectsInvalidSets() {
    QFETCH(QList<quint64>, powers);
    QFETCH(QList<int>, key_ids);
    QFETCH(QString, message);
    std::vector<Validator> validators;
    for (qsizetype i = 0; i < powers.size(); ++i) {
      Validator v;
      v.public_key = Key(static_cast<uint32_t>(key_ids[i]));
      v.power = powers[i];
      validators.push_back(v);
    }
    const auto set = ValidatorSet::Create(validators);
    QVERIFY(!set.ok());
    QVERIFY(set.status().IsInvalidArgument());
    QVERIFY2(QString::fromStdString(set.status().message()).contains(message),
             set.status().message().c_str());
  }

  // The accepted edges pin the rejections above to their limits.
  void createAcceptsTheLimits() {
    const uint64_t max = total_voting_power_max;
    const auto single = ValidatorSet::Create(Validators({max}));
    QVERIFY(single.ok());
    QCOMPARE(single->TotalPower(), max);
    const auto pair = ValidatorSet::Create(Validators({max / 2, max / 2}));
    QVERIFY(pair.ok());
    QCOMPARE(pair->TotalPower(), max);

    std::vector<Validator> many;
    for (size_t i = 0; i < validators_max; ++i) {
      Validator v;
      v.public_key = Key(static_cast<uint32_t>(i));
      v.power = 1;
      many.push_back(v);
    }
    const auto full = ValidatorSet::Create(many);
    QVERIFY(full.ok());
    QCOMPARE(full->size(), validators_max);
    Validator extra;
    extra.public_key = Key(static_cast<uint32_t>(validators_max));
    extra.power = 1;
    many.push_back(extra);
    const auto over = ValidatorSet::Create(many);
    QVERIFY(!over.ok());
    QVERIFY(over.status().IsInvalidArgument());
  }

  // Priorities are the chain's, never the caller's: Create starts them from zero.
  void createIgnoresGivenPriorities() {
    std::vector<Validator> validators = Validators({1, 2, 3});
    validators[0].proposer_priority = 1000;
    validators[2].proposer_priority = -77;
    const auto set = ValidatorSet::Create(validators);
    QVERIFY(set.ok());
    const ValidatorSet plain = MakeSet({1, 2, 3});
    QCOMPARE(Priorities(*set), Priorities(plain));
    QCOMPARE(ToHex(set->Hash()), ToHex(plain.Hash()));
    QCOMPARE(set->at(0).public_key, validators[0].public_key);
    QCOMPARE(set->IndexOf(validators[2].public_key).value_or(99), ValidatorIndex{2});
    QVERIFY(!set->IndexOf(Key(999)).has_value());
  }

  void quorumAndOneThirdPower_data() {
    QTest::addColumn<quint64>("total");
    QTest::addColumn<quint64>("quorum");
    QTest::addColumn<quint64>("one_third");
    QTest::newRow("1") << quint64{1} << quint64{1} << quint64{1};
    QTest::newRow("2") << quint64{2} << quint64{2} << quint64{1};
    QTest::newRow("3") << quint64{3} << quint64{3} << quint64{2};
    QTest::newRow("4") << quint64{4} << quint64{3} << quint64{2};
    QTest::newRow("6") << quint64{6} << quint64{5} << quint64{3};
    QTest::newRow("7") << quint64{7} << quint64{5} << quint64{3};
    QTest::newRow("100") << quint64{100} << quint64{67} << quint64{34};
    QTest::newRow("max") << quint64{total_voting_power_max} << quint64{total_voting_power_max * 2 / 3 + 1}
                         << quint64{total_voting_power_max / 3 + 1};
  }

  // Besides the table, each threshold is checked against its definition: the smallest power
  // strictly above 2/3 (1/3) of the total.
  void quorumAndOneThirdPower() {
    QFETCH(quint64, total);
    QFETCH(quint64, quorum);
    QFETCH(quint64, one_third);
    const ValidatorSet set = MakeSet({total});
    QCOMPARE(set.TotalPower(), uint64_t{total});
    QCOMPARE(set.QuorumPower(), uint64_t{quorum});
    QCOMPARE(set.OneThirdPower(), uint64_t{one_third});
    QVERIFY(3 * quorum > 2 * total);
    QVERIFY(3 * (quorum - 1) <= 2 * total);
    QVERIFY(3 * one_third > total);
    QVERIFY(3 * (one_third - 1) <= total);
  }

  // Over total-power-many heights from genesis, each validator proposes exactly as often as its
  // power; over several periods the counts scale with them.
  void proposerCountsFollowPower_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::newRow("1,2,3") << QList<quint64>{1, 2, 3};
    QTest::newRow("3,2,1") << QList<quint64>{3, 2, 1};
    QTest::newRow("5,1,1,3") << QList<quint64>{5, 1, 1, 3};
    QTest::newRow("7,11,2") << QList<quint64>{7, 11, 2};
    QTest::newRow("1,1,1,1,10") << QList<quint64>{1, 1, 1, 1, 10};
  }

  void proposerCountsFollowPower() {
    QFETCH(QList<quint64>, powers);
    ValidatorSet set = MakeSet(ToVector(powers));
    const uint64_t total = set.TotalPower();
    for (uint64_t periods = 1; periods <= 3; ++periods) {
      std::vector<uint64_t> counts(powers.size(), 0);
      for (uint64_t h = 0; h < total; ++h) {
        ++counts[set.ProposerForRound(0)];
        set = set.NextHeight();
      }
      for (qsizetype i = 0; i < powers.size(); ++i) {
        QVERIFY2(counts[i] == powers[i],
                 qPrintable(QStringLiteral("period %1, validator %2 proposed %3 times, power %4")
                                .arg(periods).arg(i).arg(counts[i]).arg(powers[i])));
      }
    }
    // Within one height, rounds rotate the same way.
    const ValidatorSet fresh = MakeSet(ToVector(powers));
    std::vector<uint64_t> counts(powers.size(), 0);
    for (uint64_t r = 0; r < total; ++r) ++counts[fresh.ProposerForRound(static_cast<Round>(r))];
    for (qsizetype i = 0; i < powers.size(); ++i) QCOMPARE(counts[i], uint64_t{powers[i]});
  }

  void equalPowersRotate() {
    ValidatorSet set = MakeSet({4, 4, 4, 4, 4});
    for (ValidatorIndex h = 0; h < 15; ++h) {
      QCOMPARE(set.ProposerForRound(0), h % 5);
      QCOMPARE(set.ProposerForRound(1), (h + 1) % 5);
      QCOMPARE(set.ProposerForRound(7), (h + 7) % 5);
      set = set.NextHeight();
    }
  }

  // Heights (NextHeight) and rounds (ProposerForRound) against the reference: same proposers and
  // the same priorities, height after height; round r equals r further increments.
  void matchesReferenceSelection_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::newRow("1,2,3") << QList<quint64>{1, 2, 3};
    QTest::newRow("equal") << QList<quint64>{10, 10, 10, 10};
    QTest::newRow("skewed") << QList<quint64>{1000, 1, 1, 1};
    QTest::newRow("mixed") << QList<quint64>{13, 7, 29, 1, 50, 3, 3};
    QTest::newRow("single") << QList<quint64>{9};
    QTest::newRow("large") << QList<quint64>{total_voting_power_max / 3, total_voting_power_max / 5, 12345};
  }

  void matchesReferenceSelection() {
    QFETCH(QList<quint64>, powers);
    ValidatorSet set = MakeSet(ToVector(powers));
    ReferenceSelection ref(ToVector(powers));
    for (int h = 0; h < 40; ++h) {
      QCOMPARE(Priorities(set), Priorities(ref));
      QCOMPARE(set.ProposerForRound(0), ValidatorIndex(ref.proposer()));
      for (Round r = 1; r <= 12; ++r) {
        ReferenceSelection ahead = ref;
        ahead.Increment(r);
        QVERIFY2(set.ProposerForRound(r) == ahead.proposer(),
                 qPrintable(QStringLiteral("height %1 round %2").arg(h).arg(r)));
      }
      ValidatorSet stepped = set;
      for (Round r = 1; r <= 12; ++r) {
        stepped = stepped.NextHeight();
        QCOMPARE(set.ProposerForRound(r), stepped.ProposerForRound(0));
      }
      set = set.NextHeight();
      ref.Increment(1);
    }
  }

  // ProposerForRound works on a copy: asking does not move the set.
  void proposerForRoundDoesNotChangeTheSet() {
    const ValidatorSet set = MakeSet({1, 2, 3});
    const Hash32 before = set.Hash();
    const ValidatorIndex p5 = set.ProposerForRound(5);
    QCOMPARE(ToHex(set.Hash()), ToHex(before));
    QCOMPARE(set.ProposerForRound(5), p5);
  }

  void hashCoversKeysPowersAndPriorities() {
    const ValidatorSet base = MakeSet({1, 2, 3});
    QCOMPARE(ToHex(MakeSet({1, 2, 3}).Hash()), ToHex(base.Hash()));

    QVERIFY(MakeSet({1, 2, 4}).Hash() != base.Hash());

    std::vector<Validator> other_key = Validators({1, 2, 3});
    other_key[1].public_key = Key(77);
    const auto with_other_key = ValidatorSet::Create(other_key);
    QVERIFY(with_other_key.ok());
    QVERIFY(with_other_key->Hash() != base.Hash());

    std::vector<Validator> swapped = Validators({1, 2, 3});
    std::swap(swapped[0].public_key, swapped[1].public_key);
    const auto with_swapped = ValidatorSet::Create(swapped);
    QVERIFY(with_swapped.ok());
    QVERIFY(with_swapped->Hash() != base.Hash());

    // Only the priorities differ from one height to the next.
    QVERIFY(base.NextHeight().Hash() != base.Hash());
  }
};

QTEST_APPLESS_MAIN(ValidatorSetTests)
#include "validator_set_tests.moc"
