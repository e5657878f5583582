#include "models/evidence_table_model.h"

#include <algorithm>

#include <QDateTime>

#include "models/keyed_row_diff.h"

namespace ordo::ui {

namespace {

bool SameEvidence(const interfaces::EvidenceInfo& a, const interfaces::EvidenceInfo& b) {
  return EvidenceTableModel::Key(a) == EvidenceTableModel::Key(b) && a.offender_moniker == b.offender_moniker &&
         a.offender_power == b.offender_power && a.seen_ms == b.seen_ms && a.included_height == b.included_height &&
         a.offender_index == b.offender_index;
}

QString KindText(const std::string& kind) {
  if (kind == "duplicate prevote") return EvidenceTableModel::tr("Duplicate prevote");
  if (kind == "duplicate precommit") return EvidenceTableModel::tr("Duplicate precommit");
  if (kind == "double proposal") return EvidenceTableModel::tr("Double proposal");
  return QString::fromStdString(kind);
}

}  // namespace

EvidenceTableModel::EvidenceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

std::string EvidenceTableModel::Key(const interfaces::EvidenceInfo& e) {
  return e.kind + '/' + std::to_string(e.height) + '/' + std::to_string(e.round) + '/' + e.offender_key;
}

void EvidenceTableModel::SetEvidence(const std::vector<interfaces::EvidenceInfo>& evidence) {
  // Keep the newest rows_max (the list is newest last).
  const size_t skip = evidence.size() > rows_max ? evidence.size() - rows_max : 0;
  const std::vector<interfaces::EvidenceInfo> kept(evidence.begin() + static_cast<std::ptrdiff_t>(skip), evidence.end());
  ApplyKeyedRows(m_rows, kept, &EvidenceTableModel::Key, SameEvidence,
                 RowNotifier{[this](int f, int l) { beginRemoveRows({}, f, l); }, [this] { endRemoveRows(); },
                             [this](int f, int l) { beginInsertRows({}, f, l); }, [this] { endInsertRows(); },
                             [this](int f, int l) { Q_EMIT dataChanged(index(f, 0), index(l, NB_COLUMNS - 1)); }});
}

void EvidenceTableModel::AddEvidence(const interfaces::EvidenceInfo& evidence) {
  const std::string key = Key(evidence);
  if (std::any_of(m_rows.begin(), m_rows.end(), [&](const auto& e) { return Key(e) == key; })) return;
  if (m_rows.size() >= rows_max) {
    beginRemoveRows({}, 0, 0);
    m_rows.erase(m_rows.begin());
    endRemoveRows();
  }
  const int row = static_cast<int>(m_rows.size());
  beginInsertRows({}, row, row);
  m_rows.push_back(evidence);
  endInsertRows();
}

int EvidenceTableModel::PendingCount() const {
  return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const auto& e) { return e.included_height == 0; }));
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) return {};
  const interfaces::EvidenceInfo& e = m_rows[static_cast<size_t>(index.row())];
  const auto column = static_cast<Column>(index.column());
  if (role == PendingRole) return e.included_height == 0;
  if (role == SortRole) {
    switch (column) {
      case Kind: return QString::fromStdString(e.kind);
      case Height: return QVariant::fromValue<quint64>(e.height);
      case Round: return e.round;
      case Offender: return QString::fromStdString(e.offender_moniker);
      case Power: return QVariant::fromValue<quint64>(e.offender_power);
      case Seen: return QVariant::fromValue<quint64>(e.seen_ms);
      case Included: return QVariant::fromValue<quint64>(e.included_height);
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (column) {
      case Offender: return tr("Validator %1, key %2").arg(e.offender_index).arg(QString::fromStdString(e.offender_key));
      case Included:
        return e.included_height ? tr("Committed in block %1").arg(e.included_height)
                                 : tr("Seen by this node, not yet included in a block");
      case Kind: case Height: case Round: case Power: case Seen: case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::TextAlignmentRole) {
    switch (column) {
      case Height: case Round: case Power: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      case Kind: case Offender: case Seen: case Included: case NB_COLUMNS: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (column) {
    case Kind: return KindText(e.kind);
    case Height: return QString::number(e.height);
    case Round: return QString::number(e.round);
    case Offender:
      return tr("%1 (%2…)").arg(QString::fromStdString(e.offender_moniker), QString::fromStdString(e.offender_key.substr(0, 8)));
    case Power: return QString::number(e.offender_power);
    case Seen:
      return e.seen_ms ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(e.seen_ms)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
    case Included: return e.included_height ? tr("at height %1").arg(e.included_height) : tr("pending");
    case NB_COLUMNS: return {};
  }
  return {};
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Kind: return tr("Kind");
      case Height: return tr("Height");
      case Round: return tr("Round");
      case Offender: return tr("Offender");
      case Power: return tr("Power");
      case Seen: return tr("Seen");
      case Included: return tr("Included");
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Kind: return tr("What the offender signed twice");
      case Height: return tr("Height of the conflicting votes or proposals");
      case Round: return tr("Round of the conflicting votes or proposals");
      case Offender: return tr("The validator that equivocated (moniker and key prefix)");
      case Power: return tr("The offender's voting power");
      case Seen: return tr("When this node first saw the evidence, local time");
      case Included: return tr("The block that includes the evidence, or pending");
      case NB_COLUMNS: return {};
    }
  }
  return {};
}

}  // namespace ordo::ui
