#pragma once
// Canonical binary encoding primitives. Integers are fixed-width big-endian; lengths and counts
// are minimal unsigned LEB128 varints. A Reader rejects every non-canonical form (non-minimal
// varint, bool other than 0/1, oversize length, truncated input) with Status::Corruption, and
// Finish() rejects trailing bytes. No function here asserts on input bytes.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::codec {

inline constexpr size_t message_bytes_max = 8 * 1024 * 1024;

class Writer {
 public:
  void PutU8(uint8_t v);
  void PutU16(uint16_t v);
  void PutU32(uint32_t v);
  void PutU64(uint64_t v);
  void PutI32(int32_t v);  // two's complement, big-endian
  void PutI64(int64_t v);
  void PutBool(bool v);
  void PutVarint(uint64_t v);  // minimal LEB128
  void PutFixed(ByteSpan data);  // raw bytes, no length
  void PutBytes(ByteSpan data);  // varint length + bytes
  void PutString(std::string_view s);

  const Bytes& bytes() const { return m_out; }
  Bytes Take() { return std::move(m_out); }

 private:
  Bytes m_out;
};

class Reader {
 public:
  explicit Reader(ByteSpan in) : m_in(in) {}

  [[nodiscard]] Status ReadU8(uint8_t* v);
  [[nodiscard]] Status ReadU16(uint16_t* v);
  [[nodiscard]] Status ReadU32(uint32_t* v);
  [[nodiscard]] Status ReadU64(uint64_t* v);
  [[nodiscard]] Status ReadI32(int32_t* v);
  [[nodiscard]] Status ReadI64(int64_t* v);
  [[nodiscard]] Status ReadBool(bool* v);
  [[nodiscard]] Status ReadVarint(uint64_t* v);
  [[nodiscard]] Status ReadFixed(std::span<uint8_t> out);
  // Length-prefixed bytes; Corruption when the length exceeds max_len or the input.
  [[nodiscard]] Status ReadBytes(Bytes* out, size_t max_len);
  [[nodiscard]] Status ReadString(std::string* out, size_t max_len);
  // A varint element count no larger than max_count. Every element encodes to at least one byte,
  // so a count above remaining() is also Corruption; callers may reserve() the count.
  [[nodiscard]] Status ReadCount(size_t* count, size_t max_count);

  size_t remaining() const { return m_in.size() - m_pos; }
  // Corruption unless every byte was consumed.
  [[nodiscard]] Status Finish() const;

 private:
  // Corruption naming `what` unless n more bytes are available.
  [[nodiscard]] Status Need(size_t n, const char* what) const;
  [[nodiscard]] Status ReadLength(uint64_t* len, size_t max_len, const char* what);
  ByteSpan m_in;
  size_t m_pos = 0;
};

}  // namespace ordo::codec
