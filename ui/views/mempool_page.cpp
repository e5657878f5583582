#include "views/mempool_page.h"

#include <algorithm>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "models/client_model.h"
#include "models/peer_table_model.h"

namespace ordo::ui {

namespace {

constexpr int margin_px = 12;
constexpr int spacing_px = 8;
constexpr int bar_range = 1000;  // progress bars in per mille

QTableView* MakeTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
  auto* table = new QTableView(parent);
  table->setObjectName(name);
  table->setModel(model);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->setAlternatingRowColors(true);
  table->setWordWrap(false);
  table->setSortingEnabled(true);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setHighlightSections(false);
  return table;
}

QGroupBox* MakeBox(const QString& title, const QString& name, QWidget* parent) {
  auto* box = new QGroupBox(title, parent);
  box->setObjectName(name);
  return box;
}

QLabel* MakeValue(const QString& name, const QString& tooltip, QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setObjectName(name);
  label->setToolTip(tooltip);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

void SetBar(QProgressBar* bar, uint64_t value, uint64_t max, const QString& text) {
  const double fraction = max == 0 ? 0.0 : std::min(1.0, static_cast<double>(value) / static_cast<double>(max));
  bar->setValue(static_cast<int>(fraction * bar_range));
  bar->setFormat(text);
}

}  // namespace

MempoolPage::MempoolPage(ClientModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_txs(new MempoolTableModel(this)), m_tx_proxy(new QSortFilterProxyModel(this)),
      m_rejections(new RejectionTableModel(this)), m_rejection_proxy(new QSortFilterProxyModel(this)) {
  setObjectName(QStringLiteral("mempoolPage"));
  m_tx_proxy->setSourceModel(m_txs);
  m_tx_proxy->setSortRole(MempoolTableModel::SortRole);
  m_rejection_proxy->setSourceModel(m_rejections);
  m_rejection_proxy->setSortRole(RejectionTableModel::SortRole);

  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);
  layout->addWidget(MakeSizeBox(), 0, 0);
  layout->addWidget(MakeFlowBox(), 0, 1);
  layout->addWidget(MakeRejectionBox(), 1, 0, 1, 2);
  layout->addWidget(MakeTopBox(), 2, 0, 1, 2);
  layout->setColumnStretch(0, 1);
  layout->setColumnStretch(1, 1);
  layout->setRowStretch(1, 2);
  layout->setRowStretch(2, 3);

  m_redraw = new QTimer(this);
  m_redraw->setInterval(chart_redraw_ms);
  connect(m_redraw, &QTimer::timeout, this, &MempoolPage::RedrawChart);
  m_redraw->start();

  connect(m_model, &ClientModel::snapshotChanged, this, &MempoolPage::OnSnapshot);
  if (m_model->snapshot()->sequence != 0) OnSnapshot(m_model->snapshot());
}

QWidget* MempoolPage::MakeSizeBox() {
  auto* box = MakeBox(tr("Size"), QStringLiteral("mempoolSizeBox"), this);
  auto* form = new QFormLayout(box);
  form->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  form->setSpacing(spacing_px);
  m_pending = MakeValue(QStringLiteral("pendingLabel"), tr("Transactions ready for the next block (their nonce is next)"), box);
  m_queued = MakeValue(QStringLiteral("queuedLabel"), tr("Transactions waiting for an earlier nonce of their sender"), box);
  m_bytes_bar = new QProgressBar(box);
  m_bytes_bar->setObjectName(QStringLiteral("bytesBar"));
  m_bytes_bar->setToolTip(tr("Bytes held by the mempool against its limit; at the limit the lowest tips are evicted"));
  m_txs_bar = new QProgressBar(box);
  m_txs_bar->setObjectName(QStringLiteral("txsBar"));
  m_txs_bar->setToolTip(tr("Transactions held (pending and queued) against the mempool's limit"));
  for (QProgressBar* bar : {m_bytes_bar, m_txs_bar}) {
    bar->setRange(0, bar_range);
    bar->setTextVisible(true);
    bar->setFormat(tr("Collecting data…"));
  }
  form->addRow(tr("Pending"), m_pending);
  form->addRow(tr("Queued"), m_queued);
  form->addRow(tr("Bytes"), m_bytes_bar);
  form->addRow(tr("Transactions"), m_txs_bar);
  return box;
}

QWidget* MempoolPage::MakeFlowBox() {
  auto* box = MakeBox(tr("Flow"), QStringLiteral("mempoolFlowBox"), this);
  auto* form = new QFormLayout(box);
  form->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  form->setSpacing(spacing_px);
  const int window_s = static_cast<int>(CounterRate::rate_window_ms / 1000);
  m_admission_rate = MakeValue(QStringLiteral("admissionRateLabel"),
                               tr("Transactions admitted per second over the last %n second(s)", nullptr, window_s), box);
  m_admitted_total = MakeValue(QStringLiteral("admittedTotalLabel"), tr("Transactions admitted since the node started"), box);
  m_evicted = MakeValue(QStringLiteral("evictedLabel"), tr("Transactions dropped to make room for better-paying ones, since the node started"), box);
  m_expired = MakeValue(QStringLiteral("expiredLabel"), tr("Transactions dropped because they waited too long, since the node started"), box);
  for (QLabel* l : {m_admission_rate, m_admitted_total, m_evicted, m_expired}) l->setText(tr("Collecting data…"));
  form->addRow(tr("Admission rate"), m_admission_rate);
  form->addRow(tr("Admitted"), m_admitted_total);
  form->addRow(tr("Evicted"), m_evicted);
  form->addRow(tr("Expired"), m_expired);
  return box;
}

QWidget* MempoolPage::MakeRejectionBox() {
  auto* box = MakeBox(tr("Rejections"), QStringLiteral("mempoolRejectionBox"), this);
  auto* row = new QHBoxLayout(box);
  row->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  row->setSpacing(spacing_px);
  m_rejection_table = MakeTable(m_rejection_proxy, QStringLiteral("rejectionTable"), box);
  m_rejection_table->sortByColumn(RejectionTableModel::Total, Qt::DescendingOrder);
  m_rejection_table->horizontalHeader()->setSectionResizeMode(RejectionTableModel::Reason, QHeaderView::Stretch);
  m_rejection_table->horizontalHeader()->setSectionResizeMode(RejectionTableModel::Total, QHeaderView::ResizeToContents);
  m_rejection_table->horizontalHeader()->setSectionResizeMode(RejectionTableModel::Rate, QHeaderView::ResizeToContents);

  m_chart = new QCustomPlot(box);
  m_chart->setObjectName(QStringLiteral("rejectionChart"));
  m_chart->setToolTip(tr("Rejections per second by reason over the last few seconds"));
  m_chart->setMinimumHeight(140);
  m_bars = new QCPBars(m_chart->yAxis, m_chart->xAxis);  // horizontal bars: reasons down the side
  m_bars->setWidth(0.6);
  m_chart->xAxis->setLabel(tr("rejections / s"));
  m_chart->yAxis->setLabel(tr("reason"));
  m_chart->yAxis->setRangeReversed(true);
  m_chart->xAxis->setRange(0, 1);
  ApplyChartPalette();
  row->addWidget(m_rejection_table, 1);
  row->addWidget(m_chart, 1);
  return box;
}

QWidget* MempoolPage::MakeTopBox() {
  auto* box = MakeBox(tr("Top transactions by tip"), QStringLiteral("mempoolTopBox"), this);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);
  m_top_table = MakeTable(m_tx_proxy, QStringLiteral("topTxTable"), box);
  m_top_table->sortByColumn(MempoolTableModel::Tip, Qt::DescendingOrder);
  m_top_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  m_top_empty = new QLabel(tr("Collecting data…"), box);
  m_top_empty->setObjectName(QStringLiteral("topTxEmptyLabel"));
  m_top_empty->setAlignment(Qt::AlignCenter);
  m_top_empty->setEnabled(false);
  m_top_stack = new QStackedWidget(box);
  m_top_stack->addWidget(m_top_table);
  m_top_stack->addWidget(m_top_empty);
  m_top_stack->setCurrentWidget(m_top_empty);
  layout->addWidget(m_top_stack);
  return box;
}

void MempoolPage::OnSnapshot(const SnapshotPtr& snapshot) {
  const QLocale locale;
  const interfaces::MempoolStatus& mp = snapshot->mempool;
  const uint64_t now_ms = snapshot->status.now_ms;
  m_have_snapshot = true;
  m_admitted.Add(now_ms, mp.admitted_total);
  m_rejections->SetRejections(mp.rejected, now_ms);
  m_txs->SetTransactions(snapshot->mempool_top);

  m_pending->setText(locale.toString(static_cast<qulonglong>(mp.pending)));
  m_queued->setText(locale.toString(static_cast<qulonglong>(mp.queued)));
  SetBar(m_bytes_bar, mp.bytes, mp.bytes_max,
         tr("%1 of %2").arg(PeerTableModel::FormatBytes(mp.bytes), PeerTableModel::FormatBytes(mp.bytes_max)));
  const uint64_t held = mp.pending + mp.queued;
  SetBar(m_txs_bar, held, mp.txs_max,
         tr("%1 of %2").arg(locale.toString(static_cast<qulonglong>(held)), locale.toString(static_cast<qulonglong>(mp.txs_max))));
  const std::optional<double> rate = m_admitted.PerSecond();
  m_admission_rate->setText(rate ? tr("%1 tx/s").arg(locale.toString(*rate, 'f', 2)) : tr("Collecting data…"));
  m_admitted_total->setText(locale.toString(static_cast<qulonglong>(mp.admitted_total)));
  m_evicted->setText(locale.toString(static_cast<qulonglong>(mp.evicted_total)));
  m_expired->setText(locale.toString(static_cast<qulonglong>(mp.expired_total)));

  if (m_txs->rowCount() == 0) m_top_empty->setText(tr("No pending transactions"));
  m_top_stack->setCurrentWidget(m_txs->rowCount() == 0 ? static_cast<QWidget*>(m_top_empty) : m_top_table);
  m_chart_dirty = true;
}

void MempoolPage::RedrawChart() {
  if (!m_chart_dirty || !isVisible()) return;
  m_chart_dirty = false;
  QVector<double> keys;
  QVector<double> values;
  QVector<QString> labels;
  double max_rate = 0;
  // Only the reasons that occurred, busiest first (at most chart_reasons_max): fourteen labels
  // in a small chart would overlap, and the table lists them all.
  constexpr int chart_reasons_max = 6;
  struct Entry {
    QString reason;
    double rate = 0;
    double total = 0;
  };
  std::vector<Entry> entries;
  for (int r = 0; r < m_rejections->rowCount(); ++r) {
    Entry e;
    e.reason = m_rejections->index(r, RejectionTableModel::Reason).data().toString();
    e.rate = std::max(0.0, m_rejections->index(r, RejectionTableModel::Rate).data(RejectionTableModel::SortRole).toDouble());
    e.total = m_rejections->index(r, RejectionTableModel::Total).data(RejectionTableModel::SortRole).toDouble();
    if (e.total > 0) entries.push_back(e);
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.rate != b.rate ? a.rate > b.rate : a.total > b.total;
  });
  if (entries.size() > chart_reasons_max) entries.resize(chart_reasons_max);
  for (size_t i = 0; i < entries.size(); ++i) {
    keys << static_cast<double>(entries.size() - 1 - i);  // busiest at the top
    values << entries[i].rate;
    labels << entries[i].reason;
    max_rate = std::max(max_rate, entries[i].rate);
  }
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  ticker->addTicks(keys, labels);
  m_chart->yAxis->setTicker(ticker);
  m_chart->yAxis->setRange(-0.5, std::max(0.5, keys.size() - 0.5));
  m_chart->xAxis->setRange(0, max_rate > 0 ? max_rate * 1.15 : 1.0);
  m_bars->setData(keys, values, true);
  m_chart->replot(QCustomPlot::rpQueuedReplot);
}

void MempoolPage::ApplyChartPalette() {
  const QPalette pal = palette();
  m_chart->setBackground(pal.brush(QPalette::Base));
  for (QCPAxis* axis : {m_chart->xAxis, m_chart->yAxis}) {
    const QColor text = pal.color(QPalette::Text);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    QColor grid = text;
    grid.setAlpha(40);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
  }
  QColor fill = pal.color(QPalette::Highlight);
  m_bars->setPen(QPen(fill));
  fill.setAlpha(170);
  m_bars->setBrush(fill);
}

void MempoolPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    ApplyChartPalette();
    m_chart_dirty = true;
  }
  QWidget::changeEvent(event);
}

}  // namespace ordo::ui
