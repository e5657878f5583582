#pragma once
// BannedPeerTableModel: the peers this node refuses, with the reason and the end of the ban,
// diffed by peer id across snapshots.

#include <vector>

#include <QString>

#include "models/keyed_table_model.h"
#include "ordo/interfaces/node.h"

namespace ordo::ui {

class BannedPeerTableModel : public KeyedTableModel {
  Q_OBJECT

 public:
  enum Column { Id, Reason, Until, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // raw value of the cell
    PeerIdRole,               // the full peer id (any column)
  };
  static constexpr size_t banned_max = 1000;

  explicit BannedPeerTableModel(QObject* parent = nullptr);

  void SetBanned(const std::vector<interfaces::BannedPeerInfo>& banned);
  const interfaces::BannedPeerInfo* BanAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<interfaces::BannedPeerInfo> m_rows;
};

}  // namespace ordo::ui
