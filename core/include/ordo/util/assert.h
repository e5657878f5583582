#pragma once
// ORDO_ASSERT: programmer-error checks that stay on in release builds. Never use on bytes that came
// from outside the process: those get a Status.

#include <cstdio>
#include <cstdlib>

namespace ordo::detail {
[[noreturn]] inline void AssertFail(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "ordo: assertion failed: %s at %s:%d\n", expr, file, line);
  std::abort();
}
}  // namespace ordo::detail

#define ORDO_ASSERT(cond) \
  ((cond) ? static_cast<void>(0) : ::ordo::detail::AssertFail(#cond, __FILE__, __LINE__))
