#pragma once
// AlertTableModel: the active alerts, or the alert history, of an AlertCenter as a table. Rows are
// diffed by key on every change (inserted, removed, or changed in place), so selections survive
// updates. Sorting and filtering belong to a QSortFilterProxyModel on top (SortRole, SeverityRole).

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include "alerts/alert_center.h"

namespace ordo::ui {

class AlertTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum class Source { Active, History };
  enum Column { Severity, Title, Detail, Since, Count, NB_COLUMNS };
  enum Role {
    SeverityRole = Qt::UserRole,  // int: AlertSeverity
    IdRole,                       // QString: the alert id
    SortRole,                     // a value that sorts naturally (raised time as ms, severity as int)
    ActiveRole,                   // bool
  };

  AlertTableModel(AlertCenter* alerts, Source source, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // The alert shown in `row` (must be valid).
  const Alert& alertAt(int row) const { return m_rows.at(row); }
  static QIcon SeverityIcon(AlertSeverity severity);

 private:
  void Refresh();
  static QString Key(const Alert& a);

  AlertCenter* m_alerts;
  Source m_source;
  QList<Alert> m_rows;
};

}  // namespace ordo::ui
