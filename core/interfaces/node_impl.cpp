// interfaces::Node over node::Node: one joined node, or a local network of in-process validators
// (node0 is the operator's) as `ordod testnet` would lay it out.

#include <algorithm>
#include <chrono>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>

#include "ordo/crypto/keccak.h"
#include "ordo/crypto/secure.h"
#include "ordo/interfaces/node.h"
#include "ordo/node/home.h"
#include "ordo/node/node.h"

namespace ordo::interfaces {
namespace {

constexpr size_t recent_logs_max = 5000;
constexpr size_t block_cache_max = 1024;

uint64_t NowMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch()).count());
}

std::string Hex0x(ByteSpan b) { return "0x" + ToHex(b); }

LogLevel ToLevel(node::LogLevel l) {
  switch (l) {
    case node::LogLevel::Trace: return LogLevel::Trace;
    case node::LogLevel::Debug: return LogLevel::Debug;
    case node::LogLevel::Info: return LogLevel::Info;
    case node::LogLevel::Warn: return LogLevel::Warn;
    case node::LogLevel::Error: return LogLevel::Error;
    case node::LogLevel::Critical: return LogLevel::Critical;
  }
  return LogLevel::Info;
}

std::string TimeoutStepName(consensus::TimeoutKind k) {
  switch (k) {
    case consensus::TimeoutKind::Propose: return "propose";
    case consensus::TimeoutKind::Prevote: return "prevote";
    case consensus::TimeoutKind::Precommit: return "precommit";
  }
  return "propose";
}

// Subscribers of one notification kind; a Handler removes its entry.
template <typename T>
class Subscribers {
 public:
  using Fn = std::function<void(const T&)>;

  std::unique_ptr<Handler> Add(Fn fn) {
    std::lock_guard lock(m_state->mutex);
    const int id = ++m_state->next;
    m_state->fns[id] = std::make_shared<Fn>(std::move(fn));
    return std::make_unique<Sub>(m_state, id);
  }

  void Fire(const T& v) {
    std::vector<std::shared_ptr<Fn>> fns;
    {
      std::lock_guard lock(m_state->mutex);
      for (auto& [id, f] : m_state->fns) fns.push_back(f);
    }
    for (auto& f : fns) (*f)(v);
  }

 private:
  struct State {
    std::mutex mutex;
    std::map<int, std::shared_ptr<Fn>> fns;
    int next = 0;
  };
  class Sub : public Handler {
   public:
    Sub(std::shared_ptr<State> s, int id) : m_state(std::move(s)), m_id(id) {}
    ~Sub() override { disconnect(); }
    void disconnect() override {
      std::lock_guard lock(m_state->mutex);
      m_state->fns.erase(m_id);
    }

   private:
    std::shared_ptr<State> m_state;
    int m_id;
  };
  std::shared_ptr<State> m_state = std::make_shared<State>();
};

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
    if (m.index == 0) {
      o.observers.log = [this](node::LogLevel level, uint64_t ms, const std::string& msg) {
        LogEntry e{ms, ToLevel(level), m_operator_moniker, msg};
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
        auto op = Operator();
        if (op) m_evidence_subs.Fire(ToInfo(*op, r));
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
    return true;
  }

  bool AddAndStart(Member m, std::string* error) {
    std::lock_guard lock(m_members_mutex);
    m_members.push_back(std::move(m));
    Member& added = m_members.back();
    return StartMember(added, error);
  }

  // ---- interfaces::Node ----

  NodeStatus getStatus() override {
    NodeStatus s;
    s.mode = m_mode;
    s.data_dir = m_data_dir;
    s.now_ms = NowMs();
    auto op = Operator();
    if (!op) return s;
    node::Node& n = *op;
    const node::ConsensusStatus c = n.Consensus();
    s.running = true;
    s.moniker = n.config().moniker;
    s.chain_id = n.genesis().chain_id;
    s.evm_chain_id = n.evm_chain_id();
    s.log_file = n.home() + "/logs/ordod.log";
    if (n.rpc_port() != 0) s.rpc_url = "http://127.0.0.1:" + std::to_string(n.rpc_port());
    s.height = c.height;
    s.round = c.round;
    s.step = c.step;
    s.last_committed = c.last_committed;
    s.last_block_time_ms = c.last_block_time_ms;
    s.last_commit_local_ms = n.LastCommitLocalMs();
    s.last_block_interval_ms = n.Metrics().last_block_interval_ms.load();
    s.target_block_interval_ms = n.genesis().params.block_interval_ms;
    for (const auto& [peer, h] : n.PeerHeights()) s.best_peer_height = std::max(s.best_peer_height, h);
    s.peers = n.Peers().size();
    s.network_paused = n.NetworkPaused();
    const consensus::ValidatorSet vs = n.Validators();
    s.total_power = vs.TotalPower();
    if (auto key = n.ValidatorKey()) {
      s.validator_key = ToHex(*key);
      if (auto idx = vs.IndexOf(*key)) {
        s.is_validator = true;
        s.own_power = vs.at(*idx).power;
      }
    }
    s.signer_last_height = c.signer_last_height;
    s.txs_committed = n.Metrics().txs_committed.load();
    s.clock_offset_ms = n.ClockOffsetMs();
    std::error_code ec;
    const auto space = std::filesystem::space(n.home(), ec);
    if (!ec) s.disk_free_bytes = space.available;
    return s;
  }

  LiveRound getLiveRound() override {
    LiveRound out;
    auto op = Operator();
    if (!op) return out;
    const node::LiveRoundInfo l = op->LiveRound();
    const consensus::ValidatorSet vs = op->Validators();
    out.height = l.height;
    out.round = l.round;
    out.step = l.step;
    out.total_power = vs.TotalPower();
    out.quorum_power = vs.QuorumPower();
    out.round_started_ms = l.round_started_ms;
    for (const node::VoteSeen& v : l.votes) {
      const uint64_t power = vs.Contains(v.validator) ? vs.at(v.validator).power : 0;
      const bool precommit = v.type == consensus::VoteType::Precommit;
      out.arrivals.push_back(VoteArrival{v.at_ms, precommit, v.nil, power});
      uint64_t& total = precommit ? (v.nil ? out.precommit_nil_power : out.precommit_power)
                                  : (v.nil ? out.prevote_nil_power : out.prevote_power);
      total += power;
    }
    for (const node::TimeoutSeen& t : l.timeouts) {
      out.recent_timeouts.push_back(TimeoutEvent{t.height, t.round, TimeoutStepName(t.kind), t.time_ms});
    }
    return out;
  }

  std::vector<HeightTiming> getHeightTimings(size_t max) override {
    std::vector<HeightTiming> out;
    auto op = Operator();
    if (!op) return out;
    for (const node::HeightTiming& t : op->HeightTimings(max)) {
      out.push_back(HeightTiming{t.height, t.rounds, t.propose_ms, t.prevote_ms, t.precommit_ms, t.commit_ms,
                                 t.total_ms, t.synced, t.txs, t.time_ms});
    }
    return out;
  }

  std::vector<PeerInfo> getPeers() override {
    std::vector<PeerInfo> out;
    auto op = Operator();
    if (!op) return out;
    std::map<std::string, uint64_t> power_by_peer;
    const consensus::ValidatorSet vs = op->Validators();
    for (const auto& gv : op->genesis().validators) {
      if (!gv.node_key) continue;
      if (auto idx = vs.IndexOf(gv.consensus_key)) power_by_peer[net::PeerIdOf(*gv.node_key)] = vs.at(*idx).power;
    }
    const auto heights = op->PeerHeights();
    for (const net::PeerInfo& p : op->Peers()) {
      PeerInfo i;
      i.id = p.id;
      i.node_key = ToHex(p.node_key);
      i.moniker = p.moniker;
      i.address = p.address;
      i.outbound = p.outbound;
      if (auto it = power_by_peer.find(p.id); it != power_by_peer.end()) i.validator_power = it->second;
      if (auto it = heights.find(p.id); it != heights.end()) i.height = it->second;
      i.rtt_ms = p.rtt_ms;
      i.bytes_in = p.bytes_in;
      i.bytes_out = p.bytes_out;
      i.score = p.score;
      i.connected_since_ms = p.connected_since_ms;
      out.push_back(std::move(i));
    }
    return out;
  }

  std::vector<BannedPeerInfo> getBannedPeers() override {
    std::vector<BannedPeerInfo> out;
    auto op = Operator();
    if (!op) return out;
    for (const net::BannedPeer& b : op->BannedPeers()) out.push_back(BannedPeerInfo{b.id, b.reason, b.until_ms});
    return out;
  }

  std::vector<ValidatorInfo> getValidators() override {
    std::vector<ValidatorInfo> out;
    auto op = Operator();
    if (!op) return out;
    const consensus::ValidatorSet vs = op->Validators();
    const std::vector<node::SigningStats> signing = op->Signing();
    const auto own = op->ValidatorKey();
    for (size_t i = 0; i < vs.size(); ++i) {
      const consensus::Validator& v = vs.at(static_cast<consensus::ValidatorIndex>(i));
      ValidatorInfo info;
      info.index = static_cast<int>(i);
      info.key = ToHex(v.public_key);
      info.moniker = MonikerOf(*op, v.public_key);
      info.power = v.power;
      info.power_share = vs.TotalPower() > 0 ? static_cast<double>(v.power) / static_cast<double>(vs.TotalPower()) : 0;
      info.proposer_priority = v.proposer_priority;
      if (i < signing.size()) {
        info.last_signed_height = signing[i].last_signed_height;
        info.missed_in_window = signing[i].missed_in_window;
        info.window = signing[i].window;
      }
      info.is_self = own && *own == v.public_key;
      out.push_back(std::move(info));
    }
    return out;
  }

  MempoolStatus getMempool() override {
    MempoolStatus out;
    auto op = Operator();
    if (!op) return out;
    const mempool::Stats st = op->MempoolStats();
    out.pending = st.pending;
    out.queued = st.queued;
    out.bytes = st.bytes;
    out.txs_max = op->config().mempool_txs_max;
    out.bytes_max = op->config().mempool_bytes_max;
    out.admitted_total = st.admitted_total;
    out.evicted_total = st.evicted_total;
    out.expired_total = st.expired_total;
    for (int r = 0; r < mempool::reject_reason_count; ++r) {
      out.rejected.push_back(RejectionCount{mempool::RejectMessage(static_cast<mempool::Reject>(r)), st.rejected_total[r]});
    }
    return out;
  }

  std::vector<MempoolTx> getMempoolTop(size_t max) override {
    std::vector<MempoolTx> out;
    auto op = Operator();
    if (!op) return out;
    const chain::U256 base_fee = op->BaseFee();
    for (const chain::TxPtr& tx : op->MempoolTop(max)) {
      MempoolTx m;
      m.hash = Hex0x(tx->hash);
      m.from = Hex0x(tx->sender);
      m.nonce = tx->nonce;
      m.tip_gwei = static_cast<double>(chain::EffectiveTip(*tx, base_fee)) / 1e9;
      m.gas = tx->gas_limit;
      m.size = tx->raw.size();
      out.push_back(std::move(m));
    }
    return out;
  }

  std::vector<BlockSummary> getRecentBlocks(size_t max) override {
    std::vector<BlockSummary> out;
    auto op = Operator();
    if (!op) return out;
    std::map<uint64_t, double> latency;
    for (const node::HeightTiming& t : op->HeightTimings(node::height_timings_max)) {
      if (!t.synced) latency[t.height] = t.total_ms;
    }
    const uint64_t head = op->Height();
    std::lock_guard lock(m_cache_mutex);
    for (uint64_t h = head; h >= 1 && out.size() < max; --h) {
      auto it = m_block_cache.find(h);
      if (it == m_block_cache.end()) {
        auto info = op->GetBlockByHeight(h);
        if (!info) break;
        it = m_block_cache.emplace(h, Summarise(*op, *info)).first;
        if (m_block_cache.size() > block_cache_max) m_block_cache.erase(m_block_cache.begin());
      }
      BlockSummary b = it->second;
      if (auto l = latency.find(h); l != latency.end()) b.latency_ms = l->second;
      out.push_back(std::move(b));
    }
    return out;
  }

  std::optional<BlockDetail> getBlock(uint64_t height) override {
    auto op = Operator();
    if (!op) return std::nullopt;
    auto info = op->GetBlockByHeight(height);
    if (!info) return std::nullopt;
    BlockDetail d;
    d.summary = Summarise(*op, *info);
    const chain::BlockHeader& h = info->block.header;
    d.parent_hash = Hex0x(h.prev_hash);
    d.state_root = Hex0x(h.state_root);
    d.txs_root = Hex0x(h.txs_root);
    d.receipts_root = Hex0x(h.receipts_root);
    d.validators_hash = Hex0x(h.validators_hash);
    d.base_fee_wei = info->base_fee.str();
    for (const Bytes& raw : info->block.txs) d.tx_hashes.push_back(Hex0x(crypto::Keccak256(raw)));
    d.evidence = info->block.evidence.size();
    if (auto cert = op->CertificateAt(height)) {
      const consensus::ValidatorSet vs = op->Validators();
      d.has_certificate = true;
      d.certificate_round = cert->round;
      d.total_power = vs.TotalPower();
      for (const consensus::CommitSig& cs : cert->signatures) {
        CommitSignature sig;
        sig.validator = static_cast<int>(cs.validator);
        if (vs.Contains(cs.validator)) {
          sig.key = ToHex(vs.at(cs.validator).public_key);
          sig.moniker = MonikerOf(*op, vs.at(cs.validator).public_key);
          sig.power = vs.at(cs.validator).power;
        }
        sig.signature = ToHex(cs.signature);
        d.signed_power += sig.power;
        d.signatures.push_back(std::move(sig));
      }
    }
    return d;
  }

  std::vector<EvidenceInfo> getEvidence() override {
    std::vector<EvidenceInfo> out;
    auto op = Operator();
    if (!op) return out;
    for (const node::EvidenceRecord& r : op->EvidenceSeen()) out.push_back(ToInfo(*op, r));
    return out;
  }

  std::vector<LogEntry> getRecentLogs(size_t max) override {
    std::lock_guard lock(m_logs_mutex);
    const size_t n = std::min(max, m_logs.size());
    return std::vector<LogEntry>(m_logs.end() - static_cast<std::ptrdiff_t>(n), m_logs.end());
  }

  void disconnectPeer(const std::string& peer_id) override {
    if (auto op = Operator()) op->DisconnectPeer(peer_id);
  }
  void banPeer(const std::string& peer_id) override {
    if (auto op = Operator()) op->BanPeer(peer_id);
  }
  void unbanPeer(const std::string& peer_id) override {
    if (auto op = Operator()) op->UnbanPeer(peer_id);
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
    return StartMember(m, error);
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

  static std::string MonikerOf(const node::Node& n, const crypto::XOnlyPublicKey& key) {
    for (const auto& gv : n.genesis().validators) {
      if (gv.consensus_key == key) return gv.moniker;
    }
    return ToHex(key).substr(0, 12);
  }

  static BlockSummary Summarise(const node::Node& n, const node::BlockInfo& info) {
    BlockSummary b;
    b.height = info.block.header.height;
    b.hash = Hex0x(info.hash);
    b.time_ms = info.block.header.time_ms;
    b.txs = info.block.txs.size();
    b.gas_used = info.gas_used;
    b.round = info.round;
    b.proposer = MonikerOf(n, info.block.header.proposer);
    b.proposer_key = ToHex(info.block.header.proposer);
    return b;
  }

  static EvidenceInfo ToInfo(const node::Node& n, const node::EvidenceRecord& r) {
    EvidenceInfo e;
    consensus::ValidatorIndex offender = 0;
    if (const auto* dv = std::get_if<consensus::DuplicateVoteEvidence>(&r.evidence)) {
      e.kind = dv->first.type == consensus::VoteType::Prevote ? "duplicate prevote" : "duplicate precommit";
      e.height = dv->first.height;
      e.round = dv->first.round;
      offender = dv->first.validator;
    } else {
      const auto& dp = std::get<consensus::DuplicateProposalEvidence>(r.evidence);
      e.kind = "double proposal";
      e.height = dp.first.height;
      e.round = dp.first.round;
      offender = dp.first.validator;
    }
    e.offender_index = static_cast<int>(offender);
    const consensus::ValidatorSet vs = n.Validators();
    if (vs.Contains(offender)) {
      e.offender_key = ToHex(vs.at(offender).public_key);
      e.offender_moniker = MonikerOf(n, vs.at(offender).public_key);
      e.offender_power = vs.at(offender).power;
    }
    e.seen_ms = r.seen_ms;
    e.included_height = r.included_height;
    return e;
  }

  const NodeMode m_mode;
  const std::string m_data_dir;
  std::mutex m_members_mutex;
  std::vector<Member> m_members;  // guarded by m_members_mutex; [0] is the operator's
  std::string m_operator_moniker;
  std::mutex m_logs_mutex;
  std::deque<LogEntry> m_logs;  // guarded by m_logs_mutex
  std::mutex m_cache_mutex;
  std::map<uint64_t, BlockSummary> m_block_cache;  // guarded by m_cache_mutex
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

}  // namespace ordo::interfaces
