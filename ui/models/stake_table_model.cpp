#include "models/stake_table_model.h"

#include <QFont>

#include "models/keyed_row_diff.h"

namespace ordo::ui {

namespace {

bool SameStake(const interfaces::ValidatorInfo& a, const interfaces::ValidatorInfo& b) {
  return a.key == b.key && a.moniker == b.moniker && a.power == b.power && a.power_share == b.power_share &&
         a.is_self == b.is_self;
}

}  // namespace

StakeTableModel::StakeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StakeTableModel::SetValidators(const std::vector<interfaces::ValidatorInfo>& validators) {
  std::vector<interfaces::ValidatorInfo> kept(validators);
  if (kept.size() > rows_max) kept.resize(rows_max);
  ApplyKeyedRows(m_rows, kept, [](const interfaces::ValidatorInfo& v) { return v.key; }, SameStake,
                 RowNotifier{[this](int f, int l) { beginRemoveRows({}, f, l); }, [this] { endRemoveRows(); },
                             [this](int f, int l) { beginInsertRows({}, f, l); }, [this] { endInsertRows(); },
                             [this](int f, int l) { Q_EMIT dataChanged(index(f, 0), index(l, NB_COLUMNS - 1)); }});
}

int StakeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StakeTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant StakeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) return {};
  const interfaces::ValidatorInfo& v = m_rows[static_cast<size_t>(index.row())];
  const auto column = static_cast<Column>(index.column());
  if (role == IsSelfRole) return v.is_self;
  if (role == Qt::FontRole && v.is_self) {
    QFont f;
    f.setBold(true);
    return f;
  }
  if (role == SortRole) {
    switch (column) {
      case Moniker: return QString::fromStdString(v.moniker);
      case Key: return QString::fromStdString(v.key);
      case Power: return QVariant::fromValue<quint64>(v.power);
      case Share: return v.power_share;
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole && column == Key) return QString::fromStdString(v.key);
  if (role == Qt::TextAlignmentRole) {
    switch (column) {
      case Power: case Share: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      case Moniker: case Key: case NB_COLUMNS: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (column) {
    case Moniker: return v.is_self ? tr("%1 (this node)").arg(QString::fromStdString(v.moniker)) : QString::fromStdString(v.moniker);
    case Key: return QString::fromStdString(v.key.substr(0, 16)) + QStringLiteral("…");
    case Power: return QString::number(v.power);
    case Share: return tr("%1 %").arg(100.0 * v.power_share, 0, 'f', 2);
    case NB_COLUMNS: return {};
  }
  return {};
}

QVariant StakeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Moniker: return tr("Validator");
      case Key: return tr("Key");
      case Power: return tr("Voting power");
      case Share: return tr("Share");
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Moniker: return tr("The validator's moniker");
      case Key: return tr("The validator's x-only public key (hover for all of it)");
      case Power: return tr("Stake bonded by the validator, as voting power");
      case Share: return tr("Share of the total voting power");
      case NB_COLUMNS: return {};
    }
  }
  return {};
}

}  // namespace ordo::ui
