#include "interfaces/json_codec.h"

#include <concepts>
#include <string>
#include <type_traits>
#include <utility>

#include <boost/json.hpp>

#include "ordo/consensus/validator_set.h"
#include "ordo/node/node.h"

namespace ordo::interfaces {

static_assert(json_timings_max >= node::height_timings_max);
static_assert(json_validators_max >= consensus::validators_max);
static_assert(json_timeouts_max >= node::live_timeouts_max);
static_assert(json_evidence_max >= node::evidence_records_max);
static_assert(json_log_lines_max >= node::recent_log_lines_max);
static_assert(json_string_bytes_max >= node::log_line_bytes_max);

namespace {

namespace json = boost::json;

// Each struct lists its fields once, in Fields(visitor, struct): the Encoder reads them (const
// struct), the Decoder writes them. Field<V, T> is the struct type with the visitor's constness.
template <class V, class T>
using Field = std::conditional_t<V::encoding, const T, T>;

template <class V> void Fields(V& v, Field<V, NodeStatus>& s);
template <class V> void Fields(V& v, Field<V, HeightTiming>& s);
template <class V> void Fields(V& v, Field<V, VoteArrival>& s);
template <class V> void Fields(V& v, Field<V, TimeoutEvent>& s);
template <class V> void Fields(V& v, Field<V, LiveRound>& s);
template <class V> void Fields(V& v, Field<V, PeerInfo>& s);
template <class V> void Fields(V& v, Field<V, BannedPeerInfo>& s);
template <class V> void Fields(V& v, Field<V, ValidatorInfo>& s);
template <class V> void Fields(V& v, Field<V, RejectionCount>& s);
template <class V> void Fields(V& v, Field<V, MempoolStatus>& s);
template <class V> void Fields(V& v, Field<V, MempoolTx>& s);
template <class V> void Fields(V& v, Field<V, BlockSummary>& s);
template <class V> void Fields(V& v, Field<V, CommitSignature>& s);
template <class V> void Fields(V& v, Field<V, BlockDetail>& s);
template <class V> void Fields(V& v, Field<V, EvidenceInfo>& s);
template <class V> void Fields(V& v, Field<V, LogEntry>& s);
template <class V> void Fields(V& v, Field<V, LocalValidator>& s);
template <class V> void Fields(V& v, Field<V, LocalNetworkOptions>& s);
template <class V> void Fields(V& v, Field<V, PanelSnapshot>& s);
template <class V> void Fields(V& v, Field<V, LogPage>& s);

const char* LevelName(LogLevel l) {
  switch (l) {
    case LogLevel::Trace: return "trace";
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warn: return "warn";
    case LogLevel::Error: return "error";
    case LogLevel::Critical: return "critical";
  }
  return "info";
}

const char* ModeName(NodeMode m) {
  switch (m) {
    case NodeMode::LocalNetwork: return "local_network";
    case NodeMode::Joined: return "joined";
    case NodeMode::Remote: return "remote";
  }
  return "joined";
}

// ---- encoding ----

json::value Encode(bool v) { return json::value(v); }
json::value Encode(double v) { return json::value(v); }
json::value Encode(const std::string& v) { return json::value(v); }
json::value Encode(LogLevel v) { return json::value(LevelName(v)); }
json::value Encode(NodeMode v) { return json::value(ModeName(v)); }
template <std::integral I>
  requires(!std::same_as<I, bool>)
json::value Encode(I v) {
  if constexpr (std::is_signed_v<I>) return json::value(static_cast<int64_t>(v));
  else return json::value(static_cast<uint64_t>(v));
}
template <class S>
  requires std::is_class_v<S>
json::value Encode(const S& s);

struct Encoder {
  static constexpr bool encoding = true;
  json::object object;

  template <class T>
  void operator()(const char* key, const T& v) { object[key] = Encode(v); }
  template <class T>
  void operator()(const char* key, const std::vector<T>& v, size_t /*max*/) {
    json::array a;
    a.reserve(v.size());
    for (const T& item : v) a.push_back(Encode(item));
    object[key] = std::move(a);
  }
};

template <class S>
  requires std::is_class_v<S>
json::value Encode(const S& s) {
  Encoder e;
  Fields(e, s);
  return json::value(std::move(e.object));
}

// ---- decoding ----

Status Bad(const std::string& path, const char* what) { return Status::InvalidArgument(path + ": " + what); }

Status Decode(const json::value& v, const std::string& path, bool* out) {
  if (!v.is_bool()) return Bad(path, "expected true or false");
  *out = v.get_bool();
  return Status::Ok();
}

Status Decode(const json::value& v, const std::string& path, double* out) {
  if (v.is_double()) *out = v.get_double();
  else if (v.is_int64()) *out = static_cast<double>(v.get_int64());
  else if (v.is_uint64()) *out = static_cast<double>(v.get_uint64());
  else return Bad(path, "expected a number");
  return Status::Ok();
}

Status Decode(const json::value& v, const std::string& path, std::string* out) {
  if (!v.is_string()) return Bad(path, "expected a string");
  if (v.get_string().size() > json_string_bytes_max) return Bad(path, "string too long");
  *out = std::string(v.get_string());
  return Status::Ok();
}

Status Decode(const json::value& v, const std::string& path, LogLevel* out) {
  for (LogLevel l : {LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error, LogLevel::Critical}) {
    if (v.is_string() && v.get_string() == LevelName(l)) {
      *out = l;
      return Status::Ok();
    }
  }
  return Bad(path, "expected a log level (trace, debug, info, warn, error, critical)");
}

Status Decode(const json::value& v, const std::string& path, NodeMode* out) {
  for (NodeMode m : {NodeMode::LocalNetwork, NodeMode::Joined, NodeMode::Remote}) {
    if (v.is_string() && v.get_string() == ModeName(m)) {
      *out = m;
      return Status::Ok();
    }
  }
  return Bad(path, "expected a node mode (local_network, joined, remote)");
}

template <std::integral I>
  requires(!std::same_as<I, bool>)
Status Decode(const json::value& v, const std::string& path, I* out) {
  if (v.is_int64()) {
    if (!std::in_range<I>(v.get_int64())) return Bad(path, "integer out of range");
    *out = static_cast<I>(v.get_int64());
  } else if (v.is_uint64()) {
    if (!std::in_range<I>(v.get_uint64())) return Bad(path, "integer out of range");
    *out = static_cast<I>(v.get_uint64());
  } else {
    return Bad(path, "expected an integer");
  }
  return Status::Ok();
}

template <class S>
  requires std::is_class_v<S>
Status Decode(const json::value& v, const std::string& path, S* out);

// Reads the fields of one object; the first error wins and the rest are skipped.
struct Decoder {
  static constexpr bool encoding = false;
  const json::object& object;
  const std::string& path;
  Status status;

  const json::value* Find(const char* key) {
    if (!status.ok()) return nullptr;
    const json::value* v = object.if_contains(key);
    if (v == nullptr) status = Bad(path + "." + key, "missing");
    return v;
  }

  template <class T>
  void operator()(const char* key, T& out) {
    if (const json::value* v = Find(key)) status = Decode(*v, path + "." + key, &out);
  }

  template <class T>
  void operator()(const char* key, std::vector<T>& out, size_t max) {
    const json::value* v = Find(key);
    if (v == nullptr) return;
    const std::string list_path = path + "." + key;
    if (!v->is_array()) {
      status = Bad(list_path, "expected an array");
      return;
    }
    const json::array& a = v->get_array();
    if (a.size() > max) {
      status = Bad(list_path, ("more than " + std::to_string(max) + " items").c_str());
      return;
    }
    std::vector<T> items(a.size());
    for (size_t i = 0; i < a.size() && status.ok(); ++i) {
      status = Decode(a[i], list_path + "[" + std::to_string(i) + "]", &items[i]);
    }
    if (status.ok()) out = std::move(items);
  }
};

template <class S>
  requires std::is_class_v<S>
Status Decode(const json::value& v, const std::string& path, S* out) {
  if (!v.is_object()) return Bad(path, "expected an object");
  Decoder d{v.get_object(), path, Status::Ok()};
  S s;
  Fields(d, s);
  if (!d.status.ok()) return d.status;
  *out = std::move(s);
  return Status::Ok();
}

// ---- the fields of each struct ----

template <class V> void Fields(V& v, Field<V, NodeStatus>& s) {
  v("mode", s.mode);
  v("running", s.running);
  v("moniker", s.moniker);
  v("chain_id", s.chain_id);
  v("evm_chain_id", s.evm_chain_id);
  v("data_dir", s.data_dir);
  v("log_file", s.log_file);
  v("rpc_url", s.rpc_url);
  v("height", s.height);
  v("round", s.round);
  v("step", s.step);
  v("last_committed", s.last_committed);
  v("last_block_time_ms", s.last_block_time_ms);
  v("last_commit_local_ms", s.last_commit_local_ms);
  v("last_block_interval_ms", s.last_block_interval_ms);
  v("target_block_interval_ms", s.target_block_interval_ms);
  v("best_peer_height", s.best_peer_height);
  v("peers", s.peers);
  v("network_paused", s.network_paused);
  v("is_validator", s.is_validator);
  v("validator_key", s.validator_key);
  v("own_power", s.own_power);
  v("total_power", s.total_power);
  v("signer_last_height", s.signer_last_height);
  v("txs_committed", s.txs_committed);
  v("clock_offset_ms", s.clock_offset_ms);
  v("disk_free_bytes", s.disk_free_bytes);
  v("now_ms", s.now_ms);
}

template <class V> void Fields(V& v, Field<V, HeightTiming>& s) {
  v("height", s.height);
  v("rounds", s.rounds);
  v("propose_ms", s.propose_ms);
  v("prevote_ms", s.prevote_ms);
  v("precommit_ms", s.precommit_ms);
  v("commit_ms", s.commit_ms);
  v("total_ms", s.total_ms);
  v("synced", s.synced);
  v("txs", s.txs);
  v("time_ms", s.time_ms);
}

template <class V> void Fields(V& v, Field<V, VoteArrival>& s) {
  v("at_ms", s.at_ms);
  v("precommit", s.precommit);
  v("nil", s.nil);
  v("power", s.power);
}

template <class V> void Fields(V& v, Field<V, TimeoutEvent>& s) {
  v("height", s.height);
  v("round", s.round);
  v("step", s.step);
  v("time_ms", s.time_ms);
}

template <class V> void Fields(V& v, Field<V, LiveRound>& s) {
  v("height", s.height);
  v("round", s.round);
  v("step", s.step);
  v("total_power", s.total_power);
  v("quorum_power", s.quorum_power);
  v("prevote_power", s.prevote_power);
  v("prevote_nil_power", s.prevote_nil_power);
  v("precommit_power", s.precommit_power);
  v("precommit_nil_power", s.precommit_nil_power);
  v("round_started_ms", s.round_started_ms);
  v("arrivals", s.arrivals, json_vote_arrivals_max);
  v("recent_timeouts", s.recent_timeouts, json_timeouts_max);
}

template <class V> void Fields(V& v, Field<V, PeerInfo>& s) {
  v("id", s.id);
  v("node_key", s.node_key);
  v("moniker", s.moniker);
  v("address", s.address);
  v("outbound", s.outbound);
  v("validator_power", s.validator_power);
  v("height", s.height);
  v("rtt_ms", s.rtt_ms);
  v("bytes_in", s.bytes_in);
  v("bytes_out", s.bytes_out);
  v("score", s.score);
  v("connected_since_ms", s.connected_since_ms);
}

template <class V> void Fields(V& v, Field<V, BannedPeerInfo>& s) {
  v("id", s.id);
  v("reason", s.reason);
  v("until_ms", s.until_ms);
}

template <class V> void Fields(V& v, Field<V, ValidatorInfo>& s) {
  v("index", s.index);
  v("key", s.key);
  v("moniker", s.moniker);
  v("power", s.power);
  v("power_share", s.power_share);
  v("proposer_priority", s.proposer_priority);
  v("last_signed_height", s.last_signed_height);
  v("missed_in_window", s.missed_in_window);
  v("window", s.window);
  v("is_self", s.is_self);
  v("active", s.active);
}

template <class V> void Fields(V& v, Field<V, RejectionCount>& s) {
  v("reason", s.reason);
  v("total", s.total);
}

template <class V> void Fields(V& v, Field<V, MempoolStatus>& s) {
  v("pending", s.pending);
  v("queued", s.queued);
  v("bytes", s.bytes);
  v("txs_max", s.txs_max);
  v("bytes_max", s.bytes_max);
  v("admitted_total", s.admitted_total);
  v("evicted_total", s.evicted_total);
  v("expired_total", s.expired_total);
  v("rejected", s.rejected, json_rejection_reasons_max);
}

template <class V> void Fields(V& v, Field<V, MempoolTx>& s) {
  v("hash", s.hash);
  v("from", s.from);
  v("nonce", s.nonce);
  v("tip_gwei", s.tip_gwei);
  v("gas", s.gas);
  v("size", s.size);
}

template <class V> void Fields(V& v, Field<V, BlockSummary>& s) {
  v("height", s.height);
  v("hash", s.hash);
  v("time_ms", s.time_ms);
  v("txs", s.txs);
  v("gas_used", s.gas_used);
  v("round", s.round);
  v("proposer", s.proposer);
  v("proposer_key", s.proposer_key);
  v("latency_ms", s.latency_ms);
}

template <class V> void Fields(V& v, Field<V, CommitSignature>& s) {
  v("validator", s.validator);
  v("moniker", s.moniker);
  v("key", s.key);
  v("signature", s.signature);
  v("power", s.power);
}

template <class V> void Fields(V& v, Field<V, BlockDetail>& s) {
  v("summary", s.summary);
  v("parent_hash", s.parent_hash);
  v("state_root", s.state_root);
  v("txs_root", s.txs_root);
  v("receipts_root", s.receipts_root);
  v("validators_hash", s.validators_hash);
  v("base_fee_wei", s.base_fee_wei);
  v("tx_hashes", s.tx_hashes, json_block_txs_max);
  v("evidence", s.evidence);
  v("has_certificate", s.has_certificate);
  v("certificate_round", s.certificate_round);
  v("signatures", s.signatures, json_validators_max);
  v("signed_power", s.signed_power);
  v("total_power", s.total_power);
}

template <class V> void Fields(V& v, Field<V, EvidenceInfo>& s) {
  v("kind", s.kind);
  v("height", s.height);
  v("round", s.round);
  v("offender_index", s.offender_index);
  v("offender_key", s.offender_key);
  v("offender_moniker", s.offender_moniker);
  v("offender_power", s.offender_power);
  v("seen_ms", s.seen_ms);
  v("included_height", s.included_height);
}

template <class V> void Fields(V& v, Field<V, LogEntry>& s) {
  v("time_ms", s.time_ms);
  v("level", s.level);
  v("source", s.source);
  v("message", s.message);
}

template <class V> void Fields(V& v, Field<V, LocalValidator>& s) {
  v("index", s.index);
  v("moniker", s.moniker);
  v("rpc_port", s.rpc_port);
  v("p2p_port", s.p2p_port);
  v("running", s.running);
  v("is_operator", s.is_operator);
}

template <class V> void Fields(V& v, Field<V, LocalNetworkOptions>& s) {
  v("data_dir", s.data_dir);
  v("validators", s.validators);
  v("rpc_port_base", s.rpc_port_base);
  v("p2p_port_base", s.p2p_port_base);
  v("block_interval_ms", s.block_interval_ms);
  v("dev_accounts", s.dev_accounts);
}

template <class V> void Fields(V& v, Field<V, PanelSnapshot>& s) {
  v("status", s.status);
  v("live", s.live);
  v("timings", s.timings, json_timings_max);
  v("peers", s.peers, json_peers_max);
  v("banned", s.banned, json_peers_max);
  v("validators", s.validators, json_validators_max);
  v("mempool", s.mempool);
  v("mempool_top", s.mempool_top, json_mempool_top_max);
  v("blocks", s.blocks, json_blocks_max);
  v("evidence", s.evidence, json_evidence_max);
}

template <class V> void Fields(V& v, Field<V, LogPage>& s) {
  v("lines", s.lines, json_log_lines_max);
  v("next_seq", s.next_seq);
}

}  // namespace

json::value ToJson(const NodeStatus& v) { return Encode(v); }
json::value ToJson(const HeightTiming& v) { return Encode(v); }
json::value ToJson(const VoteArrival& v) { return Encode(v); }
json::value ToJson(const TimeoutEvent& v) { return Encode(v); }
json::value ToJson(const LiveRound& v) { return Encode(v); }
json::value ToJson(const PeerInfo& v) { return Encode(v); }
json::value ToJson(const BannedPeerInfo& v) { return Encode(v); }
json::value ToJson(const ValidatorInfo& v) { return Encode(v); }
json::value ToJson(const RejectionCount& v) { return Encode(v); }
json::value ToJson(const MempoolStatus& v) { return Encode(v); }
json::value ToJson(const MempoolTx& v) { return Encode(v); }
json::value ToJson(const BlockSummary& v) { return Encode(v); }
json::value ToJson(const CommitSignature& v) { return Encode(v); }
json::value ToJson(const BlockDetail& v) { return Encode(v); }
json::value ToJson(const EvidenceInfo& v) { return Encode(v); }
json::value ToJson(const LogEntry& v) { return Encode(v); }
json::value ToJson(const LocalValidator& v) { return Encode(v); }
json::value ToJson(const LocalNetworkOptions& v) { return Encode(v); }
json::value ToJson(const PanelSnapshot& v) { return Encode(v); }
json::value ToJson(const LogPage& v) { return Encode(v); }

Status FromJson(const json::value& j, NodeStatus* out) { return Decode(j, "NodeStatus", out); }
Status FromJson(const json::value& j, HeightTiming* out) { return Decode(j, "HeightTiming", out); }
Status FromJson(const json::value& j, VoteArrival* out) { return Decode(j, "VoteArrival", out); }
Status FromJson(const json::value& j, TimeoutEvent* out) { return Decode(j, "TimeoutEvent", out); }
Status FromJson(const json::value& j, LiveRound* out) { return Decode(j, "LiveRound", out); }
Status FromJson(const json::value& j, PeerInfo* out) { return Decode(j, "PeerInfo", out); }
Status FromJson(const json::value& j, BannedPeerInfo* out) { return Decode(j, "BannedPeerInfo", out); }
Status FromJson(const json::value& j, ValidatorInfo* out) { return Decode(j, "ValidatorInfo", out); }
Status FromJson(const json::value& j, RejectionCount* out) { return Decode(j, "RejectionCount", out); }
Status FromJson(const json::value& j, MempoolStatus* out) { return Decode(j, "MempoolStatus", out); }
Status FromJson(const json::value& j, MempoolTx* out) { return Decode(j, "MempoolTx", out); }
Status FromJson(const json::value& j, BlockSummary* out) { return Decode(j, "BlockSummary", out); }
Status FromJson(const json::value& j, CommitSignature* out) { return Decode(j, "CommitSignature", out); }
Status FromJson(const json::value& j, BlockDetail* out) { return Decode(j, "BlockDetail", out); }
Status FromJson(const json::value& j, EvidenceInfo* out) { return Decode(j, "EvidenceInfo", out); }
Status FromJson(const json::value& j, LogEntry* out) { return Decode(j, "LogEntry", out); }
Status FromJson(const json::value& j, LocalValidator* out) { return Decode(j, "LocalValidator", out); }
Status FromJson(const json::value& j, LocalNetworkOptions* out) { return Decode(j, "LocalNetworkOptions", out); }
Status FromJson(const json::value& j, PanelSnapshot* out) { return Decode(j, "PanelSnapshot", out); }
Status FromJson(const json::value& j, LogPage* out) { return Decode(j, "LogPage", out); }

}  // namespace ordo::interfaces
