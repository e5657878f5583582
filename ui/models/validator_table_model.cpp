#include "models/validator_table_model.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ordo::ui {

ValidatorTableModel::ValidatorTableModel(QObject* parent) : KeyedTableModel(parent) {}

void ValidatorTableModel::SetValidators(const std::vector<interfaces::ValidatorInfo>& validators) {
  SyncRows(m_rows, validators, [](const interfaces::ValidatorInfo& v) { return v.key; }, validators_max);
}

const interfaces::ValidatorInfo* ValidatorTableModel::ValidatorAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_rows.size())) return nullptr;
  return &m_rows[static_cast<size_t>(row)];
}

ValidatorStatus ValidatorTableModel::StatusOf(const interfaces::ValidatorInfo& v) {
  return v.active ? ValidatorStatus::Active : ValidatorStatus::NotInSet;
}

QString ValidatorTableModel::StatusText(ValidatorStatus status) {
  switch (status) {
    case ValidatorStatus::Active: return tr("Active");
    case ValidatorStatus::NotInSet: return tr("Not in set");
  }
  return {};
}

int ValidatorTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ValidatorTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant ValidatorTableModel::data(const QModelIndex& index, int role) const {
  const interfaces::ValidatorInfo* v = index.isValid() ? ValidatorAt(index.row()) : nullptr;
  if (v == nullptr) return {};
  const auto column = static_cast<Column>(index.column());
  switch (role) {
    case Qt::DisplayRole:
      return DisplayData(*v, column);
    case SortRole:
      return SortData(*v, column);
    case KeyRole:
      return QString::fromStdString(v->key);
    case IsSelfRole:
      return v->is_self;
    case StatusRole:
      return static_cast<int>(StatusOf(*v));
    case Qt::FontRole:
      if (v->is_self) {
        QFont font;
        font.setBold(true);
        return font;
      }
      return {};
    case Qt::BackgroundRole:
      if (v->is_self) {
        QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
        tint.setAlpha(self_highlight_alpha);
        return tint;
      }
      return {};
    case Qt::ToolTipRole:
      if (column == Key) return tr("Validator key %1").arg(QString::fromStdString(v->key));
      if (column == Moniker && v->is_self) return tr("This node's validator");
      return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
      if (column == Moniker || column == Key || column == Status) return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant ValidatorTableModel::DisplayData(const interfaces::ValidatorInfo& v, Column column) const {
  const QLocale locale;
  switch (column) {
    case Moniker: {
      const QString name = QString::fromStdString(v.moniker);
      //: Marks the operator's own validator in the validator list.
      return v.is_self ? tr("%1 (you)").arg(name) : name;
    }
    case Key:
      return QString::fromStdString(v.key.substr(0, short_key_chars));
    case Power:
      return locale.toString(static_cast<qulonglong>(v.power));
    case PowerShare:
      return tr("%1 %").arg(locale.toString(v.power_share * 100.0, 'f', 1));
    case ProposerPriority:
      return locale.toString(static_cast<qlonglong>(v.proposer_priority));
    case LastSigned:
      return v.last_signed_height == 0 ? tr("none seen") : locale.toString(static_cast<qulonglong>(v.last_signed_height));
    case Missed:
      //: Blocks the validator missed / heights observed in the window.
      return tr("%1 / %2").arg(v.missed_in_window).arg(v.window);
    case Status:
      return StatusText(StatusOf(v));
    case NB_COLUMNS:
      break;
  }
  return {};
}

QVariant ValidatorTableModel::SortData(const interfaces::ValidatorInfo& v, Column column) const {
  switch (column) {
    case Moniker: return QString::fromStdString(v.moniker);
    case Key: return QString::fromStdString(v.key);
    case Power: return static_cast<qulonglong>(v.power);
    case PowerShare: return v.power_share;
    case ProposerPriority: return static_cast<qlonglong>(v.proposer_priority);
    case LastSigned: return static_cast<qulonglong>(v.last_signed_height);
    case Missed:
      // By the share of the window missed, so 5 of 10 ranks above 6 of 100.
      return v.window == 0 ? 0.0 : static_cast<double>(v.missed_in_window) / static_cast<double>(v.window);
    case Status: return static_cast<int>(StatusOf(v));
    case NB_COLUMNS: break;
  }
  return {};
}

QVariant ValidatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Moniker: return tr("Moniker");
      case Key: return tr("Key");
      case Power: return tr("Power");
      case PowerShare: return tr("Power %");
      case ProposerPriority: return tr("Proposer priority");
      case LastSigned: return tr("Last signed");
      case Missed: return tr("Missed / window");
      case Status: return tr("Status");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Moniker: return tr("Name of the validator");
      case Key: return tr("The validator's x-only public key (first characters; hover a row for all of it)");
      case Power: return tr("Voting power (stake) of the validator");
      case PowerShare: return tr("Share of the total voting power");
      case ProposerPriority: return tr("Proposer priority: the validator with the highest priority proposes next");
      case LastSigned: return tr("Last height whose commit certificate carries this validator's signature");
      case Missed: return tr("Heights whose commit certificate lacks this validator's signature, out of the heights observed in the recent window");
      case Status: return tr("Active: in the validator set and voting");
      case NB_COLUMNS: break;
    }
  }
  return {};
}

}  // namespace ordo::ui
