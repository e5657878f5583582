// AlertsPage and AlertTableModel: what is shown for given alerts, the buttons, the filter, and the
// model's consistency while alerts come and go.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include "alerts/alert_center.h"
#include "fake_node.h"
#include "models/alert_table_model.h"
#include "views/alerts_page.h"

using ordo::test::FakeNode;
using namespace ordo::ui;

namespace {

NodeSnapshot FromState(const FakeNode::State& st) {
  NodeSnapshot s;
  s.status = st.status;
  s.peers = st.peers;
  s.validators = st.validators;
  s.evidence = st.evidence;
  s.sequence = 1;
  return s;
}

ordo::interfaces::EvidenceInfo Evidence(uint64_t height) {
  ordo::interfaces::EvidenceInfo e;
  e.kind = "duplicate precommit";
  e.height = height;
  e.offender_key = std::string(64, 'd');
  e.offender_moniker = "validator-3";
  e.offender_power = 100;
  return e;
}

// Feeds `n` readings of `state`, committing a height each time.
void Feed(AlertCenter& c, FakeNode::State& state, int n) {
  for (int i = 0; i < n; ++i) {
    state.status.now_ms += 250;
    ++state.status.last_committed;
    state.status.best_peer_height = state.status.last_committed;
    state.status.last_commit_local_ms = state.status.now_ms;
    c.Evaluate(FromState(state));
  }
}

}  // namespace

class AlertsPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void modelStaysConsistent() {
    AlertCenter c;
    AlertTableModel active(&c, AlertTableModel::Source::Active);
    AlertTableModel history(&c, AlertTableModel::Source::History);
    QAbstractItemModelTester t1(&active, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(active.columnCount(), int{AlertTableModel::NB_COLUMNS});
    QCOMPARE(active.rowCount(), 0);

    auto state = FakeNode::Healthy(100);
    c.OnEvidence(Evidence(50));                     // row added
    state.status.disk_free_bytes = quint64{300} << 20;
    Feed(c, state, AlertCenter::disk_raise_readings);  // another
    QCOMPARE(active.rowCount(), 2);
    state.status.disk_free_bytes = quint64{100} << 20;  // changed in place (now critical)
    Feed(c, state, 1);
    QCOMPARE(active.rowCount(), 2);
    QModelIndex disk;
    for (int row = 0; row < active.rowCount(); ++row) {
      if (active.index(row, 0).data(AlertTableModel::IdRole).toString() == AlertCenter::disk_low_id) {
        disk = active.index(row, AlertTableModel::Severity);
      }
    }
    QVERIFY(disk.isValid());
    QCOMPARE(disk.data().toString(), QStringLiteral("Critical"));
    QCOMPARE(active.index(disk.row(), AlertTableModel::Title).data().toString(), QStringLiteral("Disk space low"));
    QCOMPARE(active.index(disk.row(), AlertTableModel::Count).data().toInt(), 1);
    QVERIFY(!disk.data(Qt::DecorationRole).value<QIcon>().isNull());

    state.status.disk_free_bytes = quint64{10} << 30;  // row removed, into the history
    Feed(c, state, AlertCenter::disk_clear_readings);
    QCOMPARE(active.rowCount(), 1);
    QCOMPARE(history.rowCount(), 1);
    QVERIFY(history.index(0, AlertTableModel::Since).data().toString().contains(QStringLiteral("recovered")));
    QCOMPARE(history.headerData(AlertTableModel::Since, Qt::Horizontal).toString(), QStringLiteral("Cleared"));

    c.Acknowledge(active.index(0, 0).data(AlertTableModel::IdRole).toString());
    QCOMPARE(active.rowCount(), 0);
    QCOMPARE(history.rowCount(), 2);
    c.ClearHistory();
    QCOMPARE(history.rowCount(), 0);
  }

  void emptyStateAndButtons() {
    AlertCenter c;
    AlertsPage page(&c);
    page.resize(1100, 720);
    auto* stack = page.findChild<QTableView*>(QStringLiteral("activeTable"))->parentWidget();
    auto* empty = page.findChild<QLabel*>(QStringLiteral("activeEmptyLabel"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("activeTable"));
    auto* ack = page.findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
    auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearHistoryButton"));
    QVERIFY(empty && table && ack && clear && stack);
    auto* active_stack = qobject_cast<QStackedWidget*>(empty->parentWidget());
    QVERIFY(active_stack);
    QCOMPARE(empty->text(), QStringLiteral("No alerts — everything looks healthy"));
    QCOMPARE(active_stack->currentWidget(), static_cast<QWidget*>(empty));
    QVERIFY(!ack->isEnabled());
    QVERIFY(!clear->isEnabled());

    c.OnEvidence(Evidence(7));
    QCOMPARE(active_stack->currentWidget(), static_cast<QWidget*>(table));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, AlertTableModel::Title).data().toString().contains(QStringLiteral("validator-3")));
    QVERIFY(!ack->isEnabled());
    table->selectRow(0);
    QVERIFY(ack->isEnabled());
    QTest::mouseClick(ack, Qt::LeftButton);
    QVERIFY(c.activeAlerts().isEmpty());
    QCOMPARE(active_stack->currentWidget(), static_cast<QWidget*>(empty));
    QVERIFY(!ack->isEnabled());

    auto* history = page.findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(history->model()->rowCount(), 1);
    QVERIFY(history->model()->index(0, AlertTableModel::Since).data().toString().contains(QStringLiteral("acknowledged")));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(history->model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
  }

  void severityFilter() {
    AlertCenter c;
    AlertsPage page(&c);
    auto state = FakeNode::Healthy(100);
    c.OnEvidence(Evidence(7));  // critical
    state.status.clock_offset_ms = 3000;
    Feed(c, state, AlertCenter::clock_raise_readings);  // warning
    auto* table = page.findChild<QTableView*>(QStringLiteral("activeTable"));
    auto* filter = page.findChild<QComboBox*>(QStringLiteral("severityFilter"));
    QCOMPARE(table->model()->rowCount(), 2);
    // Most severe first.
    QCOMPARE(table->model()->index(0, AlertTableModel::Severity).data().toString(), QStringLiteral("Critical"));
    filter->setCurrentIndex(2);  // Warning
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AlertTableModel::Title).data().toString(), QStringLiteral("Clock drift"));
    filter->setCurrentIndex(3);  // Info: nothing, and the empty state shows
    QCOMPARE(table->model()->rowCount(), 0);
    auto* empty = page.findChild<QLabel*>(QStringLiteral("activeEmptyLabel"));
    QCOMPARE(qobject_cast<QStackedWidget*>(empty->parentWidget())->currentWidget(), static_cast<QWidget*>(empty));
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 2);
  }
};

QTEST_MAIN(AlertsPageTests)
#include "alerts_page_tests.moc"
