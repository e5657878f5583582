// AlertCenter rules (hysteresis, wording, de-duplication, catch-up), persistence and the tray's
// flood limiting.

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "alerts/alert_center.h"
#include "alerts/tray_notifier.h"
#include "settings/settings_writer.h"
#include "fake_node.h"
#include "models/node_snapshot.h"

using ordo::test::FakeNode;
using namespace ordo::ui;

namespace {

NodeSnapshot FromState(const FakeNode::State& st) {
  NodeSnapshot s;
  s.status = st.status;
  s.live = st.live;
  s.peers = st.peers;
  s.validators = st.validators;
  s.evidence = st.evidence;
  s.sequence = 1;
  return s;
}

// A feed of healthy readings, 250 ms apart, one new height every fourth reading.
class Feed {
 public:
  explicit Feed(AlertCenter& c) : m_c(c), m_state(FakeNode::Healthy(100)) {}
  FakeNode::State& state() { return m_state; }
  // One reading; `advance` commits a new height first.
  void Step(bool advance = true, qint64 dt_ms = 250) {
    m_state.status.now_ms += static_cast<uint64_t>(dt_ms);
    if (advance) {
      ++m_state.status.last_committed;
      m_state.status.height = m_state.status.last_committed + 1;
      m_state.status.last_commit_local_ms = m_state.status.now_ms;
      if (m_state.status.best_peer_height < m_state.status.last_committed) {
        m_state.status.best_peer_height = m_state.status.last_committed;
      }
    }
    m_c.Evaluate(FromState(m_state));
  }
  void MissSelf() { ++m_state.validators[0].missed_in_window; }
  void MissOther(int i) { ++m_state.validators[static_cast<size_t>(i)].missed_in_window; }
  void MissAll() {
    for (auto& v : m_state.validators) ++v.missed_in_window;
  }

 private:
  AlertCenter& m_c;
  FakeNode::State m_state;
};

ordo::interfaces::EvidenceInfo Evidence(uint64_t height, const std::string& key = std::string(64, 'c')) {
  ordo::interfaces::EvidenceInfo e;
  e.kind = "duplicate prevote";
  e.height = height;
  e.offender_key = key;
  e.offender_moniker = "validator-2";
  e.offender_power = 100;
  e.seen_ms = 1'790'000'000'000;
  return e;
}

}  // namespace

class AlertCenterTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void healthyNetworkRaisesNothing() {
    AlertCenter c;
    Feed f(c);
    for (int i = 0; i < 50; ++i) f.Step();
    QVERIFY(c.activeAlerts().isEmpty());
  }

  void ownMissedBlocksOnlyUs() {
    AlertCenter c;
    QSignalSpy raised(&c, &AlertCenter::alertRaised);
    QSignalSpy cleared(&c, &AlertCenter::alertCleared);
    Feed f(c);
    f.Step();  // baseline
    for (int i = 1; i < AlertCenter::missed_raise_readings; ++i) {
      f.MissSelf();
      f.Step();
      f.Step(false);  // a reading without a new height is not a reading of this rule
    }
    QVERIFY(!c.activeAlert(AlertCenter::own_missed_id));
    f.MissSelf();
    f.Step();
    const auto a = c.activeAlert(AlertCenter::own_missed_id);
    QVERIFY(a);
    QCOMPARE(a->title, QStringLiteral("Your validator is missing blocks"));
    QVERIFY(a->detail.contains(QStringLiteral("while the other validators signed")));
    QCOMPARE(raised.count(), 1);
    // Still missing: no second alert (de-duplicated by id).
    f.MissSelf();
    f.Step();
    QCOMPARE(raised.count(), 1);
    QCOMPARE(c.activeAlerts().size(), 1);

    for (int i = 1; i < AlertCenter::missed_clear_readings; ++i) f.Step();
    QVERIFY(c.activeAlert(AlertCenter::own_missed_id));
    f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::own_missed_id));
    QCOMPARE(cleared.count(), 1);
    const auto recovered = cleared.at(0).at(0).value<Alert>();
    QVERIFY(!recovered.acknowledged);
    QVERIFY(recovered.cleared.isValid());
    QCOMPARE(c.history().size(), 1);

    // Raised again: a new episode, counted.
    for (int i = 0; i < AlertCenter::missed_raise_readings; ++i) {
      f.MissSelf();
      f.Step();
    }
    QCOMPARE(c.activeAlert(AlertCenter::own_missed_id)->count, 2);
  }

  void anotherValidatorMissingBlocksRaisesAndRecovers() {
    AlertCenter c;
    QSignalSpy cleared(&c, &AlertCenter::alertCleared);
    Feed f(c);
    f.Step();
    const QString id = AlertCenter::validator_missed_prefix + QString::fromStdString(f.state().validators[3].key);
    for (int i = 1; i < AlertCenter::other_missed_raise_readings; ++i) {
      f.MissOther(3);
      f.Step();
    }
    QVERIFY(!c.activeAlert(id));
    f.MissOther(3);
    f.Step();
    const auto a = c.activeAlert(id);
    QVERIFY(a);
    QCOMPARE(a->title, QStringLiteral("Validator validator-3 is missing blocks"));
    QVERIFY(a->detail.contains(QStringLiteral("25.0% of the voting power")));
    QVERIFY(!c.activeAlert(AlertCenter::own_missed_id));  // we signed: not our problem
    for (int i = 1; i < AlertCenter::other_missed_clear_readings; ++i) f.Step();
    QVERIFY(c.activeAlert(id));
    f.Step();  // signing again long enough: recovered
    QVERIFY(!c.activeAlert(id));
    QCOMPARE(cleared.count(), 1);
  }

  void everyoneMissingIsNotBlamedOnEachValidator() {
    AlertCenter c;
    Feed f(c);
    f.Step();
    for (int i = 0; i < AlertCenter::other_missed_raise_readings + 2; ++i) {
      f.MissAll();
      f.Step();
    }
    for (const auto& a : c.activeAlerts()) QVERIFY(!a.id.startsWith(AlertCenter::validator_missed_prefix));
  }

  void ownMissedBlocksNetworkWide() {
    AlertCenter c;
    Feed f(c);
    f.Step();
    for (int i = 0; i < AlertCenter::missed_raise_readings; ++i) {
      f.MissAll();
      f.Step();
    }
    const auto a = c.activeAlert(AlertCenter::own_missed_id);
    QVERIFY(a);
    QCOMPARE(a->title, QStringLiteral("Blocks missed network-wide"));
    QVERIFY(a->detail.contains(QStringLiteral("so did 4 of 4 validators")));
  }

  void equivocationDedupedAndOnlyClearedByOperator() {
    AlertCenter c;
    QSignalSpy raised(&c, &AlertCenter::alertRaised);
    Feed f(c);
    f.state().evidence.push_back(Evidence(90));
    f.Step();
    c.OnEvidence(Evidence(90));  // the notification of the same equivocation
    f.Step();
    QCOMPARE(raised.count(), 1);
    const QString id = QStringLiteral("equivocation:") + QString(64, QLatin1Char('c')) + QStringLiteral(":90");
    const auto a = c.activeAlert(id);
    QVERIFY(a);
    QCOMPARE(a->severity, AlertSeverity::Critical);
    QVERIFY(a->title.contains(QStringLiteral("validator-2")));

    c.OnEvidence(Evidence(91));  // another height: another alert
    QCOMPARE(c.activeAlerts().size(), 2);

    for (int i = 0; i < 100; ++i) f.Step();
    QVERIFY(c.activeAlert(id));  // never recovers by itself

    QVERIFY(c.Acknowledge(id));
    QVERIFY(!c.activeAlert(id));
    QVERIFY(c.history().back().acknowledged);
    for (int i = 0; i < 5; ++i) f.Step();  // still in every snapshot's evidence
    QVERIFY(!c.activeAlert(id));
    QVERIFY(!c.Acknowledge(id));
  }

  void peersLow() {
    AlertCenter c;
    Feed f(c);
    f.state().status.peers = 1;  // 4 equal validators: quorum needs 2 others
    for (int i = 1; i < AlertCenter::peers_raise_readings; ++i) f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::peers_low_id));
    f.Step();
    auto a = c.activeAlert(AlertCenter::peers_low_id);
    QVERIFY(a);
    QCOMPARE(a->severity, AlertSeverity::Warning);
    QVERIFY(a->detail.contains(QStringLiteral("at least 2 other")));

    f.state().status.peers = 0;
    f.Step();
    QCOMPARE(c.activeAlert(AlertCenter::peers_low_id)->severity, AlertSeverity::Critical);

    f.state().status.peers = 2;
    for (int i = 1; i < AlertCenter::peers_clear_readings; ++i) f.Step();
    QVERIFY(c.activeAlert(AlertCenter::peers_low_id));
    f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::peers_low_id));
  }

  void peersZeroIsCriticalFromTheStart() {
    AlertCenter c;
    Feed f(c);
    f.state().status.peers = 0;
    for (int i = 0; i < AlertCenter::peers_raise_readings; ++i) f.Step();
    QCOMPARE(c.activeAlert(AlertCenter::peers_low_id)->title, QStringLiteral("No peers"));
    QCOMPARE(c.activeAlert(AlertCenter::peers_low_id)->severity, AlertSeverity::Critical);
  }

  void stalled() {
    QCOMPARE(AlertCenter::StallAfterMs(1000), qint64{10'000});
    QCOMPARE(AlertCenter::StallAfterMs(3000), qint64{30'000});
    AlertCenter c;
    Feed f(c);
    f.Step();
    // 10 s without a commit is the threshold itself: not yet stalled.
    for (int i = 0; i < 10; ++i) f.Step(false, 1000);
    QVERIFY(!c.activeAlert(AlertCenter::stalled_id));
    f.Step(false, 1000);  // 11 s: first bad reading
    QVERIFY(!c.activeAlert(AlertCenter::stalled_id));
    f.Step(false, 1000);
    const auto a = c.activeAlert(AlertCenter::stalled_id);
    QVERIFY(a);
    QCOMPARE(a->severity, AlertSeverity::Critical);
    QVERIFY(a->detail.contains(QStringLiteral("No block committed for 12 s")));
    f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::stalled_id));
  }

  void noStallOrBehindWhileCatchingUp() {
    AlertCenter c;
    Feed f(c);
    auto& st = f.state().status;
    st.best_peer_height = 5000;
    st.last_commit_local_ms = st.now_ms - 60'000;  // the last "live" commit is long ago
    for (int i = 0; i < 40; ++i) {
      // Synced blocks: the height moves by 50 a reading, the local commit time does not.
      st.last_committed += 50;
      st.now_ms += 2000;
      c.Evaluate(FromState(f.state()));
    }
    QVERIFY(!c.activeAlert(AlertCenter::stalled_id));
    QVERIFY(!c.activeAlert(AlertCenter::behind_id));
    QVERIFY(c.activeAlerts().isEmpty());
  }

  void behindWithoutProgress() {
    AlertCenter c;
    Feed f(c);
    auto& st = f.state().status;
    // Committing, but at the network's pace 50 blocks behind: not catching up.
    for (int i = 1; i < AlertCenter::behind_raise_readings; ++i) {
      st.best_peer_height = st.last_committed + 51;  // the step commits one
      f.Step();
    }
    QVERIFY(!c.activeAlert(AlertCenter::behind_id));
    st.best_peer_height = st.last_committed + 51;
    f.Step();
    QVERIFY(c.activeAlert(AlertCenter::behind_id));
    QVERIFY(c.activeAlert(AlertCenter::behind_id)->detail.contains(QStringLiteral("50 blocks behind")));
  }

  void diskLow() {
    AlertCenter c;
    Feed f(c);
    f.state().status.disk_free_bytes = quint64{500} << 20;
    f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::disk_low_id));
    f.Step();
    QCOMPARE(c.activeAlert(AlertCenter::disk_low_id)->severity, AlertSeverity::Warning);
    f.state().status.disk_free_bytes = quint64{100} << 20;
    f.Step();
    QCOMPARE(c.activeAlert(AlertCenter::disk_low_id)->severity, AlertSeverity::Critical);
    f.state().status.disk_free_bytes = quint64{5} << 30;
    for (int i = 0; i < AlertCenter::disk_clear_readings; ++i) f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::disk_low_id));
  }

  void clockDrift() {
    AlertCenter c;
    Feed f(c);
    f.state().status.clock_offset_ms = -1500;
    for (int i = 1; i < AlertCenter::clock_raise_readings; ++i) f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::clock_drift_id));
    f.Step();
    const auto a = c.activeAlert(AlertCenter::clock_drift_id);
    QVERIFY(a);
    QVERIFY(a->detail.contains(QStringLiteral("1500 ms before")));
    // A single good reading does not clear it (hysteresis).
    f.state().status.clock_offset_ms = 10;
    f.Step();
    f.state().status.clock_offset_ms = 2000;
    f.Step();
    QVERIFY(c.activeAlert(AlertCenter::clock_drift_id));
  }

  void acknowledgedRuleAlertStaysQuietUntilRecovered() {
    AlertCenter c;
    Feed f(c);
    f.state().status.clock_offset_ms = 5000;
    for (int i = 0; i < AlertCenter::clock_raise_readings; ++i) f.Step();
    QVERIFY(c.Acknowledge(AlertCenter::clock_drift_id));
    for (int i = 0; i < 20; ++i) f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::clock_drift_id));
    f.state().status.clock_offset_ms = 0;
    for (int i = 0; i < AlertCenter::clock_clear_readings; ++i) f.Step();
    f.state().status.clock_offset_ms = 5000;
    for (int i = 0; i < AlertCenter::clock_raise_readings; ++i) f.Step();
    QVERIFY(c.activeAlert(AlertCenter::clock_drift_id));
  }

  void persistsAcrossRestart() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.ini"));
    {
      QSettings settings(path, QSettings::IniFormat);
      AlertCenter c(&settings);
      Feed f(c);
      f.state().status.disk_free_bytes = quint64{500} << 20;
      for (int i = 0; i < AlertCenter::disk_raise_readings; ++i) f.Step();
      c.OnEvidence(Evidence(7));
      c.OnEvidence(Evidence(8));
      QVERIFY(c.Acknowledge(QStringLiteral("equivocation:") + QString(64, QLatin1Char('c')) + QStringLiteral(":8")));
      QCOMPARE(c.activeAlerts().size(), 2);
      QCOMPARE(c.history().size(), 1);
    }
    QSettings settings(path, QSettings::IniFormat);
    AlertCenter c(&settings);
    QCOMPARE(c.activeAlerts().size(), 2);
    QCOMPARE(c.history().size(), 1);
    const auto disk = c.activeAlert(AlertCenter::disk_low_id);
    QVERIFY(disk);
    QCOMPARE(disk->title, QStringLiteral("Disk space low"));
    QVERIFY(disk->raised.isValid());
    QVERIFY(c.history().front().acknowledged);
    // The acknowledged equivocation is not raised again by the evidence that is still around.
    c.OnEvidence(Evidence(8));
    QCOMPARE(c.activeAlerts().size(), 2);
    // A restored rule alert recovers like any other.
    Feed f(c);
    for (int i = 0; i < AlertCenter::disk_clear_readings; ++i) f.Step();
    QVERIFY(!c.activeAlert(AlertCenter::disk_low_id));
  }

  // The panel saves alert state through a SettingsWriter: written on its own thread, readable by
  // the next start, and the GUI thread's own QSettings is never the one syncing the file.
  void persistsThroughTheWriterThread() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.ini"));
    {
      // Read from one file, saved through the writer to another: the saves can only be the writer's.
      const QString read_path = dir.filePath(QStringLiteral("read.ini"));
      QSettings settings(read_path, QSettings::IniFormat);
      SettingsWriter writer(path, QSettings::IniFormat);
      AlertCenter c(&settings);
      c.setWriter(&writer);
      Feed f(c);
      f.state().status.disk_free_bytes = quint64{500} << 20;
      for (int i = 0; i < AlertCenter::disk_raise_readings; ++i) f.Step();
      QCOMPARE(c.activeAlerts().size(), 1);
      writer.Flush();
      settings.sync();
      QVERIFY(!QSettings(read_path, QSettings::IniFormat).contains(QStringLiteral("alerts/active")));
      QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("alerts/active")).toList().size(), 1);
    }
    QSettings settings(path, QSettings::IniFormat);
    AlertCenter c(&settings);
    const auto disk = c.activeAlert(AlertCenter::disk_low_id);
    QVERIFY(disk);
    QCOMPARE(disk->title, QStringLiteral("Disk space low"));
  }

  void historyIsBounded() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    AlertCenter c(&settings);
    const int n = static_cast<int>(AlertCenter::alerts_history_max) + 40;
    for (int i = 0; i < n; ++i) {
      c.OnEvidence(Evidence(static_cast<uint64_t>(i) + 1));
      QVERIFY(c.Acknowledge(c.activeAlerts().front().id));
    }
    QCOMPARE(c.history().size(), static_cast<qsizetype>(AlertCenter::alerts_history_max));
    QVERIFY(c.history().back().title.contains(QString::number(n)));
    AlertCenter reloaded(&settings);
    QCOMPARE(reloaded.history().size(), static_cast<qsizetype>(AlertCenter::alerts_history_max));
    c.ClearHistory();
    QVERIFY(c.history().isEmpty());
  }

  void limiterCoalescesAFlood() {
    NotificationLimiter limiter(10'000);
    QVERIFY(limiter.Offer(0, {QStringLiteral("first"), QStringLiteral("a")}));
    for (int i = 0; i < 19; ++i) {
      QVERIFY(!limiter.Offer(100 + i * 100, {QStringLiteral("more %1").arg(i), QStringLiteral("b")}));
    }
    QCOMPARE(limiter.held(), 19);
    QVERIFY(!limiter.Flush(5'000));
    const auto summary = limiter.Flush(10'000);
    QVERIFY(summary);
    QCOMPARE(summary->title, QStringLiteral("19 more alert(s)"));
    QVERIFY(summary->body.contains(QStringLiteral("more 18")));
    QCOMPARE(limiter.held(), 0);
    QVERIFY(!limiter.Flush(30'000));
    // A lone held message is shown as it is.
    QVERIFY(!limiter.Offer(11'000, {QStringLiteral("x"), QStringLiteral("y")}));
    const auto single = limiter.Flush(20'000);
    QVERIFY(single);
    QCOMPARE(single->title, QStringLiteral("x"));
    // After a quiet interval the next message shows at once.
    QVERIFY(limiter.Offer(40'000, {QStringLiteral("z"), QStringLiteral("w")}));
  }

  void trayNotifierLimitsAlertFlood() {
    AlertCenter c;
    TrayNotifier tray(&c, nullptr, 200);
    QSignalSpy shown(&tray, &TrayNotifier::messageShown);
    for (int i = 0; i < 30; ++i) c.OnEvidence(Evidence(static_cast<uint64_t>(i) + 1));
    QCOMPARE(shown.count(), 1);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(shown.at(1).at(0).toString(), QStringLiteral("29 more alert(s)"));
    // An operator's acknowledgement is not announced.
    QTest::qWait(250);
    c.Acknowledge(c.activeAlerts().front().id);
    QCOMPARE(shown.count(), 2);
  }
};

QTEST_MAIN(AlertCenterTests)
#include "alert_center_tests.moc"
