#include "models/alert_table_model.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include "ordo_resources.h"

namespace ordo::ui {

AlertTableModel::AlertTableModel(AlertCenter* alerts, Source source, QObject* parent)
    : QAbstractTableModel(parent), m_alerts(alerts), m_source(source) {
  connect(m_alerts, &AlertCenter::alertsChanged, this, &AlertTableModel::Refresh);
  Refresh();
}

QString AlertTableModel::Key(const Alert& a) {
  // History may hold several episodes of one id; they differ by when they were raised.
  return a.id + QLatin1Char('@') + QString::number(a.raised.toMSecsSinceEpoch()) + QLatin1Char('@') +
         QString::number(a.cleared.isValid() ? a.cleared.toMSecsSinceEpoch() : 0);
}

void AlertTableModel::Refresh() {
  const QList<Alert> next = m_source == Source::Active ? m_alerts->activeAlerts() : m_alerts->history();
  QSet<QString> next_keys;
  for (const Alert& a : next) next_keys.insert(Key(a));

  // Remove rows that went away, in contiguous runs from the end.
  for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
    if (next_keys.contains(Key(m_rows[row]))) {
      --row;
      continue;
    }
    int first = row;
    while (first > 0 && !next_keys.contains(Key(m_rows[first - 1]))) --first;
    beginRemoveRows(QModelIndex(), first, row);
    m_rows.remove(first, row - first + 1);
    endRemoveRows();
    row = first - 1;
  }

  // Update the rows that stayed, and append the new ones.
  QHash<QString, int> row_of;
  for (int row = 0; row < m_rows.size(); ++row) row_of.insert(Key(m_rows[row]), row);
  QList<Alert> added;
  for (const Alert& a : next) {
    auto it = row_of.constFind(Key(a));
    if (it == row_of.constEnd()) added.push_back(a);
    else m_rows[*it] = a;
  }
  if (!m_rows.isEmpty()) {
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, NB_COLUMNS - 1));
  }
  if (!added.isEmpty()) {
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
  }
}

int AlertTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : NB_COLUMNS;
}

QIcon AlertTableModel::SeverityIcon(AlertSeverity severity) {
  InitResources();
  switch (severity) {
    case AlertSeverity::Info: return QIcon(QStringLiteral(":/icons/severity-info.svg"));
    case AlertSeverity::Warning: return QIcon(QStringLiteral(":/icons/severity-warning.svg"));
    case AlertSeverity::Critical: return QIcon(QStringLiteral(":/icons/severity-critical.svg"));
  }
  return {};
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= NB_COLUMNS) return {};
  const Alert& a = m_rows[index.row()];
  const auto column = static_cast<Column>(index.column());
  const QDateTime& since = m_source == Source::Active ? a.raised : a.cleared;
  switch (role) {
    case SeverityRole: return static_cast<int>(a.severity);
    case IdRole: return a.id;
    case ActiveRole: return a.active;
    case Qt::DecorationRole:
      return column == Severity ? QVariant(SeverityIcon(a.severity)) : QVariant();
    case Qt::ToolTipRole:
      if (column == Since) {
        return a.cleared.isValid()
                   ? tr("Raised %1, %2 %3").arg(QLocale().toString(a.raised, QLocale::LongFormat),
                                                a.acknowledged ? tr("acknowledged") : tr("recovered"),
                                                QLocale().toString(a.cleared, QLocale::LongFormat))
                   : tr("Raised %1").arg(QLocale().toString(a.raised, QLocale::LongFormat));
      }
      if (column == Count) return tr("How many times this alert has been raised");
      return a.detail;
    case Qt::TextAlignmentRole:
      return column == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
      switch (column) {
        case Severity: return static_cast<int>(a.severity);
        case Title: return a.title;
        case Detail: return a.detail;
        case Since: return since.toMSecsSinceEpoch();
        case Count: return a.count;
        case NB_COLUMNS: return {};
      }
      return {};
    case Qt::DisplayRole:
      switch (column) {
        case Severity: return AlertSeverityName(a.severity);
        case Title: return a.title;
        case Detail: return a.detail;
        case Since: {
          const QString when = QLocale().toString(since, QLocale::ShortFormat);
          if (m_source == Source::Active) return when;
          return a.acknowledged ? tr("%1 (acknowledged)").arg(when) : tr("%1 (recovered)").arg(when);
        }
        case Count: return a.count;
        case NB_COLUMNS: return {};
      }
      return {};
    default: return {};
  }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= NB_COLUMNS) return {};
  const auto column = static_cast<Column>(section);
  if (role == Qt::DisplayRole) {
    switch (column) {
      case Severity: return tr("Severity");
      case Title: return tr("Alert");
      case Detail: return tr("Detail");
      case Since: return m_source == Source::Active ? tr("Since") : tr("Cleared");
      case Count: return tr("Count");
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (column) {
      case Severity: return tr("Info, Warning or Critical");
      case Title: return tr("What is wrong");
      case Detail: return tr("What was measured, and what to check");
      case Since: return m_source == Source::Active ? tr("When the alert was raised") : tr("When the alert cleared");
      case Count: return tr("How many times this alert has been raised");
      case NB_COLUMNS: return {};
    }
  }
  return {};
}

}  // namespace ordo::ui
