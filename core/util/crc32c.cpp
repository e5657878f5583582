#include "ordo/util/crc32c.h"

#include <array>

namespace ordo {

namespace {

constexpr uint32_t castagnoli_reflected = 0x82F63B78;

// One table of 256 entries (byte-at-a-time): the WAL and signer file checksum at most a few MB per
// call, so a slicing-by-8 or SSE4.2 variant would buy nothing worth its complexity here.
constexpr std::array<uint32_t, 256> MakeTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int bit = 0; bit < 8; ++bit) c = (c & 1) ? (c >> 1) ^ castagnoli_reflected : c >> 1;
    table[i] = c;
  }
  return table;
}

constexpr std::array<uint32_t, 256> crc_table = MakeTable();

}  // namespace

uint32_t Crc32c(ByteSpan data, uint32_t crc) {
  // The pre- and post-inversion make the running value the finished CRC of the bytes so far, so
  // Crc32c(b, Crc32c(a)) == Crc32c(a ++ b).
  uint32_t c = ~crc;
  for (uint8_t byte : data) c = crc_table[(c ^ byte) & 0xFF] ^ (c >> 8);
  return ~c;
}

}  // namespace ordo
