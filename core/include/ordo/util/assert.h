#pragma once
// ORDO_ASSERT: programmer-error checks that stay on in release builds. Never use on bytes that came
// from outside the process: those get a Status.

#include <cstdio>
#include <cstdlib>

namespace ordo::detail {

// Called instead of abort() when set on the failing thread: the simulator installs one that
// throws, so an assertion in a simulated honest node fails that run (with its seed) rather than
// the whole sweep. A handler that returns still aborts.
using AssertHandler = void (*)(const char* expr, const char* file, int line);
inline thread_local AssertHandler assert_handler = nullptr;

[[noreturn]] inline void AssertFail(const char* expr, const char* file, int line) {
  if (assert_handler != nullptr) assert_handler(expr, file, line);
  std::fprintf(stderr, "ordo: assertion failed: %s at %s:%d\n", expr, file, line);
  std::abort();
}

}  // namespace ordo::detail

#define ORDO_ASSERT(cond) \
  ((cond) ? static_cast<void>(0) : ::ordo::detail::AssertFail(#cond, __FILE__, __LINE__))
