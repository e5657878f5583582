#pragma once
// Ethereum-compatible primitives: 20-byte addresses and 256-bit unsigned integers.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <boost/multiprecision/cpp_int.hpp>

#include "ordo/util/bytes.h"

namespace ordo {

using Address = std::array<uint8_t, 20>;
using U256 = boost::multiprecision::uint256_t;

// "0x" + 40 lowercase hex digits.
std::string AddressToHex(const Address& a);
// Accepts "0x"-prefixed or bare 40 hex digits in any case (no checksum enforcement).
std::optional<Address> AddressFromHex(std::string_view hex);

// Big-endian minimal bytes (zero -> empty), and back (nullopt when longer than 32 bytes).
Bytes U256ToBytes(const U256& v);
std::optional<U256> U256FromBytes(ByteSpan be);
// Fixed 32-byte big-endian.
Hash32 U256ToWord(const U256& v);
// "0x"-prefixed minimal hex quantity as JSON-RPC uses ("0x0" for zero).
std::string U256ToQuantity(const U256& v);
std::optional<U256> U256FromQuantity(std::string_view hex);

}  // namespace ordo
