#include "ordo/node/config.h"

#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace ordo::node {

namespace {

template <typename T>
Status ReadInt(const toml::table& t, std::string_view section, std::string_view key, T* out, uint64_t lo, uint64_t hi) {
  const toml::node* n = t.at_path(std::string(section) + "." + std::string(key)).node();
  if (n == nullptr) return Status::Ok();  // keep the default
  auto v = n->value<int64_t>();
  if (!v || *v < 0 || static_cast<uint64_t>(*v) < lo || static_cast<uint64_t>(*v) > hi) {
    return Status::InvalidArgument("config: " + std::string(section) + "." + std::string(key) + " must be an integer in [" +
                                   std::to_string(lo) + ", " + std::to_string(hi) + "]");
  }
  *out = static_cast<T>(*v);
  return Status::Ok();
}

Status ReadString(const toml::table& t, std::string_view section, std::string_view key, std::string* out) {
  const toml::node* n = t.at_path(std::string(section) + "." + std::string(key)).node();
  if (n == nullptr) return Status::Ok();
  auto v = n->value<std::string>();
  if (!v || v->size() > 256) return Status::InvalidArgument("config: " + std::string(section) + "." + std::string(key) + " must be a string");
  *out = *v;
  return Status::Ok();
}

}  // namespace

Result<NodeConfig> ParseNodeConfig(std::string_view text) {
  toml::table t;
  try {
    t = toml::parse(text);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << "config: " << e.description() << " at line " << e.source().begin.line;
    return Status::InvalidArgument(msg.str());
  }
  NodeConfig c;
  Status s;
  auto check = [&](Status st) { if (s.ok() && !st.ok()) s = std::move(st); };
  check(ReadString(t, "node", "moniker", &c.moniker));
  check(ReadString(t, "node", "log_level", &c.log_level));
  check(ReadString(t, "rpc", "bind", &c.rpc_bind));
  check(ReadInt(t, "rpc", "port", &c.rpc_port, 0, 65535));
  check(ReadInt(t, "rpc", "body_bytes_max", &c.rpc_body_bytes_max, 1024, 128 * 1024 * 1024));
  check(ReadInt(t, "rpc", "batch_max", &c.rpc_batch_max, 1, 10'000));
  check(ReadString(t, "p2p", "bind", &c.p2p_bind));
  check(ReadInt(t, "p2p", "port", &c.p2p_port, 0, 65535));
  check(ReadInt(t, "consensus", "timeout_propose_ms", &c.timeouts.propose_base_ms, 1, 600'000));
  check(ReadInt(t, "consensus", "timeout_propose_delta_ms", &c.timeouts.propose_delta_ms, 0, 600'000));
  check(ReadInt(t, "consensus", "timeout_prevote_ms", &c.timeouts.prevote_base_ms, 1, 600'000));
  check(ReadInt(t, "consensus", "timeout_prevote_delta_ms", &c.timeouts.prevote_delta_ms, 0, 600'000));
  check(ReadInt(t, "consensus", "timeout_precommit_ms", &c.timeouts.precommit_base_ms, 1, 600'000));
  check(ReadInt(t, "consensus", "timeout_precommit_delta_ms", &c.timeouts.precommit_delta_ms, 0, 600'000));
  check(ReadInt(t, "mempool", "txs_max", &c.mempool_txs_max, 1, 10'000'000));
  check(ReadInt(t, "mempool", "bytes_max", &c.mempool_bytes_max, 1024, uint64_t{64} << 30));
  check(ReadInt(t, "mempool", "ttl_s", &c.mempool_ttl_s, 1, 30 * 86400));
  check(ReadInt(t, "mempool", "min_tip_wei", &c.mempool_min_tip_wei, 0, uint64_t{1'000'000'000'000'000'000}));
  if (!s.ok()) return s;
  for (auto [key, list] : {std::pair{"rpc.allowed_origins", &c.rpc_allowed_origins}, std::pair{"rpc.allowed_hosts", &c.rpc_allowed_hosts}}) {
    if (const toml::node* n = t.at_path(key).node()) {
      const toml::array* entries = n->as_array();
      if (entries == nullptr || entries->size() > 64) return Status::InvalidArgument(std::string("config: ") + key + " must be a list of at most 64 strings");
      for (const auto& e : *entries) {
        auto v = e.value<std::string>();
        if (!v || v->empty() || v->size() > 256) return Status::InvalidArgument(std::string("config: ") + key + " must be a list of strings");
        list->push_back(*v);
      }
    }
  }
  if (const toml::array* peers = t.at_path("p2p.persistent_peers").as_array()) {
    for (const auto& p : *peers) {
      auto v = p.value<std::string>();
      if (!v || v->empty() || v->size() > 256) return Status::InvalidArgument("config: p2p.persistent_peers must be strings");
      c.persistent_peers.push_back(*v);
    }
  }
  if (const toml::node* n = t.at_path("p2p.validator_only").node()) {
    auto v = n->value<bool>();
    if (!v) return Status::InvalidArgument("config: p2p.validator_only must be true or false");
    c.p2p_validator_only = *v;
  }
  if (const toml::node* n = t.at_path("consensus.sign_audit_log").node()) {
    auto v = n->value<bool>();
    if (!v) return Status::InvalidArgument("config: consensus.sign_audit_log must be true or false");
    c.sign_audit_log = *v;
  }
  static const char* levels[] = {"trace", "debug", "info", "warn", "error"};
  bool level_ok = false;
  for (const char* l : levels) level_ok = level_ok || c.log_level == l;
  if (!level_ok) return Status::InvalidArgument("config: node.log_level must be trace, debug, info, warn or error");
  return c;
}

Result<NodeConfig> LoadNodeConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read config file " + path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > 1024 * 1024) return Status::InvalidArgument("config file larger than 1 MiB");
  return ParseNodeConfig(text);
}

std::string NodeConfigToToml(const NodeConfig& c) {
  std::ostringstream o;
  o << "# Ordo node configuration. Command-line options of `ordod start` override these values.\n\n"
    << "[node]\n"
    << "# Name shown to peers and in the control panel.\n"
    << "moniker = \"" << c.moniker << "\"\n"
    << "# trace, debug, info, warn or error. Logs go to stderr and to <home>/logs/ordod.log (rotated).\n"
    << "log_level = \"" << c.log_level << "\"\n\n"
    << "[rpc]\n"
    << "# JSON-RPC 2.0 over HTTP and WebSocket, and Prometheus text at GET /metrics.\n"
    << "# Keep it on 127.0.0.1 unless a proxy in front of it authenticates clients.\n"
    << "bind = \"" << c.rpc_bind << "\"\n"
    << "port = " << c.rpc_port << "\n"
    << "body_bytes_max = " << c.rpc_body_bytes_max << "\n"
    << "batch_max = " << c.rpc_batch_max << "\n\n"
    << "[p2p]\n"
    << "bind = \"" << c.p2p_bind << "\"\n"
    << "port = " << c.p2p_port << "\n"
    << "# Peers to keep connected, as \"host:port\".\n"
    << "persistent_peers = [";
  for (size_t i = 0; i < c.persistent_peers.size(); ++i) o << (i ? ", " : "") << "\"" << c.persistent_peers[i] << "\"";
  o << "]\n"
    << "# Accept proposals, votes and evidence only from the node keys genesis.json publishes for\n"
    << "# the validators (transactions and block sync stay open to every peer).\n"
    << "validator_only = " << (c.p2p_validator_only ? "true" : "false") << "\n\n"
    << "[consensus]\n"
    << "# Round timeouts grow linearly: timeout(r) = base + r * delta (milliseconds).\n"
    << "timeout_propose_ms = " << c.timeouts.propose_base_ms << "\n"
    << "timeout_propose_delta_ms = " << c.timeouts.propose_delta_ms << "\n"
    << "timeout_prevote_ms = " << c.timeouts.prevote_base_ms << "\n"
    << "timeout_prevote_delta_ms = " << c.timeouts.prevote_delta_ms << "\n"
    << "timeout_precommit_ms = " << c.timeouts.precommit_base_ms << "\n"
    << "timeout_precommit_delta_ms = " << c.timeouts.precommit_delta_ms << "\n"
    << "# Forensics: record every signature (height, round, step, sign-bytes hash) in\n"
    << "# <home>/data/signatures.log before it leaves the node.\n"
    << "sign_audit_log = " << (c.sign_audit_log ? "true" : "false") << "\n\n"
    << "[mempool]\n"
    << "txs_max = " << c.mempool_txs_max << "\n"
    << "bytes_max = " << c.mempool_bytes_max << "\n"
    << "# Transactions older than this leave the pool.\n"
    << "ttl_s = " << c.mempool_ttl_s << "\n"
    << "# The least priority fee per gas (gas price above the base fee, for legacy transactions)\n"
    << "# a transaction must offer to enter the pool. Its max fee must cover the base fee too.\n"
    << "min_tip_wei = " << c.mempool_min_tip_wei << "\n";
  return o.str();
}

}  // namespace ordo::node
