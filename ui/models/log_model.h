#pragma once
// LogModel: the operator node's most recent log lines (at most log_lines_max, oldest dropped
// first), with per-hour counts by level. LogFilterProxy narrows them by minimum level and a
// case-insensitive search over source and message.

#include <array>
#include <deque>
#include <vector>

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include "ordo/interfaces/node.h"

namespace ordo::ui {

// The levels as the per-hour chart groups them.
enum class LogBucket { Debug, Info, Warn, Error };
constexpr size_t log_buckets = 4;

class LogModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Time, Level, Source, Message, NB_COLUMNS };
  enum Role {
    LevelRole = Qt::UserRole,  // int(interfaces::LogLevel)
    TimeRole,                  // qint64 Unix ms
  };
  static constexpr size_t log_lines_max = 10000;
  static constexpr int hours_max = 24;
  static constexpr qint64 hour_ms = 3'600'000;

  struct HourCount {
    qint64 hour_start_ms = 0;                 // Unix ms, a whole hour
    std::array<int, log_buckets> by_bucket{};  // indexed by LogBucket
  };

  explicit LogModel(QObject* parent = nullptr);

  // Appends new lines (oldest first), dropping the oldest beyond log_lines_max.
  void AppendLines(const QList<interfaces::LogEntry>& lines);
  // Adds lines from before the ones shown (requestRecentLogs): only those older than the oldest
  // line shown, and only as many as fit.
  void AddHistory(const QList<interfaces::LogEntry>& lines);
  // Lines per hour and bucket for the `hours` hours up to the one holding `now_ms`, oldest first;
  // every hour is present, empty or not.
  std::vector<HourCount> CountsByHour(qint64 now_ms, int hours = hours_max) const;
  // One line as text: "2026-09-21 14:12:20.123 INFO validator-0: message".
  QString LineText(int row) const;

  static QString LevelText(interfaces::LogLevel level);
  static LogBucket BucketOf(interfaces::LogLevel level);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  struct Line {
    qint64 time_ms = 0;
    interfaces::LogLevel level = interfaces::LogLevel::Info;
    QString source;
    QString message;
    QString time_text;  // HH:mm:ss.zzz, formatted once: not a local-time conversion per paint
  };
  static Line ToLine(const interfaces::LogEntry& e);

  std::deque<Line> m_lines;  // oldest first, at most log_lines_max
};

class LogFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  explicit LogFilterProxy(QObject* parent = nullptr);

  // Lines below `level` are hidden (Trace shows everything).
  void SetMinimumLevel(interfaces::LogLevel level);
  // Case-insensitive substring of the source or the message; empty shows everything.
  void SetSearch(const QString& text);

 protected:
  bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;

 private:
  interfaces::LogLevel m_min_level = interfaces::LogLevel::Trace;
  QString m_search;
};

}  // namespace ordo::ui
