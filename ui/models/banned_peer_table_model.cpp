#include "models/banned_peer_table_model.h"

#include <limits>

#include <QDateTime>
#include <QLocale>

#include "models/peer_table_model.h"

namespace ordo::ui {

BannedPeerTableModel::BannedPeerTableModel(QObject* parent) : KeyedTableModel(parent) {}

void BannedPeerTableModel::SetBanned(const std::vector<interfaces::BannedPeerInfo>& banned) {
  SyncRows(m_rows, banned, [](const interfaces::BannedPeerInfo& b) { return b.id; }, banned_max);
}

const interfaces::BannedPeerInfo* BannedPeerTableModel::BanAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_rows.size())) return nullptr;
  return &m_rows[static_cast<size_t>(row)];
}

int BannedPeerTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BannedPeerTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant BannedPeerTableModel::data(const QModelIndex& index, int role) const {
  const interfaces::BannedPeerInfo* b = index.isValid() ? BanAt(index.row()) : nullptr;
  if (b == nullptr) return {};
  const auto column = static_cast<Column>(index.column());
  const QDateTime until = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(b->until_ms));
  switch (role) {
    case Qt::DisplayRole:
      switch (column) {
        case Id: return QString::fromStdString(b->id.substr(0, PeerTableModel::short_id_chars));
        case Reason: return QString::fromStdString(b->reason);
        case Until: return b->until_ms == 0 ? tr("until unbanned") : QLocale().toString(until, QLocale::ShortFormat);
        case NB_COLUMNS: break;
      }
      return {};
    case SortRole:
      switch (column) {
        case Id: return QString::fromStdString(b->id);
        case Reason: return QString::fromStdString(b->reason);
        // A permanent ban sorts after every timed one.
        case Until: return b->until_ms == 0 ? std::numeric_limits<qulonglong>::max() : static_cast<qulonglong>(b->until_ms);
        case NB_COLUMNS: break;
      }
      return {};
    case PeerIdRole:
      return QString::fromStdString(b->id);
    case Qt::ToolTipRole:
      if (column == Id) return tr("Peer id %1").arg(QString::fromStdString(b->id));
      if (column == Until && b->until_ms != 0) return QLocale().toString(until, QLocale::LongFormat);
      return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    default:
      return {};
  }
}

QVariant BannedPeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Id: return tr("Peer id");
      case Reason: return tr("Reason");
      case Until: return tr("Until");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Id: return tr("Digest of the banned peer's node key");
      case Reason: return tr("Why the peer was banned (by the operator or for misbehaviour)");
      case Until: return tr("When the ban ends; bans by the operator last until lifted");
      case NB_COLUMNS: break;
    }
  }
  return {};
}

}  // namespace ordo::ui
