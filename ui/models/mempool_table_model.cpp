#include "models/mempool_table_model.h"

#include <algorithm>

#include <QLocale>

namespace ordo::ui {

void CounterRate::Add(uint64_t now_ms, uint64_t total) {
  if (!m_samples.empty()) {
    if (now_ms <= m_samples.back().now_ms) return;
    if (total < m_samples.back().total) m_samples.clear();
  }
  m_samples.push_back({now_ms, total});
  // Keep the newest sample at or before the window start as the base of the rate.
  const uint64_t window_start = now_ms > rate_window_ms ? now_ms - rate_window_ms : 0;
  while (m_samples.size() > 2 && m_samples[1].now_ms <= window_start) m_samples.pop_front();
  while (m_samples.size() > samples_max) m_samples.pop_front();
}

std::optional<double> CounterRate::PerSecond() const {
  if (m_samples.size() < 2) return std::nullopt;
  const Sample& first = m_samples.front();
  const Sample& last = m_samples.back();
  return static_cast<double>(last.total - first.total) * 1000.0 / static_cast<double>(last.now_ms - first.now_ms);
}

MempoolTableModel::MempoolTableModel(QObject* parent) : KeyedTableModel(parent) {}

void MempoolTableModel::SetTransactions(const std::vector<interfaces::MempoolTx>& txs) {
  SyncRows(m_rows, txs, [](const interfaces::MempoolTx& t) { return t.hash; }, txs_max);
}

QString MempoolTableModel::ShortHex(const std::string& hex) {
  constexpr size_t head_chars = 6;  // "0x" and four digits
  constexpr size_t tail_chars = 4;
  if (hex.size() <= head_chars + tail_chars + 1) return QString::fromStdString(hex);
  return QString::fromStdString(hex.substr(0, head_chars)) + QChar(0x2026) + QString::fromStdString(hex.substr(hex.size() - tail_chars));
}

int MempoolTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MempoolTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant MempoolTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) return {};
  const interfaces::MempoolTx& t = m_rows[static_cast<size_t>(index.row())];
  const auto column = static_cast<Column>(index.column());
  const QLocale locale;
  switch (role) {
    case Qt::DisplayRole:
      switch (column) {
        case Hash: return ShortHex(t.hash);
        case From: return ShortHex(t.from);
        case Nonce: return locale.toString(static_cast<qulonglong>(t.nonce));
        case Tip: return locale.toString(t.tip_gwei, 'f', 3);
        case Gas: return locale.toString(static_cast<qulonglong>(t.gas));
        case Size: return locale.toString(static_cast<qulonglong>(t.size));
        case NB_COLUMNS: break;
      }
      return {};
    case SortRole:
      switch (column) {
        case Hash: return QString::fromStdString(t.hash);
        case From: return QString::fromStdString(t.from);
        case Nonce: return static_cast<qulonglong>(t.nonce);
        case Tip: return t.tip_gwei;
        case Gas: return static_cast<qulonglong>(t.gas);
        case Size: return static_cast<qulonglong>(t.size);
        case NB_COLUMNS: break;
      }
      return {};
    case HashRole:
      return QString::fromStdString(t.hash);
    case Qt::ToolTipRole:
      if (column == Hash) return QString::fromStdString(t.hash);
      if (column == From) return QString::fromStdString(t.from);
      return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
      if (column == Hash || column == From) return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant MempoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Hash: return tr("Hash");
      case From: return tr("From");
      case Nonce: return tr("Nonce");
      case Tip: return tr("Tip (gwei)");
      case Gas: return tr("Gas");
      case Size: return tr("Size (bytes)");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Hash: return tr("Transaction hash");
      case From: return tr("Sender address");
      case Nonce: return tr("Sender's nonce of the transaction");
      case Tip: return tr("Effective priority fee at the next block's base fee, in gwei");
      case Gas: return tr("Gas limit of the transaction");
      case Size: return tr("Encoded size of the transaction in bytes");
      case NB_COLUMNS: break;
    }
  }
  return {};
}

RejectionTableModel::RejectionTableModel(QObject* parent) : KeyedTableModel(parent) {}

void RejectionTableModel::SetRejections(const std::vector<interfaces::RejectionCount>& rejected, uint64_t now_ms) {
  for (const auto& r : rejected) {
    auto it = m_rates.find(r.reason);
    if (it == m_rates.end()) {
      if (m_rates.size() >= reasons_max) continue;
      it = m_rates.emplace(r.reason, CounterRate{}).first;
    }
    it->second.Add(now_ms, r.total);
  }
  SyncRows(m_rows, rejected, [](const interfaces::RejectionCount& r) { return r.reason; }, reasons_max);
  std::erase_if(m_rates, [this](const auto& entry) {
    return std::none_of(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r.reason == entry.first; });
  });
}

std::optional<double> RejectionTableModel::RatePerSecond(const std::string& reason) const {
  auto it = m_rates.find(reason);
  if (it == m_rates.end()) return std::nullopt;
  return it->second.PerSecond();
}

int RejectionTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : NB_COLUMNS; }

QVariant RejectionTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) return {};
  const interfaces::RejectionCount& r = m_rows[static_cast<size_t>(index.row())];
  const auto column = static_cast<Column>(index.column());
  const std::optional<double> rate = RatePerSecond(r.reason);
  switch (role) {
    case Qt::DisplayRole:
      switch (column) {
        case Reason: return QString::fromStdString(r.reason);
        case Total: return QLocale().toString(static_cast<qulonglong>(r.total));
        case Rate: return rate ? QLocale().toString(*rate, 'f', 2) : tr("…");
        case NB_COLUMNS: break;
      }
      return {};
    case SortRole:
      switch (column) {
        case Reason: return QString::fromStdString(r.reason);
        case Total: return static_cast<qulonglong>(r.total);
        case Rate: return rate.value_or(-1.0);
        case NB_COLUMNS: break;
      }
      return {};
    case Qt::ToolTipRole:
      if (column == Rate && !rate) return tr("Collecting data…");
      return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
      if (column == Reason) return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
      return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
      return {};
  }
}

QVariant RejectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (static_cast<Column>(section)) {
      case Reason: return tr("Reason");
      case Total: return tr("Total");
      case Rate: return tr("Rate (/s)");
      case NB_COLUMNS: break;
    }
  } else if (role == Qt::ToolTipRole) {
    switch (static_cast<Column>(section)) {
      case Reason: return tr("Why the mempool refused the transaction");
      case Total: return tr("Transactions refused for this reason since the node started");
      case Rate: return tr("Refusals per second over the last %n second(s)", nullptr, static_cast<int>(CounterRate::rate_window_ms / 1000));
      case NB_COLUMNS: break;
    }
  }
  return {};
}

}  // namespace ordo::ui
