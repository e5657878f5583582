#pragma once
// LogsPage: the operator node's log (the last log_lines_max lines), filtered by level and a search
// text, with per-hour counts by level over the last day, the log file and an export of the
// filtered lines. The list follows new lines until the operator scrolls up.

#include <array>

#include <QWidget>

#include "models/log_model.h"
#include "models/node_snapshot.h"

class QCheckBox;
class QComboBox;
class QCPBars;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ordo::ui {

class ClientModel;

class LogsPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr int recent_logs_max = 2000;  // asked for when the page opens
  static constexpr int chart_redraw_ms = 1000;

  explicit LogsPage(ClientModel* model, QWidget* parent = nullptr);

  // Writes the lines that pass the current filter, one a line, oldest first. False with `error`
  // set when the file cannot be written.
  bool ExportTo(const QString& path, QString* error) const;

  LogModel* logModel() const { return m_log; }
  LogFilterProxy* logProxy() const { return m_proxy; }
  // Whether the list follows new lines (false after the operator scrolled up).
  bool following() const { return m_follow; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QWidget* MakeToolbar();
  QWidget* MakeChart();
  void OnSnapshot(const SnapshotPtr& snapshot);
  void OnLines(const QList<interfaces::LogEntry>& lines);
  void SetFollow(bool follow);
  void UpdateCounts();
  void RedrawChart();
  void ApplyChartPalette();
  void OnOpenLogFile();
  void OnExport();

  ClientModel* const m_model;
  LogModel* m_log = nullptr;
  LogFilterProxy* m_proxy = nullptr;
  QString m_log_file;
  qint64 m_now_ms = 0;
  bool m_follow = true;
  bool m_scrolling = false;  // the page itself moves the scroll bar
  bool m_chart_dirty = false;

  QComboBox* m_level = nullptr;
  QLineEdit* m_search = nullptr;
  QCheckBox* m_follow_check = nullptr;
  QPushButton* m_open = nullptr;
  QPushButton* m_export = nullptr;
  QStackedWidget* m_stack = nullptr;
  QTableView* m_table = nullptr;
  QLabel* m_empty = nullptr;
  QLabel* m_count = nullptr;
  QCustomPlot* m_chart = nullptr;
  std::array<QCPBars*, log_buckets> m_bars{};
  QTimer* m_redraw = nullptr;
};

}  // namespace ordo::ui
