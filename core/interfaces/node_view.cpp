#include "interfaces/node_view.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <variant>

#include "ordo/crypto/keccak.h"

namespace ordo::interfaces {
namespace {

uint64_t NowMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch()).count());
}

std::string Hex0x(ByteSpan b) { return "0x" + ToHex(b); }

std::string TimeoutStepName(consensus::TimeoutKind k) {
  switch (k) {
    case consensus::TimeoutKind::Propose: return "propose";
    case consensus::TimeoutKind::Prevote: return "prevote";
    case consensus::TimeoutKind::Precommit: return "precommit";
  }
  return "propose";
}

}  // namespace

LogLevel ToLogLevel(node::LogLevel l) {
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

NodeStatus NodeView::StatusNow(NodeMode mode, const std::string& data_dir) const {
  const node::Node& n = m_node;
  NodeStatus s;
  s.mode = mode;
  s.data_dir = data_dir;
  s.now_ms = NowMs();
  const node::ConsensusStatus c = n.chain().Consensus();
  s.running = true;
  s.moniker = n.config().moniker;
  s.chain_id = n.genesis().chain_id;
  s.evm_chain_id = n.genesis().evm_chain_id;
  s.log_file = n.home() + "/logs/ordod.log";
  if (n.rpc_port() != 0) s.rpc_url = "http://127.0.0.1:" + std::to_string(n.rpc_port());
  s.height = c.height;
  s.round = c.round;
  s.step = c.step;
  s.last_committed = c.last_committed;
  s.last_block_time_ms = c.last_block_time_ms;
  s.last_commit_local_ms = n.observation().LastCommitLocalMs();
  s.last_block_interval_ms = n.metrics().last_block_interval_ms.load();
  s.target_block_interval_ms = n.genesis().params.block_interval_ms;
  for (const auto& [peer, h] : n.observation().PeerHeights()) s.best_peer_height = std::max(s.best_peer_height, h);
  s.peers = n.network() ? n.network()->Peers().size() : 0;
  s.network_paused = n.NetworkPaused();
  const consensus::ValidatorSet vs = n.chain().State()->validators();
  s.total_power = vs.TotalPower();
  if (auto key = n.validator_key()) {
    s.validator_key = ToHex(*key);
    if (auto idx = vs.IndexOf(*key)) {
      s.is_validator = true;
      s.own_power = vs.at(*idx).power;
    }
  }
  s.signer_last_height = c.signer_last_height;
  s.txs_committed = n.metrics().txs_committed.load();
  s.clock_offset_ms = n.observation().ClockOffsetMs();
  std::error_code ec;
  const auto space = std::filesystem::space(n.home(), ec);
  if (!ec) s.disk_free_bytes = space.available;
  return s;
}

LiveRound NodeView::LiveRoundNow() const {
  LiveRound out;
  const node::LiveRoundInfo l = m_node.observation().LiveRound();
  const consensus::ValidatorSet vs = m_node.chain().State()->validators();
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

std::vector<HeightTiming> NodeView::Timings(size_t max) const {
  std::vector<HeightTiming> out;
  for (const node::HeightTiming& t : m_node.observation().HeightTimings(max)) {
    out.push_back(HeightTiming{t.height, t.rounds, t.propose_ms, t.prevote_ms, t.precommit_ms, t.commit_ms,
                               t.total_ms, t.synced, t.txs, t.time_ms});
  }
  return out;
}

std::vector<PeerInfo> NodeView::Peers() const {
  std::vector<PeerInfo> out;
  std::map<std::string, uint64_t> power_by_peer;
  const consensus::ValidatorSet vs = m_node.chain().State()->validators();
  for (const auto& gv : m_node.genesis().validators) {
    if (!gv.node_key) continue;
    if (auto idx = vs.IndexOf(gv.consensus_key)) power_by_peer[net::PeerIdOf(*gv.node_key)] = vs.at(*idx).power;
  }
  const auto heights = m_node.observation().PeerHeights();
  const net::Network* network = m_node.network();  // null without networking
  for (const net::PeerInfo& p : network ? network->Peers() : std::vector<net::PeerInfo>{}) {
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

std::vector<BannedPeerInfo> NodeView::BannedPeers() const {
  std::vector<BannedPeerInfo> out;
  const net::Network* network = m_node.network();  // null without networking
  if (network == nullptr) return out;
  for (const net::BannedPeer& b : network->Banned()) out.push_back(BannedPeerInfo{b.id, b.reason, b.until_ms});
  return out;
}

std::vector<ValidatorInfo> NodeView::Validators() const {
  std::vector<ValidatorInfo> out;
  const consensus::ValidatorSet vs = m_node.chain().State()->validators();
  const std::vector<node::SigningStats> signing = m_node.observation().Signing();
  const auto own = m_node.validator_key();
  for (size_t i = 0; i < vs.size(); ++i) {
    const consensus::Validator& v = vs.at(static_cast<consensus::ValidatorIndex>(i));
    ValidatorInfo info;
    info.index = static_cast<int>(i);
    info.key = ToHex(v.public_key);
    info.moniker = MonikerOf(v.public_key);
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

MempoolStatus NodeView::Mempool() const {
  MempoolStatus out;
  const mempool::Stats st = m_node.mempool().stats();
  out.pending = st.pending;
  out.queued = st.queued;
  out.bytes = st.bytes;
  out.txs_max = m_node.config().mempool_txs_max;
  out.bytes_max = m_node.config().mempool_bytes_max;
  out.admitted_total = st.admitted_total;
  out.evicted_total = st.evicted_total;
  out.expired_total = st.expired_total;
  for (int r = 0; r < mempool::reject_reason_count; ++r) {
    out.rejected.push_back(RejectionCount{mempool::RejectMessage(static_cast<mempool::Reject>(r)), st.rejected_total[r]});
  }
  return out;
}

std::vector<MempoolTx> NodeView::MempoolTop(size_t max) const {
  std::vector<MempoolTx> out;
  const U256 base_fee = m_node.chain().State()->base_fee();
  for (const chain::TxPtr& tx : m_node.mempool().Top(max, base_fee)) {
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

std::vector<BlockSummary> NodeView::RecentBlocks(size_t max) const {
  std::vector<BlockSummary> out;
  std::map<uint64_t, double> latency;
  for (const node::HeightTiming& t : m_node.observation().HeightTimings(node::height_timings_max)) {
    if (!t.synced) latency[t.height] = t.total_ms;
  }
  const uint64_t head = m_node.chain().Height();
  std::lock_guard lock(m_cache_mutex);
  for (uint64_t h = head; h >= 1 && out.size() < max; --h) {
    auto it = m_block_cache.find(h);
    if (it == m_block_cache.end()) {
      auto info = m_node.chain().GetBlockByHeight(h);
      if (!info) break;
      it = m_block_cache.emplace(h, Summarise(*info)).first;
      if (m_block_cache.size() > block_cache_max) m_block_cache.erase(m_block_cache.begin());
    }
    BlockSummary b = it->second;
    if (auto l = latency.find(h); l != latency.end()) b.latency_ms = l->second;
    out.push_back(std::move(b));
  }
  return out;
}

std::optional<BlockDetail> NodeView::Block(uint64_t height) const {
  auto info = m_node.chain().GetBlockByHeight(height);
  if (!info) return std::nullopt;
  BlockDetail d;
  d.summary = Summarise(*info);
  const chain::BlockHeader& h = info->block.header;
  d.parent_hash = Hex0x(h.prev_hash);
  d.state_root = Hex0x(h.state_root);
  d.txs_root = Hex0x(h.txs_root);
  d.receipts_root = Hex0x(h.receipts_root);
  d.validators_hash = Hex0x(h.validators_hash);
  d.base_fee_wei = info->base_fee.str();
  for (const Bytes& raw : info->block.txs) d.tx_hashes.push_back(Hex0x(crypto::Keccak256(raw)));
  d.evidence = info->block.evidence.size();
  if (auto cert = m_node.chain().CertificateAt(height)) {
    const consensus::ValidatorSet vs = m_node.chain().State()->validators();
    d.has_certificate = true;
    d.certificate_round = cert->round;
    d.total_power = vs.TotalPower();
    for (const consensus::CommitSig& cs : cert->signatures) {
      CommitSignature sig;
      sig.validator = static_cast<int>(cs.validator);
      if (vs.Contains(cs.validator)) {
        sig.key = ToHex(vs.at(cs.validator).public_key);
        sig.moniker = MonikerOf(vs.at(cs.validator).public_key);
        sig.power = vs.at(cs.validator).power;
      }
      sig.signature = ToHex(cs.signature);
      d.signed_power += sig.power;
      d.signatures.push_back(std::move(sig));
    }
  }
  return d;
}

std::vector<EvidenceInfo> NodeView::Evidence() const {
  std::vector<EvidenceInfo> out;
  for (const node::EvidenceRecord& r : m_node.observation().EvidenceSeen()) out.push_back(EvidenceOf(r));
  return out;
}

EvidenceInfo NodeView::EvidenceOf(const node::EvidenceRecord& r) const {
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
  const consensus::ValidatorSet vs = m_node.chain().State()->validators();
  if (vs.Contains(offender)) {
    e.offender_key = ToHex(vs.at(offender).public_key);
    e.offender_moniker = MonikerOf(vs.at(offender).public_key);
    e.offender_power = vs.at(offender).power;
  }
  e.seen_ms = r.seen_ms;
  e.included_height = r.included_height;
  return e;
}

std::string NodeView::MonikerOf(const crypto::XOnlyPublicKey& key) const {
  for (const auto& gv : m_node.genesis().validators) {
    if (gv.consensus_key == key) return gv.moniker;
  }
  return ToHex(key).substr(0, 12);
}

BlockSummary NodeView::Summarise(const node::BlockInfo& info) const {
  BlockSummary b;
  b.height = info.block.header.height;
  b.hash = Hex0x(info.hash);
  b.time_ms = info.block.header.time_ms;
  b.txs = info.block.txs.size();
  b.gas_used = info.gas_used;
  b.round = info.round;
  b.proposer = MonikerOf(info.block.header.proposer);
  b.proposer_key = ToHex(info.block.header.proposer);
  return b;
}

}  // namespace ordo::interfaces
