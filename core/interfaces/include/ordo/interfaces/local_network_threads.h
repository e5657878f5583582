// How an in-process local network's threads share the machine with the control panel.

#pragma once

namespace ordo::interfaces {

// Prepares the calling thread for running local-network nodes; threads it creates afterwards
// (the nodes' I/O, admission and RocksDB threads) inherit what it sets:
// - the lowest priority, nice 19 (ORDO_LOCAL_NETWORK_NICE, 0..19, overrides it);
// - on a machine where the thread may use two CPUs or more, every one of them but the first: that
//   one stays free for the GUI thread and for Qt's painting pool. Under load a thread that wakes
//   on a busy CPU waits for the running one's time slice (up to a scheduler tick, ~4 ms) however
//   low that one's priority, and the GUI thread waits on the pool threads it wakes; on a free CPU
//   they run at once. ORDO_LOCAL_NETWORK_RESERVE_CPU=0 turns this off.
// Returns the number of CPUs the thread may now use (0 when it cannot tell). Failures leave the
// thread as it was: the network then runs as any other thread would.
int PrepareLocalNetworkThread();

}  // namespace ordo::interfaces
