#include "models/client_model.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>

namespace ordo::ui {

// Lives on the worker thread: the only object that calls into the node.
class NodePoller : public QObject {
  Q_OBJECT

 public:
  explicit NodePoller(std::shared_ptr<interfaces::Node> node) : m_node(std::move(node)) {}

  interfaces::Node& node() { return *m_node; }

  void Start() {
    m_timer = new QTimer(this);
    m_timer->setInterval(ClientModel::poll_interval_ms);
    connect(m_timer, &QTimer::timeout, this, &NodePoller::Poll);
    m_timer->start();
    m_since_last.start();
    Poll();
  }

  // After a new block: poll now unless the last poll was moments ago (a catch-up commits
  // hundreds of blocks a second; the panel needs none of them individually).
  void PollSoon() {
    if (m_since_last.elapsed() >= ClientModel::poll_min_gap_ms) Poll();
  }

  void Poll() {
    QElapsedTimer t;
    t.start();
    auto s = std::make_shared<NodeSnapshot>();
    interfaces::Node& n = *m_node;
    s->status = n.getStatus();
    s->live = n.getLiveRound();
    s->timings = n.getHeightTimings(ClientModel::timings_max);
    s->peers = n.getPeers();
    s->banned = n.getBannedPeers();
    s->validators = n.getValidators();
    s->mempool = n.getMempool();
    s->mempool_top = n.getMempoolTop(ClientModel::mempool_top_max);
    s->blocks = n.getRecentBlocks(ClientModel::blocks_max);
    s->evidence = n.getEvidence();
    s->local_validators = n.getLocalValidators();
    s->poll_us = t.nsecsElapsed() / 1000;
    s->sequence = ++m_sequence;
    m_since_last.restart();
    Q_EMIT snapshotReady(std::move(s));
  }

 Q_SIGNALS:
  void snapshotReady(ordo::ui::SnapshotPtr snapshot);

 private:
  std::shared_ptr<interfaces::Node> m_node;
  QTimer* m_timer = nullptr;
  QElapsedTimer m_since_last;
  quint64 m_sequence = 0;
};

ClientModel::ClientModel(std::shared_ptr<interfaces::Node> node, QObject* parent)
    : QObject(parent), m_node(std::move(node)), m_snapshot(std::make_shared<NodeSnapshot>()) {
  qRegisterMetaType<SnapshotPtr>();
  qRegisterMetaType<interfaces::LogEntry>();
  qRegisterMetaType<interfaces::BlockDetail>();
  qRegisterMetaType<interfaces::EvidenceInfo>();
  m_thread.setObjectName(QStringLiteral("ordo-node-poller"));
  m_poller = new NodePoller(m_node);
  m_poller->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
  connect(m_poller, &NodePoller::snapshotReady, this, &ClientModel::OnSnapshot, Qt::QueuedConnection);
  m_thread.start();
  QMetaObject::invokeMethod(m_poller, [p = m_poller] { p->Start(); }, Qt::QueuedConnection);

  // Node threads: post and return.
  m_block_handler = m_node->handleNewBlock([this](const interfaces::BlockSummary& b) {
    const quint64 h = b.height;
    QMetaObject::invokeMethod(this, [this, h] { Q_EMIT newBlock(h); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_poller, [p = m_poller] { p->PollSoon(); }, Qt::QueuedConnection);
  });
  m_log_handler = m_node->handleLog([this](const interfaces::LogEntry& e) {
    // Runs on a node thread at low priority: copy, free and post outside the lock, so that the GUI
    // thread's FlushLogs never waits on a holder that was preempted while allocating.
    interfaces::LogEntry copy = e;
    std::optional<interfaces::LogEntry> dropped;
    bool post = false;
    {
      std::lock_guard lock(m_log_mutex);
      if (m_log_buffer.size() >= log_buffer_max) {
        dropped = std::move(m_log_buffer.front());
        m_log_buffer.pop_front();
        ++m_logs_dropped;
      }
      m_log_buffer.push_back(std::move(copy));
      post = !std::exchange(m_log_flush_posted, true);
    }
    if (post) QMetaObject::invokeMethod(this, &ClientModel::FlushLogs, Qt::QueuedConnection);
  });
  m_evidence_handler = m_node->handleEvidence([this](const interfaces::EvidenceInfo& e) {
    QMetaObject::invokeMethod(this, [this, e] { Q_EMIT evidenceSeen(e); }, Qt::QueuedConnection);
  });
}

ClientModel::~ClientModel() {
  // Unsubscribe first: after this no node thread can post to us.
  m_block_handler.reset();
  m_log_handler.reset();
  m_evidence_handler.reset();
  m_thread.quit();
  m_thread.wait();
}

quint64 ClientModel::droppedLogLines() const {
  std::lock_guard lock(m_log_mutex);
  return m_logs_dropped;
}

void ClientModel::OnSnapshot(SnapshotPtr s) {
  QElapsedTimer t;
  t.start();
  SnapshotPtr previous = std::exchange(m_snapshot, std::move(s));
  Q_EMIT snapshotChanged(m_snapshot);
  // Freeing a snapshot (hundreds of strings and vectors) showed up as a quarter of the GUI
  // thread's time under load: hand the last reference to the worker thread to free it there.
  QMetaObject::invokeMethod(m_poller, [previous = std::move(previous)] {}, Qt::QueuedConnection);
  m_longest_delivery_ms = std::max(m_longest_delivery_ms, static_cast<double>(t.nsecsElapsed()) / 1e6);
}

void ClientModel::FlushLogs() {
  decltype(m_log_buffer) taken;
  {
    std::lock_guard lock(m_log_mutex);  // O(1) under the lock: the buffer is swapped out
    taken.swap(m_log_buffer);
    m_log_flush_posted = false;
  }
  QList<interfaces::LogEntry> lines;
  lines.reserve(static_cast<qsizetype>(taken.size()));
  for (auto& e : taken) lines.push_back(std::move(e));
  if (!lines.isEmpty()) Q_EMIT logLines(lines);
}

template <typename F>
void ClientModel::OnWorker(F&& f) {
  QMetaObject::invokeMethod(m_poller, std::forward<F>(f), Qt::QueuedConnection);
}

void ClientModel::disconnectPeer(const QString& peer_id) {
  OnWorker([p = m_poller, id = peer_id.toStdString()] { p->node().disconnectPeer(id); p->Poll(); });
}

void ClientModel::banPeer(const QString& peer_id) {
  OnWorker([p = m_poller, id = peer_id.toStdString()] { p->node().banPeer(id); p->Poll(); });
}

void ClientModel::unbanPeer(const QString& peer_id) {
  OnWorker([p = m_poller, id = peer_id.toStdString()] { p->node().unbanPeer(id); p->Poll(); });
}

void ClientModel::setNetworkPaused(bool paused) {
  OnWorker([p = m_poller, paused] { p->node().setNetworkPaused(paused); p->Poll(); });
}

void ClientModel::setLocalValidatorRunning(int index, bool running) {
  OnWorker([this, p = m_poller, index, running] {
    std::string error;
    if (!p->node().setLocalValidatorRunning(index, running, &error)) {
      const QString msg = QString::fromStdString(error);
      QMetaObject::invokeMethod(this, [this, msg] { Q_EMIT commandFailed(msg); }, Qt::QueuedConnection);
    }
    p->Poll();
  });
}

void ClientModel::requestBlock(quint64 height) {
  OnWorker([this, p = m_poller, height] {
    auto d = p->node().getBlock(height);
    QMetaObject::invokeMethod(this, [this, d = std::move(d), height] {
      if (d) Q_EMIT blockDetailReady(*d);
      else Q_EMIT blockDetailMissing(height);
    }, Qt::QueuedConnection);
  });
}

void ClientModel::requestRecentLogs(int max) {
  OnWorker([this, p = m_poller, max] {
    auto v = p->node().getRecentLogs(static_cast<size_t>(std::max(max, 0)));
    QList<interfaces::LogEntry> lines(v.begin(), v.end());
    QMetaObject::invokeMethod(this, [this, lines = std::move(lines)] { Q_EMIT recentLogsReady(lines); },
                              Qt::QueuedConnection);
  });
}

void ClientModel::submitRawTransaction(const QByteArray& raw) {
  OnWorker([this, p = m_poller, bytes = std::vector<uint8_t>(raw.begin(), raw.end())] {
    const QString err = QString::fromStdString(p->node().submitRawTransaction(bytes));
    QMetaObject::invokeMethod(this, [this, err] { Q_EMIT transactionSubmitted(err); }, Qt::QueuedConnection);
  });
}

void ClientModel::refresh() {
  OnWorker([p = m_poller] { p->Poll(); });
}

}  // namespace ordo::ui

#include "client_model.moc"
