#pragma once
// A node home directory: config.toml, genesis.json, priv_validator_key.json, node_key.json,
// data/, logs/. Key files are created 0600 and hold hex secrets; secrets are zeroed after use.

#include <optional>
#include <string>
#include <vector>

#include "ordo/chain/genesis.h"
#include "ordo/node/config.h"
#include "ordo/node/node.h"
#include "ordo/util/status.h"

namespace ordo::node {

struct DevAccount {
  Address address{};
  std::string private_key_hex;  // "0x…"
};

struct InitOptions {
  std::string home;
  std::string chain_id;
  uint64_t evm_chain_id = 0;  // 0: the chain id itself when numeric, else default_evm_chain_id
  std::string moniker = "ordo-node";
  size_t dev_accounts = 0;
  U256 dev_balance = U256("10000000000000000000000");  // 10,000 ETH in wei
  uint64_t block_interval_ms = 1000;
  node::NodeConfig config;
};

inline constexpr uint64_t default_evm_chain_id = 61'000;
inline constexpr size_t dev_accounts_max = 10'000;

// Writes a new single-validator home. Conflict when DIR already holds a genesis.
[[nodiscard]] Status InitHome(const InitOptions& options, std::vector<DevAccount>* dev_accounts);

struct TestnetOptions {
  std::string output;
  size_t validators = 4;
  std::string chain_id = "ordo-testnet";
  uint64_t evm_chain_id = 0;
  size_t dev_accounts = 0;
  uint16_t rpc_port_base = 8545;
  uint16_t p2p_port_base = 26656;
  uint64_t block_interval_ms = 1000;
  std::string bind = "127.0.0.1";
};
inline constexpr size_t testnet_validators_max = 64;

// Writes OUTPUT/node0 .. node<N-1>: one genesis with N validators, node i serving JSON-RPC on
// rpc_port_base + i and p2p on p2p_port_base + i, each with all others as persistent peers; the
// development accounts are listed once in OUTPUT/dev-accounts.json.
[[nodiscard]] Status InitTestnet(const TestnetOptions& options, std::vector<DevAccount>* dev_accounts);

// 0600 file with the given contents, written then synced.
[[nodiscard]] Status WriteSecretFile(const std::string& path, const std::string& contents);
// The operator's RPC credential: a fresh random token (64 hex digits) written to <home>/rpc.cookie
// (0600) at each start, as bitcoind's .cookie; a caller sends it as "Authorization: Bearer".
inline constexpr char rpc_cookie_file[] = "rpc.cookie";
Result<std::string> WriteRpcCookie(const std::string& home);
// The 32-byte secret of a key file ({"public_key": "...", "secret_key": "..."}).
Result<Bytes> ReadKeyFile(const std::string& path);
std::string KeyFileJson(const Bytes& secret32, const std::string& public_hex);
std::string DevAccountsJson(const std::vector<DevAccount>& accounts);

// Options to open the node of HOME: config.toml, genesis.json and the key files that exist (no
// validator key: a full node; no node key: no networking). Errors name the file at fault.
Result<NodeOptions> LoadNodeOptions(const std::string& home);

// Writes a home that joins an existing network: its genesis (validated), config.toml with the
// given persistent peers ("host:port") and a new node key; no validator key. Conflict when HOME
// already holds a genesis.
[[nodiscard]] Status JoinHome(const std::string& home, const std::string& genesis_file,
                              const std::vector<std::string>& peers, const std::string& moniker);

}  // namespace ordo::node
