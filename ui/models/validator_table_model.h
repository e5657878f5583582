#pragma once
// ValidatorTableModel: the validator set with signing statistics, one row per validator key,
// diffed across snapshots. The operator's own validator is bold, tinted and marked "(you)".

#include <vector>

#include <QString>

#include "models/keyed_table_model.h"
#include "ordo/interfaces/node.h"

namespace ordo::ui {

// Where a validator stands. Jailed and Tombstoned arrive with staking.
enum class ValidatorStatus { Active, NotInSet };

class ValidatorTableModel : public KeyedTableModel {
  Q_OBJECT

 public:
  enum Column { Moniker, Key, Power, PowerShare, ProposerPriority, LastSigned, Missed, Status, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // raw value of the cell
    KeyRole,                  // the full validator key (any column)
    IsSelfRole,               // bool: the operator's own validator
    StatusRole,               // int(ValidatorStatus)
  };
  static constexpr size_t validators_max = 1000;
  static constexpr int short_key_chars = 12;
  // Alpha of the highlight colour behind the operator's row: visible, text still readable.
  static constexpr int self_highlight_alpha = 48;

  explicit ValidatorTableModel(QObject* parent = nullptr);

  void SetValidators(const std::vector<interfaces::ValidatorInfo>& validators);
  const interfaces::ValidatorInfo* ValidatorAt(int row) const;

  static ValidatorStatus StatusOf(const interfaces::ValidatorInfo& v);
  static QString StatusText(ValidatorStatus status);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QVariant DisplayData(const interfaces::ValidatorInfo& v, Column column) const;
  QVariant SortData(const interfaces::ValidatorInfo& v, Column column) const;

  std::vector<interfaces::ValidatorInfo> m_rows;
};

}  // namespace ordo::ui
