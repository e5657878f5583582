// interfaces::Node over node::Node: one joined node, or a local network of in-process validators
// (node0 is the operator's) as `ordod testnet` would lay it out.

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string_view>
#include <thread>

#include <malloc.h>
#include <sched.h>
#include <sys/resource.h>

#include "interfaces/node_view.h"
#include "interfaces/subscribers.h"
#include "ordo/crypto/secure.h"
#include "ordo/interfaces/local_network_threads.h"
#include "ordo/interfaces/node.h"
#include "ordo/interfaces/panel_rpc_methods.h"
#include "ordo/node/home.h"
#include "ordo/node/node.h"

namespace ordo::interfaces {
namespace {

// Several nodes in one process churn through large short-lived buffers (encoded blocks and
// proposals, RocksDB memtable arenas). glibc raises its mmap threshold after each large free, so
// such buffers move into the heap arenas and their pages stay resident once freed: the panel's
// RSS climbed for minutes while the heap in use did not. A fixed threshold keeps allocations of
// 128 KiB and more in mappings of their own, returned to the system when freed. Process-wide, once.
// The programs link jemalloc (app/allocator), where this is a no-op; it matters where this library
// runs on glibc's malloc (the unit tests, other embedders).
void LimitAllocatorRetention() {
  static std::once_flag once;
  std::call_once(once, [] { [[maybe_unused]] const int ok = ::mallopt(M_MMAP_THRESHOLD, 128 * 1024); });
}

constexpr size_t recent_logs_max = 5000;
// Niceness of an in-process local network's threads: the lowest, so that the panel's GUI thread
// is preferred under load. ORDO_LOCAL_NETWORK_NICE (0..19) overrides it.
int LocalNetworkNice() {
  if (const char* env = std::getenv("ORDO_LOCAL_NETWORK_NICE"); env && *env) {
    char* end = nullptr;
    const long v = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && v >= 0 && v <= 19) return static_cast<int>(v);
  }
  return 19;
}

bool ReserveCpuForGui() {
  const char* env = std::getenv("ORDO_LOCAL_NETWORK_RESERVE_CPU");
  return !(env && std::string_view(env) == "0");
}

struct Member {
  int index = 0;
  std::string home;
  std::string moniker;
  uint16_t rpc_port = 0;
  uint16_t p2p_port = 0;
  std::unique_ptr<node::Node> node;  // null while stopped
};

class PanelNode : public Node {
 public:
  PanelNode(NodeMode mode, std::string data_dir) : m_mode(mode), m_data_dir(std::move(data_dir)) {}

  ~PanelNode() override {
    std::lock_guard lock(m_members_mutex);
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
      if (it->node) it->node->Stop();
    }
    m_operator_view.reset();
    m_members.clear();
  }

  // Opens and starts member `m` (index into m_members); the operator's gets the observers.
  bool StartMember(Member& m, std::string* error) {
    auto loaded = node::LoadNodeOptions(m.home);
    if (!loaded.ok()) {
      *error = m.moniker + ": " + loaded.status().ToString();
      return false;
    }
    node::NodeOptions o = std::move(loaded).value();
    o.log_to_stderr = false;
    o.small_memory = m_mode == NodeMode::LocalNetwork;
    if (o.small_memory) LimitAllocatorRetention();
    o.extra_rpc_methods = RegisterPanelRpcMethods;
    if (m.index == 0) {
      o.observers.log = [this](node::LogLevel level, uint64_t ms, const std::string& msg) {
        LogEntry e{ms, ToLogLevel(level), m_operator_moniker, msg};
        {
          std::lock_guard lock(m_logs_mutex);
          m_logs.push_back(e);
          if (m_logs.size() > recent_logs_max) m_logs.pop_front();
        }
        m_log_subs.Fire(e);
      };
      o.observers.commit = [this](uint64_t height) {
        BlockSummary b;
        b.height = height;
        m_block_subs.Fire(b);
      };
      o.observers.evidence = [this](const node::EvidenceRecord& r) {
        if (const NodeView* v = View()) m_evidence_subs.Fire(v->EvidenceOf(r));
      };
    }
    m.moniker = o.config.moniker;
    if (m.index == 0) m_operator_moniker = m.moniker;
    m.rpc_port = o.config.rpc_port;
    m.p2p_port = o.config.p2p_port;
    auto opened = node::Node::Open(std::move(o));
    if (!opened.ok()) {
      *error = m.moniker + ": " + opened.status().ToString();
      return false;
    }
    if (Status s = opened.value()->Start(); !s.ok()) {
      *error = m.moniker + ": " + s.ToString();
      opened.value()->Stop();
      return false;
    }
    m.node = std::move(opened).value();
    if (m.index == 0) m_operator_view = std::make_unique<NodeView>(*m.node);
    return true;
  }

  // An in-process local network shares the operator's machine with the control panel: its nodes'
  // threads (I/O, admission, RocksDB's pool) run at a lower priority and off one CPU, so that the
  // panel's GUI thread gets a core at once under load (PrepareLocalNetworkThread). Linux threads
  // inherit the priority and CPU mask of the thread that creates them, so the nodes are opened
  // and started from a short-lived thread that set its own. A joined node (a real validator)
  // keeps the normal priority and every CPU.
  bool StartNiced(Member& m, std::string* error) {
    if (m_mode != NodeMode::LocalNetwork) return StartMember(m, error);
    bool ok = false;
    std::thread opener([&] {
      PrepareLocalNetworkThread();
      ok = StartMember(m, error);
    });
    opener.join();
    return ok;
  }

  bool AddAndStart(Member m, std::string* error) {
    std::lock_guard lock(m_members_mutex);
    m_members.push_back(std::move(m));
    Member& added = m_members.back();
    return StartNiced(added, error);
  }

  // ---- interfaces::Node ----

  NodeStatus getStatus() override {
    const NodeView* v = View();
    if (v == nullptr) {
      NodeStatus s;
      s.mode = m_mode;
      s.data_dir = m_data_dir;
      s.now_ms = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch()).count());
      return s;
    }
    return v->StatusNow(m_mode, m_data_dir);
  }

  LiveRound getLiveRound() override {
    const NodeView* v = View();
    return v != nullptr ? v->LiveRoundNow() : LiveRound{};
  }

  std::vector<HeightTiming> getHeightTimings(size_t max) override {
    const NodeView* v = View();
    return v != nullptr ? v->Timings(max) : std::vector<HeightTiming>{};
  }

  std::vector<PeerInfo> getPeers() override {
    const NodeView* v = View();
    return v != nullptr ? v->Peers() : std::vector<PeerInfo>{};
  }

  std::vector<BannedPeerInfo> getBannedPeers() override {
    const NodeView* v = View();
    return v != nullptr ? v->BannedPeers() : std::vector<BannedPeerInfo>{};
  }

  std::vector<ValidatorInfo> getValidators() override {
    const NodeView* v = View();
    return v != nullptr ? v->Validators() : std::vector<ValidatorInfo>{};
  }

  MempoolStatus getMempool() override {
    const NodeView* v = View();
    return v != nullptr ? v->Mempool() : MempoolStatus{};
  }

  std::vector<MempoolTx> getMempoolTop(size_t max) override {
    const NodeView* v = View();
    return v != nullptr ? v->MempoolTop(max) : std::vector<MempoolTx>{};
  }

  std::vector<BlockSummary> getRecentBlocks(size_t max) override {
    const NodeView* v = View();
    return v != nullptr ? v->RecentBlocks(max) : std::vector<BlockSummary>{};
  }

  std::optional<BlockDetail> getBlock(uint64_t height) override {
    const NodeView* v = View();
    return v != nullptr ? v->Block(height) : std::nullopt;
  }

  std::vector<EvidenceInfo> getEvidence() override {
    const NodeView* v = View();
    return v != nullptr ? v->Evidence() : std::vector<EvidenceInfo>{};
  }

  std::vector<LogEntry> getRecentLogs(size_t max) override {
    std::lock_guard lock(m_logs_mutex);
    const size_t n = std::min(max, m_logs.size());
    return std::vector<LogEntry>(m_logs.end() - static_cast<std::ptrdiff_t>(n), m_logs.end());
  }

  void disconnectPeer(const std::string& peer_id) override {
    if (net::Network* network = OperatorNetwork()) network->Disconnect(peer_id);
  }
  void banPeer(const std::string& peer_id) override {
    if (net::Network* network = OperatorNetwork()) network->Ban(peer_id, node::operator_ban_reason);
  }
  void unbanPeer(const std::string& peer_id) override {
    if (net::Network* network = OperatorNetwork()) network->Unban(peer_id);
  }
  void setNetworkPaused(bool paused) override {
    if (auto op = Operator()) op->SetNetworkPaused(paused);
  }

  std::string submitRawTransaction(const std::vector<uint8_t>& raw) override {
    auto op = Operator();
    if (!op) return "the node is not running";
    const mempool::AdmitResult r = op->SubmitRawTransaction(ByteSpan(raw.data(), raw.size()));
    return r.ok ? std::string() : mempool::RejectMessage(r.reason);
  }

  std::vector<LocalValidator> getLocalValidators() override {
    std::vector<LocalValidator> out;
    if (m_mode != NodeMode::LocalNetwork) return out;
    std::lock_guard lock(m_members_mutex);
    for (const Member& m : m_members) {
      out.push_back(LocalValidator{m.index, m.moniker, m.rpc_port, m.p2p_port, m.node != nullptr, m.index == 0});
    }
    return out;
  }

  bool setLocalValidatorRunning(int index, bool running, std::string* error) override {
    std::lock_guard lock(m_members_mutex);
    if (m_mode != NodeMode::LocalNetwork || index < 0 || static_cast<size_t>(index) >= m_members.size()) {
      *error = "no local validator " + std::to_string(index);
      return false;
    }
    if (index == 0) {
      *error = "the operator's node runs as long as the panel does";
      return false;
    }
    Member& m = m_members[static_cast<size_t>(index)];
    if (running == (m.node != nullptr)) return true;
    if (!running) {
      m.node->Stop();
      m.node.reset();
      return true;
    }
    return StartNiced(m, error);
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
  // The operator's node; it lives until this object is destroyed.
  node::Node* Operator() {
    std::lock_guard lock(m_members_mutex);
    return m_members.empty() ? nullptr : m_members.front().node.get();
  }

  // The operator's node's network; null before it started and without networking.
  net::Network* OperatorNetwork() {
    node::Node* op = Operator();
    return op != nullptr ? op->network() : nullptr;
  }

  // The operator's node as the panel sees it; null until it started.
  const NodeView* View() {
    std::lock_guard lock(m_members_mutex);
    return m_operator_view.get();
  }

  const NodeMode m_mode;
  const std::string m_data_dir;
  std::mutex m_members_mutex;
  std::vector<Member> m_members;  // guarded by m_members_mutex; [0] is the operator's
  std::unique_ptr<NodeView> m_operator_view;  // guarded by m_members_mutex; over m_members[0].node
  std::string m_operator_moniker;
  std::mutex m_logs_mutex;
  std::deque<LogEntry> m_logs;  // guarded by m_logs_mutex
  Subscribers<BlockSummary> m_block_subs;
  Subscribers<LogEntry> m_log_subs;
  Subscribers<EvidenceInfo> m_evidence_subs;
};

}  // namespace

std::unique_ptr<Node> MakeLocalNetwork(const LocalNetworkOptions& options, std::string* error) {
  namespace fs = std::filesystem;
  if (options.validators < 1 || static_cast<size_t>(options.validators) > node::testnet_validators_max) {
    *error = "a local network has 1 to " + std::to_string(node::testnet_validators_max) + " validators";
    return nullptr;
  }
  std::error_code ec;
  if (!fs::exists(options.data_dir + "/node0/genesis.json", ec)) {
    node::TestnetOptions t;
    t.output = options.data_dir;
    t.validators = static_cast<size_t>(options.validators);
    t.chain_id = "ordo-local";
    t.dev_accounts = options.dev_accounts;
    t.rpc_port_base = options.rpc_port_base;
    t.p2p_port_base = options.p2p_port_base;
    t.block_interval_ms = options.block_interval_ms;
    std::vector<node::DevAccount> accounts;
    if (Status s = node::InitTestnet(t, &accounts); !s.ok()) {
      *error = s.ToString();
      return nullptr;
    }
    for (auto& a : accounts) crypto::SecureZero(a.private_key_hex.data(), a.private_key_hex.size());
  }
  auto panel = std::make_unique<PanelNode>(NodeMode::LocalNetwork, options.data_dir);
  for (int i = 0; i < options.validators; ++i) {
    Member m;
    m.index = i;
    m.home = options.data_dir + "/node" + std::to_string(i);
    m.moniker = "node" + std::to_string(i);
    if (!fs::exists(m.home + "/genesis.json", ec)) {
      *error = m.home + " has no genesis.json: the directory holds a network of fewer validators";
      return nullptr;
    }
    if (!panel->AddAndStart(std::move(m), error)) return nullptr;
  }
  return panel;
}

std::unique_ptr<Node> MakeNodeFromHome(const std::string& home, std::string* error) {
  auto panel = std::make_unique<PanelNode>(NodeMode::Joined, home);
  Member m;
  m.index = 0;
  m.home = home;
  m.moniker = "node";
  if (!panel->AddAndStart(std::move(m), error)) return nullptr;
  return panel;
}

bool PrepareJoinHome(const std::string& home, const std::string& genesis_file, const std::vector<std::string>& peers,
                     std::string* error) {
  if (Status s = node::JoinHome(home, genesis_file, peers, "ordo-panel"); !s.ok()) {
    *error = s.ToString();
    return false;
  }
  return true;
}

int PrepareLocalNetworkThread() {
  // Failures are harmless: the thread keeps its priority or its CPUs.
  [[maybe_unused]] const int niced = ::setpriority(PRIO_PROCESS, 0, LocalNetworkNice());
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (::sched_getaffinity(0, sizeof allowed, &allowed) != 0) return 0;
  const int count = CPU_COUNT(&allowed);
  if (count < 2 || !ReserveCpuForGui()) return count;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &allowed)) {
      CPU_CLR(cpu, &allowed);
      break;
    }
  }
  if (::sched_setaffinity(0, sizeof allowed, &allowed) != 0) return count;
  return count - 1;
}

}  // namespace ordo::interfaces
