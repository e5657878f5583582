// The simulation slice of the default test run, and checks that the checker itself can fail.
// ORDO_SIM_SEEDS=A-B widens the slice (packaging/dev.sh test --sim-seeds A-B).

#include <QtTest>

#include <thread>

#include "simulator.h"

using ordo::sim::RunSweep;
using ordo::sim::SimConfig;
using ordo::sim::SweepResult;

namespace {

unsigned Jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

std::pair<uint64_t, uint64_t> SliceSeeds() {
  QByteArray range = qgetenv("ORDO_SIM_SEEDS");
  if (range.isEmpty()) range = ORDO_SIM_SEEDS_DEFAULT;
  const QList<QByteArray> parts = range.split('-');
  const uint64_t first = parts.value(0).toULongLong();
  const uint64_t last = parts.size() > 1 ? parts.value(1).toULongLong() : first;
  return {first, last};
}

QString Describe(const SweepResult& s) {
  QString text = QStringLiteral("runs=%1 heights=%2 safety=%3 liveness=%4 evidence_missing=%5")
                     .arg(s.runs).arg(s.heights).arg(s.safety_violations).arg(s.liveness_failures).arg(s.evidence_missing);
  for (const auto& r : s.results) {
    if (!r.detail.empty()) return text + QStringLiteral(" first failure: seed %1 (%2): %3")
                                             .arg(r.seed).arg(QString::fromStdString(r.byzantine_mode), QString::fromStdString(r.detail));
  }
  return text;
}

}  // namespace

class SimTests : public QObject {
  Q_OBJECT

 private slots:
  void sliceFourValidatorsAllFaults() {
    const auto [first, last] = SliceSeeds();
    QVERIFY2(last - first + 1 >= 200, "the default slice must cover at least 200 seeds");
    SimConfig c;
    c.validators = 4;
    c.byzantine = 1;
    c.heights = 50;
    const SweepResult s = RunSweep(c, first, last, Jobs());
    qInfo("4 validators: %s trace=%s wall=%.1fs", qPrintable(Describe(s)), ordo::ToHex(s.trace).c_str(), s.wall_seconds);
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.heights, s.runs * 50);
    QVERIFY2(s.evidence_produced > 0, "no Byzantine run produced evidence: the equivocation checks saw nothing");
  }

  void sliceSevenValidatorsTwoByzantine() {
    SimConfig c;
    c.validators = 7;
    c.byzantine = 2;
    c.heights = 30;
    const SweepResult s = RunSweep(c, 1, 40, Jobs());
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.heights, s.runs * 30);
  }

  void everyByzantineModeRuns_data() {
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("expect_evidence");
    QTest::newRow("equivocate") << "equivocate,drop,delay" << true;
    QTest::newRow("twins") << "twins,partition,delay" << true;
    QTest::newRow("silent") << "silent,crash,drop" << false;
  }
  void everyByzantineModeRuns() {
    QFETCH(QString, faults);
    QFETCH(bool, expect_evidence);
    SimConfig c;
    std::string error;
    QVERIFY(ordo::sim::ParseFaults(faults.toStdString(), &c.faults, &error));
    c.heights = 20;
    const SweepResult s = RunSweep(c, 1, 20, Jobs());
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.results.front().byzantine_mode, faults.section(',', 0, 0) == "equivocate" ? std::string("equivocate")
                                                : faults.section(',', 0, 0) == "twins"   ? std::string("twins")
                                                                                         : std::string("silent"));
    QCOMPARE(s.evidence_produced > 0, expect_evidence);
  }

  void sameArgumentsSameTrace() {
    SimConfig c;
    c.heights = 15;
    const SweepResult a = RunSweep(c, 7, 16, 1);
    const SweepResult b = RunSweep(c, 7, 16, Jobs());
    QCOMPARE(ordo::ToHex(a.trace), ordo::ToHex(b.trace));
    const SweepResult other = RunSweep(c, 8, 17, Jobs());
    QVERIFY(ordo::ToHex(a.trace) != ordo::ToHex(other.trace));
  }

  void unsafeNoLockingIsCaught() {
    // Without the locking rule, honest validators can be led to commit two values at one height.
    // A Byzantine equivocator that splits its precommits and then proposes a fresh value in the
    // next round breaks such a network in about one run of fifty.
    SimConfig c;
    c.heights = 50;
    c.unsafe_no_locking = true;
    std::string error;
    QVERIFY(ordo::sim::ParseFaults("equivocate,drop,crash", &c.faults, &error));
    const SweepResult s = RunSweep(c, 1, 300, Jobs());
    qInfo("unsafe-no-locking: %s", qPrintable(Describe(s)));
    QVERIFY2(s.safety_violations > 0, "the checker missed the safety bug that disabling locking introduces");
  }

  void faultParsing() {
    uint32_t f = 0;
    std::string error;
    QVERIFY(ordo::sim::ParseFaults("drop,crash", &f, &error));
    QCOMPARE(f, uint32_t{ordo::sim::fault_drop | ordo::sim::fault_crash});
    QVERIFY(!ordo::sim::ParseFaults("drop,meteor", &f, &error));
    QVERIFY(error.find("meteor") != std::string::npos);
  }
};

QTEST_APPLESS_MAIN(SimTests)
#include "sim_tests.moc"
