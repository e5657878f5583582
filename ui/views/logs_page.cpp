#include "views/logs_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "models/client_model.h"

namespace ordo::ui {

namespace {

constexpr int margin_px = 12;
constexpr int spacing_px = 8;

QColor BucketColor(LogBucket bucket, const QPalette& pal) {
  switch (bucket) {
    case LogBucket::Debug: return pal.color(QPalette::Disabled, QPalette::Text);
    case LogBucket::Info: return pal.color(QPalette::Highlight);
    case LogBucket::Warn: return QColor(230, 160, 0);
    case LogBucket::Error: return QColor(220, 40, 40);
  }
  return pal.color(QPalette::Text);
}

QString BucketName(LogBucket bucket) {
  switch (bucket) {
    case LogBucket::Debug: return LogsPage::tr("debug");
    case LogBucket::Info: return LogsPage::tr("info");
    case LogBucket::Warn: return LogsPage::tr("warn");
    case LogBucket::Error: return LogsPage::tr("error");
  }
  return {};
}

}  // namespace

LogsPage::LogsPage(ClientModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_log(new LogModel(this)), m_proxy(new LogFilterProxy(this)) {
  setObjectName(QStringLiteral("logsPage"));
  m_proxy->setSourceModel(m_log);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);
  layout->addWidget(MakeToolbar());

  m_table = new QTableView(this);
  m_table->setObjectName(QStringLiteral("logTable"));
  m_table->setModel(m_proxy);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setWordWrap(false);
  m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
  m_table->verticalHeader()->hide();
  m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
  m_table->horizontalHeader()->setHighlightSections(false);
  m_table->horizontalHeader()->setStretchLastSection(true);
  const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
  m_table->setColumnWidth(LogModel::Time, digit * 15);
  m_table->setColumnWidth(LogModel::Level, digit * 10);
  m_table->setColumnWidth(LogModel::Source, digit * 14);
  m_empty = new QLabel(tr("Collecting data…"), this);
  m_empty->setObjectName(QStringLiteral("logsEmptyLabel"));
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setEnabled(false);
  m_stack = new QStackedWidget(this);
  m_stack->addWidget(m_table);
  m_stack->addWidget(m_empty);
  m_stack->setCurrentWidget(m_empty);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(m_stack);
  splitter->addWidget(MakeChart());
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);

  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("logCountLabel"));
  m_count->setToolTip(tr("Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind")
                          .arg(LogModel::log_lines_max));
  layout->addWidget(m_count);

  QScrollBar* bar = m_table->verticalScrollBar();
  connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
    if (!m_scrolling) SetFollow(value >= bar->maximum());
  });
  connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
    if (!m_follow) return;
    m_scrolling = true;
    bar->setValue(max);
    m_scrolling = false;
  });
  connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogsPage::UpdateCounts);
  connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogsPage::UpdateCounts);
  connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogsPage::UpdateCounts);
  connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogsPage::UpdateCounts);

  m_redraw = new QTimer(this);
  m_redraw->setInterval(chart_redraw_ms);
  connect(m_redraw, &QTimer::timeout, this, &LogsPage::RedrawChart);
  m_redraw->start();

  connect(m_model, &ClientModel::snapshotChanged, this, &LogsPage::OnSnapshot);
  connect(m_model, &ClientModel::logLines, this, &LogsPage::OnLines);
  connect(m_model, &ClientModel::recentLogsReady, this, [this](const QList<interfaces::LogEntry>& lines) {
    m_log->AddHistory(lines);
    m_chart_dirty = true;
    UpdateCounts();
  });
  if (m_model->snapshot()->sequence != 0) OnSnapshot(m_model->snapshot());
  m_model->requestRecentLogs(recent_logs_max);
  UpdateCounts();
}

QWidget* LogsPage::MakeToolbar() {
  auto* bar = new QWidget(this);
  auto* row = new QHBoxLayout(bar);
  row->setContentsMargins(0, 0, 0, 0);
  row->setSpacing(spacing_px);
  m_level = new QComboBox(bar);
  m_level->setObjectName(QStringLiteral("levelFilter"));
  m_level->setToolTip(tr("Hide lines below this level"));
  m_level->addItem(tr("All levels"), static_cast<int>(interfaces::LogLevel::Trace));
  m_level->addItem(tr("Debug and above"), static_cast<int>(interfaces::LogLevel::Debug));
  m_level->addItem(tr("Info and above"), static_cast<int>(interfaces::LogLevel::Info));
  m_level->addItem(tr("Warnings and above"), static_cast<int>(interfaces::LogLevel::Warn));
  m_level->addItem(tr("Errors only"), static_cast<int>(interfaces::LogLevel::Error));
  auto* level_label = new QLabel(tr("&Level:"), bar);
  level_label->setBuddy(m_level);
  m_search = new QLineEdit(bar);
  m_search->setObjectName(QStringLiteral("logSearch"));
  m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
  m_search->setToolTip(tr("Shows only lines whose message or source contains this text (case-insensitive)"));
  m_search->setClearButtonEnabled(true);
  auto* find = new QAction(this);
  find->setShortcut(QKeySequence::Find);
  connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); m_search->selectAll(); });
  addAction(find);
  m_follow_check = new QCheckBox(tr("&Auto-scroll"), bar);
  m_follow_check->setObjectName(QStringLiteral("autoScrollCheck"));
  m_follow_check->setToolTip(tr("Keep the newest line in view; scrolling up pauses it"));
  m_follow_check->setChecked(true);
  m_open = new QPushButton(tr("&Open log file"), bar);
  m_open->setObjectName(QStringLiteral("openLogFileButton"));
  m_open->setToolTip(tr("Open the node's log file with the system's viewer"));
  m_open->setEnabled(false);
  m_export = new QPushButton(tr("&Export…"), bar);
  m_export->setObjectName(QStringLiteral("exportButton"));
  m_export->setToolTip(tr("Save the lines shown (after filtering) to a text file"));
  row->addWidget(level_label);
  row->addWidget(m_level);
  row->addWidget(m_search, 1);
  row->addWidget(m_follow_check);
  row->addWidget(m_open);
  row->addWidget(m_export);

  connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
    m_proxy->SetMinimumLevel(static_cast<interfaces::LogLevel>(m_level->currentData().toInt()));
  });
  connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::SetSearch);
  connect(m_follow_check, &QCheckBox::toggled, this, &LogsPage::SetFollow);
  connect(m_open, &QPushButton::clicked, this, &LogsPage::OnOpenLogFile);
  connect(m_export, &QPushButton::clicked, this, &LogsPage::OnExport);
  return bar;
}

QWidget* LogsPage::MakeChart() {
  m_chart = new QCustomPlot(this);
  m_chart->setObjectName(QStringLiteral("logHourChart"));
  m_chart->setToolTip(tr("Log lines per hour by level over the last %n hour(s)", nullptr, LogModel::hours_max));
  m_chart->setMinimumHeight(190);
  auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
  ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
  ticker->setDateTimeSpec(Qt::LocalTime);
  m_chart->xAxis->setTicker(ticker);
  m_chart->xAxis->setLabel(tr("hour (local time)"));
  m_chart->yAxis->setLabel(tr("lines / hour"));
  // The legend sits in a row of its own above the bars, so it never hides an hour.
  m_chart->legend->setVisible(true);
  m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  m_chart->plotLayout()->insertRow(0);
  auto* legend_row = new QCPLayoutGrid;
  m_chart->plotLayout()->addElement(0, 0, legend_row);
  legend_row->setMargins(QMargins(0, 0, 0, 0));
  legend_row->addElement(0, 0, m_chart->legend);
  m_chart->plotLayout()->setRowStretchFactor(0, 0.001);
  QCPBars* below = nullptr;
  for (size_t i = 0; i < log_buckets; ++i) {
    auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    bars->setName(BucketName(static_cast<LogBucket>(i)));
    bars->setWidth(LogModel::hour_ms / 1000.0 * 0.8);  // the axis counts seconds
    bars->setStackingGap(0);
    if (below != nullptr) bars->moveAbove(below);
    below = bars;
    m_bars[i] = bars;
  }
  ApplyChartPalette();
  return m_chart;
}

void LogsPage::OnSnapshot(const SnapshotPtr& snapshot) {
  m_now_ms = static_cast<qint64>(snapshot->status.now_ms);
  m_log_file = QString::fromStdString(snapshot->status.log_file);
  m_open->setEnabled(!m_log_file.isEmpty());
  m_open->setToolTip(m_log_file.isEmpty() ? tr("The node does not write a log file")
                                          : tr("Open %1 with the system's viewer").arg(m_log_file));
}

void LogsPage::OnLines(const QList<interfaces::LogEntry>& lines) {
  m_log->AppendLines(lines);
  m_chart_dirty = true;
}

void LogsPage::SetFollow(bool follow) {
  if (m_follow == follow) return;
  m_follow = follow;
  m_follow_check->setChecked(follow);
  if (follow) {
    m_scrolling = true;
    m_table->scrollToBottom();
    m_scrolling = false;
  }
}

void LogsPage::UpdateCounts() {
  const int shown = m_proxy->rowCount();
  const int kept = m_log->rowCount();
  const quint64 dropped = m_model->droppedLogLines();
  QString text = tr("%1 of %n line(s) shown", nullptr, kept).arg(shown);
  if (dropped > 0) text += QStringLiteral(" · ") + tr("%1 dropped").arg(dropped);
  m_count->setText(text);
  if (kept == 0) m_empty->setText(tr("Collecting data…"));
  else if (shown == 0) m_empty->setText(tr("No line matches the filter"));
  m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_table);
  m_export->setEnabled(shown > 0);
}

void LogsPage::RedrawChart() {
  if (!m_chart_dirty || !isVisible()) return;
  m_chart_dirty = false;
  // The node's clock, or the newest line when it is ahead (snapshots may lag a batch of lines).
  qint64 now_ms = m_now_ms;
  if (m_log->rowCount() > 0) now_ms = std::max(now_ms, m_log->index(m_log->rowCount() - 1, 0).data(LogModel::TimeRole).toLongLong());
  const std::vector<LogModel::HourCount> counts = m_log->CountsByHour(now_ms);
  double max_total = 0;
  for (size_t b = 0; b < log_buckets; ++b) {
    QVector<double> keys;
    QVector<double> values;
    for (const auto& hour : counts) {
      keys << (hour.hour_start_ms + LogModel::hour_ms / 2) / 1000.0;
      values << hour.by_bucket[b];
    }
    m_bars[b]->setData(keys, values, true);
  }
  for (const auto& hour : counts) {
    int total = 0;
    for (int n : hour.by_bucket) total += n;
    max_total = std::max(max_total, static_cast<double>(total));
  }
  m_chart->xAxis->setRange(counts.front().hour_start_ms / 1000.0, (counts.back().hour_start_ms + LogModel::hour_ms) / 1000.0);
  m_chart->yAxis->setRange(0, max_total > 0 ? max_total * 1.15 : 1.0);
  m_chart->replot(QCustomPlot::rpQueuedReplot);
}

void LogsPage::ApplyChartPalette() {
  const QPalette pal = palette();
  const QColor text = pal.color(QPalette::Text);
  m_chart->setBackground(pal.brush(QPalette::Base));
  for (QCPAxis* axis : {m_chart->xAxis, m_chart->yAxis}) {
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    QColor grid = text;
    grid.setAlpha(40);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
  }
  m_chart->legend->setBrush(pal.brush(QPalette::Base));
  m_chart->legend->setTextColor(text);
  m_chart->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
  for (size_t i = 0; i < log_buckets; ++i) {
    QColor fill = BucketColor(static_cast<LogBucket>(i), pal);
    m_bars[i]->setPen(QPen(fill));
    fill.setAlpha(190);
    m_bars[i]->setBrush(fill);
  }
}

void LogsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange && m_chart != nullptr) {
    ApplyChartPalette();
    m_chart_dirty = true;
  }
  QWidget::changeEvent(event);
}

bool LogsPage::ExportTo(const QString& path, QString* error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error != nullptr) *error = file.errorString();
    return false;
  }
  for (int row = 0; row < m_proxy->rowCount(); ++row) {
    const int source_row = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    file.write(m_log->LineText(source_row).toUtf8());
    file.write("\n");
  }
  if (!file.commit()) {
    if (error != nullptr) *error = file.errorString();
    return false;
  }
  return true;
}

void LogsPage::OnOpenLogFile() {
  if (m_log_file.isEmpty()) return;
  QDesktopServices::openUrl(QUrl::fromLocalFile(m_log_file));
}

void LogsPage::OnExport() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export log"), QStringLiteral("ordo-log.txt"), tr("Text files (*.txt *.log)"));
  if (path.isEmpty()) return;
  QString error;
  if (!ExportTo(path, &error)) QMessageBox::warning(this, tr("Export log"), tr("Could not write %1: %2").arg(path, error));
}

}  // namespace ordo::ui
