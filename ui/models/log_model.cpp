#include "models/log_model.h"

#include <algorithm>

#include <QColor>
#include <QDateTime>
#include <QFont>

namespace ordo::ui {

namespace {

// Tints behind warning and error rows: translucent, so the palette's own text and base colours
// stay readable in light and dark themes.
constexpr int row_tint_alpha = 48;

}  // namespace

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent) {}

LogModel::Line LogModel::ToLine(const interfaces::LogEntry& e) {
  const auto time_ms = static_cast<qint64>(e.time_ms);
  return {time_ms, e.level, QString::fromStdString(e.source), QString::fromStdString(e.message),
          QDateTime::fromMSecsSinceEpoch(time_ms).toString(QStringLiteral("HH:mm:ss.zzz"))};
}

void LogModel::AppendLines(const QList<interfaces::LogEntry>& lines) {
  if (lines.isEmpty()) return;
  // Of a batch larger than the bound only the newest lines can survive.
  const qsizetype skip = std::max<qsizetype>(0, lines.size() - static_cast<qsizetype>(log_lines_max));
  const int first = static_cast<int>(m_lines.size());
  beginInsertRows({}, first, first + static_cast<int>(lines.size() - skip) - 1);
  for (qsizetype i = skip; i < lines.size(); ++i) m_lines.push_back(ToLine(lines[i]));
  endInsertRows();
  if (m_lines.size() > log_lines_max) {
    const int excess = static_cast<int>(m_lines.size() - log_lines_max);
    beginRemoveRows({}, 0, excess - 1);
    m_lines.erase(m_lines.begin(), m_lines.begin() + excess);
    endRemoveRows();
  }
}

void LogModel::AddHistory(const QList<interfaces::LogEntry>& lines) {
  std::vector<Line> older;
  for (const auto& e : lines) {
    if (m_lines.empty() || static_cast<qint64>(e.time_ms) < m_lines.front().time_ms) older.push_back(ToLine(e));
  }
  const size_t room = log_lines_max - m_lines.size();
  if (older.size() > room) older.erase(older.begin(), older.end() - static_cast<std::ptrdiff_t>(room));
  if (older.empty()) return;
  beginInsertRows({}, 0, static_cast<int>(older.size()) - 1);
  m_lines.insert(m_lines.begin(), older.begin(), older.end());
  endInsertRows();
}

std::vector<LogModel::HourCount> LogModel::CountsByHour(qint64 now_ms, int hours) const {
  hours = std::clamp(hours, 1, hours_max);
  const qint64 last_hour = now_ms / hour_ms * hour_ms;
  const qint64 first_hour = last_hour - (hours - 1) * hour_ms;
  std::vector<HourCount> counts(static_cast<size_t>(hours));
  for (int i = 0; i < hours; ++i) counts[static_cast<size_t>(i)].hour_start_ms = first_hour + i * hour_ms;
  for (const Line& line : m_lines) {
    if (line.time_ms < first_hour || line.time_ms >= last_hour + hour_ms) continue;
    const auto slot = static_cast<size_t>((line.time_ms - first_hour) / hour_ms);
    ++counts[slot].by_bucket[static_cast<size_t>(BucketOf(line.level))];
  }
  return counts;
}

QString LogModel::LineText(int row) const {
  const Line& l = m_lines.at(static_cast<size_t>(row));
  return QStringLiteral("%1 %2 %3: %4")
      .arg(QDateTime::fromMSecsSinceEpoch(l.time_ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), LevelText(l.level),
           l.source, l.message);
}

QString LogModel::LevelText(interfaces::LogLevel level) {
  switch (level) {
    case interfaces::LogLevel::Trace: return tr("TRACE");
    case interfaces::LogLevel::Debug: return tr("DEBUG");
    case interfaces::LogLevel::Info: return tr("INFO");
    case interfaces::LogLevel::Warn: return tr("WARN");
    case interfaces::LogLevel::Error: return tr("ERROR");
    case interfaces::LogLevel::Critical: return tr("CRITICAL");
  }
  return {};
}

LogBucket LogModel::BucketOf(interfaces::LogLevel level) {
  switch (level) {
    case interfaces::LogLevel::Trace: return LogBucket::Debug;
    case interfaces::LogLevel::Debug: return LogBucket::Debug;
    case interfaces::LogLevel::Info: return LogBucket::Info;
    case interfaces::LogLevel::Warn: return LogBucket::Warn;
    case interfaces::LogLevel::Error: return LogBucket::Error;
    case interfaces::LogLevel::Critical: return LogBucket::Error;
  }
  return LogBucket::Info;
}

int LogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_lines.size()); }

int LogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant LogModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(m_lines.size())) return {};
  const Line& l = m_lines[static_cast<size_t>(index.row())];
  const auto column = static_cast<Column>(index.column());
  switch (role) {
    case Qt::DisplayRole:
      switch (column) {
        case Time: return l.time_text;
        case Level: return LevelText(l.level);
        case Source: return l.source;
        case Message: return l.message;
        case NB_COLUMNS: break;
      }
      return {};
    case Qt::ToolTipRole:
      if (column == Time) return QDateTime::fromMSecsSinceEpoch(l.time_ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
      if (column == Message) return l.message;
      return {};
    case LevelRole:
      return static_cast<int>(l.level);
    case TimeRole:
      return l.time_ms;
    case Qt::BackgroundRole:
      switch (BucketOf(l.level)) {
        case LogBucket::Debug: return {};
        case LogBucket::Info: return {};
        case LogBucket::Warn: return QColor(230, 160, 0, row_tint_alpha);
        case LogBucket::Error: return QColor(220, 40, 40, row_tint_alpha);
      }
      return {};
    case Qt::FontRole:
      if (column == Level && BucketOf(l.level) == LogBucket::Error) {
        QFont font;
        font.setBold(true);
        return font;
      }
      return {};
    default:
      return {};
  }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Time: return tr("Time");
      case Level: return tr("Level");
      case Source: return tr("Source");
      case Message: return tr("Message");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Time: return tr("Local time the line was written");
      case Level: return tr("Severity of the line");
      case Source: return tr("The node that wrote the line");
      case Message: return tr("What the node reported");
      case NB_COLUMNS: break;
    }
  }
  return {};
}

LogFilterProxy::LogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void LogFilterProxy::SetMinimumLevel(interfaces::LogLevel level) {
  if (level == m_min_level) return;
  m_min_level = level;
  invalidateFilter();
}

void LogFilterProxy::SetSearch(const QString& text) {
  if (text == m_search) return;
  m_search = text;
  invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const {
  const QAbstractItemModel* m = sourceModel();
  const QModelIndex level = m->index(source_row, LogModel::Level, source_parent);
  if (level.data(LogModel::LevelRole).toInt() < static_cast<int>(m_min_level)) return false;
  if (m_search.isEmpty()) return true;
  return m->index(source_row, LogModel::Message, source_parent).data().toString().contains(m_search, Qt::CaseInsensitive) ||
         m->index(source_row, LogModel::Source, source_parent).data().toString().contains(m_search, Qt::CaseInsensitive);
}

}  // namespace ordo::ui
