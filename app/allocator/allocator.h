#pragma once

#include <string>

namespace ordo::app {

// The allocator the programs are linked with (jemalloc, configured in allocator.cpp), e.g.
// "jemalloc 5.3.0", for version output and benchmark rows.
std::string AllocatorDescription();

}  // namespace ordo::app
