#pragma once
// MempoolPage: mempool size against its limits, admission and rejection rates (from the
// cumulative counters of successive snapshots), eviction and expiry totals, and the best pending
// transactions by tip.

#include <QWidget>

#include "models/mempool_table_model.h"
#include "models/node_snapshot.h"

class QCustomPlot;
class QCPBars;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ordo::ui {

class ClientModel;

class MempoolPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr int chart_redraw_ms = 500;  // at most 2 Hz

  explicit MempoolPage(ClientModel* model, QWidget* parent = nullptr);

  MempoolTableModel* transactionModel() const { return m_txs; }
  RejectionTableModel* rejectionModel() const { return m_rejections; }
  // Admissions per second over the recent window; nullopt until two snapshots are known.
  std::optional<double> admissionRate() const { return m_admitted.PerSecond(); }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QWidget* MakeSizeBox();
  QWidget* MakeFlowBox();
  QWidget* MakeRejectionBox();
  QWidget* MakeTopBox();
  void OnSnapshot(const SnapshotPtr& snapshot);
  void RedrawChart();
  void ApplyChartPalette();

  ClientModel* const m_model;
  MempoolTableModel* m_txs = nullptr;
  QSortFilterProxyModel* m_tx_proxy = nullptr;
  RejectionTableModel* m_rejections = nullptr;
  QSortFilterProxyModel* m_rejection_proxy = nullptr;
  CounterRate m_admitted;
  bool m_have_snapshot = false;
  bool m_chart_dirty = false;

  QLabel* m_pending = nullptr;
  QLabel* m_queued = nullptr;
  QProgressBar* m_bytes_bar = nullptr;
  QProgressBar* m_txs_bar = nullptr;
  QLabel* m_admission_rate = nullptr;
  QLabel* m_admitted_total = nullptr;
  QLabel* m_evicted = nullptr;
  QLabel* m_expired = nullptr;
  QTableView* m_rejection_table = nullptr;
  QCustomPlot* m_chart = nullptr;
  QCPBars* m_bars = nullptr;
  QTimer* m_redraw = nullptr;
  QStackedWidget* m_top_stack = nullptr;
  QTableView* m_top_table = nullptr;
  QLabel* m_top_empty = nullptr;
};

}  // namespace ordo::ui
