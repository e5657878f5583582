#include "models/peer_table_model.h"

#include <QDateTime>
#include <QLocale>

namespace ordo::ui {

PeerTableModel::PeerTableModel(QObject* parent) : KeyedTableModel(parent) {}

void PeerTableModel::SetPeers(const std::vector<interfaces::PeerInfo>& peers, uint64_t now_ms) {
  m_now_ms = now_ms;
  SyncRows(m_rows, peers, [](const interfaces::PeerInfo& p) { return p.id; }, peers_max);
}

const interfaces::PeerInfo* PeerTableModel::PeerAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_rows.size())) return nullptr;
  return &m_rows[static_cast<size_t>(row)];
}

int PeerTableModel::RowOf(const QString& peer_id) const {
  const std::string id = peer_id.toStdString();
  for (size_t i = 0; i < m_rows.size(); ++i) {
    if (m_rows[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

QString PeerTableModel::FormatBytes(uint64_t bytes) {
  return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeIecFormat);
}

QString PeerTableModel::FormatDuration(uint64_t ms) {
  const uint64_t s = ms / 1000;
  if (s < 60) return tr("%1 s").arg(s);
  if (s < 3600) return tr("%1 min").arg(s / 60);
  if (s < 86400) return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
  return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

int PeerTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeerTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant PeerTableModel::data(const QModelIndex& index, int role) const {
  const interfaces::PeerInfo* p = index.isValid() ? PeerAt(index.row()) : nullptr;
  if (p == nullptr) return {};
  const auto column = static_cast<Column>(index.column());
  switch (role) {
    case Qt::DisplayRole:
      return DisplayData(*p, column);
    case SortRole:
      return SortData(*p, column);
    case PeerIdRole:
      return QString::fromStdString(p->id);
    case FilterRole:
      return QString::fromStdString(p->id + ' ' + p->moniker + ' ' + p->address);
    case Qt::ToolTipRole:
      if (column == Id) return tr("Peer id %1\nNode key %2").arg(QString::fromStdString(p->id), QString::fromStdString(p->node_key));
      if (column == ConnectedSince) {
        return tr("Connected since %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p->connected_since_ms)), QLocale::LongFormat));
      }
      return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
      if (column == Id || column == Moniker || column == Address || column == Direction) {
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
      }
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant PeerTableModel::DisplayData(const interfaces::PeerInfo& p, Column column) const {
  switch (column) {
    case Id:
      return QString::fromStdString(p.id.substr(0, short_id_chars));
    case Moniker:
      return QString::fromStdString(p.moniker);
    case Address:
      return QString::fromStdString(p.address);
    case Direction:
      return p.outbound ? tr("outbound") : tr("inbound");
    case Power:
      return p.validator_power == 0 ? tr("–") : QLocale().toString(static_cast<qulonglong>(p.validator_power));
    case Height:
      return QLocale().toString(static_cast<qulonglong>(p.height));
    case Rtt:
      return QLocale().toString(p.rtt_ms, 'f', p.rtt_ms < 10 ? 2 : 0);
    case BytesIn:
      return FormatBytes(p.bytes_in);
    case BytesOut:
      return FormatBytes(p.bytes_out);
    case Score:
      return p.score;
    case ConnectedSince:
      if (p.connected_since_ms == 0 || p.connected_since_ms > m_now_ms) return tr("just now");
      return FormatDuration(m_now_ms - p.connected_since_ms);
    case NB_COLUMNS:
      break;
  }
  return {};
}

QVariant PeerTableModel::SortData(const interfaces::PeerInfo& p, Column column) const {
  switch (column) {
    case Id:
      return QString::fromStdString(p.id);
    case Moniker:
      return QString::fromStdString(p.moniker);
    case Address:
      return QString::fromStdString(p.address);
    case Direction:
      return p.outbound ? 1 : 0;
    case Power:
      return static_cast<qulonglong>(p.validator_power);
    case Height:
      return static_cast<qulonglong>(p.height);
    case Rtt:
      return p.rtt_ms;
    case BytesIn:
      return static_cast<qulonglong>(p.bytes_in);
    case BytesOut:
      return static_cast<qulonglong>(p.bytes_out);
    case Score:
      return p.score;
    case ConnectedSince:
      // Longest connected first when ascending by duration: sort by the start time, reversed.
      return -static_cast<qlonglong>(p.connected_since_ms);
    case NB_COLUMNS:
      break;
  }
  return {};
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Id: return tr("Peer id");
      case Moniker: return tr("Moniker");
      case Address: return tr("Address");
      case Direction: return tr("Direction");
      case Power: return tr("Power");
      case Height: return tr("Height");
      case Rtt: return tr("RTT (ms)");
      case BytesIn: return tr("Received");
      case BytesOut: return tr("Sent");
      case Score: return tr("Score");
      case ConnectedSince: return tr("Connected");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Id: return tr("Digest of the peer's node key (first characters; hover a row for all of it)");
      case Moniker: return tr("Name the peer announced");
      case Address: return tr("Network address of the connection (host:port)");
      case Direction: return tr("Outbound: this node dialled the peer. Inbound: the peer dialled this node");
      case Power: return tr("Voting power of the validator running on the peer; – when it is not a validator");
      case Height: return tr("Last height the peer reported");
      case Rtt: return tr("Round-trip time of the last ping, in milliseconds");
      case BytesIn: return tr("Bytes received from the peer on this connection");
      case BytesOut: return tr("Bytes sent to the peer on this connection");
      case Score: return tr("Misbehaviour points; the peer is banned when they reach the limit");
      case ConnectedSince: return tr("How long the connection has been up");
      case NB_COLUMNS: break;
    }
  }
  return {};
}

}  // namespace ordo::ui
