#pragma once
// BlockTableModel: the recent committed blocks of the latest snapshot, newest first, keyed by
// height. Updates are diffed: rows that left are removed, new ones inserted, changed ones
// reported with dataChanged.

#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include "models/node_snapshot.h"

namespace ordo::ui {

class BlockTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Height, Time, Txs, Proposer, Round, Latency, Hash, NB_COLUMNS };
  enum Role {
    HeightRole = Qt::UserRole,  // quint64
    SortRole,                   // numbers as numbers, for QSortFilterProxyModel
  };
  static constexpr size_t rows_max = 500;

  explicit BlockTableModel(QObject* parent = nullptr);

  // Replaces the rows with `blocks` (newest first), keeping rows whose height stays.
  void SetBlocks(const std::vector<interfaces::BlockSummary>& blocks);
  const interfaces::BlockSummary* BlockAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<interfaces::BlockSummary> m_rows;  // newest first
  mutable QHash<quint64, QString> m_time_text;    // display text by header time, at most 2 * rows_max
};

}  // namespace ordo::ui
