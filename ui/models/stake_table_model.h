#pragma once
// StakeTableModel: the active validator set's stake as voting power and share, keyed by the
// validator's key. Row order is the node's; sorting is left to a proxy.

#include <vector>

#include <QAbstractTableModel>

#include "models/node_snapshot.h"

namespace ordo::ui {

class StakeTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Moniker, Key, Power, Share, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // numbers as numbers
    IsSelfRole,               // bool: the operator's validator
  };
  static constexpr size_t rows_max = 1000;

  explicit StakeTableModel(QObject* parent = nullptr);

  void SetValidators(const std::vector<interfaces::ValidatorInfo>& validators);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<interfaces::ValidatorInfo> m_rows;
};

}  // namespace ordo::ui
