// interfaces::Node over a headless ordod's JSON-RPC (the ordo_panel* methods and the operator
// controls): getters serve from one ordo_panelSnapshot while it is fresh, and a poll thread turns
// new log lines, heights and evidence into notifications.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#include <boost/json.hpp>

#include "interfaces/json_codec.h"
#include "interfaces/rpc_connection.h"
#include "interfaces/subscribers.h"
#include "ordo/interfaces/node.h"
#include "ordo/interfaces/panel_rpc_methods.h"
#include "ordo/util/bytes.h"

namespace ordo::interfaces {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr std::chrono::milliseconds snapshot_fresh_ms{150};
constexpr std::chrono::milliseconds poll_interval_ms{250};
constexpr size_t recent_logs_max = 5000;
constexpr size_t log_history_pages_max = 3;        // pages of ordo_panelLogs read at connect
constexpr uint64_t new_block_events_max = 64;      // per poll; a catch-up notifies the newest only
// What the panel's poll asks for (ui ClientModel); a getter that wants more raises them.
constexpr size_t default_timings_max = 600;
constexpr size_t default_blocks_max = 200;
constexpr size_t default_mempool_top_max = 100;

uint64_t NowMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch()).count());
}

struct SnapshotParams {
  size_t timings_max = 0;
  size_t blocks_max = 0;
  size_t mempool_top_max = 0;

  bool Covers(const SnapshotParams& o) const {
    return timings_max >= o.timings_max && blocks_max >= o.blocks_max && mempool_top_max >= o.mempool_top_max;
  }
};

// Identity of an equivocation: what it is, where, and by whom.
using EvidenceKey = std::tuple<std::string, uint64_t, int32_t, int>;
EvidenceKey KeyOf(const EvidenceInfo& e) { return {e.kind, e.height, e.round, e.offender_index}; }

class RemoteNode : public Node {
 public:
  RemoteNode(RpcEndpoint endpoint, std::string url) : m_url(std::move(url)), m_rpc(std::move(endpoint)) {}

  // Stops the poll thread; waits at most for the call it is making (its deadlines bound that).
  ~RemoteNode() override {
    {
      std::lock_guard lock(m_poll_mutex);
      m_stopping = true;
    }
    m_poll_cv.notify_all();
    if (m_poller.joinable()) m_poller.join();
  }

  // Takes the first snapshot, the log history and the baselines for notifications, then starts
  // polling. False with `error` when ordod does not answer ordo_panelSnapshot.
  bool Start(std::string* error) {
    std::string why;
    auto snap = Snapshot(SnapshotParams{}, /*force=*/true, &why);
    if (!snap) {
      *error = "ordo_panelSnapshot at " + m_url + " failed: " + why;
      return false;
    }
    m_last_height = snap->status.last_committed;
    for (const EvidenceInfo& e : snap->evidence) m_evidence_seen.insert(KeyOf(e));
    for (size_t page = 0; page < log_history_pages_max; ++page) {
      if (!PollLogs(/*notify=*/false)) break;
    }
    m_poller = std::thread([this] { PollLoop(); });
    return true;
  }

  // ---- interfaces::Node ----

  NodeStatus getStatus() override {
    auto snap = Snapshot(SnapshotParams{}, /*force=*/true, nullptr);
    if (snap) return snap->status;
    NodeStatus s;
    s.mode = NodeMode::Remote;
    s.rpc_url = m_url;
    s.now_ms = NowMs();
    return s;
  }

  LiveRound getLiveRound() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->live : LiveRound{};
  }

  std::vector<HeightTiming> getHeightTimings(size_t max) override {
    auto snap = Snapshot(SnapshotParams{std::min(max, panel_timings_max), 0, 0}, false, nullptr);
    if (!snap) return {};
    const auto& t = snap->timings;
    const size_t n = std::min(max, t.size());
    return std::vector<HeightTiming>(t.end() - static_cast<std::ptrdiff_t>(n), t.end());
  }

  std::vector<PeerInfo> getPeers() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->peers : std::vector<PeerInfo>{};
  }

  std::vector<BannedPeerInfo> getBannedPeers() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->banned : std::vector<BannedPeerInfo>{};
  }

  std::vector<ValidatorInfo> getValidators() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->validators : std::vector<ValidatorInfo>{};
  }

  MempoolStatus getMempool() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->mempool : MempoolStatus{};
  }

  std::vector<MempoolTx> getMempoolTop(size_t max) override {
    auto snap = Snapshot(SnapshotParams{0, 0, std::min(max, panel_mempool_top_max)}, false, nullptr);
    if (!snap) return {};
    return std::vector<MempoolTx>(snap->mempool_top.begin(),
                                  snap->mempool_top.begin() + static_cast<std::ptrdiff_t>(std::min(max, snap->mempool_top.size())));
  }

  std::vector<BlockSummary> getRecentBlocks(size_t max) override {
    auto snap = Snapshot(SnapshotParams{0, std::min(max, panel_blocks_max), 0}, false, nullptr);
    if (!snap) return {};
    return std::vector<BlockSummary>(snap->blocks.begin(),
                                     snap->blocks.begin() + static_cast<std::ptrdiff_t>(std::min(max, snap->blocks.size())));
  }

  std::optional<BlockDetail> getBlock(uint64_t height) override {
    const RpcReply r = Call("ordo_panelBlock", json::array{height}, true);
    if (!r.result || r.result->is_null()) return std::nullopt;
    BlockDetail d;
    if (!FromJson(*r.result, &d).ok()) return std::nullopt;
    return d;
  }

  std::vector<EvidenceInfo> getEvidence() override {
    auto snap = Snapshot(SnapshotParams{}, false, nullptr);
    return snap ? snap->evidence : std::vector<EvidenceInfo>{};
  }

  std::vector<LogEntry> getRecentLogs(size_t max) override {
    std::lock_guard lock(m_logs_mutex);
    const size_t n = std::min(max, m_logs.size());
    return std::vector<LogEntry>(m_logs.end() - static_cast<std::ptrdiff_t>(n), m_logs.end());
  }

  void disconnectPeer(const std::string& peer_id) override { Command("ordo_disconnectPeer", json::array{json::string(peer_id)}); }
  void banPeer(const std::string& peer_id) override { Command("ordo_banPeer", json::array{json::string(peer_id)}); }
  void unbanPeer(const std::string& peer_id) override { Command("ordo_unbanPeer", json::array{json::string(peer_id)}); }
  void setNetworkPaused(bool paused) override { Command("ordo_setNetworkPaused", json::array{paused}); }

  std::string submitRawTransaction(const std::vector<uint8_t>& raw) override {
    const RpcReply r = Command("eth_sendRawTransaction", json::array{json::string("0x" + ToHex(ByteSpan(raw.data(), raw.size())))});
    if (r.result) return std::string();
    return r.error.empty() ? std::string("ordod did not answer") : r.error;
  }

  std::vector<LocalValidator> getLocalValidators() override { return {}; }

  bool setLocalValidatorRunning(int, bool, std::string* error) override {
    *error = "a remote ordod has no local validators";
    return false;
  }

  std::unique_ptr<Handler> handleNewBlock(std::function<void(const BlockSummary&)> fn) override {
    return m_block_subs.Add(std::move(fn));
  }
  std::unique_ptr<Handler> handleLog(std::function<void(const LogEntry&)> fn) override {
    return m_log_subs.Add(std::move(fn));
  }
  std::unique_ptr<Handler> handleEvidence(std::function<void(const EvidenceInfo&)> fn) override {
    return m_evidence_subs.Add(std::move(fn));
  }

 private:
  RpcReply Call(const std::string& method, json::value params, bool idempotent) {
    std::lock_guard lock(m_rpc_mutex);
    return m_rpc.Call(method, std::move(params), idempotent);
  }

  // An operator command; the next getter fetches a new snapshot, so that the effect shows.
  RpcReply Command(const std::string& method, json::value params) {
    RpcReply r = Call(method, std::move(params), false);
    std::lock_guard lock(m_cache_mutex);
    m_cached.reset();
    m_cached_at.reset();
    return r;
  }

  std::shared_ptr<const PanelSnapshot> Fetch(const SnapshotParams& p, std::string* error) {
    json::object params;
    params["timings_max"] = p.timings_max;
    params["blocks_max"] = p.blocks_max;
    params["mempool_top_max"] = p.mempool_top_max;
    const RpcReply r = Call("ordo_panelSnapshot", std::move(params), true);
    if (!r.result) {
      if (error != nullptr) *error = r.error;
      return nullptr;
    }
    auto snap = std::make_shared<PanelSnapshot>();
    if (Status s = FromJson(*r.result, snap.get()); !s.ok()) {
      if (error != nullptr) *error = s.message();
      return nullptr;
    }
    snap->status.mode = NodeMode::Remote;
    snap->status.rpc_url = m_url;
    return snap;
  }

  // The cached snapshot when it is fresh and holds what `need` asks for, else a new one (`force`:
  // always a new one). A failure is remembered as fresh too, so that the getters of one panel poll
  // do not each wait for an unreachable ordod. Null when ordod does not answer.
  std::shared_ptr<const PanelSnapshot> Snapshot(const SnapshotParams& need, bool force, std::string* error) {
    std::lock_guard lock(m_cache_mutex);
    m_params.timings_max = std::max(m_params.timings_max, need.timings_max);
    m_params.blocks_max = std::max(m_params.blocks_max, need.blocks_max);
    m_params.mempool_top_max = std::max(m_params.mempool_top_max, need.mempool_top_max);
    const bool fresh = m_cached_at && Clock::now() - *m_cached_at < snapshot_fresh_ms;
    if (!force && fresh && (!m_cached || m_cached_params.Covers(need))) return m_cached;
    m_cached = Fetch(m_params, error);
    m_cached_at = Clock::now();
    m_cached_params = m_params;
    return m_cached;
  }

  // The snapshot the poll thread reads heights and evidence from: the panel's when it is recent,
  // else a small one of its own (no lists of timings, blocks or transactions).
  std::shared_ptr<const PanelSnapshot> PollSnapshot() {
    {
      std::lock_guard lock(m_cache_mutex);
      if (m_cached && m_cached_at && Clock::now() - *m_cached_at < poll_interval_ms) return m_cached;
    }
    return Fetch(SnapshotParams{}, nullptr);
  }

  // Reads one page of log lines after the last seq; false when none came (or on failure).
  bool PollLogs(bool notify) {
    const RpcReply r = Call("ordo_panelLogs", json::array{m_log_seq, panel_log_lines_max}, true);
    LogPage page;
    if (!r.result || !FromJson(*r.result, &page).ok()) return false;
    if (page.next_seq < m_log_seq) {
      // ordod restarted and counts from 1 again: read its lines from the start.
      m_log_seq = 0;
      return false;
    }
    m_log_seq = page.next_seq;
    {
      std::lock_guard lock(m_logs_mutex);
      for (const LogEntry& e : page.lines) m_logs.push_back(e);
      while (m_logs.size() > recent_logs_max) m_logs.pop_front();
    }
    if (notify) {
      for (const LogEntry& e : page.lines) m_log_subs.Fire(e);
    }
    return !page.lines.empty();
  }

  void PollOnce() {
    PollLogs(/*notify=*/true);
    auto snap = PollSnapshot();
    if (!snap) return;
    const uint64_t height = snap->status.last_committed;
    if (height > m_last_height) {
      const uint64_t first = std::max(m_last_height + 1, height >= new_block_events_max ? height - new_block_events_max + 1 : 1);
      for (uint64_t h = first; h <= height; ++h) {
        BlockSummary b;
        b.height = h;
        m_block_subs.Fire(b);
      }
    }
    m_last_height = height;
    for (const EvidenceInfo& e : snap->evidence) {
      if (m_evidence_seen.insert(KeyOf(e)).second) m_evidence_subs.Fire(e);
    }
  }

  void PollLoop() {
    std::unique_lock lock(m_poll_mutex);
    while (!m_stopping) {
      lock.unlock();
      PollOnce();
      lock.lock();
      m_poll_cv.wait_for(lock, poll_interval_ms, [this] { return m_stopping; });
    }
  }

  // Constant after construction.
  const std::string m_url;

  std::mutex m_rpc_mutex;
  RpcConnection m_rpc;  // guarded by m_rpc_mutex

  // Taken before m_rpc_mutex when both are held.
  std::mutex m_cache_mutex;
  SnapshotParams m_params{default_timings_max, default_blocks_max, default_mempool_top_max};  // guarded by m_cache_mutex
  std::shared_ptr<const PanelSnapshot> m_cached;    // guarded by m_cache_mutex; null: ordod did not answer
  std::optional<Clock::time_point> m_cached_at;     // guarded by m_cache_mutex
  SnapshotParams m_cached_params;                   // guarded by m_cache_mutex

  std::mutex m_logs_mutex;
  std::deque<LogEntry> m_logs;  // guarded by m_logs_mutex

  // The poll thread's own (Start sets them before the thread exists).
  uint64_t m_log_seq = 0;
  uint64_t m_last_height = 0;
  std::set<EvidenceKey> m_evidence_seen;

  std::mutex m_poll_mutex;
  std::condition_variable m_poll_cv;
  bool m_stopping = false;  // guarded by m_poll_mutex
  std::thread m_poller;

  Subscribers<BlockSummary> m_block_subs;
  Subscribers<LogEntry> m_log_subs;
  Subscribers<EvidenceInfo> m_evidence_subs;
};

}  // namespace

std::unique_ptr<Node> MakeRemoteNode(const std::string& rpc_url, std::string* error, const std::string& cookie_file) {
  auto endpoint = ParseRpcUrl(rpc_url, error);
  if (!endpoint) return nullptr;
  endpoint->cookie_file = cookie_file;
  auto node = std::make_unique<RemoteNode>(std::move(*endpoint), rpc_url);
  if (!node->Start(error)) return nullptr;
  return node;
}

}  // namespace ordo::interfaces
