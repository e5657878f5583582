#include "views/overview_page.h"

#include <algorithm>
#include <cmath>

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/client_model.h"
#include "widgets/metric_card.h"

namespace ordo::ui {

namespace {

constexpr int card_columns = 4;

QString FormatAgo(uint64_t ago_ms) {
  const double s = static_cast<double>(ago_ms) / 1000.0;
  if (s < 10) return OverviewPage::tr("%1 s ago").arg(s, 0, 'f', 1);
  if (s < 120) return OverviewPage::tr("%1 s ago").arg(static_cast<qint64>(s));
  if (s < 7200) return OverviewPage::tr("%1 min ago").arg(static_cast<qint64>(s / 60));
  return OverviewPage::tr("%1 h ago").arg(static_cast<qint64>(s / 3600));
}

QString FormatDuration(double seconds) {
  if (seconds < 120) return OverviewPage::tr("%1 s").arg(static_cast<qint64>(std::ceil(seconds)));
  if (seconds < 7200) return OverviewPage::tr("%1 min").arg(static_cast<qint64>(std::ceil(seconds / 60)));
  return OverviewPage::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

QString FormatSeconds(uint64_t ms) { return OverviewPage::tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 2); }

QString StepText(const std::string& step) {
  // The node's step names are protocol terms; translate the ones the panel knows.
  if (step == "propose") return OverviewPage::tr("Propose");
  if (step == "prevote") return OverviewPage::tr("Prevote");
  if (step == "precommit") return OverviewPage::tr("Precommit");
  if (step == "commit") return OverviewPage::tr("Commit");
  if (step == "unstarted") return OverviewPage::tr("Not started");
  return QString::fromStdString(step);
}

}  // namespace

OwnValidatorStatus OwnValidatorStatusOf(const interfaces::NodeStatus& status) {
  return status.is_validator ? OwnValidatorStatus::Active : OwnValidatorStatus::NotValidator;
}

QString OwnValidatorStatusText(OwnValidatorStatus status) {
  switch (status) {
    case OwnValidatorStatus::Active: return OverviewPage::tr("Active validator");
    case OwnValidatorStatus::NotValidator: return OverviewPage::tr("Not a validator");
  }
  return {};
}

void SyncEstimator::AddSample(uint64_t now_ms, uint64_t last_committed) {
  if (!m_samples.empty() && now_ms <= m_samples.back().first) return;
  // A height going backwards means another node (or a reset): the old rate is meaningless.
  if (!m_samples.empty() && last_committed < m_samples.back().second) m_samples.clear();
  m_samples.emplace_back(now_ms, last_committed);
  while (m_samples.size() > samples_max) m_samples.pop_front();
}

std::optional<double> SyncEstimator::RateBlocksPerSecond() const {
  if (m_samples.size() < 2) return std::nullopt;
  const auto& [t0, h0] = m_samples.front();
  const auto& [t1, h1] = m_samples.back();
  if (h1 <= h0 || t1 <= t0) return std::nullopt;
  return static_cast<double>(h1 - h0) * 1000.0 / static_cast<double>(t1 - t0);
}

OverviewPage::OverviewPage(ClientModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  setObjectName(QStringLiteral("overviewPage"));

  auto* content = new QWidget;
  m_grid = new QGridLayout;
  m_grid->setSpacing(8);
  m_height = AddCard(0, 0, tr("Height"), QStringLiteral("heightValue"),
                     tr("The height being decided, and the last height committed to this node's store."));
  m_round = AddCard(0, 1, tr("Round"), QStringLiteral("roundValue"),
                    tr("The consensus round at the current height. Above 0 means earlier rounds timed out."));
  m_step = AddCard(0, 2, tr("Step"), QStringLiteral("stepValue"),
                   tr("The Tendermint step of the current round: propose, prevote, precommit or commit."));
  m_last_block = AddCard(0, 3, tr("Last block"), QStringLiteral("lastBlockValue"),
                         tr("How long ago the last block was produced (its header time), at the last poll."));
  m_interval = AddCard(1, 0, tr("Block interval"), QStringLiteral("intervalValue"),
                       tr("Time between the last two blocks, against the configured target interval."));
  m_peers = AddCard(1, 1, tr("Peers"), QStringLiteral("peersValue"),
                    tr("Connected peers, and the highest height any of them reported."));
  m_mempool = AddCard(1, 2, tr("Mempool"), QStringLiteral("mempoolValue"),
                      tr("Transactions ready for the next block (pending) and waiting on a nonce gap "
                         "(queued), with their total size."));
  m_validator_status = AddCard(1, 3, tr("Validator status"), QStringLiteral("validatorStatusValue"),
                               tr("Whether this node's validator key is in the active validator set."));
  m_power = AddCard(2, 0, tr("Own voting power"), QStringLiteral("powerValue"),
                    tr("This node's stake as voting power, and its share of the total power."));
  m_signer = AddCard(2, 1, tr("Signer"), QStringLiteral("signerValue"),
                     tr("The last height the double-sign guard recorded a signature for. The signer "
                        "refuses to sign twice at a height."));
  m_sync = AddCard(2, 2, tr("Sync"), QStringLiteral("syncValue"),
                   tr("Progress towards the best height a peer reported; the ETA uses the catch-up "
                      "rate measured over the last polls."));
  m_sync_bar = new QProgressBar(m_sync);
  m_sync_bar->setObjectName(QStringLiteral("syncProgress"));
  m_sync_bar->setRange(0, 1000);
  m_sync_bar->setTextVisible(false);
  m_sync_bar->setMaximumHeight(8);
  m_sync_bar->setToolTip(m_sync->toolTip());
  static_cast<QVBoxLayout*>(m_sync->layout())->insertWidget(2, m_sync_bar);
  m_chain = AddCard(2, 3, tr("Chain"), QStringLiteral("chainValue"),
                    tr("The chain id, the EVM chain id and the JSON-RPC endpoint of this node."));
  for (int c = 0; c < card_columns; ++c) m_grid->setColumnStretch(c, 1);

  m_local_box = new QGroupBox(tr("Local validators"));
  m_local_box->setObjectName(QStringLiteral("localValidatorsBox"));
  m_local_box->setToolTip(tr("The validators running inside this process (local network mode)."));
  auto* local_layout = new QVBoxLayout(m_local_box);
  local_layout->setContentsMargins(12, 12, 12, 12);
  local_layout->setSpacing(8);
  m_local_grid = new QGridLayout;
  m_local_grid->setHorizontalSpacing(16);
  m_local_grid->setVerticalSpacing(4);
  local_layout->addLayout(m_local_grid);
  m_local_error = new QLabel(m_local_box);
  m_local_error->setObjectName(QStringLiteral("localValidatorError"));
  m_local_error->setWordWrap(true);
  m_local_error->hide();
  local_layout->addWidget(m_local_error);
  m_local_box->hide();

  auto* content_layout = new QVBoxLayout(content);
  content_layout->setContentsMargins(12, 12, 12, 12);
  content_layout->setSpacing(8);
  content_layout->addLayout(m_grid);
  content_layout->addWidget(m_local_box);
  content_layout->addStretch(1);

  auto* scroll = new QScrollArea;
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll);

  connect(m_model, &ClientModel::snapshotChanged, this, &OverviewPage::OnSnapshot);
  connect(m_model, &ClientModel::commandFailed, this, [this](const QString& message) {
    // Other pages' commands fail through the same signal; only ours belong in this box.
    if (!m_pending_command) return;
    const int index = m_pending_command->index;
    m_pending_command.reset();
    if (auto it = m_local_rows.find(index); it != m_local_rows.end() && it->second.button) it->second.button->setEnabled(true);
    m_local_error->setText(tr("Could not change the validator: %1").arg(message));
    m_local_error->show();
  });
  OnSnapshot(m_model->snapshot());
}

MetricCard* OverviewPage::AddCard(int row, int column, const QString& title, const QString& object_name,
                                  const QString& tooltip) {
  auto* card = new MetricCard(title, object_name, tooltip);
  m_grid->addWidget(card, row, column);
  return card;
}

void OverviewPage::OnSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || snapshot->sequence == 0) return;  // nothing polled yet: cards say "Collecting data…"
  UpdateCards(*snapshot);
  UpdateSync(snapshot->status);
  UpdateLocalValidators(snapshot->local_validators);
}

void OverviewPage::UpdateCards(const NodeSnapshot& s) {
  const interfaces::NodeStatus& st = s.status;
  const QLocale locale;
  m_height->SetValue(locale.toString(static_cast<qulonglong>(st.height)));
  m_height->SetDetail(tr("Last committed: %1").arg(locale.toString(static_cast<qulonglong>(st.last_committed))));
  m_round->SetValue(QString::number(st.round));
  m_round->SetDetail(st.round > 0 ? tr("Earlier rounds failed: %1").arg(st.round) : tr("First round"));
  m_step->SetValue(StepText(st.step));
  m_step->SetDetail(st.running ? QString() : tr("Node stopped"));

  if (st.last_block_time_ms == 0) {
    m_last_block->SetValue(tr("No block yet"));
    m_last_block->SetDetail({});
  } else {
    const uint64_t ago = st.now_ms > st.last_block_time_ms ? st.now_ms - st.last_block_time_ms : 0;
    m_last_block->SetValue(FormatAgo(ago));
    m_last_block->SetDetail(tr("Height %1").arg(st.last_committed));
  }
  m_interval->SetValue(st.last_block_interval_ms ? FormatSeconds(st.last_block_interval_ms) : tr("n/a"));
  m_interval->SetDetail(tr("Target %1").arg(FormatSeconds(st.target_block_interval_ms)));

  m_peers->SetValue(QString::number(st.peers));
  m_peers->SetDetail(st.network_paused ? tr("Networking paused")
                     : st.best_peer_height ? tr("Best peer height %1").arg(st.best_peer_height)
                                           : tr("No peer height reported"));
  m_mempool->SetValue(tr("%1 pending / %2 queued").arg(s.mempool.pending).arg(s.mempool.queued));
  m_mempool->SetDetail(locale.formattedDataSize(static_cast<qint64>(s.mempool.bytes)));

  const OwnValidatorStatus vs = OwnValidatorStatusOf(st);
  m_validator_status->SetValue(OwnValidatorStatusText(vs));
  switch (vs) {
    case OwnValidatorStatus::Active:
      m_validator_status->SetDetail(tr("Key %1…").arg(QString::fromStdString(st.validator_key.substr(0, 12))));
      break;
    case OwnValidatorStatus::NotValidator:
      m_validator_status->SetDetail(st.validator_key.empty()
                                        ? tr("No validator key on this node")
                                        : tr("Key %1… is not in the active set")
                                              .arg(QString::fromStdString(st.validator_key.substr(0, 12))));
      break;
  }
  const double share = st.total_power ? 100.0 * static_cast<double>(st.own_power) / static_cast<double>(st.total_power) : 0.0;
  m_power->SetValue(tr("%1 (%2 %)").arg(locale.toString(static_cast<qulonglong>(st.own_power))).arg(share, 0, 'f', 1));
  m_power->SetDetail(tr("of %1 total").arg(locale.toString(static_cast<qulonglong>(st.total_power))));
  m_signer->SetValue(st.signer_last_height ? tr("Last signed %1").arg(st.signer_last_height) : tr("Nothing signed yet"));
  m_signer->SetDetail(st.is_validator && st.signer_last_height + 2 < st.last_committed
                          ? tr("Behind the chain by %1 heights").arg(st.last_committed - st.signer_last_height)
                          : QString());
  m_chain->SetValue(QString::fromStdString(st.chain_id));
  m_chain->SetDetail(tr("EVM chain id %1 · RPC %2")
                         .arg(st.evm_chain_id)
                         .arg(st.rpc_url.empty() ? tr("off") : QString::fromStdString(st.rpc_url)));
}

void OverviewPage::UpdateSync(const interfaces::NodeStatus& st) {
  m_sync_estimator.AddSample(st.now_ms, st.last_committed);
  if (st.best_peer_height == 0) {
    m_sync->SetValue(st.peers ? tr("In sync") : tr("No peers"));
    m_sync->SetDetail(st.peers ? QString() : tr("Nothing to compare against"));
    m_sync_bar->setValue(st.peers ? m_sync_bar->maximum() : 0);
    return;
  }
  const uint64_t behind = st.best_peer_height > st.last_committed ? st.best_peer_height - st.last_committed : 0;
  const double fraction = static_cast<double>(std::min(st.last_committed, st.best_peer_height)) /
                          static_cast<double>(st.best_peer_height);
  m_sync_bar->setValue(static_cast<int>(fraction * m_sync_bar->maximum()));
  if (behind <= SyncEstimator::in_sync_tolerance_blocks) {
    m_sync->SetValue(tr("In sync"));
    m_sync->SetDetail(tr("At the best peer height %1").arg(st.best_peer_height));
    m_sync_bar->setValue(m_sync_bar->maximum());
    return;
  }
  m_sync->SetValue(tr("Syncing %1 %").arg(100.0 * fraction, 0, 'f', 1));
  const auto rate = m_sync_estimator.RateBlocksPerSecond();
  const QString eta = rate ? tr("ETA %1 at %2 blocks/s")
                                 .arg(FormatDuration(static_cast<double>(behind) / *rate))
                                 .arg(*rate, 0, 'f', 1)
                           : tr("ETA unknown: measuring the catch-up rate");
  m_sync->SetDetail(tr("%1 blocks behind").arg(behind) +
                    QStringLiteral(" · ") + eta);
}

void OverviewPage::UpdateLocalValidators(const std::vector<interfaces::LocalValidator>& validators) {
  m_local_box->setVisible(!validators.empty());
  std::vector<interfaces::LocalValidator> shown(validators.begin(),
                                                validators.begin() + static_cast<std::ptrdiff_t>(std::min(validators.size(), local_validators_max)));
  bool same_set = shown.size() == m_local_rows.size();
  for (const auto& v : shown) same_set = same_set && m_local_rows.count(v.index);
  if (!same_set) {
    for (auto& [index, row] : m_local_rows) {
      delete row.name;
      delete row.ports;
      delete row.state;
      delete row.button;
    }
    m_local_rows.clear();
    int r = 0;
    QWidget* previous = nullptr;
    for (const auto& v : shown) {
      LocalRow row{new QLabel, new QLabel, new QLabel, nullptr};
      row.ports->setForegroundRole(QPalette::PlaceholderText);
      m_local_grid->addWidget(row.name, r, 0);
      m_local_grid->addWidget(row.ports, r, 1);
      m_local_grid->addWidget(row.state, r, 2);
      if (!v.is_operator) {
        row.button = new QPushButton;
        row.button->setObjectName(QStringLiteral("localValidatorButton%1").arg(v.index));
        const int index = v.index;
        connect(row.button, &QPushButton::clicked, this, [this, index] {
          const auto& list = m_model->snapshot()->local_validators;
          auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.index == index; });
          if (it == list.end()) return;
          m_local_rows.at(index).button->setEnabled(false);  // until the next snapshot shows the change
          m_local_error->hide();
          m_pending_command = PendingCommand{index, !it->running};
          m_model->setLocalValidatorRunning(index, !it->running);
        });
        m_local_grid->addWidget(row.button, r, 3);
        if (previous) setTabOrder(previous, row.button);
        previous = row.button;
      }
      m_local_rows[v.index] = row;
      ++r;
    }
    m_local_grid->setColumnStretch(1, 1);
  }
  for (const auto& v : shown) {
    if (m_pending_command && m_pending_command->index == v.index && m_pending_command->running == v.running) {
      m_pending_command.reset();
    }
  }
  for (const auto& v : shown) {
    LocalRow& row = m_local_rows.at(v.index);
    row.name->setText(v.is_operator ? tr("%1 (this node)").arg(QString::fromStdString(v.moniker))
                                    : QString::fromStdString(v.moniker));
    row.ports->setText(tr("RPC %1 · P2P %2").arg(v.rpc_port).arg(v.p2p_port));
    row.state->setText(v.running ? tr("Running") : tr("Stopped"));
    row.state->setToolTip(tr("Whether this validator's node is running in this process."));
    if (row.button) {
      row.button->setText(v.running ? tr("Stop") : tr("Start"));
      row.button->setToolTip(v.running ? tr("Stop %1; the network continues while more than 2/3 of the power runs.")
                                             .arg(QString::fromStdString(v.moniker))
                                       : tr("Restart %1 from its data directory.").arg(QString::fromStdString(v.moniker)));
      row.button->setEnabled(!m_pending_command || m_pending_command->index != v.index);
    }
  }
}

}  // namespace ordo::ui
