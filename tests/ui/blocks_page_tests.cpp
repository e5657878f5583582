// BlockTableModel under QAbstractItemModelTester, and BlocksPage against FakeNode: the table,
// the detail pane with its certificate, and the missing-block message.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include "fake_node.h"
#include "models/block_table_model.h"
#include "models/client_model.h"
#include "views/blocks_page.h"

using ordo::interfaces::BlockSummary;
using ordo::test::FakeNode;
using ordo::ui::BlocksPage;
using ordo::ui::BlockTableModel;
using ordo::ui::ClientModel;

namespace {

std::vector<BlockSummary> Range(uint64_t newest, uint64_t oldest) {
  std::vector<BlockSummary> v;
  for (uint64_t h = newest; h >= oldest && h > 0; --h) {
    BlockSummary b;
    b.height = h;
    b.hash = "0x" + std::to_string(h);
    b.txs = h % 3;
    b.proposer = "validator-" + std::to_string(h % 4);
    v.push_back(b);
  }
  return v;
}

QStringList Heights(const BlockTableModel& m) {
  QStringList out;
  for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, BlockTableModel::Height).data().toString();
  return out;
}

}  // namespace

class BlocksPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void modelDiffsRows() {
    BlockTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.SetBlocks(Range(10, 1));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(Heights(model).first(), QStringLiteral("10"));
    QCOMPARE(model.columnCount(), int(BlockTableModel::NB_COLUMNS));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.SetBlocks(Range(12, 3));  // two new on top, two gone at the bottom
    QCOMPARE(Heights(model), (QStringList{QStringLiteral("12"), QStringLiteral("11"), QStringLiteral("10"),
                                          QStringLiteral("9"), QStringLiteral("8"), QStringLiteral("7"),
                                          QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("4"),
                                          QStringLiteral("3")}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);

    auto changed = Range(12, 3);
    changed[4].txs = 99;                        // height 8 changes
    changed.erase(changed.begin() + 6);         // height 6 disappears (a gap)
    QSignalSpy data_changed(&model, &QAbstractItemModel::dataChanged);
    model.SetBlocks(changed);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(data_changed.count(), 1);
    QCOMPARE(model.index(4, BlockTableModel::Txs).data().toString(), QStringLiteral("99"));
    QCOMPARE(model.index(5, BlockTableModel::Height).data().toString(), QStringLiteral("7"));

    // Gaps filled, out of order input, duplicates.
    auto shuffled = Range(14, 2);
    std::reverse(shuffled.begin(), shuffled.end());
    shuffled.push_back(shuffled.front());
    model.SetBlocks(shuffled);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(Heights(model).first(), QStringLiteral("14"));
    QCOMPARE(Heights(model).last(), QStringLiteral("2"));
    QCOMPARE(model.index(0, 0).data(BlockTableModel::HeightRole).toULongLong(), 14ULL);

    model.SetBlocks({});
    QCOMPARE(model.rowCount(), 0);
    model.SetBlocks(Range(3, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, BlockTableModel::Latency).data().toString(), QStringLiteral("—"));
  }

  void emptyState() {
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    BlocksPage page(&model);
    QCOMPARE(page.objectName(), QStringLiteral("blocksPage"));
    auto* stacked = qobject_cast<QStackedWidget*>(page.findChild<QTableView*>(QStringLiteral("blocksTable"))->parentWidget());
    QVERIFY(stacked);
    QCOMPARE(stacked->currentWidget()->objectName(), QStringLiteral("blocksEmpty"));
    node->update([](auto& s) { s = FakeNode::Healthy(30); });
    QTRY_COMPARE(stacked->currentWidget()->objectName(), QStringLiteral("blocksTable"));
  }

  void selectingShowsDetail() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(30); });
    ClientModel model(node);
    BlocksPage page(&model);
    auto* table = page.findChild<QTableView*>(QStringLiteral("blocksTable"));
    QTRY_COMPARE(table->model()->rowCount(), 20);
    QCOMPARE(table->model()->index(0, BlockTableModel::Height).data().toString(), QStringLiteral("30"));
    QCOMPARE(table->model()->index(19, BlockTableModel::Height).data().toString(), QStringLiteral("11"));
    QCOMPARE(table->model()->index(0, BlockTableModel::Proposer).data().toString(), QStringLiteral("validator-2"));

    table->selectRow(1);  // height 29
    QCOMPARE(page.SelectedHeight().value(), 29ULL);
    auto* height = page.findChild<QLineEdit*>(QStringLiteral("detailHeight"));
    QTRY_COMPARE(height->text(), QStringLiteral("29"));
    auto* cert = page.findChild<QTableWidget*>(QStringLiteral("certificateTable"));
    QCOMPARE(cert->rowCount(), 3);
    QCOMPARE(cert->item(1, 1)->text(), QStringLiteral("validator-1"));
    QCOMPARE(cert->item(1, 2)->text(), QStringLiteral("100"));
    QVERIFY(cert->item(1, 3)->text().startsWith(QStringLiteral("9999")));
    const QString summary = page.findChild<QLabel*>(QStringLiteral("certificateSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("signed power 300 of 400 (75.0 %)")), qPrintable(summary));
    auto* txs = page.findChild<QListWidget*>(QStringLiteral("txList"));
    QCOMPARE(txs->count(), 1);  // 29 % 7
    QCOMPARE(txs->item(0)->text(), QStringLiteral("0x") + QString(64, QLatin1Char('3')));
    QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("detailParent"))->text(), QStringLiteral("0x") + QString(64, QLatin1Char('d')));

    // A new block on top keeps the selection on height 29.
    node->update([](auto& s) { s = FakeNode::Healthy(31); });
    QTRY_COMPARE(table->model()->index(0, BlockTableModel::Height).data().toString(), QStringLiteral("31"));
    QCOMPARE(table->currentIndex().data(BlockTableModel::HeightRole).toULongLong(), 29ULL);
  }

  void missingBlock() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(30);
      s.block_details.erase(28);
    });
    ClientModel model(node);
    BlocksPage page(&model);
    auto* table = page.findChild<QTableView*>(QStringLiteral("blocksTable"));
    QTRY_COMPARE(table->model()->rowCount(), 20);
    table->selectRow(2);  // height 28
    auto* message = page.findChild<QLabel*>(QStringLiteral("detailMessage"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("Block 28 is not in this node's store")), qPrintable(message->text()));
    auto* stacked = qobject_cast<QStackedWidget*>(message->parentWidget());
    QCOMPARE(stacked->currentWidget(), message);
  }
};

QTEST_MAIN(BlocksPageTests)
#include "blocks_page_tests.moc"
