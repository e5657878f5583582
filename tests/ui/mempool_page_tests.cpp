// Mempool models and MempoolPage against FakeNode: sizes, limits, rates from two snapshots.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "models/mempool_table_model.h"
#include "views/mempool_page.h"

using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::CounterRate;
using ordo::ui::MempoolPage;
using ordo::ui::MempoolTableModel;
using ordo::ui::RejectionTableModel;

namespace {

QString Cell(const QAbstractItemModel& m, const QString& reason, int column) {
  for (int r = 0; r < m.rowCount(); ++r) {
    if (m.index(r, RejectionTableModel::Reason).data().toString() == reason) return m.index(r, column).data().toString();
  }
  return QStringLiteral("<missing>");
}

}  // namespace

class MempoolPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void counterRate() {
    CounterRate rate;
    QVERIFY(!rate.PerSecond());
    rate.Add(10'000, 100);
    QVERIFY(!rate.PerSecond());
    rate.Add(10'000, 500);  // same clock: the poller saw the same state again
    QVERIFY(!rate.PerSecond());
    rate.Add(12'000, 140);
    QCOMPARE(*rate.PerSecond(), 20.0);
    rate.Add(14'000, 180);
    QCOMPARE(*rate.PerSecond(), 20.0);
    // Samples older than the window stop counting: 180 -> 300 over the last 4 s only.
    rate.Add(16'000, 300);
    rate.Add(20'000, 300);
    QCOMPARE(*rate.PerSecond(), 120.0 / 6.0);
    rate.Add(30'000, 300);
    QCOMPARE(*rate.PerSecond(), 0.0);
    rate.Add(31'000, 5);  // counter went back: the node restarted
    QVERIFY(!rate.PerSecond());
  }

  void modelsAcrossSnapshots() {
    MempoolTableModel txs;
    RejectionTableModel rejections;
    QAbstractItemModelTester t1(&txs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&rejections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&txs, &QAbstractItemModel::modelReset);
    auto s = FakeNode::Healthy(42);
    txs.SetTransactions(s.mempool_top);
    rejections.SetRejections(s.mempool.rejected, 1000);
    QCOMPARE(txs.rowCount(), 10);  // Healthy repeats hashes every 10 transactions
    QCOMPARE(rejections.rowCount(), 3);
    QCOMPARE(txs.index(0, MempoolTableModel::Hash).data().toString(), QStringLiteral("0x0000…0000"));
    QCOMPARE(txs.index(0, MempoolTableModel::Hash).data(Qt::ToolTipRole).toString(), QString::fromStdString(s.mempool_top[0].hash));
    QCOMPARE(txs.index(1, MempoolTableModel::Tip).data().toString(), QStringLiteral("1.900"));
    QCOMPARE(Cell(rejections, QStringLiteral("underpriced"), RejectionTableModel::Rate), QStringLiteral("…"));

    s.mempool_top.erase(s.mempool_top.begin(), s.mempool_top.begin() + 3);
    s.mempool_top.push_back({"0xfeed", "0xabc", 1, 9.5, 21000, 100});
    s.mempool.rejected.pop_back();
    s.mempool.rejected.push_back({"gas limit", 3});
    s.mempool.rejected[0].total = 10;
    txs.SetTransactions(s.mempool_top);
    rejections.SetRejections(s.mempool.rejected, 3000);
    // Hashes 0 and 1 come back with i = 10 and 11; hash 2 leaves; 0xfeed is appended.
    QCOMPARE(txs.rowCount(), 10);
    QCOMPARE(txs.index(9, MempoolTableModel::Hash).data(MempoolTableModel::HashRole).toString(), QStringLiteral("0xfeed"));
    QCOMPARE(txs.index(2, MempoolTableModel::Hash).data().toString(), QStringLiteral("0x3333…3333"));
    QCOMPARE(rejections.rowCount(), 3);
    QCOMPARE(Cell(rejections, QStringLiteral("nonce too low"), RejectionTableModel::Rate), QStringLiteral("3.00"));
    QCOMPARE(Cell(rejections, QStringLiteral("insufficient funds"), RejectionTableModel::Total), QStringLiteral("<missing>"));
    QCOMPARE(Cell(rejections, QStringLiteral("gas limit"), RejectionTableModel::Rate), QStringLiteral("…"));
    txs.SetTransactions({});
    QCOMPARE(txs.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
  }

  void pageShowsSizesAndRatesFromTwoSnapshots() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    MempoolPage page(&model);
    page.resize(1100, 720);
    page.show();
    auto* pending = page.findChild<QLabel*>(QStringLiteral("pendingLabel"));
    auto* rate = page.findChild<QLabel*>(QStringLiteral("admissionRateLabel"));
    auto* top = page.findChild<QTableView*>(QStringLiteral("topTxTable"));
    auto* rejections = page.findChild<QTableView*>(QStringLiteral("rejectionTable"));
    QVERIFY(pending && rate && top && rejections);
    QTRY_COMPARE(pending->text(), QStringLiteral("12"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("queuedLabel"))->text(), QStringLiteral("3"));
    QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("bytesBar"))->format(), QStringLiteral("1.8 KiB of 64.0 MiB"));
    QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("txsBar"))->format(), QStringLiteral("15 of 20,000"));
    QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("txsBar"))->value(), 0);  // 15 of 20000 per mille
    QCOMPARE(rate->text(), QStringLiteral("Collecting data…"));
    QCOMPARE(top->model()->rowCount(), 10);
    QCOMPARE(top->model()->index(0, MempoolTableModel::Tip).data().toString(), QStringLiteral("2.000"));
    QCOMPARE(top->model()->index(9, MempoolTableModel::Tip).data().toString(), QStringLiteral("1.100"));

    // Two seconds later: 100 more admitted, 10 more "nonce too low", one eviction.
    node->update([](auto& s) {
      s.status.now_ms += 2000;
      s.mempool.admitted_total += 100;
      s.mempool.rejected[0].total += 10;
      s.mempool.evicted_total = 1;
      s.mempool.pending = 10'000;
      s.mempool.queued = 0;
    });
    QTRY_COMPARE(rate->text(), QStringLiteral("50.00 tx/s"));
    QVERIFY(page.admissionRate().has_value());
    QCOMPARE(Cell(*rejections->model(), QStringLiteral("nonce too low"), RejectionTableModel::Rate), QStringLiteral("5.00"));
    QCOMPARE(Cell(*rejections->model(), QStringLiteral("nonce too low"), RejectionTableModel::Total), QStringLiteral("14"));
    QCOMPARE(Cell(*rejections->model(), QStringLiteral("underpriced"), RejectionTableModel::Rate), QStringLiteral("0.00"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("evictedLabel"))->text(), QStringLiteral("1"));
    QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("txsBar"))->value(), 500);
    // The table sorts by total, largest first.
    QCOMPARE(rejections->model()->index(0, RejectionTableModel::Reason).data().toString(), QStringLiteral("nonce too low"));

    if (qEnvironmentVariableIsSet("ORDO_SHOTS")) {
      QTest::qWait(MempoolPage::chart_redraw_ms * 2);
      page.grab().save(QStringLiteral("/tmp/shots-ui2/mempool.png"));
    }

    node->update([](auto& s) { s.mempool_top.clear(); });
    auto* stack = top->parentWidget();
    QVERIFY(qobject_cast<QStackedWidget*>(stack));
    QTRY_COMPARE(qobject_cast<QStackedWidget*>(stack)->currentWidget()->objectName(), QStringLiteral("topTxEmptyLabel"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("topTxEmptyLabel"))->text(), QStringLiteral("No pending transactions"));
  }
};

QTEST_MAIN(MempoolPageTests)
#include "mempool_page_tests.moc"
