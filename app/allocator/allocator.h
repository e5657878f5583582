#pragma once

#include <string>

namespace ordo::app {

// The allocator the programs are linked with (jemalloc, configured in allocator.cpp), e.g.
// "jemalloc 5.3.0", for version output and benchmark rows.
std::string AllocatorDescription();

// Gives the calling thread a jemalloc arena of its own. For the control panel's GUI thread: with
// the local network in the process, it otherwise shares arenas (and their locks) with node
// threads at the lowest priority, and a paint could wait for one of them that was preempted
// while holding a lock. Frees of memory from other arenas still reach them, batched by the
// thread cache. Returns false if jemalloc refused (the thread keeps its arena).
bool UseOwnArena();

}  // namespace ordo::app
