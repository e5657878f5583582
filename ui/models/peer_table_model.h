#pragma once
// PeerTableModel: the connected peers of the latest snapshot, one row per peer id. Rows are diffed
// by id across snapshots (no reset), so a view keeps its selection while peers come and go.

#include <vector>

#include <QString>

#include "models/keyed_table_model.h"
#include "ordo/interfaces/node.h"

namespace ordo::ui {

class PeerTableModel : public KeyedTableModel {
  Q_OBJECT

 public:
  enum Column { Id, Moniker, Address, Direction, Power, Height, Rtt, BytesIn, BytesOut, Score, ConnectedSince, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // raw value of the cell, for QSortFilterProxyModel
    PeerIdRole,               // the full peer id (any column)
    FilterRole,               // "id moniker address" (any column), what the filter box matches
  };
  static constexpr size_t peers_max = 1000;
  static constexpr int short_id_chars = 12;

  explicit PeerTableModel(QObject* parent = nullptr);

  // Replaces the rows by `peers`; `now_ms` (the snapshot's clock) dates "connected since".
  void SetPeers(const std::vector<interfaces::PeerInfo>& peers, uint64_t now_ms);
  // The peer at `row`, or nullptr.
  const interfaces::PeerInfo* PeerAt(int row) const;
  // The row of `peer_id`, or -1.
  int RowOf(const QString& peer_id) const;
  uint64_t NowMs() const { return m_now_ms; }

  // "1.5 KiB", "12.0 MiB".
  static QString FormatBytes(uint64_t bytes);
  // "42 s", "5 min", "3 h 12 min", "2 d 4 h".
  static QString FormatDuration(uint64_t ms);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QVariant DisplayData(const interfaces::PeerInfo& p, Column column) const;
  QVariant SortData(const interfaces::PeerInfo& p, Column column) const;

  std::vector<interfaces::PeerInfo> m_rows;
  uint64_t m_now_ms = 0;
};

}  // namespace ordo::ui
