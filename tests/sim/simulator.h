#pragma once
// ordo-sim: a deterministic discrete-event simulator of N validators, each running the production
// consensus engine (node::Engine: frame intake, WAL, signing, block building and validation,
// commit, catch-up, block sync) over a virtual clock, a seeded network that carries the encoded
// p2p frames (delays, drops, reorders, partitions) and a simulated disk per node (SimDisk) that
// loses unsynced writes at a power loss. Nodes crash and restart from what their disk kept;
// Byzantine validators run the same engine behind an adversarial transport. After the chaos
// phase the network stabilises (GST) and must make progress. A run is a function of its
// SimConfig alone: the same config gives the same digest.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ordo/util/bytes.h"

namespace ordo::sim {

enum Fault : uint32_t {
  fault_delay = 1u << 0,      // long random link delays before GST
  fault_drop = 1u << 1,       // random message loss before GST
  fault_reorder = 1u << 2,    // links are not FIFO
  fault_partition = 1u << 3,  // the network splits in two, then heals
  fault_crash = 1u << 4,      // honest nodes crash and restart from their persistent state
  fault_equivocate = 1u << 5, // Byzantine mode equivocate (kept for --faults lists)
  fault_silent = 1u << 6,     // Byzantine mode silent
  fault_twins = 1u << 7,      // Byzantine mode twins
  fault_power_loss = 1u << 8, // honest nodes lose power: unsynced writes lost, torn or reordered
  fault_all = (1u << 9) - 1,
};

// Parses "all", "none" or a comma list of delay,drop,reorder,partition,crash,power-loss,
// equivocate,silent,twins.
bool ParseFaults(const std::string& text, uint32_t* faults, std::string* error);

// What Byzantine validators do (each run picks some of the enabled modes per Byzantine validator).
enum ByzantineMode : uint32_t {
  byz_equivocate = 1u << 0,        // double-vote and double-propose, split between peers
  byz_silent = 1u << 1,            // never sends anything
  byz_twins = 1u << 2,             // two unmodified instances sharing one key
  byz_non_proposer = 1u << 3,      // signs proposals in rounds it does not propose
  byz_many_proposals = 1u << 4,    // many distinct valid proposals per round, in every round it can
  byz_future = 1u << 5,            // proposals and votes for far-future rounds and heights
  byz_relay_other_bytes = 1u << 6, // relays others' signed proposals with other block bytes
  byz_oversize = 1u << 7,          // proposals with blocks over block_bytes_max
  byz_flood = 1u << 8,             // repeats its votes and statuses many times
  byz_garbage_precommits = 1u << 9,  // late precommits for the last height with bad signatures
  byz_partial_proposal = 1u << 10, // sends its proposal and block to only some validators
  byz_all = (1u << 11) - 1,
};

// Parses "all", "none" or a comma list of the mode names (equivocate, silent, twins,
// non-proposer, many-proposals, future, relay-other-bytes, oversize, flood, garbage-precommits,
// partial-proposal).
bool ParseByzantineModes(const std::string& text, uint32_t* modes, std::string* error);
std::string ByzantineModeNames(uint32_t modes);

struct SimConfig {
  int validators = 4;
  int byzantine = 1;
  uint64_t seed = 1;
  uint64_t heights = 50;
  uint32_t faults = fault_all;
  uint32_t byzantine_modes = byz_all;
  // Bugs injected into every honest host, to prove the checkers catch them.
  bool unsafe_no_locking = false;
  bool unsafe_sign_before_sync = false;
  bool unsafe_rewrite_wal_unsynced = false;
  bool unsafe_report_unstored_valid = false;
  uint64_t gst_ms = 15'000;           // virtual time at which the chaos phase ends
  uint64_t block_interval_ms = 0;     // wait after a decision before the next height (timeout_commit)
  uint64_t link_delay_min_ms = 1;     // link delay after GST (and before it, without fault_delay)
  uint64_t link_delay_max_ms = 40;
  uint64_t chaos_delay_max_ms = 600;  // link delay bound before GST with fault_delay
  // Called for each height the first honest node commits (live mode); may be empty.
  std::function<void(uint64_t height, int32_t round, uint64_t virtual_ms, int proposer)> on_commit;
  // Real-time pacing: sleep so that virtual time tracks wall time (live mode).
  bool real_time = false;
};

struct RunResult {
  uint64_t seed = 0;
  uint64_t heights_committed = 0;  // heights every honest node committed
  // Disagreement, a broken chain, two signatures of an honest validator for one step, a lock
  // broken, an honest node that aborted, halted or decided a block it does not hold.
  uint64_t safety_violations = 0;
  bool liveness_failure = false;   // some honest node short of the target height at the deadline
  uint64_t evidence_missing = 0;   // equivocations an honest node saw without producing valid evidence
  uint64_t evidence_produced = 0;
  uint64_t equivocations_seen = 0;
  uint64_t messages = 0;
  uint64_t message_bytes = 0;
  uint64_t honest_message_bytes = 0;  // of message_bytes, what honest nodes sent
  uint64_t rounds_total = 0;       // sum over committed heights of (decision round + 1)
  uint64_t virtual_ms = 0;
  uint64_t stale_timeouts = 0;     // timeouts of a decided height that reached an honest driver
  std::string byzantine_mode;      // what the Byzantine validators did in this run
  std::string detail;              // first violation, for reproducing from the seed
  Hash32 digest{};
};

RunResult RunSimulation(const SimConfig& config);

struct SweepResult {
  uint64_t runs = 0;
  uint64_t heights = 0;
  uint64_t safety_violations = 0;
  uint64_t liveness_failures = 0;
  uint64_t evidence_missing = 0;
  uint64_t evidence_produced = 0;
  uint64_t messages = 0;
  uint64_t rounds = 0;
  uint64_t stale_timeouts = 0;
  Hash32 trace{};            // SHA-256 over the run digests in seed order
  double wall_seconds = 0;
  std::vector<RunResult> results;  // in seed order
  bool ok() const { return safety_violations == 0 && liveness_failures == 0 && evidence_missing == 0; }
};

// Runs seeds [first, last] of `base` on `jobs` threads; the result does not depend on `jobs`.
SweepResult RunSweep(const SimConfig& base, uint64_t first, uint64_t last, unsigned jobs);

}  // namespace ordo::sim
