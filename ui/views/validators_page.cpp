#include "views/validators_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/client_model.h"
#include "models/validator_table_model.h"

namespace ordo::ui {

namespace {
constexpr int margin_px = 12;
constexpr int spacing_px = 8;
}  // namespace

ValidatorsPage::ValidatorsPage(ClientModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_validators(new ValidatorTableModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
  setObjectName(QStringLiteral("validatorsPage"));
  m_proxy->setSourceModel(m_validators);
  m_proxy->setSortRole(ValidatorTableModel::SortRole);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);

  auto* header = new QHBoxLayout;
  header->setSpacing(spacing_px);
  m_summary = new QLabel(this);
  m_summary->setObjectName(QStringLiteral("validatorSummaryLabel"));
  m_summary->setToolTip(tr("Size and total voting power of the validator set"));
  m_self = new QLabel(this);
  m_self->setObjectName(QStringLiteral("validatorSelfLabel"));
  m_self->setToolTip(tr("Whether this node's key is in the validator set, with its share of the power"));
  m_self->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  header->addWidget(m_summary, 1);
  header->addWidget(m_self, 1);
  layout->addLayout(header);

  m_table = new QTableView(this);
  m_table->setObjectName(QStringLiteral("validatorTable"));
  m_table->setModel(m_proxy);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setWordWrap(false);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(ValidatorTableModel::Power, Qt::DescendingOrder);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setHighlightSections(false);
  m_table->horizontalHeader()->setStretchLastSection(false);
  m_table->horizontalHeader()->setSectionResizeMode(ValidatorTableModel::Moniker, QHeaderView::Stretch);
  m_empty = new QLabel(tr("Collecting data…"), this);
  m_empty->setObjectName(QStringLiteral("validatorsEmptyLabel"));
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setEnabled(false);
  m_stack = new QStackedWidget(this);
  m_stack->addWidget(m_table);
  m_stack->addWidget(m_empty);
  m_stack->setCurrentWidget(m_empty);
  layout->addWidget(m_stack, 1);

  connect(m_model, &ClientModel::snapshotChanged, this, &ValidatorsPage::OnSnapshot);
  if (m_model->snapshot()->sequence != 0) OnSnapshot(m_model->snapshot());
}

void ValidatorsPage::OnSnapshot(const SnapshotPtr& snapshot) {
  m_validators->SetValidators(snapshot->validators);
  const QLocale locale;
  const auto& st = snapshot->status;
  if (m_validators->rowCount() == 0) {
    m_empty->setText(tr("No validator set known yet"));
    m_stack->setCurrentWidget(m_empty);
    m_summary->clear();
  } else {
    m_stack->setCurrentWidget(m_table);
    uint64_t total = 0;
    for (const auto& v : snapshot->validators) total += v.power;
    m_summary->setText(tr("%n validator(s), total power %1", nullptr, m_validators->rowCount())
                           .arg(locale.toString(static_cast<qulonglong>(total))));
    if (!m_columns_sized) {
      m_table->resizeColumnsToContents();
      m_columns_sized = true;
    }
  }
  if (st.is_validator) {
    const double share = st.total_power == 0 ? 0.0 : 100.0 * static_cast<double>(st.own_power) / static_cast<double>(st.total_power);
    m_self->setText(tr("This node validates with power %1 (%2 %)")
                        .arg(locale.toString(static_cast<qulonglong>(st.own_power)), locale.toString(share, 'f', 1)));
  } else if (!st.validator_key.empty()) {
    m_self->setText(tr("This node's validator key is not in the active set"));
  } else {
    m_self->setText(tr("This node has no validator key"));
  }
}

}  // namespace ordo::ui
