// The simulation slice of the default test run, and checks that the checker itself can fail.
// ORDO_SIM_SEEDS=A-B widens the slice (packaging/dev.sh test --sim-seeds A-B).

#include <QtTest>

#include <optional>
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
    // Every fault (power loss included) and every Byzantine mode.
    SimConfig c;
    c.validators = 4;
    c.byzantine = 1;
    c.heights = 15;
    const SweepResult s = RunSweep(c, first, last, Jobs());
    qInfo("4 validators, all faults and Byzantine modes: %s trace=%s wall=%.1fs", qPrintable(Describe(s)),
          ordo::ToHex(s.trace).c_str(), s.wall_seconds);
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.heights, s.runs * 15);
    QVERIFY2(s.evidence_produced > 0, "no Byzantine run put evidence in a block: the equivocation paths saw nothing");
  }

  void sliceSevenValidatorsTwoByzantine() {
    SimConfig c;
    c.validators = 7;
    c.byzantine = 2;
    c.heights = 10;
    const SweepResult s = RunSweep(c, 1, 20, Jobs());
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.heights, s.runs * 10);
  }

  void everyByzantineModeRuns_data() {
    QTest::addColumn<QString>("mode");
    for (const char* m : {"equivocate", "silent", "twins", "non-proposer", "many-proposals", "future", "relay-other-bytes",
                          "oversize", "flood", "garbage-precommits", "partial-proposal"}) {
      QTest::newRow(m) << m;
    }
  }
  void everyByzantineModeRuns() {
    QFETCH(QString, mode);
    SimConfig c;
    std::string error;
    QVERIFY(ordo::sim::ParseByzantineModes(mode.toStdString(), &c.byzantine_modes, &error));
    c.heights = 10;
    const SweepResult s = RunSweep(c, 1, 10, Jobs());
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(QString::fromStdString(s.results.front().byzantine_mode), mode);
  }

  void sameArgumentsSameTrace() {
    SimConfig c;
    c.heights = 8;
    const SweepResult a = RunSweep(c, 7, 12, 1);
    const SweepResult b = RunSweep(c, 7, 12, Jobs());
    QCOMPARE(ordo::ToHex(a.trace), ordo::ToHex(b.trace));
    const SweepResult other = RunSweep(c, 8, 13, Jobs());
    QVERIFY(ordo::ToHex(a.trace) != ordo::ToHex(other.trace));
  }

  // Each injected host bug must be caught by a checker within 300 seeds of a plain all-faults run.
  // --unsafe-rewrite-wal-unsynced is reached by power that fails during one of a restart's first
  // syncs: the rewritten records are lost with the old ones, and the host no longer knows what it
  // signed.
  void unsafeSwitchesAreCaught_data() {
    QTest::addColumn<QString>("which");
    QTest::newRow("no-locking") << "no-locking";
    QTest::newRow("sign-before-sync") << "sign-before-sync";
    QTest::newRow("rewrite-wal-unsynced") << "rewrite-wal-unsynced";
    QTest::newRow("report-unstored-valid") << "report-unstored-valid";
  }
  void unsafeSwitchesAreCaught() {
    QFETCH(QString, which);
    SimConfig c;
    c.heights = 15;
    c.unsafe_no_locking = which == "no-locking";
    c.unsafe_sign_before_sync = which == "sign-before-sync";
    c.unsafe_rewrite_wal_unsynced = which == "rewrite-wal-unsynced";
    c.unsafe_report_unstored_valid = which == "report-unstored-valid";
    std::optional<ordo::sim::RunResult> caught;
    for (uint64_t seed = 1; seed <= 300 && !caught; ++seed) {
      c.seed = seed;
      const ordo::sim::RunResult r = ordo::sim::RunSimulation(c);
      if (r.safety_violations > 0) caught = r;
    }
    QVERIFY2(caught.has_value(), qPrintable("--unsafe-" + which + " was not caught in seeds 1-300"));
    qInfo("--unsafe-%s caught at seed %llu: %s", qPrintable(which), static_cast<unsigned long long>(caught->seed),
          caught->detail.c_str());
  }

  // A decided height's timers are cancelled: during the block interval after a commit (longer than
  // every timeout here) none of them may fire into the driver, be logged or shown as a timeout.
  void decidedHeightTimersDoNotFire() {
    SimConfig c;
    c.byzantine = 0;
    c.faults = 0;
    c.heights = 20;
    c.block_interval_ms = 1000;
    const SweepResult s = RunSweep(c, 1, 4, Jobs());
    QVERIFY2(s.ok(), qPrintable(Describe(s)));
    QCOMPARE(s.stale_timeouts, uint64_t{0});
  }

  // A Byzantine validator that sends every Status six times must not make the honest nodes send
  // more: a repeated Status is answered once per half interval, and catch-up sends a stuck peer
  // only what it has not been sent. (Before, each copy drew a full vote-set catch-up from every
  // honest node.)
  void statusFloodIsNotAmplified() {
    SimConfig c;
    c.faults = 0;
    c.heights = 15;
    c.byzantine_modes = 0;
    const SweepResult quiet = RunSweep(c, 1, 8, Jobs());
    c.byzantine_modes = ordo::sim::byz_flood;
    const SweepResult flood = RunSweep(c, 1, 8, Jobs());
    QVERIFY2(quiet.ok() && flood.ok(), qPrintable(Describe(quiet) + " / " + Describe(flood)));
    uint64_t quiet_bytes = 0, flood_bytes = 0;
    for (const auto& r : quiet.results) quiet_bytes += r.honest_message_bytes;
    for (const auto& r : flood.results) flood_bytes += r.honest_message_bytes;
    qInfo("honest bytes sent: %llu without the flood, %llu with it", static_cast<unsigned long long>(quiet_bytes),
          static_cast<unsigned long long>(flood_bytes));
    QVERIFY2(flood_bytes * 4 <= quiet_bytes * 5, "a Status flood made the honest nodes send over 25 % more");
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
