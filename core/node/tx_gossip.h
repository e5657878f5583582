#pragma once
// Transaction gossip beside the consensus engine. Gossiped transactions wait in a bounded queue
// (gossip_tx_queue_max, and gossip_tx_queue_bytes_max in bytes) for admission threads, off the
// connections' read path, so proposals and votes behind them are not held up by signature
// recovery. The queue is fair between peers (util::FairQueue): admission takes peers in turn, and
// when it is full a flooding peer's newest transactions make room for a quiet peer's; what does
// not fit is dropped and counted (the sender's peers still have it).
// Admitted transactions go out in batches: whatever accumulates while a flush is queued on the io
// threads leaves in one TxsTo message per set of peers still missing it, and only to peers not
// known to have it (not its sender, not the peers its sender listed: in a full mesh, nobody relays).
// Thread-safe.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "ordo/chain/state.h"
#include "ordo/net/network.h"
#include "ordo/util/bytes.h"
#include "ordo/util/fair_queue.h"

namespace ordo::mempool { class Mempool; }

namespace ordo::node {

inline constexpr size_t gossip_tx_queue_max = 20'000;            // gossiped transactions waiting for admission
inline constexpr size_t gossip_tx_queue_bytes_max = 64 << 20;    // the same, in bytes
inline constexpr size_t gossip_out_max = 50'000;                 // admitted transactions waiting to be gossiped

class TxGossip {
 public:
  using Snapshot = std::function<std::shared_ptr<const chain::State>()>;
  TxGossip(boost::asio::io_context& io, net::Network& network, mempool::Mempool& pool, Snapshot snapshot);
  ~TxGossip();  // stops the admission threads

  void Start();  // admission threads
  void Stop();   // idempotent
  // A Tx, Txs or TxsTo frame from peer (network threads).
  void OnFrame(const net::PeerId& peer, uint8_t type, Bytes payload);
  // An admitted transaction to send on; covered: the peers known to have it (null: this node's own).
  using Covered = std::shared_ptr<const std::vector<net::PeerId>>;
  void Gossip(std::shared_ptr<const Bytes> raw, Covered covered);

  uint64_t dropped() const { return m_dropped.load(); }
  uint64_t unsent() const { return m_out_dropped.load(); }
  uint64_t echoes() const { return m_echoes.load(); }
  uint64_t relays_skipped() const { return m_relays_skipped.load(); }
  size_t queued() const;

 private:
  struct QueuedTx {
    net::PeerId peer;
    Bytes raw;
    Covered covered;
  };
  void Queue(const net::PeerId& peer, std::vector<Bytes>& txs, Covered covered);
  void AdmissionLoop();
  void Admit(const QueuedTx& in);
  void Flush();

  boost::asio::io_context& m_io;
  net::Network& m_network;
  mempool::Mempool& m_pool;
  Snapshot m_snapshot;
  std::vector<std::thread> m_threads;

  mutable std::mutex m_queue_mutex;
  std::condition_variable m_queue_cv;
  util::FairQueue<net::PeerId, QueuedTx> m_queue{gossip_tx_queue_max, gossip_tx_queue_bytes_max};  // guarded by m_queue_mutex
  bool m_stop = false;           // guarded by m_queue_mutex

  std::mutex m_out_mutex;
  std::vector<std::pair<std::shared_ptr<const Bytes>, Covered>> m_out;  // guarded by m_out_mutex
  std::atomic<bool> m_stopped{false};

  std::atomic<uint64_t> m_dropped{0};
  std::atomic<uint64_t> m_out_dropped{0};
  std::atomic<uint64_t> m_echoes{0};  // gossiped copies of transactions the pool already held
  std::atomic<uint64_t> m_relays_skipped{0};
};

}  // namespace ordo::node
