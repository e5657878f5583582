#pragma once
// A token bucket for per-peer message rates: holds up to one second's worth of messages and
// refills continuously, so a peer may burst to its budget but not exceed it on average.

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "ordo/util/assert.h"

namespace ordo::net::internal {

class TokenBucket {
 public:
  using Clock = std::chrono::steady_clock;

  TokenBucket(uint32_t per_second_max, Clock::time_point now)
      : m_rate(static_cast<double>(per_second_max)), m_tokens(m_rate), m_last(now) {
    ORDO_ASSERT(per_second_max > 0);
  }

  // Takes one token; false when the bucket is empty (the caller is over its rate).
  bool Take(Clock::time_point now) {
    const double elapsed_s = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    m_tokens = std::min(m_rate, m_tokens + std::max(0.0, elapsed_s) * m_rate);
    if (m_tokens < 1.0) return false;
    m_tokens -= 1.0;
    return true;
  }

 private:
  double m_rate;    // tokens per second, also the capacity
  double m_tokens;
  Clock::time_point m_last;
};

}  // namespace ordo::net::internal
