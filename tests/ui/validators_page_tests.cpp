// ValidatorTableModel and ValidatorsPage against FakeNode.

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "models/validator_table_model.h"
#include "views/validators_page.h"

using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::ValidatorsPage;
using ordo::ui::ValidatorStatus;
using ordo::ui::ValidatorTableModel;

namespace {

int RowOfMoniker(const QAbstractItemModel& m, const QString& prefix) {
  for (int r = 0; r < m.rowCount(); ++r) {
    if (m.index(r, ValidatorTableModel::Moniker).data().toString().startsWith(prefix)) return r;
  }
  return -1;
}

}  // namespace

class ValidatorsPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void modelAcrossSnapshots() {
    ValidatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto s = FakeNode::Healthy(42);
    model.SetValidators(s.validators);
    QCOMPARE(model.rowCount(), 4);
    // One leaves the set, one joins, one misses blocks.
    s.validators.erase(s.validators.begin() + 2);
    s.validators[1].missed_in_window = 7;
    ordo::interfaces::ValidatorInfo v;
    v.key = std::string(64, 'z');
    v.moniker = "newcomer";
    v.active = false;
    s.validators.push_back(v);
    model.SetValidators(s.validators);
    QCOMPARE(model.rowCount(), 4);
    const int newcomer = RowOfMoniker(model, QStringLiteral("newcomer"));
    QVERIFY(newcomer >= 0);
    QCOMPARE(model.index(newcomer, ValidatorTableModel::Status).data().toString(), QStringLiteral("Not in set"));
    QCOMPARE(model.index(newcomer, 0).data(ValidatorTableModel::StatusRole).toInt(), static_cast<int>(ValidatorStatus::NotInSet));
    QCOMPARE(model.index(newcomer, ValidatorTableModel::LastSigned).data().toString(), QStringLiteral("none seen"));
    QCOMPARE(model.index(RowOfMoniker(model, QStringLiteral("validator-1")), ValidatorTableModel::Missed).data().toString(),
             QStringLiteral("7 / 42"));
    QCOMPARE(RowOfMoniker(model, QStringLiteral("validator-2")), -1);
    model.SetValidators({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
  }

  void pageMarksOwnRowAndMissedWindow() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(42);
      s.validators[2].missed_in_window = 3;
    });
    ClientModel model(node);
    ValidatorsPage page(&model);
    page.resize(1100, 720);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("validatorTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QCOMPARE(page.findChild<QStackedWidget*>()->currentWidget(), table);
    const QAbstractItemModel& m = *table->model();

    const int self = RowOfMoniker(m, QStringLiteral("validator-0"));
    QCOMPARE(m.index(self, ValidatorTableModel::Moniker).data().toString(), QStringLiteral("validator-0 (you)"));
    QVERIFY(m.index(self, ValidatorTableModel::Power).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m.index(self, ValidatorTableModel::Power).data(Qt::BackgroundRole).isValid());
    QVERIFY(m.index(self, 0).data(ValidatorTableModel::IsSelfRole).toBool());
    const int other = RowOfMoniker(m, QStringLiteral("validator-2"));
    QCOMPARE(m.index(other, ValidatorTableModel::Moniker).data().toString(), QStringLiteral("validator-2"));
    QVERIFY(!m.index(other, ValidatorTableModel::Power).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m.index(other, ValidatorTableModel::Power).data(Qt::FontRole).isValid());

    QCOMPARE(m.index(other, ValidatorTableModel::Missed).data().toString(), QStringLiteral("3 / 42"));
    QCOMPARE(m.index(self, ValidatorTableModel::Missed).data().toString(), QStringLiteral("0 / 42"));
    QCOMPARE(m.index(other, ValidatorTableModel::PowerShare).data().toString(), QStringLiteral("25.0 %"));
    QCOMPARE(m.index(other, ValidatorTableModel::Status).data().toString(), QStringLiteral("Active"));
    QCOMPARE(m.index(other, ValidatorTableModel::Key).data().toString(), QString(12, u'c'));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("validatorSummaryLabel"))->text(), QStringLiteral("4 validator(s), total power 400"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("validatorSelfLabel"))->text(),
             QStringLiteral("This node validates with power 100 (25.0 %)"));

    // Sorting by proposer priority uses the number: -50, 0, 50, 100.
    table->sortByColumn(ValidatorTableModel::ProposerPriority, Qt::AscendingOrder);
    QCOMPARE(m.index(0, ValidatorTableModel::Moniker).data().toString(), QStringLiteral("validator-0 (you)"));
    QCOMPARE(m.index(3, ValidatorTableModel::Moniker).data().toString(), QStringLiteral("validator-3"));

    if (qEnvironmentVariableIsSet("ORDO_SHOTS")) page.grab().save(QStringLiteral("/tmp/shots-ui2/validators.png"));

    node->update([](auto& s) { s.validators.clear(); });
    QTRY_COMPARE(page.findChild<QStackedWidget*>()->currentWidget()->objectName(), QStringLiteral("validatorsEmptyLabel"));
  }
};

QTEST_MAIN(ValidatorsPageTests)
#include "validators_page_tests.moc"
