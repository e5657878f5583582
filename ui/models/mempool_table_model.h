#pragma once
// Mempool models: the best pending transactions by tip (MempoolTableModel), the rejections by
// reason with their recent rate (RejectionTableModel), and CounterRate, which turns a cumulative
// counter sampled with each snapshot into a per-second rate.

#include <deque>
#include <map>
#include <optional>
#include <vector>

#include <QString>

#include "models/keyed_table_model.h"
#include "ordo/interfaces/node.h"

namespace ordo::ui {

// Rate of a cumulative counter over the last rate_window_ms, from samples stamped with the
// snapshot clock (NodeStatus::now_ms). A sample not newer than the last one is ignored (the
// poller may see the same node state twice); a counter that goes down (node restart) starts over.
class CounterRate {
 public:
  static constexpr uint64_t rate_window_ms = 5000;
  static constexpr size_t samples_max = 64;

  void Add(uint64_t now_ms, uint64_t total);
  // Per second over the window; nullopt until two samples are known.
  std::optional<double> PerSecond() const;
  void Clear() { m_samples.clear(); }

 private:
  struct Sample {
    uint64_t now_ms = 0;
    uint64_t total = 0;
  };
  std::deque<Sample> m_samples;  // oldest first
};

class MempoolTableModel : public KeyedTableModel {
  Q_OBJECT

 public:
  enum Column { Hash, From, Nonce, Tip, Gas, Size, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // raw value of the cell
    HashRole,                 // the full transaction hash (any column)
  };
  static constexpr size_t txs_max = 100;

  explicit MempoolTableModel(QObject* parent = nullptr);

  void SetTransactions(const std::vector<interfaces::MempoolTx>& txs);

  // "0x1234…cdef": enough to tell hashes and addresses apart at a glance.
  static QString ShortHex(const std::string& hex);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<interfaces::MempoolTx> m_rows;
};

class RejectionTableModel : public KeyedTableModel {
  Q_OBJECT

 public:
  enum Column { Reason, Total, Rate, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // raw value of the cell; the rate is -1 while unknown
  };
  static constexpr size_t reasons_max = 64;

  explicit RejectionTableModel(QObject* parent = nullptr);

  // Takes the cumulative counters of one snapshot taken at `now_ms`.
  void SetRejections(const std::vector<interfaces::RejectionCount>& rejected, uint64_t now_ms);
  // Per second for `reason` over the recent window; nullopt while unknown.
  std::optional<double> RatePerSecond(const std::string& reason) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<interfaces::RejectionCount> m_rows;
  std::map<std::string, CounterRate> m_rates;  // by reason, bounded by reasons_max
};

}  // namespace ordo::ui
