#include "views/alerts_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "alerts/alert_center.h"
#include "models/alert_table_model.h"
#include "ordo_resources.h"

namespace ordo::ui {

namespace {

QLabel* MakeEmptyLabel(const QString& name) {
  auto* label = new QLabel;
  label->setObjectName(name);
  label->setAlignment(Qt::AlignCenter);
  label->setWordWrap(true);
  label->setEnabled(false);  // the palette's disabled text: quiet, readable on any theme
  return label;
}

QLabel* MakeHeading(const QString& name) {
  auto* label = new QLabel;
  label->setObjectName(name);
  QFont f = label->font();
  f.setBold(true);
  label->setFont(f);
  return label;
}

}  // namespace

AlertsPage::AlertsPage(AlertCenter* alerts, QWidget* parent) : QWidget(parent), m_alerts(alerts) {
  InitResources();
  setObjectName(QStringLiteral("alertsPage"));
  m_active_model = new AlertTableModel(alerts, AlertTableModel::Source::Active, this);
  m_history_model = new AlertTableModel(alerts, AlertTableModel::Source::History, this);
  for (auto* proxy : {&m_active_proxy, &m_history_proxy}) {
    *proxy = new QSortFilterProxyModel(this);
    (*proxy)->setSortRole(AlertTableModel::SortRole);
    (*proxy)->setFilterRole(AlertTableModel::SeverityRole);
    (*proxy)->setFilterKeyColumn(AlertTableModel::Severity);
  }
  m_active_proxy->setSourceModel(m_active_model);
  m_history_proxy->setSourceModel(m_history_model);

  m_filter_label = new QLabel;
  m_filter = new QComboBox;
  m_filter->setObjectName(QStringLiteral("severityFilter"));
  m_filter_label->setBuddy(m_filter);
  for (int i = 0; i < 4; ++i) m_filter->addItem(QString());
  m_acknowledge = new QPushButton;
  m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
  m_acknowledge->setIcon(QIcon(QStringLiteral(":/icons/alerts.svg")));
  m_clear_history = new QPushButton;
  m_clear_history->setObjectName(QStringLiteral("clearHistoryButton"));

  auto* toolbar = new QHBoxLayout;
  toolbar->setSpacing(8);
  toolbar->addWidget(m_filter_label);
  toolbar->addWidget(m_filter);
  toolbar->addStretch(1);
  toolbar->addWidget(m_acknowledge);
  toolbar->addWidget(m_clear_history);

  m_active_heading = MakeHeading(QStringLiteral("activeHeading"));
  m_history_heading = MakeHeading(QStringLiteral("historyHeading"));
  m_active_table = MakeTable(m_active_proxy, QStringLiteral("activeTable"));
  m_history_table = MakeTable(m_history_proxy, QStringLiteral("historyTable"));
  m_active_table->sortByColumn(AlertTableModel::Severity, Qt::DescendingOrder);
  m_history_table->sortByColumn(AlertTableModel::Since, Qt::DescendingOrder);
  m_active_empty = MakeEmptyLabel(QStringLiteral("activeEmptyLabel"));
  m_history_empty = MakeEmptyLabel(QStringLiteral("historyEmptyLabel"));
  m_active_stack = new QStackedWidget;
  m_active_stack->addWidget(m_active_table);
  m_active_stack->addWidget(m_active_empty);
  m_history_stack = new QStackedWidget;
  m_history_stack->addWidget(m_history_table);
  m_history_stack->addWidget(m_history_empty);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addLayout(toolbar);
  layout->addWidget(m_active_heading);
  layout->addWidget(m_active_stack, 3);
  layout->addWidget(m_history_heading);
  layout->addWidget(m_history_stack, 2);

  setTabOrder(m_filter, m_active_table);
  setTabOrder(m_active_table, m_acknowledge);
  setTabOrder(m_acknowledge, m_history_table);
  setTabOrder(m_history_table, m_clear_history);

  connect(m_filter, &QComboBox::currentIndexChanged, this, &AlertsPage::ApplyFilter);
  connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::AcknowledgeSelected);
  connect(m_clear_history, &QPushButton::clicked, m_alerts, &AlertCenter::ClearHistory);
  connect(m_alerts, &AlertCenter::alertsChanged, this, &AlertsPage::UpdateState);
  connect(m_active_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::UpdateState);
  connect(m_active_proxy, &QAbstractItemModel::rowsInserted, this, &AlertsPage::UpdateState);
  connect(m_active_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertsPage::UpdateState);
  connect(m_active_proxy, &QAbstractItemModel::modelReset, this, &AlertsPage::UpdateState);

  RetranslateUi();
  UpdateState();
}

QTableView* AlertsPage::MakeTable(QSortFilterProxyModel* proxy, const QString& name) {
  auto* table = new QTableView;
  table->setObjectName(name);
  table->setModel(proxy);
  table->setSortingEnabled(true);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table->setAlternatingRowColors(true);
  table->setWordWrap(false);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(AlertTableModel::Severity, QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(AlertTableModel::Title, QHeaderView::Interactive);
  table->horizontalHeader()->setSectionResizeMode(AlertTableModel::Detail, QHeaderView::Stretch);
  table->horizontalHeader()->setSectionResizeMode(AlertTableModel::Since, QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(AlertTableModel::Count, QHeaderView::ResizeToContents);
  table->setColumnWidth(AlertTableModel::Title, 280);
  return table;
}

void AlertsPage::RetranslateUi() {
  m_filter_label->setText(tr("&Severity:"));
  m_filter->setItemText(0, tr("All"));
  m_filter->setItemText(1, tr("Critical"));
  m_filter->setItemText(2, tr("Warning"));
  m_filter->setItemText(3, tr("Info"));
  m_filter->setToolTip(tr("Show only alerts of one severity"));
  m_acknowledge->setText(tr("&Acknowledge"));
  m_acknowledge->setToolTip(tr("Clear the selected alerts: they move to the history and stay quiet until "
                               "their condition recovers and goes bad again"));
  m_clear_history->setText(tr("Clear &history"));
  m_clear_history->setToolTip(tr("Forget every past alert"));
  m_active_heading->setText(tr("Active alerts"));
  m_history_heading->setText(tr("History"));
  m_active_empty->setText(tr("No alerts — everything looks healthy"));
  m_history_empty->setText(tr("No past alerts"));
}

void AlertsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) RetranslateUi();
  QWidget::changeEvent(event);
}

void AlertsPage::ApplyFilter() {
  // Combo order: All, Critical, Warning, Info.
  static const QString severity_filter[] = {QString(), QString::number(static_cast<int>(AlertSeverity::Critical)),
                                            QString::number(static_cast<int>(AlertSeverity::Warning)),
                                            QString::number(static_cast<int>(AlertSeverity::Info))};
  const QString f = severity_filter[std::clamp(m_filter->currentIndex(), 0, 3)];
  m_active_proxy->setFilterFixedString(f);
  m_history_proxy->setFilterFixedString(f);
  UpdateState();
}

void AlertsPage::UpdateState() {
  m_active_stack->setCurrentWidget(m_active_proxy->rowCount() > 0 ? static_cast<QWidget*>(m_active_table)
                                                                   : m_active_empty);
  m_history_stack->setCurrentWidget(m_history_proxy->rowCount() > 0 ? static_cast<QWidget*>(m_history_table)
                                                                     : m_history_empty);
  m_acknowledge->setEnabled(m_active_table->selectionModel()->hasSelection());
  m_clear_history->setEnabled(!m_alerts->history().isEmpty());
}

void AlertsPage::AcknowledgeSelected() {
  QStringList ids;
  for (const QModelIndex& index : m_active_table->selectionModel()->selectedRows()) {
    ids.push_back(index.data(AlertTableModel::IdRole).toString());
  }
  for (const QString& id : ids) m_alerts->Acknowledge(id);
}

}  // namespace ordo::ui
