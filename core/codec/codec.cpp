#include "ordo/codec/codec.h"

#include <algorithm>
#include <string>

namespace ordo::codec {

namespace {

// A u64 needs ceil(64 / 7) = 10 LEB128 groups; the tenth may carry only bit 63.
constexpr size_t varint_bytes_max = 10;

template <typename T>
void PutBigEndian(Bytes& out, T v) {
  for (size_t i = sizeof(T); i > 0; --i) {
    out.push_back(static_cast<uint8_t>(v >> (8 * (i - 1))));
  }
}

template <typename T>
T GetBigEndian(ByteSpan in) {
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i) v = static_cast<T>(v << 8 | in[i]);
  return v;
}

}  // namespace

void Writer::PutU8(uint8_t v) { m_out.push_back(v); }
void Writer::PutU16(uint16_t v) { PutBigEndian(m_out, v); }
void Writer::PutU32(uint32_t v) { PutBigEndian(m_out, v); }
void Writer::PutU64(uint64_t v) { PutBigEndian(m_out, v); }
void Writer::PutI32(int32_t v) { PutU32(static_cast<uint32_t>(v)); }
void Writer::PutI64(int64_t v) { PutU64(static_cast<uint64_t>(v)); }
void Writer::PutBool(bool v) { PutU8(v ? 1 : 0); }

void Writer::PutVarint(uint64_t v) {
  while (v >= 0x80) {
    m_out.push_back(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  m_out.push_back(static_cast<uint8_t>(v));
}

void Writer::PutFixed(ByteSpan data) { m_out.insert(m_out.end(), data.begin(), data.end()); }

void Writer::PutBytes(ByteSpan data) {
  PutVarint(data.size());
  PutFixed(data);
}

void Writer::PutString(std::string_view s) { PutBytes(AsBytes(s)); }

Status Reader::Need(size_t n, const char* what) const {
  if (n <= remaining()) return Status::Ok();
  return Status::Corruption(std::string("truncated ") + what + ": need " + std::to_string(n) +
                            " bytes, " + std::to_string(remaining()) + " left");
}

Status Reader::ReadU8(uint8_t* v) {
  if (Status s = Need(1, "u8"); !s.ok()) return s;
  *v = m_in[m_pos];
  m_pos += 1;
  return Status::Ok();
}

Status Reader::ReadU16(uint16_t* v) {
  if (Status s = Need(2, "u16"); !s.ok()) return s;
  *v = GetBigEndian<uint16_t>(m_in.subspan(m_pos));
  m_pos += 2;
  return Status::Ok();
}

Status Reader::ReadU32(uint32_t* v) {
  if (Status s = Need(4, "u32"); !s.ok()) return s;
  *v = GetBigEndian<uint32_t>(m_in.subspan(m_pos));
  m_pos += 4;
  return Status::Ok();
}

Status Reader::ReadU64(uint64_t* v) {
  if (Status s = Need(8, "u64"); !s.ok()) return s;
  *v = GetBigEndian<uint64_t>(m_in.subspan(m_pos));
  m_pos += 8;
  return Status::Ok();
}

// The signed and bool readers check the length themselves so a truncation names their own type.
Status Reader::ReadI32(int32_t* v) {
  if (Status s = Need(4, "i32"); !s.ok()) return s;
  // C++20 defines the unsigned-to-signed conversion as modular, i.e. two's complement.
  *v = static_cast<int32_t>(GetBigEndian<uint32_t>(m_in.subspan(m_pos)));
  m_pos += 4;
  return Status::Ok();
}

Status Reader::ReadI64(int64_t* v) {
  if (Status s = Need(8, "i64"); !s.ok()) return s;
  *v = static_cast<int64_t>(GetBigEndian<uint64_t>(m_in.subspan(m_pos)));
  m_pos += 8;
  return Status::Ok();
}

Status Reader::ReadBool(bool* v) {
  if (Status s = Need(1, "bool"); !s.ok()) return s;
  const uint8_t b = m_in[m_pos];
  if (b > 1) return Status::Corruption("bool byte " + std::to_string(b) + " is not 0 or 1");
  *v = b == 1;
  m_pos += 1;
  return Status::Ok();
}

Status Reader::ReadOptionalTag(bool* present) {
  uint8_t tag = 0;
  if (Status s = ReadU8(&tag); !s.ok()) return s;
  if (tag > 1) return Status::Corruption("optional tag " + std::to_string(tag) + " is not 0 or 1");
  *present = tag == 1;
  return Status::Ok();
}

Status Reader::ReadVarint(uint64_t* v) {
  uint64_t value = 0;
  // Terminates by i == varint_bytes_max - 1: that group either ends the varint or is rejected.
  for (size_t i = 0;; ++i) {
    if (i >= remaining()) return Status::Corruption("truncated varint");
    const uint8_t b = m_in[m_pos + i];
    if (i == varint_bytes_max - 1 && b > 1) {
      return Status::Corruption("varint longer than 10 bytes or above 64 bits");
    }
    value |= uint64_t{b & 0x7fu} << (7 * i);
    if (b & 0x80) continue;
    // A zero final group after others means a shorter encoding of the same value exists, and
    // accepting both would give one message two encodings (and two hashes).
    if (b == 0 && i > 0) return Status::Corruption("non-minimal varint");
    *v = value;
    m_pos += i + 1;
    return Status::Ok();
  }
}

Status Reader::ReadFixed(std::span<uint8_t> out) {
  if (Status s = Need(out.size(), "fixed bytes"); !s.ok()) return s;
  const ByteSpan src = m_in.subspan(m_pos, out.size());
  std::copy(src.begin(), src.end(), out.begin());
  m_pos += out.size();
  return Status::Ok();
}

// Both bounds are checked before the caller allocates, so a forged length costs nothing.
Status Reader::ReadLength(uint64_t* len, size_t max_len, const char* what) {
  if (Status s = ReadVarint(len); !s.ok()) {
    return Status::Corruption(std::string(what) + ": " + s.message());
  }
  if (*len > max_len) {
    return Status::Corruption(std::string(what) + " " + std::to_string(*len) +
                              " exceeds the maximum of " + std::to_string(max_len));
  }
  if (*len > remaining()) {
    return Status::Corruption(std::string(what) + " " + std::to_string(*len) +
                              " exceeds the remaining input of " + std::to_string(remaining()) +
                              " bytes");
  }
  return Status::Ok();
}

Status Reader::ReadBytes(Bytes* out, size_t max_len) {
  uint64_t len = 0;
  if (Status s = ReadLength(&len, max_len, "byte string length"); !s.ok()) return s;
  const ByteSpan src = m_in.subspan(m_pos, len);
  out->assign(src.begin(), src.end());
  m_pos += len;
  return Status::Ok();
}

Status Reader::ReadString(std::string* out, size_t max_len) {
  uint64_t len = 0;
  if (Status s = ReadLength(&len, max_len, "string length"); !s.ok()) return s;
  out->assign(reinterpret_cast<const char*>(m_in.data() + m_pos), len);
  m_pos += len;
  return Status::Ok();
}

Status Reader::ReadCount(size_t* count, size_t max_count) {
  uint64_t n = 0;
  if (Status s = ReadLength(&n, max_count, "element count"); !s.ok()) return s;
  *count = static_cast<size_t>(n);
  return Status::Ok();
}

Status Reader::Finish() const {
  if (remaining() == 0) return Status::Ok();
  return Status::Corruption(std::to_string(remaining()) + " trailing bytes after the message");
}

Status CorruptField(std::string_view field, const std::string& what) {
  return Status::Corruption(std::string(field) + ": " + what);
}

std::string IndexedField(std::string_view list, size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

}  // namespace ordo::codec
