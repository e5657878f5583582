#pragma once
// Byte containers and hex helpers shared by every module.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ordo {

using Bytes = std::vector<uint8_t>;
using ByteSpan = std::span<const uint8_t>;
using Hash32 = std::array<uint8_t, 32>;

// Lowercase hex, no prefix.
std::string ToHex(ByteSpan data);
template <size_t N>
std::string ToHex(const std::array<uint8_t, N>& a) { return ToHex(ByteSpan(a.data(), a.size())); }

// Accepts upper or lower case, optional "0x" prefix; nullopt on odd length or a non-hex digit.
std::optional<Bytes> FromHex(std::string_view hex);

// Exactly N bytes of hex, or nullopt.
template <size_t N>
std::optional<std::array<uint8_t, N>> FromHexFixed(std::string_view hex) {
  auto b = FromHex(hex);
  if (!b || b->size() != N) return std::nullopt;
  std::array<uint8_t, N> out{};
  for (size_t i = 0; i < N; ++i) out[i] = (*b)[i];
  return out;
}

inline ByteSpan AsBytes(std::string_view s) {
  return ByteSpan(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

}  // namespace ordo
