// ordod: the Ordo sequencer node, headless.
//
//   ordod init --home DIR --chain-id ID [--dev-accounts N]   write a new single-validator home
//   ordod start --home DIR [--rpc-port P] [--log-level L]    run until SIGINT/SIGTERM
//   ordod testnet --validators N --output DIR [--dev-accounts N] [--rpc-port B] [--p2p-port B]
//   ordod version

#include <csignal>
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "allocator.h"
#include "ordo/crypto/secure.h"
#include "ordo/git_revision.h"
#include "ordo/interfaces/panel_rpc_methods.h"
#include "ordo/node/home.h"
#include "ordo/node/node.h"

namespace {

int Fail(const std::string& what) {
  std::cerr << "ordod: " << what << "\n";
  return 1;
}

int RunInit(ordo::node::InitOptions o) {
  std::vector<ordo::node::DevAccount> accounts;
  if (ordo::Status s = ordo::node::InitHome(o, &accounts); !s.ok()) return Fail(s.ToString());
  std::cout << "initialised " << o.home << " for chain " << o.chain_id << "\n"
            << "  genesis.json, config.toml, priv_validator_key.json (0600), node_key.json (0600)\n";
  if (!accounts.empty()) std::cout << "  dev-accounts.json: " << accounts.size() << " funded development accounts\n";
  for (auto& a : accounts) ordo::crypto::SecureZero(a.private_key_hex.data(), a.private_key_hex.size());
  return 0;
}

int RunStart(const std::string& home, int rpc_port, const std::string& log_level) {
  auto loaded = ordo::node::LoadNodeOptions(home);
  if (!loaded.ok()) return Fail(loaded.status().ToString());
  ordo::node::NodeOptions options = std::move(loaded).value();
  if (rpc_port >= 0) options.config.rpc_port = static_cast<uint16_t>(rpc_port);
  if (!log_level.empty()) options.config.log_level = log_level;
  options.extra_rpc_methods = ordo::interfaces::RegisterPanelRpcMethods;  // the panel's remote mode
  // Block the stop signals in every thread; the main thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  auto node = ordo::node::Node::Open(std::move(options));
  if (!node.ok()) return Fail(node.status().ToString());
  if (ordo::Status s = node.value()->Start(); !s.ok()) return Fail(s.ToString());
  int sig = 0;
  sigwait(&stop_signals, &sig);
  std::cerr << "ordod: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << " received, shutting down\n";
  node.value()->Stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ordod: Ordo decentralized sequencer node"};
  app.require_subcommand(1);

  ordo::node::InitOptions init;
  CLI::App* init_cmd = app.add_subcommand("init", "Create a new node home with a single-validator genesis");
  init_cmd->add_option("--home", init.home, "Node home directory")->required();
  init_cmd->add_option("--chain-id", init.chain_id, "Chain id (a numeric id is also the EVM chain id)")->required();
  init_cmd->add_option("--evm-chain-id", init.evm_chain_id, "EIP-155 chain id (default: the chain id when numeric, else 61000)");
  init_cmd->add_option("--moniker", init.moniker, "Validator name");
  init_cmd->add_option("--dev-accounts", init.dev_accounts, "Fund N development accounts, listed in DIR/dev-accounts.json")
      ->check(CLI::Range(0, 10000));
  init_cmd->add_option("--block-interval-ms", init.block_interval_ms, "Target time between blocks")->check(CLI::Range(0, 600000));
  init_cmd->add_option("--rpc-port", init.config.rpc_port, "JSON-RPC port written to config.toml");
  init_cmd->add_option("--p2p-port", init.config.p2p_port, "P2P port written to config.toml");

  std::string home, log_level;
  int rpc_port = -1;
  CLI::App* start_cmd = app.add_subcommand("start", "Run the node until SIGINT or SIGTERM");
  start_cmd->add_option("--home", home, "Node home directory")->required();
  start_cmd->add_option("--rpc-port", rpc_port, "Override rpc.port")->check(CLI::Range(0, 65535));
  start_cmd->add_option("--log-level", log_level, "Override node.log_level")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}));

  ordo::node::TestnetOptions testnet;
  size_t testnet_validators = 4;
  CLI::App* testnet_cmd = app.add_subcommand("testnet", "Write the homes of a local multi-validator network");
  testnet_cmd->add_option("--validators", testnet_validators, "Number of validators")->check(CLI::Range(1, 64));
  testnet_cmd->add_option("--output", testnet.output, "Directory for node0 .. node<N-1>")->required();
  testnet_cmd->add_option("--chain-id", testnet.chain_id, "Chain id");
  testnet_cmd->add_option("--evm-chain-id", testnet.evm_chain_id, "EIP-155 chain id");
  testnet_cmd->add_option("--rpc-port", testnet.rpc_port_base, "JSON-RPC port of node0 (node i: + i)");
  testnet_cmd->add_option("--p2p-port", testnet.p2p_port_base, "P2P port of node0 (node i: + i)");
  testnet_cmd->add_option("--dev-accounts", testnet.dev_accounts, "Fund N development accounts (OUTPUT/dev-accounts.json)")
      ->check(CLI::Range(0, 10000));
  testnet_cmd->add_option("--block-interval-ms", testnet.block_interval_ms, "Target time between blocks")
      ->check(CLI::Range(0, 600000));

  app.add_subcommand("version", "Print the version");

  CLI11_PARSE(app, argc, argv);
  if (init_cmd->parsed()) return RunInit(init);
  if (start_cmd->parsed()) return RunStart(home, rpc_port, log_level);
  if (testnet_cmd->parsed()) {
    testnet.validators = testnet_validators;
    std::vector<ordo::node::DevAccount> accounts;
    if (ordo::Status s = ordo::node::InitTestnet(testnet, &accounts); !s.ok()) return Fail(s.ToString());
    for (auto& a : accounts) ordo::crypto::SecureZero(a.private_key_hex.data(), a.private_key_hex.size());
    std::cout << "wrote " << testnet.validators << " node homes under " << testnet.output << "; start each with\n"
              << "  ordod start --home " << testnet.output << "/node<i>\n";
    return 0;
  }
  std::cout << "ordod " << ORDO_VERSION << " (" << ORDO_GIT_REVISION << ", " << ordo::app::AllocatorDescription() << ")\n";
  return 0;
}
