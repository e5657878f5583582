// ordo-bench: runs the named scenarios in order and prints one JSON object per line.
//
//   ordo-bench crypto mempool consensus storage sim-scale   # the default run, under 10 minutes
//   ordo-bench --quick crypto storage                        # smaller sizes, about a minute for all
//
// No scenario named: all of them. There is no pass/fail on time; the exit status is non-zero only
// for a usage error or a scenario that could not run (its reason on stderr).

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "bench.h"
#ifdef ORDO_BENCH_PANEL
#include "panel_bench.h"
#endif

namespace {

void Usage() {
  std::fprintf(stderr,
               "usage: ordo-bench [--quick] [--dir PATH] [crypto] [mempool] [consensus] [storage] [sim-scale]\n"
               "  --quick     smaller sizes (a smoke run of about a minute)\n"
               "  --dir PATH  where storage and consensus put their temporary data (default $ORDO_BENCH_DIR or /tmp)\n"
               "  --validators N[,N...]  consensus: the network sizes to run (default 1,4; the ratios need both)\n"
               "  --loads fixed[,closed-loop][,saturation]  consensus: the phases to run (default all three)\n"
               "  panel [--panel-seconds S]  the control panel's longest event-loop stall and memory under load\n"
               "              (default 120 s; 600 for the 10-minute memory run)\n");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ordo::bench;
  bool quick = false;
  std::vector<std::string> scenarios;
  double panel_seconds = 0;  // 0: 120 s, or 20 s with --quick
  std::vector<int> validators;
  std::vector<std::string> loads;
  auto split = [](const std::string& list) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= list.size()) {
      const size_t comma = std::min(list.find(',', start), list.size());
      if (comma > start) out.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
    return out;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--quick") {
      quick = true;
    } else if (arg == "--panel-seconds" && i + 1 < argc) {
      panel_seconds = std::atof(argv[++i]);
      if (panel_seconds <= 0) {
        Usage();
        return 2;
      }
    } else if (arg == "--validators" && i + 1 < argc) {
      for (const std::string& v : split(argv[++i])) {
        const int n = std::atoi(v.c_str());
        if (n < 1 || n > 16) {
          std::fprintf(stderr, "ordo-bench: --validators takes counts from 1 to 16\n");
          return 2;
        }
        validators.push_back(n);
      }
    } else if (arg == "--loads" && i + 1 < argc) {
      for (const std::string& l : split(argv[++i])) {
        if (l != "fixed" && l != "closed-loop" && l != "saturation") {
          std::fprintf(stderr, "ordo-bench: unknown load '%s'\n", l.c_str());
          return 2;
        }
        loads.push_back(l);
      }
    } else if (arg == "panel") {
      scenarios.push_back(arg);
    } else if (arg == "--dir" && i + 1 < argc) {
      SetDataDir(argv[++i]);
    } else if (arg == "-h" || arg == "--help") {
      Usage();
      return 0;
    } else {
      bool known = false;
      for (const std::string& name : ScenarioNames()) known = known || name == arg;
      if (!known) {
        std::fprintf(stderr, "ordo-bench: unknown scenario or option '%s'\n", arg.c_str());
        Usage();
        return 2;
      }
      scenarios.push_back(arg);
    }
  }
  if (scenarios.empty()) scenarios = ScenarioNames();
  Sizes sizes = quick ? Sizes::Quick() : Sizes::Full();
  if (!validators.empty()) sizes.consensus_validators = validators;
  if (!loads.empty()) sizes.consensus_loads = loads;
  const Emit emit = [](Row row) { std::cout << boost::json::serialize(row) << std::endl; };
  for (const std::string& name : scenarios) {
    std::fprintf(stderr, "ordo-bench: %s%s...\n", name.c_str(), quick ? " (quick)" : "");
    try {
      if (name == "panel") {
#ifdef ORDO_BENCH_PANEL
        RunPanel(panel_seconds > 0 ? panel_seconds : (quick ? 20 : 120), emit);
#else
        std::fprintf(stderr, "ordo-bench: built without the UI (ORDO_BUILD_UI=OFF): no panel scenario\n");
        return 1;
#endif
      } else {
        RunScenario(name, sizes, emit);
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "ordo-bench: %s failed: %s\n", name.c_str(), e.what());
      return 1;
    }
  }
  return 0;
}
