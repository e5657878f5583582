#include "widgets/node_status_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include "models/client_model.h"
#include "ordo_resources.h"

namespace ordo::ui {

NodeStatusBar::NodeStatusBar(ClientModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  InitResources();
  setObjectName(QStringLiteral("nodeStatusBar"));
  m_state = new QLabel;
  m_state->setObjectName(QStringLiteral("connectionLabel"));
  m_peers = new QToolButton;
  m_peers->setObjectName(QStringLiteral("peersButton"));
  m_peers->setAutoRaise(true);
  m_peers->setIcon(QIcon(QStringLiteral(":/icons/peers.svg")));
  m_peers->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_peers->setCheckable(false);
  m_height = new QLabel;
  m_height->setObjectName(QStringLiteral("heightLabel"));
  m_sync = new QProgressBar;
  m_sync->setObjectName(QStringLiteral("syncProgress"));
  m_sync->setRange(0, 1000);
  m_sync->setMinimumWidth(200);
  m_sync->setMaximumWidth(260);
  m_sync->setTextVisible(true);
  m_sync->hide();
  m_signer = new QLabel;
  m_signer->setObjectName(QStringLiteral("signerLabel"));

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(4, 0, 4, 0);
  layout->setSpacing(12);
  layout->addWidget(m_state);
  layout->addWidget(m_peers);
  layout->addWidget(m_height);
  layout->addWidget(m_sync);
  layout->addStretch(1);
  layout->addWidget(m_signer);

  connect(m_peers, &QToolButton::clicked, this, &NodeStatusBar::TogglePause);
  connect(m_model, &ClientModel::snapshotChanged, this, &NodeStatusBar::Update);
  Update(m_model->snapshot());
}

void NodeStatusBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Update(m_last);
  QWidget::changeEvent(event);
}

void NodeStatusBar::TogglePause() {
  const bool paused = m_last && m_last->status.network_paused;
  m_model->setNetworkPaused(!paused);
}

void NodeStatusBar::Update(const SnapshotPtr& s) {
  m_last = s;
  const QLocale locale;
  if (!s || s->sequence == 0) {
    m_state->setText(tr("Starting…"));
    m_state->setToolTip(tr("Waiting for the first status from the node"));
    m_peers->setText(tr("Peers: —"));
    m_peers->setToolTip(tr("Connected peers; click to pause networking"));
    m_peers->setEnabled(false);
    m_height->setText(tr("Height: —"));
    m_height->setToolTip(tr("The last committed block"));
    m_sync->hide();
    m_signer->setText(QString());
    m_signer->setToolTip(QString());
    return;
  }
  const auto& st = s->status;
  m_state->setText(st.running ? tr("Running") : tr("Stopped"));
  m_state->setToolTip(st.running ? tr("The node %1 is running on chain %2")
                                       .arg(QString::fromStdString(st.moniker), QString::fromStdString(st.chain_id))
                                 : tr("The node is not running"));

  m_peers->setEnabled(true);
  if (st.network_paused) {
    m_peers->setText(tr("Network paused"));
    m_peers->setToolTip(tr("Peer-to-peer networking is paused; click to resume"));
  } else {
    m_peers->setText(tr("%n peer(s)", nullptr, static_cast<int>(st.peers)));
    m_peers->setToolTip(tr("Connected peers; click to pause all peer-to-peer networking"));
  }

  m_height->setText(tr("Height %1").arg(locale.toString(static_cast<qulonglong>(st.last_committed))));
  m_height->setToolTip(tr("The last committed block; deciding height %1, round %2 (%3)")
                           .arg(locale.toString(static_cast<qulonglong>(st.height)))
                           .arg(st.round)
                           .arg(QString::fromStdString(st.step)));

  const bool syncing = st.best_peer_height > st.last_committed + sync_bar_blocks_min;
  m_sync->setVisible(syncing);
  if (syncing) {
    const double fraction = static_cast<double>(st.last_committed) / static_cast<double>(st.best_peer_height);
    m_sync->setValue(static_cast<int>(fraction * 1000.0));
    m_sync->setFormat(tr("Syncing %1 / %2").arg(locale.toString(static_cast<qulonglong>(st.last_committed)),
                                               locale.toString(static_cast<qulonglong>(st.best_peer_height))));
    m_sync->setToolTip(tr("Catching up with the best peer: %n block(s) to go", nullptr,
                          static_cast<int>(std::min<uint64_t>(st.best_peer_height - st.last_committed, INT32_MAX))));
  }

  if (st.is_validator) {
    m_signer->setText(tr("Signing, last height %1").arg(locale.toString(static_cast<qulonglong>(st.signer_last_height))));
    m_signer->setToolTip(tr("This node's validator key is in the active set (power %1 of %2); the double-sign "
                            "guard last signed at height %3")
                             .arg(st.own_power).arg(st.total_power).arg(st.signer_last_height));
  } else {
    m_signer->setText(tr("Not a validator"));
    m_signer->setToolTip(st.validator_key.empty() ? tr("This node has no validator key")
                                                  : tr("This node's validator key is not in the active set"));
  }
}

}  // namespace ordo::ui
