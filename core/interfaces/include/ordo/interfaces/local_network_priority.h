#pragma once

namespace ordo::interfaces {

// Lowers the calling thread's CPU priority for an in-process local network (threads it creates
// inherit it): nice `nice` (0..19), and at 19 (the default) also the SCHED_IDLE policy. Under
// SCHED_IDLE any normal thread that wakes up (the GUI thread, Qt's painting pool) preempts a node
// thread at once; at nice 19 alone it could wait for the next scheduler tick (4 ms), several times
// within one paint. Returns false if the system refused (the thread then keeps its priority).
bool LowerThreadForLocalNetwork(int nice);

}  // namespace ordo::interfaces
