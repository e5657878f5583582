// ConsensusPage against FakeNode: chart contents follow the timings, percentiles, CSV export,
// pause, reset, range and the empty state.

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include "fake_node.h"
#include "models/client_model.h"
#include "views/consensus_page.h"

using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::ConsensusPage;

class ConsensusPageTests : public QObject {
  Q_OBJECT

  static QCustomPlot* Chart(QWidget& page, const char* name) {
    return page.findChild<QCustomPlot*>(QString::fromLatin1(name));
  }
  static int BarCount(QWidget& page, const char* chart, int plottable) {
    auto* bars = qobject_cast<QCPBars*>(Chart(page, chart)->plottable(plottable));
    return bars ? bars->data()->size() : -1;
  }
  static bool EmptyShown(QWidget& page, const char* chart) {
    return Chart(page, chart)->findChild<QCPItemText*>(QStringLiteral("emptyLabel"))->visible();
  }
  // Waits until the model has delivered `n` more snapshots.
  static bool WaitSnapshots(ClientModel& model, int n) {
    QSignalSpy spy(&model, &ClientModel::snapshotChanged);
    return QTest::qWaitFor([&] { return spy.count() >= n; }, 5000);
  }

 private Q_SLOTS:
  void emptyStateBeforeData() {
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QCOMPARE(page.objectName(), QStringLiteral("consensusPage"));
    QVERIFY(WaitSnapshots(model, 2));
    page.RedrawIfDirty();
    for (const char* chart : {"phaseChart", "roundsChart", "latencyChart", "liveChart"}) {
      QVERIFY2(EmptyShown(page, chart), chart);
    }
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("liveRoundLabel"))->text(), QStringLiteral("Collecting data…"));

    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    QTRY_VERIFY(!EmptyShown(page, "phaseChart"));
    QVERIFY(!EmptyShown(page, "roundsChart"));
    QVERIFY(!EmptyShown(page, "latencyChart"));
    QVERIFY(!EmptyShown(page, "liveChart"));
  }

  void chartDataMatchesTimings() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 42);
    for (int i = 1; i < 4; ++i) QCOMPARE(BarCount(page, "phaseChart", i), 42);
    QCOMPARE(BarCount(page, "roundsChart", 0), 42);
    // Stacked: prevote sits on propose, precommit on prevote, commit on precommit.
    auto* propose = qobject_cast<QCPBars*>(Chart(page, "phaseChart")->plottable(0));
    auto* prevote = qobject_cast<QCPBars*>(Chart(page, "phaseChart")->plottable(1));
    auto* commit = qobject_cast<QCPBars*>(Chart(page, "phaseChart")->plottable(3));
    QCOMPARE(prevote->barBelow(), propose);
    QVERIFY(commit->barBelow() != nullptr);
    // Height 34 (34 % 17 == 0) took two rounds.
    auto rounds = qobject_cast<QCPBars*>(Chart(page, "roundsChart")->plottable(0))->data();
    QCOMPARE(rounds->findBegin(34, false)->value, 2.0);
    QCOMPARE(rounds->findBegin(35, false)->value, 1.0);
    QCOMPARE(propose->data()->findBegin(42, false)->value, 4.0);  // 2 + 42 % 5

    page.SetRangeHeights(20);
    page.RedrawIfDirty();
    QCOMPARE(BarCount(page, "phaseChart", 0), 20);
    QCOMPARE(propose->data()->constBegin()->key, 23.0);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("historyStatus"))->text().startsWith(QStringLiteral("20 of 42")));
  }

  void percentiles() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(5);
      s.timings.clear();
      for (uint64_t h = 1; h <= 100; ++h) {
        ordo::interfaces::HeightTiming t;
        t.height = h;
        t.total_ms = static_cast<double>(101 - h);  // 100 .. 1, out of order on purpose
        s.timings.push_back(t);
      }
      ordo::interfaces::HeightTiming synced;
      synced.height = 101;
      synced.total_ms = 5000;
      synced.synced = true;  // no phases observed: left out of the latency distribution
      s.timings.push_back(synced);
    });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    page.SetRangeHeights(200);
    QTRY_COMPARE(page.HistorySize(), size_t{101});
    page.RedrawIfDirty();
    QCOMPARE(page.LatencyPercentileMs(50).value(), 50.0);
    QCOMPARE(page.LatencyPercentileMs(99).value(), 99.0);
    QCustomPlot* latency = Chart(page, "latencyChart");
    QCOMPARE(latency->graph(0)->name(), QStringLiteral("p50 50.0 ms"));
    QCOMPARE(latency->graph(1)->name(), QStringLiteral("p99 99.0 ms"));
    QCOMPARE(latency->graph(0)->data()->constBegin()->key, 50.0);
    double counted = 0;
    auto hist = qobject_cast<QCPBars*>(latency->plottable(0))->data();
    for (auto it = hist->constBegin(); it != hist->constEnd(); ++it) counted += it->value;
    QCOMPARE(counted, 100.0);
  }

  void hiddenPageRendersWhenShown() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    ConsensusPage page(&model);
    QTRY_COMPARE(page.HistorySize(), size_t{42});
    QTest::qWait(300);  // several redraw ticks
    QCOMPARE(BarCount(page, "phaseChart", 0), 0);  // nothing rendered for nobody
    page.show();
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 42);  // caught up right after it shows
  }

  void exportCsv() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QTRY_COMPARE(page.HistorySize(), size_t{42});
    page.SetRangeHeights(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QString error;
    QVERIFY2(page.ExportCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], QStringLiteral("height,rounds,propose_ms,prevote_ms,precommit_ms,commit_ms,total_ms,txs"));
    QCOMPARE(lines[1], QStringLiteral("33,1,5.000,1.000,1.500,3.000,10.500,5"));
    QCOMPARE(lines[2], QStringLiteral("34,2,6.000,2.000,1.500,3.000,12.500,6"));
    QCOMPARE(lines.back(), QStringLiteral("42,1,4.000,1.000,1.500,3.000,9.500,0"));

    QVERIFY(!page.ExportCsv(dir.filePath(QStringLiteral("missing/dir/t.csv")), &error));
    QVERIFY(!error.isEmpty());

    const QString png = dir.filePath(QStringLiteral("c.png"));
    QVERIFY(page.ExportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
  }

  void pauseFreezesCharts() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 42);
    page.findChild<QPushButton*>(QStringLiteral("pauseButton"))->click();
    QVERIFY(page.IsPaused());
    node->update([](auto& s) { s = FakeNode::Healthy(50); });
    QTRY_COMPARE(page.HistorySize(), size_t{50});  // data keeps coming
    QVERIFY(WaitSnapshots(model, 2));
    page.RedrawIfDirty();
    QCOMPARE(BarCount(page, "phaseChart", 0), 42);  // the charts do not move
    page.findChild<QPushButton*>(QStringLiteral("pauseButton"))->click();
    QVERIFY(!page.IsPaused());
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 50);
  }

  void resetClearsHistory() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 42);
    page.findChild<QPushButton*>(QStringLiteral("resetButton"))->click();
    QCOMPARE(page.HistorySize(), size_t{0});
    QCOMPARE(BarCount(page, "phaseChart", 0), 0);
    QVERIFY(EmptyShown(page, "phaseChart"));
    // The node still reports the old heights; they do not come back.
    QVERIFY(WaitSnapshots(model, 2));
    QCOMPARE(page.HistorySize(), size_t{0});
    node->update([](auto& s) { s = FakeNode::Healthy(44); });
    QTRY_COMPARE(page.HistorySize(), size_t{2});
    QTRY_COMPARE(BarCount(page, "phaseChart", 0), 2);
  }

  void liveRound() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(42);
      s.live.recent_timeouts = {{42, 0, "precommit", s.status.now_ms - 5000}, {43, 0, "propose", s.status.now_ms - 10}};
    });
    ClientModel model(node);
    ConsensusPage page(&model);
    page.show();  // hidden, the page only collects data and does not render its charts
    QCustomPlot* live = Chart(page, "liveChart");
    QTRY_COMPARE(live->graph(0)->data()->size(), 4);  // origin, two prevotes, now
    QCOMPARE((live->graph(0)->data()->constEnd() - 1)->value, 200.0);
    QCOMPARE(live->graph(1)->data()->size(), 2);      // no precommits yet
    QCOMPARE(live->graph(2)->data()->constBegin()->value, 267.0);
    QVERIFY(live->graph(2)->name().contains(QStringLiteral("267")));
    const QString text = page.findChild<QLabel*>(QStringLiteral("liveRoundLabel"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("Height 43 · round 0 · prevote")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("propose at height 43 round 0")));
    QVERIFY(text.contains(QStringLiteral("precommit at height 42 round 0")));
    // Only the timeout of the current round gets a marker (a line and a label).
    QCOMPARE(live->itemCount(), 3);  // the hidden empty-state label + line + label
  }
};

QTEST_MAIN(ConsensusPageTests)
#include "consensus_page_tests.moc"
