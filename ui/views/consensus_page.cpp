#include "views/consensus_page.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "models/client_model.h"

namespace ordo::ui {

namespace {

// Qualitative series colours chosen to stay readable on light and dark backgrounds.
const QColor propose_colour(0x4e, 0x79, 0xa7);
const QColor prevote_colour(0xf2, 0x8e, 0x2b);
const QColor precommit_colour(0x59, 0xa1, 0x4f);
const QColor commit_colour(0xb0, 0x7a, 0xa1);
const QColor rounds_colour(0xe1, 0x57, 0x59);
const QColor latency_colour(0x76, 0xb7, 0xb2);
const QColor p50_colour(0xed, 0xc9, 0x48);
const QColor p99_colour(0xe1, 0x57, 0x59);

QCPBars* MakeBars(QCustomPlot* chart, const QString& name, const QColor& colour) {
  auto* bars = new QCPBars(chart->xAxis, chart->yAxis);
  bars->setName(name);
  bars->setPen(Qt::NoPen);
  bars->setBrush(colour);
  bars->setWidthType(QCPBars::wtPlotCoords);
  bars->setWidth(0.8);
  return bars;
}

QCPGraph* MakeLine(QCustomPlot* chart, const QString& name, const QColor& colour, Qt::PenStyle style,
                   QCPGraph::LineStyle line_style) {
  QCPGraph* graph = chart->addGraph();
  graph->setName(name);
  graph->setPen(QPen(colour, 2, style));
  graph->setLineStyle(line_style);
  return graph;
}

QString StepText(const std::string& step) {
  if (step == "propose") return ConsensusPage::tr("propose");
  if (step == "prevote") return ConsensusPage::tr("prevote");
  if (step == "precommit") return ConsensusPage::tr("precommit");
  if (step == "commit") return ConsensusPage::tr("commit");
  if (step == "unstarted") return ConsensusPage::tr("not started");
  return QString::fromStdString(step);
}

QString CsvNumber(double v) { return QString::number(v, 'f', 3); }

}  // namespace

ConsensusPage::ConsensusPage(ClientModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  setObjectName(QStringLiteral("consensusPage"));

  m_range = new QSpinBox;
  m_range->setObjectName(QStringLiteral("rangeSpin"));
  m_range->setRange(range_min_heights, static_cast<int>(timings_history_max));
  m_range->setSingleStep(50);
  m_range->setValue(range_default_heights);
  m_range->setPrefix(tr("Last "));
  m_range->setSuffix(tr(" heights"));
  m_range->setToolTip(tr("How many of the most recent heights the charts show (the page keeps up to %1).")
                          .arg(timings_history_max));
  m_range->setAccelerated(true);
  auto* range_label = new QLabel(tr("&Range:"));
  range_label->setBuddy(m_range);

  m_pause = new QPushButton(tr("&Pause"));
  m_pause->setObjectName(QStringLiteral("pauseButton"));
  m_pause->setCheckable(true);
  m_pause->setToolTip(tr("Freeze the charts; data keeps being collected and shows on resume."));
  m_reset = new QPushButton(tr("R&eset"));
  m_reset->setObjectName(QStringLiteral("resetButton"));
  m_reset->setToolTip(tr("Forget the heights collected so far and start again from the next one."));
  m_export_png = new QPushButton(tr("Export PN&G…"));
  m_export_png->setObjectName(QStringLiteral("exportPngButton"));
  m_export_png->setToolTip(tr("Save the four charts as one PNG image."));
  m_export_csv = new QPushButton(tr("Export &CSV…"));
  m_export_csv->setObjectName(QStringLiteral("exportCsvButton"));
  m_export_csv->setToolTip(tr("Save the phase timings of the heights shown as CSV."));
  m_status = new QLabel;
  m_status->setObjectName(QStringLiteral("historyStatus"));
  m_status->setForegroundRole(QPalette::PlaceholderText);
  m_status->setToolTip(tr("Heights shown out of the heights collected by this page."));

  auto* controls = new QHBoxLayout;
  controls->setSpacing(8);
  controls->addWidget(range_label);
  controls->addWidget(m_range);
  controls->addWidget(m_pause);
  controls->addWidget(m_reset);
  controls->addSpacing(16);
  controls->addWidget(m_export_png);
  controls->addWidget(m_export_csv);
  controls->addStretch(1);
  controls->addWidget(m_status);

  m_phase_chart = MakeChart(QStringLiteral("phaseChart"), tr("Phase durations per height"), tr("height"), tr("ms"),
                            tr("Time spent in each consensus phase of every committed height, stacked: propose, "
                               "prevote, precommit, then commit (execution and storage)."));
  m_propose_bars = MakeBars(m_phase_chart, tr("propose"), propose_colour);
  m_prevote_bars = MakeBars(m_phase_chart, tr("prevote"), prevote_colour);
  m_precommit_bars = MakeBars(m_phase_chart, tr("precommit"), precommit_colour);
  m_commit_bars = MakeBars(m_phase_chart, tr("commit"), commit_colour);
  m_prevote_bars->moveAbove(m_propose_bars);
  m_precommit_bars->moveAbove(m_prevote_bars);
  m_commit_bars->moveAbove(m_precommit_bars);
  // One legend row above the bars instead of a box over them.
  m_phase_chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
  m_phase_chart->legend->setWrap(4);

  m_rounds_chart = MakeChart(QStringLiteral("roundsChart"), tr("Rounds per height"), tr("height"), tr("rounds"),
                             tr("How many rounds each height needed; more than one means a round timed out."));
  m_rounds_bars = MakeBars(m_rounds_chart, tr("rounds"), rounds_colour);
  QSharedPointer<QCPAxisTickerFixed> round_ticker(new QCPAxisTickerFixed);
  round_ticker->setTickStep(1);
  round_ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  m_rounds_chart->yAxis->setTicker(round_ticker);
  m_rounds_chart->legend->setVisible(false);

  m_latency_chart = MakeChart(QStringLiteral("latencyChart"), tr("Commit latency"), tr("ms"), tr("heights"),
                              tr("Distribution of the time from height start to durable commit, over the heights "
                                 "shown that this node decided itself (synced heights are left out)."));
  m_latency_bars = MakeBars(m_latency_chart, tr("heights"), latency_colour);
  m_p50_line = MakeLine(m_latency_chart, tr("p50"), p50_colour, Qt::DashLine, QCPGraph::lsLine);
  m_p99_line = MakeLine(m_latency_chart, tr("p99"), p99_colour, Qt::DashLine, QCPGraph::lsLine);

  m_live_chart = MakeChart(QStringLiteral("liveChart"), tr("Live round"), tr("ms since round start"),
                           tr("voting power"),
                           tr("Prevote and precommit power received in the current round, against the 2/3 "
                              "quorum. Dashed verticals mark timeouts of this round."));
  m_prevote_graph = MakeLine(m_live_chart, tr("prevotes"), prevote_colour, Qt::SolidLine, QCPGraph::lsStepLeft);
  m_precommit_graph = MakeLine(m_live_chart, tr("precommits"), precommit_colour, Qt::SolidLine, QCPGraph::lsStepLeft);
  m_quorum_graph = MakeLine(m_live_chart, tr("2/3 quorum"), rounds_colour, Qt::DashLine, QCPGraph::lsLine);
  m_live_chart->legend->setVisible(true);
  m_live_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

  m_live_label = new QLabel;
  m_live_label->setObjectName(QStringLiteral("liveRoundLabel"));
  m_live_label->setWordWrap(true);
  m_live_label->setToolTip(m_live_chart->toolTip());
  m_live_label->setText(tr("Collecting data…"));
  auto* live_box = new QWidget;
  auto* live_layout = new QVBoxLayout(live_box);
  live_layout->setContentsMargins(0, 0, 0, 0);
  live_layout->setSpacing(4);
  live_layout->addWidget(m_live_chart, 1);
  live_layout->addWidget(m_live_label);

  m_charts = new QWidget;
  m_charts->setObjectName(QStringLiteral("chartsArea"));
  auto* grid = new QGridLayout(m_charts);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(8);
  grid->addWidget(m_phase_chart, 0, 0);
  grid->addWidget(m_rounds_chart, 0, 1);
  grid->addWidget(m_latency_chart, 1, 0);
  grid->addWidget(live_box, 1, 1);
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 2);
  grid->setRowStretch(0, 1);
  grid->setRowStretch(1, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addLayout(controls);
  layout->addWidget(m_charts, 1);

  setTabOrder(m_range, m_pause);
  setTabOrder(m_pause, m_reset);
  setTabOrder(m_reset, m_export_png);
  setTabOrder(m_export_png, m_export_csv);

  connect(m_range, qOverload<int>(&QSpinBox::valueChanged), this, [this] { m_dirty = true; });
  connect(m_pause, &QPushButton::toggled, this, &ConsensusPage::SetPaused);
  connect(m_reset, &QPushButton::clicked, this, &ConsensusPage::ResetHistory);
  connect(m_export_png, &QPushButton::clicked, this, &ConsensusPage::OnExportPng);
  connect(m_export_csv, &QPushButton::clicked, this, &ConsensusPage::OnExportCsv);

  m_redraw_timer = new QTimer(this);
  m_redraw_timer->setInterval(redraw_interval_ms);
  // Hidden, the charts only collect data: rendering four plots for nobody cost the GUI thread
  // several ms per redraw under load. showEvent catches up.
  connect(m_redraw_timer, &QTimer::timeout, this, [this] {
    if (isVisible()) RedrawIfDirty();
  });
  m_redraw_timer->start();

  ApplyTheme();
  connect(m_model, &ClientModel::snapshotChanged, this, &ConsensusPage::OnSnapshot);
  OnSnapshot(m_model->snapshot());
  Redraw();
}

QCustomPlot* ConsensusPage::MakeChart(const QString& object_name, const QString& title, const QString& x_label,
                                      const QString& y_label, const QString& tooltip) {
  auto* chart = new QCustomPlot;
  chart->setObjectName(object_name);
  chart->setToolTip(tooltip);
  chart->setMinimumSize(300, 200);
  chart->plotLayout()->insertRow(0);
  auto* title_element = new QCPTextElement(chart, title, QFont(font().family(), font().pointSize(), QFont::Bold));
  title_element->setObjectName(QStringLiteral("title"));
  chart->plotLayout()->addElement(0, 0, title_element);
  chart->xAxis->setLabel(x_label);
  chart->yAxis->setLabel(y_label);
  chart->xAxis->setNumberFormat(QStringLiteral("f"));
  chart->xAxis->setNumberPrecision(0);
  chart->legend->setVisible(true);
  chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  auto* empty = new QCPItemText(chart);
  empty->setObjectName(QStringLiteral("emptyLabel"));
  empty->position->setType(QCPItemPosition::ptAxisRectRatio);
  empty->position->setCoords(0.5, 0.5);
  empty->setPositionAlignment(Qt::AlignCenter);
  empty->setText(tr("Collecting data…"));
  empty->setClipToAxisRect(false);
  m_empty_labels[chart] = empty;
  return chart;
}

void ConsensusPage::ApplyTheme() {
  const QPalette& pal = palette();
  const QColor text = pal.color(QPalette::Text);
  const QColor base = pal.color(QPalette::Base);
  QColor grid = pal.color(QPalette::Mid);
  for (QCustomPlot* chart : {m_phase_chart, m_rounds_chart, m_latency_chart, m_live_chart}) {
    chart->setBackground(base);
    chart->axisRect()->setBackground(base);
    for (QCPAxis* axis : {chart->xAxis, chart->yAxis}) {
      axis->setBasePen(QPen(text));
      axis->setTickPen(QPen(text));
      axis->setSubTickPen(QPen(text));
      axis->setTickLabelColor(text);
      axis->setLabelColor(text);
      axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    chart->legend->setBrush(base);
    chart->legend->setBorderPen(QPen(grid));
    chart->legend->setTextColor(text);
    if (auto* title = qobject_cast<QCPTextElement*>(chart->plotLayout()->element(0, 0))) title->setTextColor(text);
    m_empty_labels.at(chart)->setColor(pal.color(QPalette::PlaceholderText));
    m_empty_labels.at(chart)->setFont(font());
  }
  m_quorum_graph->setPen(QPen(text, 1.5, Qt::DashLine));
}

void ConsensusPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) {
    ApplyTheme();
    Redraw();
  }
  QWidget::changeEvent(event);
}

void ConsensusPage::OnSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || snapshot->sequence == 0) return;
  for (const interfaces::HeightTiming& t : snapshot->timings) {
    if (t.height <= m_reset_above_height) continue;
    m_history[t.height] = t;
  }
  while (m_history.size() > timings_history_max) m_history.erase(m_history.begin());
  m_live = snapshot->live;
  m_live_now_ms = snapshot->status.now_ms;
  m_have_live = snapshot->live.height != 0;
  m_dirty = true;
}

int ConsensusPage::RangeHeights() const { return m_range->value(); }

void ConsensusPage::SetRangeHeights(int heights) { m_range->setValue(heights); }

void ConsensusPage::SetPaused(bool paused) {
  m_paused = paused;
  if (m_pause->isChecked() != paused) m_pause->setChecked(paused);
  m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
  if (!paused) RedrawIfDirty();
  else Redraw();  // shows "paused" in the status line; the charts keep their data
}

void ConsensusPage::ResetHistory() {
  if (!m_history.empty()) m_reset_above_height = std::max(m_reset_above_height, m_history.rbegin()->first);
  m_history.clear();
  m_dirty = true;
  // Reset is explicit: show the cleared charts even while paused.
  Redraw();
}

std::vector<interfaces::HeightTiming> ConsensusPage::VisibleTimings() const {
  std::vector<interfaces::HeightTiming> out;
  const size_t n = std::min(m_history.size(), static_cast<size_t>(m_range->value()));
  out.reserve(n);
  auto it = m_history.end();
  std::advance(it, -static_cast<std::ptrdiff_t>(n));
  for (; it != m_history.end(); ++it) out.push_back(it->second);
  return out;
}

std::optional<double> ConsensusPage::LatencyPercentileMs(double percentile) const {
  std::vector<double> totals;
  for (const auto& t : VisibleTimings()) {
    if (!t.synced) totals.push_back(t.total_ms);
  }
  if (totals.empty()) return std::nullopt;
  std::sort(totals.begin(), totals.end());
  // Nearest rank: the smallest value with at least `percentile` % of the values at or below it.
  const double rank = std::ceil(percentile / 100.0 * static_cast<double>(totals.size()));
  const size_t index = static_cast<size_t>(std::clamp(rank, 1.0, static_cast<double>(totals.size()))) - 1;
  return totals[index];
}

void ConsensusPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  // Caught up in the next event, not in this one: the page's own layout and first paint and the
  // four charts' new data each take a few ms under load, together one stall over 16 ms.
  QTimer::singleShot(0, this, [this] { RedrawIfDirty(); });
}

void ConsensusPage::RedrawIfDirty() {
  if (m_dirty && !m_paused) Redraw();
}

void ConsensusPage::Redraw() {
  m_dirty = false;
  const auto visible = VisibleTimings();
  RedrawPhases(visible);
  RedrawRounds(visible);
  RedrawHistogram(visible);
  RedrawLiveRound();
  QString status = tr("%1 of %2 heights").arg(visible.size()).arg(m_history.size());
  if (m_paused) status += QStringLiteral(" · ") + tr("paused");
  m_status->setText(status);
}

void ConsensusPage::RedrawPhases(const std::vector<interfaces::HeightTiming>& v) {
  QVector<double> keys, propose, prevote, precommit, commit;
  double y_max = 0;
  for (const auto& t : v) {
    keys << static_cast<double>(t.height);
    propose << t.propose_ms;
    prevote << t.prevote_ms;
    precommit << t.precommit_ms;
    commit << t.commit_ms;
    y_max = std::max(y_max, t.propose_ms + t.prevote_ms + t.precommit_ms + t.commit_ms);
  }
  m_propose_bars->setData(keys, propose, true);
  m_prevote_bars->setData(keys, prevote, true);
  m_precommit_bars->setData(keys, precommit, true);
  m_commit_bars->setData(keys, commit, true);
  m_empty_labels.at(m_phase_chart)->setVisible(v.empty());
  if (!v.empty()) {
    m_phase_chart->xAxis->setRange(keys.front() - 1, keys.back() + 1);
    m_phase_chart->yAxis->setRange(0, std::max(1.0, y_max * 1.35));  // headroom for the legend
  }
  m_phase_chart->replot(QCustomPlot::rpQueuedReplot);
}

void ConsensusPage::RedrawRounds(const std::vector<interfaces::HeightTiming>& v) {
  QVector<double> keys, rounds;
  int rounds_max = 1;
  for (const auto& t : v) {
    keys << static_cast<double>(t.height);
    rounds << t.rounds;
    rounds_max = std::max(rounds_max, t.rounds);
  }
  m_rounds_bars->setData(keys, rounds, true);
  m_empty_labels.at(m_rounds_chart)->setVisible(v.empty());
  if (!v.empty()) m_rounds_chart->xAxis->setRange(keys.front() - 1, keys.back() + 1);
  m_rounds_chart->yAxis->setRange(0, rounds_max + 0.5);
  m_rounds_chart->replot(QCustomPlot::rpQueuedReplot);
}

void ConsensusPage::RedrawHistogram(const std::vector<interfaces::HeightTiming>& v) {
  std::vector<double> totals;
  for (const auto& t : v) {
    if (!t.synced) totals.push_back(t.total_ms);
  }
  m_empty_labels.at(m_latency_chart)->setVisible(totals.empty());
  if (totals.empty()) {
    m_latency_bars->data()->clear();
    m_p50_line->data()->clear();
    m_p99_line->data()->clear();
    m_p50_line->setName(tr("p50"));
    m_p99_line->setName(tr("p99"));
    m_latency_chart->replot(QCustomPlot::rpQueuedReplot);
    return;
  }
  const auto [lo_it, hi_it] = std::minmax_element(totals.begin(), totals.end());
  const double lo = *lo_it;
  const double hi = *hi_it;
  const int bins = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(totals.size()))) + 1, 1, histogram_bins_max);
  const double width = hi - lo > 1e-9 ? (hi - lo) / bins : 1.0;
  QVector<double> counts(bins, 0.0);
  for (double x : totals) {
    const int b = std::min(bins - 1, static_cast<int>((x - lo) / width));
    counts[b] += 1;
  }
  QVector<double> centres(bins);
  for (int b = 0; b < bins; ++b) centres[b] = lo + (b + 0.5) * width;
  m_latency_bars->setWidth(width * 0.9);
  m_latency_bars->setData(centres, counts, true);
  const double y_top = *std::max_element(counts.begin(), counts.end()) * 1.3;

  const double p50 = *LatencyPercentileMs(50);
  const double p99 = *LatencyPercentileMs(99);
  m_p50_line->setData({p50, p50}, {0, y_top}, true);
  m_p99_line->setData({p99, p99}, {0, y_top}, true);
  m_p50_line->setName(tr("p50 %1 ms").arg(p50, 0, 'f', 1));
  m_p99_line->setName(tr("p99 %1 ms").arg(p99, 0, 'f', 1));
  m_latency_chart->xAxis->setNumberPrecision(hi - lo < 10 ? 1 : 0);
  m_latency_chart->xAxis->setRange(lo - width, hi + width);
  m_latency_chart->yAxis->setRange(0, y_top);
  m_latency_chart->replot(QCustomPlot::rpQueuedReplot);
}

void ConsensusPage::RedrawLiveRound() {
  for (QCPAbstractItem* item : m_timeout_items) m_live_chart->removeItem(item);
  m_timeout_items.clear();
  m_empty_labels.at(m_live_chart)->setVisible(!m_have_live);
  if (!m_have_live) {
    m_prevote_graph->data()->clear();
    m_precommit_graph->data()->clear();
    m_quorum_graph->data()->clear();
    m_live_label->setText(tr("Collecting data…"));
    m_live_chart->replot(QCustomPlot::rpQueuedReplot);
    return;
  }
  const interfaces::LiveRound& live = m_live;
  QVector<double> pv_x{0}, pv_y{0}, pc_x{0}, pc_y{0};
  double prevote_sum = 0;
  double precommit_sum = 0;
  double x_max = 0;
  for (const interfaces::VoteArrival& a : live.arrivals) {
    double& sum = a.precommit ? precommit_sum : prevote_sum;
    sum += static_cast<double>(a.power);
    (a.precommit ? pc_x : pv_x) << a.at_ms;
    (a.precommit ? pc_y : pv_y) << sum;
    x_max = std::max(x_max, a.at_ms);
  }
  if (m_live_now_ms > live.round_started_ms) x_max = std::max(x_max, static_cast<double>(m_live_now_ms - live.round_started_ms));
  x_max = std::max(x_max, 1.0);
  pv_x << x_max;
  pv_y << prevote_sum;
  pc_x << x_max;
  pc_y << precommit_sum;
  m_prevote_graph->setData(pv_x, pv_y, true);
  m_precommit_graph->setData(pc_x, pc_y, true);
  const double quorum = static_cast<double>(live.quorum_power);
  m_quorum_graph->setData({0, x_max * 1.05}, {quorum, quorum}, true);
  m_quorum_graph->setName(tr("2/3 quorum (%1)").arg(live.quorum_power));

  QStringList timeouts;
  const size_t first = live.recent_timeouts.size() > static_cast<size_t>(live_timeouts_max)
                           ? live.recent_timeouts.size() - live_timeouts_max
                           : 0;
  for (size_t i = first; i < live.recent_timeouts.size(); ++i) {
    const interfaces::TimeoutEvent& t = live.recent_timeouts[i];
    timeouts << tr("%1 at height %2 round %3").arg(StepText(t.step)).arg(t.height).arg(t.round);
    if (t.height != live.height || t.round != live.round || t.time_ms < live.round_started_ms) continue;
    const double x = static_cast<double>(t.time_ms - live.round_started_ms);
    x_max = std::max(x_max, x);
    auto* line = new QCPItemStraightLine(m_live_chart);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(QPen(rounds_colour, 1, Qt::DashLine));
    auto* label = new QCPItemText(m_live_chart);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(x, 0.05);
    label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    label->setText(tr("timeout %1").arg(StepText(t.step)));
    label->setColor(rounds_colour);
    m_timeout_items.push_back(line);
    m_timeout_items.push_back(label);
  }
  m_live_chart->xAxis->setRange(0, x_max * 1.05);
  m_live_chart->yAxis->setRange(0, std::max<double>(static_cast<double>(live.total_power), 1.0) * 1.1);

  QString text = tr("Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9")
                     .arg(live.height)
                     .arg(live.round)
                     .arg(StepText(live.step))
                     .arg(live.prevote_power)
                     .arg(live.total_power)
                     .arg(live.prevote_nil_power)
                     .arg(live.precommit_power)
                     .arg(live.precommit_nil_power)
                     .arg(live.quorum_power);
  text += QLatin1Char('\n') + (timeouts.isEmpty() ? tr("No recent timeouts")
                                                  : tr("Recent timeouts: %1").arg(timeouts.join(QStringLiteral(", "))));
  m_live_label->setText(text);
  m_live_chart->replot(QCustomPlot::rpQueuedReplot);
}

bool ConsensusPage::ExportCsv(const QString& path, QString* error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error) *error = file.errorString();
    return false;
  }
  QTextStream out(&file);
  out << "height,rounds,propose_ms,prevote_ms,precommit_ms,commit_ms,total_ms,txs\n";
  for (const auto& t : VisibleTimings()) {
    out << t.height << ',' << t.rounds << ',' << CsvNumber(t.propose_ms) << ',' << CsvNumber(t.prevote_ms) << ','
        << CsvNumber(t.precommit_ms) << ',' << CsvNumber(t.commit_ms) << ',' << CsvNumber(t.total_ms) << ',' << t.txs
        << '\n';
  }
  out.flush();
  if (!file.commit()) {
    if (error) *error = file.errorString();
    return false;
  }
  return true;
}

bool ConsensusPage::ExportPng(const QString& path) {
  for (QCustomPlot* chart : {m_phase_chart, m_rounds_chart, m_latency_chart, m_live_chart}) chart->replot();
  return m_charts->grab().save(path, "PNG");
}

void ConsensusPage::OnExportCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export phase timings"), QStringLiteral("consensus-timings.csv"),
                                                    tr("CSV files (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  if (!ExportCsv(path, &error)) {
    QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
  }
}

void ConsensusPage::OnExportPng() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), QStringLiteral("consensus-charts.png"),
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (!ExportPng(path)) QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

}  // namespace ordo::ui
