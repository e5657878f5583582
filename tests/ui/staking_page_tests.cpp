// EvidenceTableModel and StakeTableModel under QAbstractItemModelTester, and StakingPage against
// FakeNode: own and total stake, the validator stake table, evidence rows and evidenceSeen.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "models/evidence_table_model.h"
#include "models/stake_table_model.h"
#include "views/staking_page.h"

using ordo::interfaces::EvidenceInfo;
using ordo::interfaces::ValidatorInfo;
using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::EvidenceTableModel;
using ordo::ui::StakeTableModel;
using ordo::ui::StakingPage;

namespace {

EvidenceInfo Evidence(const char* kind, uint64_t height, int offender, uint64_t included = 0) {
  EvidenceInfo e;
  e.kind = kind;
  e.height = height;
  e.round = 0;
  e.offender_index = offender;
  e.offender_key = std::string(64, static_cast<char>('a' + offender));
  e.offender_moniker = "validator-" + std::to_string(offender);
  e.offender_power = 100;
  e.seen_ms = 1'790'000'000'000 + height;
  e.included_height = included;
  return e;
}

QString Cell(QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

}  // namespace

class StakingPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void evidenceModel() {
    EvidenceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.SetEvidence({Evidence("duplicate prevote", 10, 2), Evidence("duplicate precommit", 12, 3)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EvidenceTableModel::NB_COLUMNS));
    QCOMPARE(Cell(&model, 0, EvidenceTableModel::Kind), QStringLiteral("Duplicate prevote"));
    QCOMPARE(Cell(&model, 0, EvidenceTableModel::Offender), QStringLiteral("validator-2 (cccccccc…)"));
    QCOMPARE(Cell(&model, 0, EvidenceTableModel::Included), QStringLiteral("pending"));
    QCOMPARE(model.PendingCount(), 2);

    // The first gets included, a third arrives, the second is pruned.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.SetEvidence({Evidence("duplicate prevote", 10, 2, 11), Evidence("double proposal", 13, 1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(Cell(&model, 0, EvidenceTableModel::Included), QStringLiteral("at height 11"));
    QCOMPARE(Cell(&model, 1, EvidenceTableModel::Kind), QStringLiteral("Double proposal"));
    QCOMPARE(model.PendingCount(), 1);
    QCOMPARE(reset.count(), 0);

    model.AddEvidence(Evidence("double proposal", 13, 1));  // already listed
    QCOMPARE(model.rowCount(), 2);
    model.AddEvidence(Evidence("duplicate precommit", 14, 0));
    QCOMPARE(model.rowCount(), 3);
    model.SetEvidence({});
    QCOMPARE(model.rowCount(), 0);
  }

  void stakeModel() {
    StakeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto validators = FakeNode::Healthy(10).validators;
    model.SetValidators(validators);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(Cell(&model, 0, StakeTableModel::Moniker), QStringLiteral("validator-0 (this node)"));
    QCOMPARE(Cell(&model, 1, StakeTableModel::Share), QStringLiteral("25.00 %"));
    validators.erase(validators.begin() + 1);
    validators[0].power = 300;
    validators[0].power_share = 0.6;
    ValidatorInfo v;
    v.key = std::string(64, 'z');
    v.moniker = "newcomer";
    v.power = 0;
    validators.push_back(v);
    model.SetValidators(validators);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(Cell(&model, 0, StakeTableModel::Power), QStringLiteral("300"));
    QCOMPARE(Cell(&model, 0, StakeTableModel::Share), QStringLiteral("60.00 %"));
    QCOMPARE(Cell(&model, 3, StakeTableModel::Moniker), QStringLiteral("newcomer"));
    model.SetValidators({});
    QCOMPARE(model.rowCount(), 0);
  }

  void pageShowsStakeAndEvidence() {
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    StakingPage page(&model);
    QCOMPARE(page.objectName(), QStringLiteral("stakingPage"));
    auto* evidence_table = page.findChild<QTableView*>(QStringLiteral("evidenceTable"));
    auto* evidence_stack = qobject_cast<QStackedWidget*>(evidence_table->parentWidget());
    QCOMPARE(evidence_stack->currentIndex(), 0);

    node->update([](auto& s) {
      s = FakeNode::Healthy(50);
      s.validators[1].power = 200;
      s.validators[1].power_share = 0.4;
      s.status.total_power = 500;
      s.evidence = {Evidence("duplicate prevote", 40, 2, 41), Evidence("duplicate precommit", 48, 3)};
    });
    auto* own = page.findChild<QLabel*>(QStringLiteral("ownStakeValue"));
    QTRY_COMPARE(own->text(), QStringLiteral("100 (20.0 %)"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("totalStakeValue"))->text(), QStringLiteral("500"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("evidenceCountValue"))->text(), QStringLiteral("2"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("evidenceCountValueDetail"))->text(), QStringLiteral("1 pending inclusion"));

    auto* stake = page.findChild<QTableView*>(QStringLiteral("stakeTable"))->model();
    QCOMPARE(stake->rowCount(), 4);
    QCOMPARE(Cell(stake, 0, StakeTableModel::Moniker), QStringLiteral("validator-1"));  // sorted by power
    QCOMPARE(Cell(stake, 0, StakeTableModel::Share), QStringLiteral("40.00 %"));

    QCOMPARE(evidence_stack->currentIndex(), 1);
    auto* evidence = evidence_table->model();
    QCOMPARE(evidence->rowCount(), 2);
    QCOMPARE(Cell(evidence, 0, EvidenceTableModel::Height), QStringLiteral("48"));  // newest first
    QCOMPARE(Cell(evidence, 0, EvidenceTableModel::Included), QStringLiteral("pending"));
    QCOMPARE(Cell(evidence, 1, EvidenceTableModel::Included), QStringLiteral("at height 41"));
    QCOMPARE(Cell(evidence, 1, EvidenceTableModel::Power), QStringLiteral("100"));
  }

  void evidenceSeenShowsAtOnce() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(50); });
    ClientModel model(node);
    StakingPage page(&model);
    auto* evidence_table = page.findChild<QTableView*>(QStringLiteral("evidenceTable"));
    auto* evidence_stack = qobject_cast<QStackedWidget*>(evidence_table->parentWidget());
    auto* empty = page.findChild<QLabel*>(QStringLiteral("evidenceEmpty"));
    QTRY_VERIFY(empty->text().startsWith(QStringLiteral("No equivocation seen")));
    QCOMPARE(evidence_stack->currentIndex(), 0);

    const EvidenceInfo e = Evidence("double proposal", 51, 3);
    node->update([&](auto& s) { s.evidence.push_back(e); });
    node->fireEvidence(e);
    auto* notice = page.findChild<QLabel*>(QStringLiteral("evidenceNotice"));
    QTRY_VERIFY(!notice->isHidden());
    QCOMPARE(notice->text(), QStringLiteral("New evidence: double proposal by validator-3 at height 51, round 0."));
    QCOMPARE(evidence_table->model()->rowCount(), 1);
    QCOMPARE(evidence_stack->currentIndex(), 1);
  }
};

QTEST_MAIN(StakingPageTests)
#include "staking_page_tests.moc"
