#pragma once
// Keccak-256 (the pre-standard SHA-3 that Ethereum uses), via Crypto++.

#include "ordo/util/bytes.h"

namespace ordo::crypto {

Hash32 Keccak256(ByteSpan data);

}  // namespace ordo::crypto
