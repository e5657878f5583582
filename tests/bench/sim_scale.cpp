// sim-scale: the deterministic simulator (real driver, real signatures, virtual clock) with no
// faults and 50 +- 20 ms links, per validator count: commit latency in virtual time and the
// message load per height.

#include <stdexcept>

#include "common.h"
#include "simulator.h"

namespace ordo::bench {

void RunSimScale(const Sizes& sizes, const Emit& emit) {
  for (int validators : sizes.sim_validators) {
    sim::SimConfig c;
    c.validators = validators;
    c.byzantine = 0;
    c.faults = 0;
    c.seed = 1;
    c.heights = validators >= 100 ? sizes.sim_heights_large : sizes.sim_heights;
    c.link_delay_min_ms = 30;
    c.link_delay_max_ms = 70;
    const auto start = Clock::now();
    const sim::RunResult res = sim::RunSimulation(c);
    const double wall = Seconds(Clock::now() - start);
    if (res.liveness_failure || res.safety_violations || res.heights_committed == 0) {
      throw std::runtime_error("simulation of " + std::to_string(validators) + " validators failed: " + res.detail);
    }
    const double heights = static_cast<double>(res.heights_committed);
    Row r = BaseRow("sim-scale");
    r["validators"] = validators;
    r["heights"] = res.heights_committed;
    r["link_delay_ms"] = "30-70";
    r["commit_latency_ms"] = Figure(static_cast<double>(res.virtual_ms) / heights);
    r["rounds_per_height"] = Figure(static_cast<double>(res.rounds_total) / heights);
    r["messages_per_height"] = Figure(static_cast<double>(res.messages) / heights);
    r["bytes_per_height"] = Figure(static_cast<double>(res.message_bytes) / heights);
    r["wall_s"] = Figure(wall);
    emit(std::move(r));
  }
}

}  // namespace ordo::bench
