#include "models/block_table_model.h"

#include <algorithm>
#include <unordered_set>

#include <QDateTime>

namespace ordo::ui {

namespace {

bool SameBlock(const interfaces::BlockSummary& a, const interfaces::BlockSummary& b) {
  return a.height == b.height && a.hash == b.hash && a.time_ms == b.time_ms && a.txs == b.txs &&
         a.gas_used == b.gas_used && a.round == b.round && a.proposer == b.proposer && a.latency_ms == b.latency_ms;
}

}  // namespace

BlockTableModel::BlockTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BlockTableModel::SetBlocks(const std::vector<interfaces::BlockSummary>& blocks_in) {
  // Newest first and unique by height, whatever the source did.
  std::vector<interfaces::BlockSummary> blocks(blocks_in);
  std::stable_sort(blocks.begin(), blocks.end(), [](const auto& a, const auto& b) { return a.height > b.height; });
  blocks.erase(std::unique(blocks.begin(), blocks.end(), [](const auto& a, const auto& b) { return a.height == b.height; }),
               blocks.end());
  if (blocks.size() > rows_max) blocks.resize(rows_max);

  // 1. Remove rows whose height left, in contiguous ranges from the bottom.
  std::unordered_set<uint64_t> keep;
  for (const auto& b : blocks) keep.insert(b.height);
  for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
    if (keep.count(m_rows[static_cast<size_t>(row)].height)) {
      --row;
      continue;
    }
    int first = row;
    while (first > 0 && !keep.count(m_rows[static_cast<size_t>(first - 1)].height)) --first;
    beginRemoveRows({}, first, row);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
    endRemoveRows();
    row = first - 1;
  }

  // 2. The remaining rows are a subsequence of `blocks` (both sorted): insert the gaps, update the rest.
  int changed_first = -1;
  int changed_last = -1;
  size_t i = 0;
  while (i < blocks.size()) {
    if (i < m_rows.size() && m_rows[i].height == blocks[i].height) {
      if (!SameBlock(m_rows[i], blocks[i])) {
        m_rows[i] = blocks[i];
        if (changed_first < 0) changed_first = static_cast<int>(i);
        changed_last = static_cast<int>(i);
      }
      ++i;
      continue;
    }
    size_t end = i;
    while (end < blocks.size() && (i >= m_rows.size() || blocks[end].height != m_rows[i].height)) ++end;
    beginInsertRows({}, static_cast<int>(i), static_cast<int>(end) - 1);
    m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), blocks.begin() + static_cast<std::ptrdiff_t>(i),
                  blocks.begin() + static_cast<std::ptrdiff_t>(end));
    endInsertRows();
    i = end;
  }
  if (changed_first >= 0) Q_EMIT dataChanged(index(changed_first, 0), index(changed_last, NB_COLUMNS - 1));
}

const interfaces::BlockSummary* BlockTableModel::BlockAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_rows.size())) return nullptr;
  return &m_rows[static_cast<size_t>(row)];
}

int BlockTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BlockTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant BlockTableModel::data(const QModelIndex& index, int role) const {
  const interfaces::BlockSummary* b = index.isValid() ? BlockAt(index.row()) : nullptr;
  if (!b) return {};
  const auto column = static_cast<Column>(index.column());
  if (role == HeightRole) return QVariant::fromValue<quint64>(b->height);
  if (role == Qt::TextAlignmentRole) {
    switch (column) {
      case Height: case Txs: case Round: case Latency: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      case Time: case Proposer: case Hash: case NB_COLUMNS: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
  }
  if (role == SortRole) {
    switch (column) {
      case Height: return QVariant::fromValue<quint64>(b->height);
      case Time: return QVariant::fromValue<quint64>(b->time_ms);
      case Txs: return QVariant::fromValue<quint64>(b->txs);
      case Proposer: return QString::fromStdString(b->proposer);
      case Round: return b->round;
      case Latency: return b->latency_ms;
      case Hash: return QString::fromStdString(b->hash);
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (column) {
      case Hash: return QString::fromStdString(b->hash);
      case Proposer: return QString::fromStdString(b->proposer_key);
      case Latency:
        return b->latency_ms > 0 ? tr("Height start to durable commit on this node")
                                 : tr("Fetched by block sync: no latency observed");
      case Height: case Time: case Txs: case Round: case NB_COLUMNS: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (column) {
    case Height: return QString::number(b->height);
    case Time: {
      // Formatted once per block: a local-time conversion on every paint and size query of every
      // visible row was a measurable part of the GUI thread's time on this page.
      auto it = m_time_text.find(b->time_ms);
      if (it == m_time_text.end()) {
        if (m_time_text.size() >= 2 * rows_max) m_time_text.clear();
        it = m_time_text.emplace(b->time_ms, QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(b->time_ms))
                                                 .toString(QStringLiteral("HH:mm:ss.zzz")));
      }
      return *it;
    }
    case Txs: return QString::number(b->txs);
    case Proposer: return QString::fromStdString(b->proposer);
    case Round: return QString::number(b->round);
    case Latency: return b->latency_ms > 0 ? QString::number(b->latency_ms, 'f', 1) : QStringLiteral("—");
    case Hash: return QString::fromStdString(b->hash.substr(0, 12)) + QStringLiteral("…");
    case NB_COLUMNS: return {};
  }
  return {};
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Height: return tr("Height");
      case Time: return tr("Time");
      case Txs: return tr("Txs");
      case Proposer: return tr("Proposer");
      case Round: return tr("Round");
      case Latency: return tr("Latency (ms)");
      case Hash: return tr("Hash");
      case NB_COLUMNS: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Height: return tr("Block height");
      case Time: return tr("Block header time, local time zone");
      case Txs: return tr("Transactions in the block");
      case Proposer: return tr("The validator that proposed the block");
      case Round: return tr("The round in which the block was decided");
      case Latency: return tr("Height start to durable commit on this node, in milliseconds");
      case Hash: return tr("Block hash (hover a cell for the full hash)");
      case NB_COLUMNS: return {};
    }
  }
  return {};
}

}  // namespace ordo::ui
