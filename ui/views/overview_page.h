#pragma once
// OverviewPage: the node at a glance. A grid of metric cards (height, round, step, last block,
// interval, peers, mempool, own validator status and power, signer, sync progress, chain) and the
// in-process validators of a local network with Stop/Start buttons.

#include <deque>
#include <map>
#include <optional>

#include <QString>
#include <QWidget>

#include "models/node_snapshot.h"

class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ordo::ui {

class ClientModel;
class MetricCard;

// The operator's standing in the validator set. Jailed and tombstoned arrive with slashing.
enum class OwnValidatorStatus {
  Active,        // the operator's key is in the active set
  NotValidator,  // no key, or a key outside the active set
};

OwnValidatorStatus OwnValidatorStatusOf(const interfaces::NodeStatus& status);
QString OwnValidatorStatusText(OwnValidatorStatus status);

// Catch-up rate measured across snapshots: (Unix ms, last committed height) samples.
class SyncEstimator {
 public:
  static constexpr size_t samples_max = 120;          // ~30 s of snapshots at 4 Hz
  static constexpr uint64_t in_sync_tolerance_blocks = 2;

  void AddSample(uint64_t now_ms, uint64_t last_committed);
  void Clear() { m_samples.clear(); }
  // Blocks per second over the samples held; nullopt with fewer than two samples or no progress.
  std::optional<double> RateBlocksPerSecond() const;

 private:
  std::deque<std::pair<uint64_t, uint64_t>> m_samples;
};

class OverviewPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr size_t local_validators_max = 64;

  explicit OverviewPage(ClientModel* model, QWidget* parent = nullptr);

 private:
  void OnSnapshot(const SnapshotPtr& snapshot);
  void UpdateCards(const NodeSnapshot& s);
  void UpdateSync(const interfaces::NodeStatus& st);
  void UpdateLocalValidators(const std::vector<interfaces::LocalValidator>& validators);
  MetricCard* AddCard(int row, int column, const QString& title, const QString& object_name,
                      const QString& tooltip);

  ClientModel* m_model;
  QGridLayout* m_grid = nullptr;
  MetricCard* m_height = nullptr;
  MetricCard* m_round = nullptr;
  MetricCard* m_step = nullptr;
  MetricCard* m_last_block = nullptr;
  MetricCard* m_interval = nullptr;
  MetricCard* m_peers = nullptr;
  MetricCard* m_mempool = nullptr;
  MetricCard* m_validator_status = nullptr;
  MetricCard* m_power = nullptr;
  MetricCard* m_signer = nullptr;
  MetricCard* m_sync = nullptr;
  MetricCard* m_chain = nullptr;
  QProgressBar* m_sync_bar = nullptr;

  QGroupBox* m_local_box = nullptr;
  QGridLayout* m_local_grid = nullptr;
  QLabel* m_local_error = nullptr;
  struct LocalRow {
    QLabel* name;
    QLabel* ports;
    QLabel* state;
    QPushButton* button;  // null for the operator's own node
  };
  std::map<int, LocalRow> m_local_rows;  // by validator index

  SyncEstimator m_sync_estimator;
  // The Stop/Start sent last, until a snapshot shows it done or the node reports a failure.
  struct PendingCommand {
    int index;
    bool running;
  };
  std::optional<PendingCommand> m_pending_command;
};

}  // namespace ordo::ui
