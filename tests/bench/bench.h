#pragma once
// ordo-bench: throughput and latency figures of the node's hot paths and of whole networks.
// Each scenario emits rows, one JSON object each, with its figures plus "scenario", "cores"
// (std::thread::hardware_concurrency) and "git_revision". There is no pass/fail on time: the
// figures are for the README and for spotting regressions by eye.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <boost/json.hpp>

namespace ordo::bench {

using Row = boost::json::object;
using Emit = std::function<void(Row)>;

// How much work each scenario does. Full() is the default run (under 10 minutes on 2 cores),
// Quick() a smoke run of about a minute, Minimal() what the Qt Test uses to check the output.
struct Sizes {
  // crypto: seconds per measured primitive; recover_seconds: the single-core recovery rate that
  // the mempool and consensus scenarios divide by (measured again in the same run, the best of
  // five trials over recover_seconds).
  double crypto_seconds = 2.0;
  double recover_seconds = 1.0;
  // mempool: pre-signed transactions from as many distinct senders, admitted by `cores` threads;
  // the best of `mempool_rounds` rounds (each into a fresh pool).
  size_t mempool_txs = 20'000;
  int mempool_rounds = 3;
  // storage: synced block commits of `storage_block_txs` transactions each.
  size_t storage_blocks = 200;
  size_t storage_block_txs = 1'000;
  size_t storage_state_accounts = 2'000;
  size_t storage_small_writes = 200;
  // sim-scale: one deterministic simulation per validator count.
  std::vector<int> sim_validators = {4, 16, 64, 128};
  uint64_t sim_heights = 20;
  uint64_t sim_heights_large = 20;  // for 100 validators or more
  // consensus: in-process node::Node networks of 1 and 4 validators on loopback.
  std::vector<int> consensus_validators = {1, 4};
  std::vector<std::string> consensus_loads = {"fixed", "closed-loop", "saturation"};  // phases run
  size_t consensus_accounts = 2'000;
  double fixed_rate = 500;           // tx/s offered in the fixed-rate phase
  double fixed_seconds = 15;
  double saturation_seconds = 15;   // each of the closed-loop and saturation phases
  size_t closed_loop_window = 1'000; // closed loop: most transactions in flight; 0 skips the phase
  double saturation_presign_rate = 12'000;  // tx/s worth of transactions signed for saturation
  double drain_seconds = 10;         // after a phase, wait at most this long for its commits
  uint64_t block_interval_ms = 100;

  static Sizes Full();
  static Sizes Quick();
  static Sizes Minimal();
};

// Base directory for the storage and consensus scenarios' temporary data (a subdirectory is
// created and removed). Empty: $ORDO_BENCH_DIR, else the system temporary directory.
void SetDataDir(std::string dir);

const std::vector<std::string>& ScenarioNames();  // crypto mempool consensus storage sim-scale
// False when the name is unknown.
bool RunScenario(const std::string& name, const Sizes& sizes, const Emit& emit);

void RunCrypto(const Sizes& sizes, const Emit& emit);
void RunMempool(const Sizes& sizes, const Emit& emit);
void RunStorage(const Sizes& sizes, const Emit& emit);
void RunSimScale(const Sizes& sizes, const Emit& emit);
void RunConsensus(const Sizes& sizes, const Emit& emit);

}  // namespace ordo::bench
