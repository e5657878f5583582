#pragma once
// ClientModel: the GUI thread's handle on the node. It owns a worker QThread on which a poller
// takes a NodeSnapshot every poll_interval_ms (and at once after a new block, at most
// poll_min_gap_ms apart), and on which every call into interfaces::Node is made, so the GUI event
// loop never waits on the node. Node notifications arrive on node threads and are re-posted as
// queued signals; log lines are buffered (log_buffer_max) and delivered in batches.

#include <deque>
#include <memory>
#include <mutex>

#include <QObject>
#include <QString>
#include <QThread>

#include "models/node_snapshot.h"

namespace ordo::ui {

class NodePoller;

class ClientModel : public QObject {
  Q_OBJECT

 public:
  static constexpr int poll_interval_ms = 250;
  static constexpr int poll_min_gap_ms = 100;
  static constexpr size_t timings_max = 600;       // heights kept for the charts
  static constexpr size_t blocks_max = 200;
  static constexpr size_t mempool_top_max = 100;
  static constexpr size_t log_buffer_max = 2000;   // lines waiting for the GUI; older ones dropped

  // Takes shared ownership of the node; polling starts at once.
  explicit ClientModel(std::shared_ptr<interfaces::Node> node, QObject* parent = nullptr);
  ~ClientModel() override;

  // The latest snapshot (never null: an empty one until the first poll lands).
  SnapshotPtr snapshot() const { return m_snapshot; }
  // Lines dropped because the GUI fell behind the log.
  quint64 droppedLogLines() const;
  // The longest time the pages took to take in one snapshot on the GUI thread, in ms.
  double longestSnapshotDeliveryMs() const { return m_longest_delivery_ms; }

  // Asynchronous commands, executed on the worker thread.
  void disconnectPeer(const QString& peer_id);
  void banPeer(const QString& peer_id);
  void unbanPeer(const QString& peer_id);
  void setNetworkPaused(bool paused);
  void setLocalValidatorRunning(int index, bool running);
  // Answers with blockDetailReady (or blockDetailMissing).
  void requestBlock(quint64 height);
  // Answers with recentLogsReady.
  void requestRecentLogs(int max);
  // Submits a signed raw transaction; answers with transactionSubmitted.
  void submitRawTransaction(const QByteArray& raw);
  // Polls now instead of at the next tick.
  void refresh();

 Q_SIGNALS:
  void snapshotChanged(ordo::ui::SnapshotPtr snapshot);
  void newBlock(quint64 height);
  void logLines(const QList<ordo::interfaces::LogEntry>& lines);
  void evidenceSeen(const ordo::interfaces::EvidenceInfo& evidence);
  void blockDetailReady(const ordo::interfaces::BlockDetail& detail);
  void blockDetailMissing(quint64 height);
  void recentLogsReady(const QList<ordo::interfaces::LogEntry>& lines);
  void transactionSubmitted(const QString& error);  // empty: admitted
  void commandFailed(const QString& message);

 private:
  void OnSnapshot(SnapshotPtr s);
  void FlushLogs();
  template <typename F>
  void OnWorker(F&& f);

  std::shared_ptr<interfaces::Node> m_node;
  QThread m_thread;
  NodePoller* m_poller = nullptr;  // lives on m_thread
  SnapshotPtr m_snapshot;
  double m_longest_delivery_ms = 0;
  std::unique_ptr<interfaces::Handler> m_block_handler;
  std::unique_ptr<interfaces::Handler> m_log_handler;
  std::unique_ptr<interfaces::Handler> m_evidence_handler;

  mutable std::mutex m_log_mutex;
  std::deque<interfaces::LogEntry> m_log_buffer;  // guarded by m_log_mutex
  bool m_log_flush_posted = false;                // guarded by m_log_mutex
  quint64 m_logs_dropped = 0;                     // guarded by m_log_mutex
};

}  // namespace ordo::ui
