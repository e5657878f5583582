#pragma once
// Canonical binary encoding primitives. Integers are fixed-width big-endian; lengths and counts
// are minimal unsigned LEB128 varints; an optional is a u8 tag (0 absent, 1 present) followed by
// the value when present. A Reader rejects every non-canonical form (non-minimal varint, bool or
// tag other than 0/1, oversize length, truncated input) with Status::Corruption, and Finish()
// rejects trailing bytes. No function here asserts on input bytes.
//
// The modules encode their own objects with these (ordo/consensus/encoding.h,
// ordo/chain/block_encoding.h): each defines Put(Writer&, const T&) and Get(Reader&, T*) beside
// T, which Encode and Decode below find by argument-dependent lookup.

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
  // The u8 tag of an optional: *present true for 1, false for 0; Corruption for anything else.
  [[nodiscard]] Status ReadOptionalTag(bool* present);
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

// Corruption naming the field: "field: what". Decoders name the field that failed, and the
// element of a list as IndexedField("block.txs", 3) = "block.txs[3]".
Status CorruptField(std::string_view field, const std::string& what);
std::string IndexedField(std::string_view list, size_t i);

// Runs a read and returns its failure as CorruptField(field, ...). Evaluates `field` only on
// failure, so indexed field names cost nothing on the good path.
#define ORDO_READ_FIELD(field, expr)                                                      \
  do {                                                                                    \
    if (::ordo::Status read_status = (expr); !read_status.ok()) {                         \
      return ::ordo::codec::CorruptField((field), read_status.message());                 \
    }                                                                                     \
  } while (0)

// Whole-buffer helpers: Encode writes one object; Decode<T> reads one object and rejects
// trailing bytes. Put and Get are those of T's module.
template <typename T>
Bytes Encode(const T& value) {
  Writer w;
  Put(w, value);
  return w.Take();
}

template <typename T>
Result<T> Decode(ByteSpan bytes) {
  if (bytes.size() > message_bytes_max) return Status::Corruption("message larger than message_bytes_max");
  Reader r(bytes);
  T value{};
  if (Status s = Get(r, &value); !s.ok()) return s;
  if (Status s = r.Finish(); !s.ok()) return s;
  return value;
}

}  // namespace ordo::codec
