#pragma once
// Node configuration: config.toml in the node's home, every key documented in the file that
// `ordod init` writes. Command-line options override it.

#include <cstdint>
#include <string>
#include <vector>

#include "ordo/consensus/driver.h"
#include "ordo/mempool/mempool.h"
#include "ordo/util/status.h"

namespace ordo::node {

struct NodeConfig {
  std::string moniker = "ordo-node";
  std::string log_level = "info";             // trace, debug, info, warn, error
  // JSON-RPC and WebSocket.
  std::string rpc_bind = "127.0.0.1";
  uint16_t rpc_port = 8545;
  size_t rpc_body_bytes_max = 5 * 1024 * 1024;
  size_t rpc_batch_max = 100;
  // Beside the local names (localhost, 127.0.0.1, [::1]): origins a browser may call from, and
  // Host names the RPC answers to ("*": any). See rpc::ServerConfig.
  std::vector<std::string> rpc_allowed_origins;
  std::vector<std::string> rpc_allowed_hosts;
  // P2P.
  std::string p2p_bind = "127.0.0.1";
  uint16_t p2p_port = 26656;
  std::vector<std::string> persistent_peers;  // "host:port"
  // Accept proposals, votes and evidence only from the validators' published node keys.
  bool p2p_validator_only = false;
  // Consensus timeouts: timeout(r) = base + r * delta.
  consensus::TimeoutConfig timeouts{1000, 500, 1000, 500, 1000, 500};
  // Mempool.
  size_t mempool_txs_max = 20'000;
  size_t mempool_bytes_max = 64 * 1024 * 1024;
  uint64_t mempool_ttl_s = 3 * 3600;
  uint64_t mempool_min_tip_wei = 1;  // priority fee (gas price for legacy) below it is refused
  // Forensics: append every signature this node makes (height, round, step, sign-bytes hash) to
  // <home>/data/signatures.log, synced before the signature leaves.
  bool sign_audit_log = false;
};

Result<NodeConfig> ParseNodeConfig(std::string_view toml_text);
Result<NodeConfig> LoadNodeConfig(const std::string& path);
// The documented config.toml that `ordod init` writes.
std::string NodeConfigToToml(const NodeConfig& c);

}  // namespace ordo::node
