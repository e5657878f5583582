#include "allocator.h"

#include <jemalloc/jemalloc.h>

// ordod, the control panel and ordo-bench allocate through jemalloc rather than glibc's malloc.
// A node churns through short-lived buffers of every size on many threads (transactions, encoded
// blocks, RocksDB memtable arenas and compaction buffers); glibc kept freed memory in per-thread
// arenas (resident memory climbed for minutes while the heap in use stayed flat) and spent ~9 % of
// a saturated network's CPU in malloc and free. jemalloc's size-class slabs and per-thread caches
// cost less, and its decay returns unused pages to the system.
//
// Read by jemalloc at its first allocation (MALLOC_CONF in the environment still overrides):
// dirty pages go back to the system after ~1 s unused (default 10 s) and without the intermediate
// "muzzy" stage, purged by jemalloc's own background threads rather than inside allocations on
// the node's or the GUI's threads.
extern "C" {
// NOLINTNEXTLINE: the name and type jemalloc looks up.
const char* malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
}

namespace ordo::app {

std::string AllocatorDescription() {
  const char* version = nullptr;
  size_t len = sizeof version;
  if (mallctl("version", &version, &len, nullptr, 0) != 0 || version == nullptr) return "jemalloc";
  std::string v(version);
  // "5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c" -> "5.3.0"
  if (const size_t dash = v.find('-'); dash != std::string::npos) v.resize(dash);
  return "jemalloc " + v;
}

bool UseOwnArena() {
  unsigned arena = 0;
  size_t len = sizeof arena;
  if (mallctl("arenas.create", &arena, &len, nullptr, 0) != 0) return false;
  return mallctl("thread.arena", nullptr, nullptr, &arena, sizeof arena) == 0;
}

}  // namespace ordo::app
