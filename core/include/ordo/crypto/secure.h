#pragma once
// Secret handling: zeroing that the compiler cannot elide, and OS randomness.

#include <cstddef>
#include <cstdint>
#include <span>

#include "ordo/util/status.h"

namespace ordo::crypto {

// Overwrites [data, data+size) with zeros; never optimised away (OPENSSL_cleanse).
void SecureZero(void* data, size_t size);

// Fills out with cryptographically secure random bytes (OpenSSL RAND_bytes).
[[nodiscard]] Status RandomBytes(std::span<uint8_t> out);

}  // namespace ordo::crypto
