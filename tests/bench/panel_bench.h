#pragma once
// ordo-bench panel (built with the UI): the control panel's longest event-loop stall and its
// resident memory over `seconds` of saturating load on an embedded local network.

#include "bench.h"

namespace ordo::bench {

void RunPanel(double seconds, const Emit& emit_row);

}  // namespace ordo::bench
