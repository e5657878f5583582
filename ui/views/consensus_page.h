#pragma once
// ConsensusPage: how heights are being decided. Four QCustomPlot charts: per-height phase
// durations (stacked bars), rounds per height, the commit latency histogram with p50/p99, and the
// live round's vote power against the 2/3 quorum. The page keeps its own bounded history of
// HeightTiming keyed by height (merged from every snapshot) and redraws from a timer at most
// 10 Hz, only when something changed and the charts are not paused.

#include <map>
#include <optional>

#include <QString>
#include <QWidget>

#include "models/node_snapshot.h"

class QCheckBox;
class QCustomPlot;
class QCPAbstractItem;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ordo::ui {

class ClientModel;

class ConsensusPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr size_t timings_history_max = 2000;  // heights kept by the page
  static constexpr int redraw_interval_ms = 100;        // at most 10 Hz
  static constexpr int range_default_heights = 100;
  static constexpr int range_min_heights = 10;
  static constexpr int histogram_bins_max = 30;
  static constexpr int live_timeouts_max = 5;           // timeouts listed under the live round

  explicit ConsensusPage(ClientModel* model, QWidget* parent = nullptr);

  // Heights shown (the range control).
  int RangeHeights() const;
  void SetRangeHeights(int heights);
  bool IsPaused() const { return m_paused; }
  void SetPaused(bool paused);
  // Forgets every height seen so far; later snapshots only add heights above the last one seen.
  void ResetHistory();
  // The heights the charts show: the last RangeHeights() of the history, oldest first.
  std::vector<interfaces::HeightTiming> VisibleTimings() const;
  size_t HistorySize() const { return m_history.size(); }
  // Commit latency percentiles over the visible heights that were decided here (not synced).
  std::optional<double> LatencyPercentileMs(double percentile) const;

  // Writes the visible heights as CSV (header
  // "height,rounds,propose_ms,prevote_ms,precommit_ms,commit_ms,total_ms,txs"). False with
  // `error` set when the file cannot be written.
  bool ExportCsv(const QString& path, QString* error) const;
  // Saves all four charts as one PNG image. False when it cannot be written.
  bool ExportPng(const QString& path);
  // Redraws now if data changed (the timer calls this; tests may too).
  void RedrawIfDirty();

 protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void OnSnapshot(const SnapshotPtr& snapshot);
  void Redraw();
  void RedrawPhases(const std::vector<interfaces::HeightTiming>& v);
  void RedrawRounds(const std::vector<interfaces::HeightTiming>& v);
  void RedrawHistogram(const std::vector<interfaces::HeightTiming>& v);
  void RedrawLiveRound();
  void ApplyTheme();
  void OnExportCsv();
  void OnExportPng();
  QCustomPlot* MakeChart(const QString& object_name, const QString& title, const QString& x_label,
                         const QString& y_label, const QString& tooltip);

  ClientModel* m_model;
  std::map<uint64_t, interfaces::HeightTiming> m_history;  // bounded by timings_history_max
  uint64_t m_reset_above_height = 0;                        // after Reset, ignore heights <= this
  interfaces::LiveRound m_live;
  uint64_t m_live_now_ms = 0;                               // the snapshot time of m_live
  bool m_have_live = false;
  bool m_dirty = false;
  bool m_paused = false;

  QSpinBox* m_range = nullptr;
  QPushButton* m_pause = nullptr;
  QPushButton* m_reset = nullptr;
  QPushButton* m_export_png = nullptr;
  QPushButton* m_export_csv = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_live_label = nullptr;
  QWidget* m_charts = nullptr;
  QTimer* m_redraw_timer = nullptr;

  QCustomPlot* m_phase_chart = nullptr;
  QCPBars* m_propose_bars = nullptr;
  QCPBars* m_prevote_bars = nullptr;
  QCPBars* m_precommit_bars = nullptr;
  QCPBars* m_commit_bars = nullptr;
  QCustomPlot* m_rounds_chart = nullptr;
  QCPBars* m_rounds_bars = nullptr;
  QCustomPlot* m_latency_chart = nullptr;
  QCPBars* m_latency_bars = nullptr;
  QCPGraph* m_p50_line = nullptr;
  QCPGraph* m_p99_line = nullptr;
  QCustomPlot* m_live_chart = nullptr;
  QCPGraph* m_prevote_graph = nullptr;
  QCPGraph* m_precommit_graph = nullptr;
  QCPGraph* m_quorum_graph = nullptr;
  std::vector<QCPAbstractItem*> m_timeout_items;  // markers at this round's timeouts
  std::map<QCustomPlot*, QCPItemText*> m_empty_labels;
};

}  // namespace ordo::ui
