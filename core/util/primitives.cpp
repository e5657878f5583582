#include "ordo/util/primitives.h"

#include <algorithm>

#include "ordo/util/assert.h"

namespace ordo {

namespace {

constexpr size_t kU256BytesMax = 32;
constexpr size_t kQuantityDigitsMax = 2 * kU256BytesMax;

bool HasHexPrefix(std::string_view s) { return s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'); }

int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string AddressToHex(const Address& a) { return "0x" + ToHex(a); }

std::optional<Address> AddressFromHex(std::string_view hex) {
  if (HasHexPrefix(hex)) hex.remove_prefix(2);
  if (hex.size() != 40) return std::nullopt;
  return FromHexFixed<20>(hex);
}

// One pass over the limbs (export_bits / import_bits), not a 256-bit shift per byte: these run
// for every balance and fee the state hashes and stores.
Bytes U256ToBytes(const U256& v) {
  Bytes out;
  if (v == 0) return out;
  out.reserve(kU256BytesMax);
  boost::multiprecision::export_bits(v, std::back_inserter(out), 8);  // most significant first, minimal
  ORDO_ASSERT(!out.empty() && out.size() <= kU256BytesMax);
  ORDO_ASSERT(out.front() != 0);
  return out;
}

std::optional<U256> U256FromBytes(ByteSpan be) {
  if (be.size() > kU256BytesMax) return std::nullopt;
  U256 v = 0;
  if (be.empty()) return v;
  boost::multiprecision::import_bits(v, be.begin(), be.end(), 8);
  return v;
}

Hash32 U256ToWord(const U256& v) {
  const Bytes minimal = U256ToBytes(v);
  Hash32 word{};
  std::copy(minimal.begin(), minimal.end(), word.end() - static_cast<std::ptrdiff_t>(minimal.size()));
  return word;
}

std::string U256ToQuantity(const U256& v) {
  if (v == 0) return "0x0";
  std::string hex = ToHex(U256ToBytes(v));
  // Only the first byte can contribute a leading zero digit.
  if (hex[0] == '0') hex.erase(0, 1);
  return "0x" + hex;
}

// JSON-RPC quantities: a 0x prefix, at least one digit, no leading zeros ("0x0" is zero).
std::optional<U256> U256FromQuantity(std::string_view hex) {
  if (!HasHexPrefix(hex)) return std::nullopt;
  hex.remove_prefix(2);
  if (hex.empty() || hex.size() > kQuantityDigitsMax) return std::nullopt;
  if (hex.size() > 1 && hex[0] == '0') return std::nullopt;
  U256 v = 0;
  for (char c : hex) {
    const int digit = HexDigitValue(c);
    if (digit < 0) return std::nullopt;
    v = (v << 4) | static_cast<unsigned>(digit);
  }
  return v;
}

}  // namespace ordo
