#include "node/tx_gossip.h"

#include <algorithm>
#include <iterator>
#include <map>

#include <sys/resource.h>
#include <unistd.h>

#include <boost/asio/post.hpp>

#include "node/p2p_messages.h"
#include "node/state_view.h"
#include "ordo/mempool/mempool.h"

namespace ordo::node {

namespace {
constexpr size_t gossip_tx_batch_max = 256;  // taken per wake-up by an admission thread
constexpr unsigned admission_threads_max = 4;
constexpr int admission_nice = 10;           // admission workers run this much nicer than the node
}  // namespace

TxGossip::TxGossip(boost::asio::io_context& io, net::Network& network, mempool::Mempool& pool, Snapshot snapshot)
    : m_io(io), m_network(network), m_pool(pool), m_snapshot(std::move(snapshot)) {}

TxGossip::~TxGossip() { Stop(); }

void TxGossip::Start() {
  const unsigned n = std::clamp(std::thread::hardware_concurrency() / 2, 1u, admission_threads_max);
  for (unsigned i = 0; i < n; ++i) m_threads.emplace_back([this] { AdmissionLoop(); });
}

void TxGossip::Stop() {
  m_stopped = true;
  {
    std::lock_guard lock(m_queue_mutex);
    m_stop = true;
    m_queue.Clear();
  }
  m_queue_cv.notify_all();
  for (auto& t : m_threads) t.join();
  m_threads.clear();
}

size_t TxGossip::queued() const {
  std::lock_guard lock(m_queue_mutex);
  return m_queue.size();
}

void TxGossip::Queue(const net::PeerId& peer, std::vector<Bytes>& txs, Covered covered) {
  {
    std::lock_guard lock(m_queue_mutex);
    const uint64_t displaced_before = m_queue.displaced();
    for (Bytes& tx : txs) {
      const size_t bytes = tx.size();
      if (!m_queue.Push(peer, QueuedTx{peer, std::move(tx), covered}, bytes)) m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_dropped.fetch_add(m_queue.displaced() - displaced_before, std::memory_order_relaxed);
  }
  if (txs.size() == 1) m_queue_cv.notify_one();
  else m_queue_cv.notify_all();
}

void TxGossip::OnFrame(const net::PeerId& peer, uint8_t type, Bytes payload) {
  switch (static_cast<MsgType>(type)) {
    case MsgType::Tx: {
      if (payload.size() > chain::tx_raw_bytes_max) {
        return m_network.Report(peer, net::Misbehaviour::InvalidMessage, "transaction over tx_raw_bytes_max");
      }
      std::vector<Bytes> one;
      one.push_back(std::move(payload));
      return Queue(peer, one, std::make_shared<const std::vector<net::PeerId>>(1, peer));
    }
    case MsgType::Txs: {
      auto txs = DecodeTxsMsg(payload, chain::tx_raw_bytes_max);
      if (!txs.ok()) return m_network.Report(peer, net::Misbehaviour::InvalidMessage, "transaction batch: " + txs.status().message());
      return Queue(peer, *txs, std::make_shared<const std::vector<net::PeerId>>(1, peer));
    }
    case MsgType::TxsTo: {
      auto msg = DecodeTxsToMsg(payload, chain::tx_raw_bytes_max);
      if (!msg.ok()) return m_network.Report(peer, net::Misbehaviour::InvalidMessage, "transaction batch: " + msg.status().message());
      std::vector<net::PeerId> covered = std::move(msg->recipients);
      covered.push_back(peer);
      std::sort(covered.begin(), covered.end());
      covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
      return Queue(peer, msg->txs, std::make_shared<const std::vector<net::PeerId>>(std::move(covered)));
    }
    default:
      return;
  }
}

void TxGossip::AdmissionLoop() {
  // Consensus first: when the machine is saturated, signature recovery for gossiped transactions
  // yields the CPU to the consensus strand and the network threads (a lower weight, not a cap: an
  // idle core still goes to admission). Relative to this node's own priority.
  errno = 0;
  const int base_nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
  if (errno == 0) {
    [[maybe_unused]] const int niced =
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), std::min(base_nice + admission_nice, 19));
  }
  std::vector<QueuedTx> batch;
  for (;;) {
    {
      std::unique_lock lock(m_queue_mutex);
      m_queue_cv.wait(lock, [this] { return m_stop || !m_queue.empty(); });
      if (m_stop) return;
      while (batch.size() < gossip_tx_batch_max) {
        std::optional<QueuedTx> next = m_queue.Pop();
        if (!next) break;
        batch.push_back(std::move(*next));
      }
    }
    for (const QueuedTx& in : batch) Admit(in);
    batch.clear();
  }
}

void TxGossip::Admit(const QueuedTx& in) {
  const std::shared_ptr<const chain::State> s = m_snapshot();
  const mempool::AdmitResult r = m_pool.AddRaw(in.raw, StateView(*s), s->base_fee(), std::chrono::steady_clock::now());
  if (r.ok) Gossip(std::make_shared<const Bytes>(in.raw), in.covered);
  else if (r.reason == mempool::Reject::AlreadyKnown) m_echoes.fetch_add(1, std::memory_order_relaxed);
  else if (r.reason == mempool::Reject::Malformed) m_network.Report(in.peer, net::Misbehaviour::InvalidMessage, "malformed transaction");
}

void TxGossip::Gossip(std::shared_ptr<const Bytes> raw, Covered covered) {
  bool first = false;
  {
    std::lock_guard lock(m_out_mutex);
    if (m_out.size() >= gossip_out_max) {
      m_out_dropped.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    first = m_out.empty();
    m_out.emplace_back(std::move(raw), std::move(covered));
  }
  if (first) boost::asio::post(m_io, [this] { Flush(); });
}

void TxGossip::Flush() {
  std::vector<std::pair<std::shared_ptr<const Bytes>, Covered>> out;
  {
    std::lock_guard lock(m_out_mutex);
    out.swap(m_out);
  }
  if (m_stopped) return;
  const std::vector<net::PeerId> connected = m_network.ConnectedIds();
  // The targets of each batch of the same origin (its Covered), then grouped by target set.
  std::map<const std::vector<net::PeerId>*, std::vector<net::PeerId>> targets_of;
  std::map<std::vector<net::PeerId>, std::vector<std::shared_ptr<const Bytes>>> groups;
  for (auto& [raw, covered] : out) {
    auto [it, fresh] = targets_of.try_emplace(covered.get());
    if (fresh) {
      if (covered) {
        std::set_difference(connected.begin(), connected.end(), covered->begin(), covered->end(),
                            std::back_inserter(it->second));
      } else {
        it->second = connected;
      }
    }
    if (it->second.empty()) {
      m_relays_skipped.fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    groups[it->second].push_back(std::move(raw));
  }
  for (auto& [targets, txs] : groups) {
    for (size_t i = 0; i < txs.size(); i += txs_per_message_max) {
      const std::vector<std::shared_ptr<const Bytes>> part(
          txs.begin() + static_cast<std::ptrdiff_t>(i),
          txs.begin() + static_cast<std::ptrdiff_t>(std::min(txs.size(), i + txs_per_message_max)));
      m_network.Multicast(targets, static_cast<uint8_t>(MsgType::TxsTo), EncodeTxsToMsg(targets, part));
    }
  }
}

}  // namespace ordo::node
