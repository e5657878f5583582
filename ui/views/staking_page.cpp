#include "views/staking_page.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/client_model.h"
#include "models/evidence_table_model.h"
#include "models/stake_table_model.h"
#include "widgets/metric_card.h"

namespace ordo::ui {

namespace {

QStackedWidget* WithEmptyState(QWidget* content, QLabel** empty_out, const QString& empty_name) {
  auto* empty = new QLabel(StakingPage::tr("Collecting data…"));
  empty->setObjectName(empty_name);
  empty->setAlignment(Qt::AlignCenter);
  empty->setWordWrap(true);
  auto* stack = new QStackedWidget;
  stack->addWidget(empty);
  stack->addWidget(content);
  *empty_out = empty;
  return stack;
}

QGroupBox* Boxed(const QString& title, QWidget* content) {
  auto* box = new QGroupBox(title);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addWidget(content);
  return box;
}

}  // namespace

StakingPage::StakingPage(ClientModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_stake_model(new StakeTableModel(this)),
      m_evidence_model(new EvidenceTableModel(this)) {
  setObjectName(QStringLiteral("stakingPage"));

  m_own = new MetricCard(tr("Own stake"), QStringLiteral("ownStakeValue"),
                         tr("This node's bonded stake as voting power, and its share of the total power."));
  m_total = new MetricCard(tr("Network stake"), QStringLiteral("totalStakeValue"),
                           tr("The total voting power of the active validator set, and its size."));
  m_evidence_count = new MetricCard(tr("Evidence"), QStringLiteral("evidenceCountValue"),
                                    tr("Equivocations this node has seen or committed, and how many still wait "
                                       "to be included in a block."));
  auto* cards = new QGridLayout;
  cards->setSpacing(8);
  cards->addWidget(m_own, 0, 0);
  cards->addWidget(m_total, 0, 1);
  cards->addWidget(m_evidence_count, 0, 2);

  auto* stake_proxy = new QSortFilterProxyModel(this);
  stake_proxy->setSourceModel(m_stake_model);
  stake_proxy->setSortRole(StakeTableModel::SortRole);
  m_stake_table = MakeTable(QStringLiteral("stakeTable"), stake_proxy,
                            tr("Stake of every validator in the active set; your own row is bold."));
  m_stake_table->sortByColumn(StakeTableModel::Power, Qt::DescendingOrder);
  m_stake_stack = WithEmptyState(m_stake_table, &m_stake_empty, QStringLiteral("stakeEmpty"));

  auto* evidence_proxy = new QSortFilterProxyModel(this);
  evidence_proxy->setSourceModel(m_evidence_model);
  evidence_proxy->setSortRole(EvidenceTableModel::SortRole);
  m_evidence_table = MakeTable(QStringLiteral("evidenceTable"), evidence_proxy,
                               tr("Conflicting votes or proposals signed by one validator, newest first."));
  m_evidence_table->sortByColumn(EvidenceTableModel::Seen, Qt::DescendingOrder);
  m_evidence_stack = WithEmptyState(m_evidence_table, &m_evidence_empty, QStringLiteral("evidenceEmpty"));

  m_notice = new QLabel;
  m_notice->setObjectName(QStringLiteral("evidenceNotice"));
  m_notice->setWordWrap(true);
  m_notice->setToolTip(tr("The latest evidence announced by the node."));
  m_notice->hide();

  auto* evidence_box = new QWidget;
  auto* evidence_layout = new QVBoxLayout(evidence_box);
  evidence_layout->setContentsMargins(0, 0, 0, 0);
  evidence_layout->setSpacing(8);
  evidence_layout->addWidget(m_notice);
  evidence_layout->addWidget(m_evidence_stack, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addLayout(cards);
  layout->addWidget(Boxed(tr("Validator set stake"), m_stake_stack), 1);
  layout->addWidget(Boxed(tr("Equivocation evidence"), evidence_box), 1);
  setTabOrder(m_stake_table, m_evidence_table);

  connect(m_model, &ClientModel::snapshotChanged, this, &StakingPage::OnSnapshot);
  connect(m_model, &ClientModel::evidenceSeen, this, &StakingPage::OnEvidenceSeen);
  OnSnapshot(m_model->snapshot());
}

QTableView* StakingPage::MakeTable(const QString& object_name, QSortFilterProxyModel* proxy, const QString& tooltip) {
  auto* table = new QTableView;
  table->setObjectName(object_name);
  table->setModel(proxy);
  table->setSortingEnabled(true);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setAlternatingRowColors(true);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setResizeContentsPrecision(0);  // the rows on screen only: the evidence list grows
  table->setToolTip(tooltip);
  return table;
}

void StakingPage::OnSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || snapshot->sequence == 0) return;
  m_have_data = true;
  const interfaces::NodeStatus& st = snapshot->status;
  const QLocale locale;
  const double share = st.total_power ? 100.0 * static_cast<double>(st.own_power) / static_cast<double>(st.total_power) : 0.0;
  m_own->SetValue(tr("%1 (%2 %)").arg(locale.toString(static_cast<qulonglong>(st.own_power))).arg(share, 0, 'f', 1));
  m_own->SetDetail(st.is_validator ? tr("In the active set")
                   : st.validator_key.empty() ? tr("No validator key on this node")
                                              : tr("Not in the active set"));
  m_total->SetValue(locale.toString(static_cast<qulonglong>(st.total_power)));
  m_total->SetDetail(tr("%1 validators").arg(snapshot->validators.size()));

  m_stake_model->SetValidators(snapshot->validators);
  m_stake_empty->setText(tr("The node reports no validator set."));
  m_stake_stack->setCurrentIndex(m_stake_model->rowCount() > 0 ? 1 : 0);

  m_evidence_model->SetEvidence(snapshot->evidence);
  UpdateEvidenceCard();
}

void StakingPage::OnEvidenceSeen(const interfaces::EvidenceInfo& e) {
  m_evidence_model->AddEvidence(e);
  m_notice->setText(tr("New evidence: %1 by %2 at height %3, round %4.")
                        .arg(QString::fromStdString(e.kind))
                        .arg(QString::fromStdString(e.offender_moniker))
                        .arg(e.height)
                        .arg(e.round));
  m_notice->show();
  UpdateEvidenceCard();
}

void StakingPage::UpdateEvidenceCard() {
  const int total = m_evidence_model->rowCount();
  m_evidence_count->SetValue(QString::number(total));
  m_evidence_count->SetDetail(tr("%1 pending inclusion").arg(m_evidence_model->PendingCount()));
  m_evidence_empty->setText(tr("No equivocation seen. Evidence appears here when a validator signs two "
                               "conflicting votes or proposals."));
  m_evidence_stack->setCurrentIndex(total > 0 ? 1 : 0);
}

}  // namespace ordo::ui
