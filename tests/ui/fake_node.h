#pragma once
// FakeNode: an interfaces::Node whose answers the test sets, and which records the commands the
// panel sends. Thread-safe (the panel calls it from its worker thread).

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "ordo/interfaces/node.h"

namespace ordo::test {

class FakeNode : public interfaces::Node {
 public:
  struct State {
    interfaces::NodeStatus status;
    interfaces::LiveRound live;
    std::vector<interfaces::HeightTiming> timings;
    std::vector<interfaces::PeerInfo> peers;
    std::vector<interfaces::BannedPeerInfo> banned;
    std::vector<interfaces::ValidatorInfo> validators;
    interfaces::MempoolStatus mempool;
    std::vector<interfaces::MempoolTx> mempool_top;
    std::vector<interfaces::BlockSummary> blocks;  // newest first
    std::map<uint64_t, interfaces::BlockDetail> block_details;
    std::vector<interfaces::EvidenceInfo> evidence;
    std::vector<interfaces::LogEntry> logs;
    std::vector<interfaces::LocalValidator> local_validators;
    std::string submit_error;
  };

  // Everything the panel asked the node to do, in order ("ban <id>", "pause 1", ...).
  std::vector<std::string> commands() const {
    std::lock_guard lock(m_mutex);
    return m_commands;
  }

  template <typename F>
  void update(F&& f) {
    std::lock_guard lock(m_mutex);
    f(m_state);
  }

  State state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
  }

  // A typical healthy 4-validator network at `height`, the operator being validator 0.
  static State Healthy(uint64_t height);

  void fireNewBlock(const interfaces::BlockSummary& b) { Fire(m_block_subs, b); }
  void fireLog(const interfaces::LogEntry& e) { Fire(m_log_subs, e); }
  void fireEvidence(const interfaces::EvidenceInfo& e) { Fire(m_evidence_subs, e); }
  size_t subscriptions() const {
    std::lock_guard lock(m_mutex);
    return m_block_subs.size() + m_log_subs.size() + m_evidence_subs.size();
  }

  interfaces::NodeStatus getStatus() override { return Get(&State::status); }
  interfaces::LiveRound getLiveRound() override { return Get(&State::live); }
  std::vector<interfaces::HeightTiming> getHeightTimings(size_t max) override { return Tail(Get(&State::timings), max); }
  std::vector<interfaces::PeerInfo> getPeers() override { return Get(&State::peers); }
  std::vector<interfaces::BannedPeerInfo> getBannedPeers() override { return Get(&State::banned); }
  std::vector<interfaces::ValidatorInfo> getValidators() override { return Get(&State::validators); }
  interfaces::MempoolStatus getMempool() override { return Get(&State::mempool); }
  std::vector<interfaces::MempoolTx> getMempoolTop(size_t max) override { return Head(Get(&State::mempool_top), max); }
  std::vector<interfaces::BlockSummary> getRecentBlocks(size_t max) override { return Head(Get(&State::blocks), max); }
  std::optional<interfaces::BlockDetail> getBlock(uint64_t height) override {
    std::lock_guard lock(m_mutex);
    auto it = m_state.block_details.find(height);
    if (it == m_state.block_details.end()) return std::nullopt;
    return it->second;
  }
  std::vector<interfaces::EvidenceInfo> getEvidence() override { return Get(&State::evidence); }
  std::vector<interfaces::LogEntry> getRecentLogs(size_t max) override { return Tail(Get(&State::logs), max); }

  void disconnectPeer(const std::string& id) override { Record("disconnect " + id); }
  void banPeer(const std::string& id) override {
    Record("ban " + id);
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_state.peers.begin(), m_state.peers.end(), [&](const auto& p) { return p.id == id; });
    if (it != m_state.peers.end()) m_state.peers.erase(it);
    m_state.banned.push_back({id, "banned by the operator", 0});
  }
  void unbanPeer(const std::string& id) override {
    Record("unban " + id);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_state.banned, [&](const auto& b) { return b.id == id; });
  }
  void setNetworkPaused(bool paused) override {
    Record(std::string("pause ") + (paused ? "1" : "0"));
    std::lock_guard lock(m_mutex);
    m_state.status.network_paused = paused;
  }
  std::string submitRawTransaction(const std::vector<uint8_t>& raw) override {
    Record("submit " + std::to_string(raw.size()));
    std::lock_guard lock(m_mutex);
    return m_state.submit_error;
  }
  std::vector<interfaces::LocalValidator> getLocalValidators() override { return Get(&State::local_validators); }
  bool setLocalValidatorRunning(int index, bool running, std::string* error) override {
    Record("validator " + std::to_string(index) + (running ? " start" : " stop"));
    std::lock_guard lock(m_mutex);
    for (auto& v : m_state.local_validators) {
      if (v.index != index) continue;
      if (v.is_operator) {
        *error = "the operator's node cannot be stopped from here";
        return false;
      }
      v.running = running;
      return true;
    }
    *error = "no such validator";
    return false;
  }

  std::unique_ptr<interfaces::Handler> handleNewBlock(std::function<void(const interfaces::BlockSummary&)> fn) override {
    return Subscribe(m_block_subs, std::move(fn));
  }
  std::unique_ptr<interfaces::Handler> handleLog(std::function<void(const interfaces::LogEntry&)> fn) override {
    return Subscribe(m_log_subs, std::move(fn));
  }
  std::unique_ptr<interfaces::Handler> handleEvidence(std::function<void(const interfaces::EvidenceInfo&)> fn) override {
    return Subscribe(m_evidence_subs, std::move(fn));
  }

 private:
  template <typename T>
  using Subs = std::map<int, std::function<void(const T&)>>;

  template <typename T>
  class SubHandler : public interfaces::Handler {
   public:
    SubHandler(FakeNode* n, Subs<T>* subs, int id) : m_n(n), m_subs(subs), m_id(id) {}
    ~SubHandler() override { disconnect(); }
    void disconnect() override {
      std::lock_guard lock(m_n->m_mutex);
      m_subs->erase(m_id);
    }

   private:
    FakeNode* m_n;
    Subs<T>* m_subs;
    int m_id;
  };

  template <typename T>
  std::unique_ptr<interfaces::Handler> Subscribe(Subs<T>& subs, std::function<void(const T&)> fn) {
    std::lock_guard lock(m_mutex);
    const int id = ++m_next_sub;
    subs[id] = std::move(fn);
    return std::make_unique<SubHandler<T>>(this, &subs, id);
  }

  template <typename T>
  void Fire(Subs<T>& subs, const T& v) {
    std::vector<std::function<void(const T&)>> fns;
    {
      std::lock_guard lock(m_mutex);
      for (auto& [id, f] : subs) fns.push_back(f);
    }
    for (auto& f : fns) f(v);
  }

  template <typename T>
  T Get(T State::*field) const {
    std::lock_guard lock(m_mutex);
    return m_state.*field;
  }

  template <typename T>
  static std::vector<T> Tail(std::vector<T> v, size_t max) {
    if (v.size() > max) v.erase(v.begin(), v.end() - static_cast<std::ptrdiff_t>(max));
    return v;
  }
  template <typename T>
  static std::vector<T> Head(std::vector<T> v, size_t max) {
    if (v.size() > max) v.resize(max);
    return v;
  }

  void Record(std::string c) {
    std::lock_guard lock(m_mutex);
    m_commands.push_back(std::move(c));
  }

  mutable std::mutex m_mutex;
  State m_state;
  std::vector<std::string> m_commands;
  Subs<interfaces::BlockSummary> m_block_subs;
  Subs<interfaces::LogEntry> m_log_subs;
  Subs<interfaces::EvidenceInfo> m_evidence_subs;
  int m_next_sub = 0;
};

inline FakeNode::State FakeNode::Healthy(uint64_t height) {
  State s;
  const uint64_t now = 1'790'000'000'000;  // a fixed Unix ms, so page text is deterministic
  const char* monikers[] = {"validator-0", "validator-1", "validator-2", "validator-3"};
  s.status.mode = interfaces::NodeMode::LocalNetwork;
  s.status.running = true;
  s.status.moniker = monikers[0];
  s.status.chain_id = "ordo-local";
  s.status.evm_chain_id = 61000;
  s.status.data_dir = "/tmp/ordo-fake";
  s.status.log_file = "/tmp/ordo-fake/node0/logs/ordod.log";
  s.status.rpc_url = "http://127.0.0.1:8545";
  s.status.height = height + 1;
  s.status.round = 0;
  s.status.step = "prevote";
  s.status.last_committed = height;
  s.status.last_block_time_ms = now - 400;
  s.status.last_commit_local_ms = now - 390;
  s.status.last_block_interval_ms = 1000;
  s.status.target_block_interval_ms = 1000;
  s.status.best_peer_height = height;
  s.status.peers = 3;
  s.status.is_validator = true;
  s.status.validator_key = std::string(64, 'a');
  s.status.own_power = 100;
  s.status.total_power = 400;
  s.status.signer_last_height = height;
  s.status.txs_committed = height * 10;
  s.status.disk_free_bytes = uint64_t{50} << 30;
  s.status.now_ms = now;
  s.live.height = height + 1;
  s.live.round = 0;
  s.live.step = "prevote";
  s.live.total_power = 400;
  s.live.quorum_power = 267;
  s.live.prevote_power = 200;
  s.live.round_started_ms = now - 20;
  s.live.arrivals = {{1.5, false, false, 100}, {3.0, false, false, 100}};
  for (uint64_t h = height > 60 ? height - 59 : 1; h <= height; ++h) {
    interfaces::HeightTiming t;
    t.height = h;
    t.rounds = h % 17 == 0 ? 2 : 1;
    t.propose_ms = 2.0 + static_cast<double>(h % 5);
    t.prevote_ms = 1.0 + static_cast<double>(h % 3);
    t.precommit_ms = 1.5;
    t.commit_ms = 3.0;
    t.total_ms = t.propose_ms + t.prevote_ms + t.precommit_ms + t.commit_ms;
    t.txs = h % 7;
    t.time_ms = now - (height - h) * 1000;
    s.timings.push_back(t);
  }
  for (int i = 1; i < 4; ++i) {
    interfaces::PeerInfo p;
    p.id = std::string(40, static_cast<char>('0' + i));
    p.node_key = std::string(64, static_cast<char>('0' + i));
    p.moniker = monikers[i];
    p.address = "127.0.0.1:" + std::to_string(26656 + i);
    p.outbound = i % 2 == 1;
    p.validator_power = 100;
    p.height = height;
    p.rtt_ms = 0.2 * i;
    p.bytes_in = 1000u * static_cast<uint64_t>(i);
    p.bytes_out = 2000u * static_cast<uint64_t>(i);
    p.score = 0;
    p.connected_since_ms = now - 60'000;
    s.peers.push_back(p);
  }
  for (int i = 0; i < 4; ++i) {
    interfaces::ValidatorInfo v;
    v.index = i;
    v.key = std::string(64, static_cast<char>('a' + i));
    v.moniker = monikers[i];
    v.power = 100;
    v.power_share = 0.25;
    v.proposer_priority = (i - 1) * 50;
    v.last_signed_height = height;
    v.window = std::min<uint64_t>(height, 100);
    v.is_self = i == 0;
    s.validators.push_back(v);
  }
  s.mempool.pending = 12;
  s.mempool.queued = 3;
  s.mempool.bytes = 1800;
  s.mempool.txs_max = 20000;
  s.mempool.bytes_max = 64 << 20;
  s.mempool.admitted_total = 500;
  s.mempool.rejected = {{"nonce too low", 4}, {"underpriced", 2}, {"insufficient funds", 0}};
  for (int i = 0; i < 12; ++i) {
    s.mempool_top.push_back({"0x" + std::string(64, static_cast<char>('0' + i % 10)),
                             "0x" + std::string(40, 'b'), static_cast<uint64_t>(i), 2.0 - 0.1 * i, 21000, 110});
  }
  for (uint64_t h = height; h >= 1 && h + 20 > height; --h) {
    interfaces::BlockSummary b;
    b.height = h;
    b.hash = "0x" + std::string(63, 'c') + std::to_string(h % 10);
    b.time_ms = now - (height - h) * 1000;
    b.txs = h % 7;
    b.gas_used = b.txs * 21000;
    b.round = h % 17 == 0 ? 1 : 0;
    b.proposer = monikers[h % 4];
    b.proposer_key = std::string(64, static_cast<char>('a' + h % 4));
    b.latency_ms = 8.5;
    s.blocks.push_back(b);
    interfaces::BlockDetail d;
    d.summary = b;
    d.parent_hash = "0x" + std::string(64, 'd');
    d.state_root = "0x" + std::string(64, 'e');
    d.txs_root = "0x" + std::string(64, 'f');
    d.receipts_root = "0x" + std::string(64, '1');
    d.validators_hash = "0x" + std::string(64, '2');
    d.base_fee_wei = "1000000000";
    for (uint64_t t = 0; t < b.txs; ++t) d.tx_hashes.push_back("0x" + std::string(64, static_cast<char>('3' + t)));
    d.has_certificate = true;
    d.certificate_round = b.round;
    for (int i = 0; i < 3; ++i) d.signatures.push_back({i, monikers[i], std::string(64, static_cast<char>('a' + i)), std::string(128, '9'), 100});
    d.signed_power = 300;
    d.total_power = 400;
    s.block_details[h] = d;
  }
  for (int i = 0; i < 4; ++i) {
    s.local_validators.push_back({i, monikers[i], static_cast<uint16_t>(8545 + i), static_cast<uint16_t>(26656 + i), true, i == 0});
  }
  s.logs.push_back({now - 1000, interfaces::LogLevel::Info, monikers[0], "committed height " + std::to_string(height)});
  return s;
}

}  // namespace ordo::test
