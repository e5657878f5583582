// The node's evidence record keeps the most recent distinct pieces of evidence, recognises one it
// holds, marks it included, and forgets the oldest — record and digest — past its capacity.

#include <QtTest>

#include "ordo/node/evidence_log.h"

using namespace ordo;
using namespace ordo::node;

namespace {

// Distinct, well-formed duplicate-vote evidence for each n (the log does not verify signatures).
consensus::Evidence Nth(uint32_t n) {
  consensus::Vote a;
  a.type = consensus::VoteType::Prevote;
  a.height = 10 + n;
  a.round = 0;
  a.validator = 1;
  consensus::Vote b = a;
  consensus::ValueId va{}, vb{};
  va[0] = 1;
  vb[0] = 2;
  va[1] = static_cast<uint8_t>(n);
  vb[1] = static_cast<uint8_t>(n >> 8);
  a.value = va;
  b.value = vb;
  return consensus::MakeDuplicateVoteEvidence(a, b);
}

}  // namespace

class EvidenceLogTests : public QObject {
  Q_OBJECT

 private slots:
  void newEvidenceIsReportedOnce() {
    EvidenceLog log(8);
    auto first = log.Observe(Nth(1), 1000, 0);
    QVERIFY(first.has_value());
    QCOMPARE(first->seen_ms, uint64_t{1000});
    QCOMPARE(first->included_height, uint64_t{0});
    QVERIFY(!log.Observe(Nth(1), 2000, 0).has_value());  // the same evidence again
    QCOMPARE(log.size(), size_t{1});
    QCOMPARE(log.Records().front().seen_ms, uint64_t{1000});  // first sighting kept
  }

  void inclusionMarksTheKeptRecord() {
    EvidenceLog log(8);
    QVERIFY(log.Observe(Nth(1), 1000, 0).has_value());
    QVERIFY(log.Observe(Nth(2), 1001, 0).has_value());
    QVERIFY(!log.Observe(Nth(2), 1500, 42).has_value());  // included at height 42
    QVERIFY(!log.Observe(Nth(2), 1600, 43).has_value());  // a later inclusion does not move it
    const auto records = log.Records();
    QCOMPARE(records.size(), size_t{2});
    QCOMPARE(records[0].included_height, uint64_t{0});
    QCOMPARE(records[1].included_height, uint64_t{42});
    // Evidence first seen in a committed block is recorded as included.
    auto in_block = log.Observe(Nth(3), 1700, 50);
    QVERIFY(in_block.has_value());
    QCOMPARE(in_block->included_height, uint64_t{50});
  }

  void boundedAndForgetsTheOldest() {
    constexpr size_t capacity = 16;
    EvidenceLog log(capacity);
    for (uint32_t n = 0; n < 1000; ++n) QVERIFY(log.Observe(Nth(n), n, 0).has_value());
    QCOMPARE(log.size(), capacity);
    const auto records = log.Records();
    QCOMPARE(records.size(), capacity);
    for (size_t i = 0; i < capacity; ++i) {  // the newest, oldest first
      QCOMPARE(records[i].evidence, Nth(static_cast<uint32_t>(1000 - capacity + i)));
    }
    // A kept one is still recognised; a forgotten one counts as new again (its digest went with
    // its record), and pushes out the oldest kept.
    QVERIFY(!log.Observe(Nth(999), 5000, 0).has_value());
    QVERIFY(log.Observe(Nth(0), 5001, 0).has_value());
    QCOMPARE(log.size(), capacity);
    QCOMPARE(log.Records().back().evidence, Nth(0));
    QCOMPARE(log.Records().front().evidence, Nth(static_cast<uint32_t>(1000 - capacity + 1)));
    QVERIFY(log.Observe(Nth(static_cast<uint32_t>(1000 - capacity)), 5002, 0).has_value());
  }

  void zeroCapacityKeepsNothing() {
    EvidenceLog log(0);
    QVERIFY(log.Observe(Nth(1), 1, 0).has_value());
    QCOMPARE(log.size(), size_t{0});
  }
};

QTEST_GUILESS_MAIN(EvidenceLogTests)
#include "evidence_log_tests.moc"
