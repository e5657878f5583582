// ordo-sim: sweeps seeds of the deterministic consensus simulator, or runs one network live.
//
//   ordo-sim --validators 4 --byzantine 1 --seeds 1-500 --heights 50 --faults all --byzantine-modes all
//   ordo-sim --live                      # a 4-validator local network in real time, Ctrl-C stops
//
// The last line of a sweep is
//   summary runs=<n> heights=<total committed> safety_violations=<n> liveness_failures=<n>
//           evidence_missing=<n> trace=<hex digest of all runs>
// and the exit status is 0 only when the three counts are zero.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "simulator.h"

namespace {

struct Options {
  ordo::sim::SimConfig config;
  uint64_t seed_first = 1;
  uint64_t seed_last = 1;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool live = false;
  bool verbose = false;
  bool faults_given = false;
  bool byzantine_given = false;
  bool heights_given = false;
};

void Usage() {
  std::fprintf(stderr,
               "usage: ordo-sim [--validators N] [--byzantine N] [--seeds A-B|S] [--heights N]\n"
               "                [--faults all|none|delay,drop,reorder,partition,crash,power-loss,equivocate,silent,twins]\n"
               "                [--byzantine-modes all|none|LIST] (LIST of: %s)\n"
               "                [--unsafe-no-locking] [--unsafe-sign-before-sync] [--unsafe-rewrite-wal-unsynced]\n"
               "                [--unsafe-report-unstored-valid] [--gst-ms MS] [--jobs N] [--verbose] [--live]\n",
               ordo::sim::ByzantineModeNames(ordo::sim::byz_all).c_str());
}

bool ParseUnsigned(const std::string& s, uint64_t* out) {
  if (s.empty() || s.size() > 19) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](uint64_t* out) {
      if (i + 1 >= argc || !ParseUnsigned(argv[i + 1], out)) {
        std::fprintf(stderr, "ordo-sim: %s needs a non-negative integer\n", arg.c_str());
        return false;
      }
      ++i;
      return true;
    };
    uint64_t v = 0;
    if (arg == "--validators") {
      if (!value(&v) || v < 1 || v > 200) { std::fprintf(stderr, "ordo-sim: --validators must be 1..200\n"); return false; }
      o->config.validators = static_cast<int>(v);
    } else if (arg == "--byzantine") {
      if (!value(&v) || v > 200) return false;
      o->config.byzantine = static_cast<int>(v);
      o->byzantine_given = true;
    } else if (arg == "--heights") {
      if (!value(&v) || v < 1 || v > 1'000'000) { std::fprintf(stderr, "ordo-sim: --heights must be 1..1000000\n"); return false; }
      o->config.heights = v;
      o->heights_given = true;
    } else if (arg == "--gst-ms") {
      if (!value(&v) || v < 1000 || v > 3'600'000) { std::fprintf(stderr, "ordo-sim: --gst-ms must be 1000..3600000\n"); return false; }
      o->config.gst_ms = v;
    } else if (arg == "--jobs") {
      if (!value(&v) || v < 1 || v > 256) return false;
      o->jobs = static_cast<unsigned>(v);
    } else if (arg == "--seeds") {
      if (i + 1 >= argc) return false;
      const std::string range = argv[++i];
      const size_t dash = range.find('-');
      const std::string a = range.substr(0, dash);
      const std::string b = dash == std::string::npos ? a : range.substr(dash + 1);
      if (!ParseUnsigned(a, &o->seed_first) || !ParseUnsigned(b, &o->seed_last) || o->seed_last < o->seed_first) {
        std::fprintf(stderr, "ordo-sim: --seeds takes A-B with A <= B, or one seed\n");
        return false;
      }
    } else if (arg == "--faults") {
      if (i + 1 >= argc) return false;
      std::string error;
      if (!ordo::sim::ParseFaults(argv[++i], &o->config.faults, &error)) {
        std::fprintf(stderr, "ordo-sim: %s\n", error.c_str());
        return false;
      }
      o->faults_given = true;
    } else if (arg == "--byzantine-modes") {
      if (i + 1 >= argc) return false;
      std::string error;
      if (!ordo::sim::ParseByzantineModes(argv[++i], &o->config.byzantine_modes, &error)) {
        std::fprintf(stderr, "ordo-sim: %s\n", error.c_str());
        return false;
      }
    } else if (arg == "--unsafe-no-locking") {
      o->config.unsafe_no_locking = true;
    } else if (arg == "--unsafe-sign-before-sync") {
      o->config.unsafe_sign_before_sync = true;
    } else if (arg == "--unsafe-rewrite-wal-unsynced") {
      o->config.unsafe_rewrite_wal_unsynced = true;
    } else if (arg == "--unsafe-report-unstored-valid") {
      o->config.unsafe_report_unstored_valid = true;
    } else if (arg == "--verbose") {
      o->verbose = true;
    } else if (arg == "--live") {
      o->live = true;
    } else {
      std::fprintf(stderr, "ordo-sim: unknown argument '%s'\n", arg.c_str());
      return false;
    }
  }
  if (o->config.byzantine >= o->config.validators) {
    std::fprintf(stderr, "ordo-sim: --byzantine must be below --validators\n");
    return false;
  }
  if (o->seed_last - o->seed_first >= 10'000'000) {
    std::fprintf(stderr, "ordo-sim: at most 10,000,000 seeds per sweep\n");
    return false;
  }
  return true;
}

int RunLive(Options o) {
  // A local network in real time: no chaos unless asked for, one block a second.
  if (!o.faults_given) o.config.faults = 0;
  if (!o.byzantine_given) o.config.byzantine = 0;
  if (!o.heights_given) o.config.heights = 1'000'000;
  o.config.real_time = true;
  o.config.block_interval_ms = 1000;
  o.config.gst_ms = o.config.faults == 0 ? 1000 : 20'000;
  o.config.seed = o.seed_first;
  uint64_t last_ms = 0;
  o.config.on_commit = [&last_ms](uint64_t height, int32_t round, uint64_t virtual_ms, int proposer) {
    std::printf("height %6llu committed  round %d  proposer v%d  t=%8.3fs  interval %5llu ms\n",
                static_cast<unsigned long long>(height), round, proposer, static_cast<double>(virtual_ms) / 1000.0,
                static_cast<unsigned long long>(virtual_ms - last_ms));
    std::fflush(stdout);
    last_ms = virtual_ms;
  };
  std::printf("ordo-sim live: %d validators (%d Byzantine), faults 0x%x, seed %llu. Ctrl-C stops.\n",
              o.config.validators, o.config.byzantine, o.config.faults, static_cast<unsigned long long>(o.config.seed));
  std::fflush(stdout);
  const ordo::sim::RunResult r = ordo::sim::RunSimulation(o.config);
  const bool ok = r.safety_violations == 0 && !r.liveness_failure && r.evidence_missing == 0;
  if (!ok) std::printf("failure: %s\n", r.detail.c_str());
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) {
    Usage();
    return 2;
  }
  if (o.live) return RunLive(o);

  const ordo::sim::SweepResult sweep = ordo::sim::RunSweep(o.config, o.seed_first, o.seed_last, o.jobs);
  for (const auto& r : sweep.results) {
    const bool bad = r.safety_violations > 0 || r.liveness_failure || r.evidence_missing > 0;
    if (bad || o.verbose) {
      std::printf("run seed=%llu byzantine=%s heights=%llu rounds=%llu safety_violations=%llu liveness_failure=%d "
                  "evidence_missing=%llu evidence=%llu messages=%llu virtual_ms=%llu%s%s\n",
                  static_cast<unsigned long long>(r.seed), r.byzantine_mode.c_str(),
                  static_cast<unsigned long long>(r.heights_committed), static_cast<unsigned long long>(r.rounds_total),
                  static_cast<unsigned long long>(r.safety_violations), r.liveness_failure ? 1 : 0,
                  static_cast<unsigned long long>(r.evidence_missing), static_cast<unsigned long long>(r.evidence_produced),
                  static_cast<unsigned long long>(r.messages), static_cast<unsigned long long>(r.virtual_ms),
                  r.detail.empty() ? "" : " detail=", r.detail.c_str());
    }
  }
  std::printf("sweep validators=%d byzantine=%d seeds=%llu-%llu faults=0x%x locking=%s evidence=%llu messages=%llu "
              "mean_rounds_per_height=%.3f wall_s=%.1f jobs=%u\n",
              o.config.validators, o.config.byzantine, static_cast<unsigned long long>(o.seed_first),
              static_cast<unsigned long long>(o.seed_last), o.config.faults, o.config.unsafe_no_locking ? "off" : "on",
              static_cast<unsigned long long>(sweep.evidence_produced), static_cast<unsigned long long>(sweep.messages),
              sweep.heights ? static_cast<double>(sweep.rounds) / static_cast<double>(sweep.heights) : 0.0,
              sweep.wall_seconds, o.jobs);
  std::printf("summary runs=%llu heights=%llu safety_violations=%llu liveness_failures=%llu evidence_missing=%llu trace=%s\n",
              static_cast<unsigned long long>(sweep.runs), static_cast<unsigned long long>(sweep.heights),
              static_cast<unsigned long long>(sweep.safety_violations),
              static_cast<unsigned long long>(sweep.liveness_failures),
              static_cast<unsigned long long>(sweep.evidence_missing), ordo::ToHex(sweep.trace).c_str());
  return sweep.ok() ? 0 : 1;
}
