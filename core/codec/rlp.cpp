#include "ordo/codec/rlp.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

namespace ordo::rlp {

namespace {

// Prefix byte ranges (yellow paper, appendix B).
constexpr uint8_t kStringOffset = 0x80;      // 0x80..0xb7: string of 0..55 bytes
constexpr uint8_t kLongStringOffset = 0xb7;  // 0xb8..0xbf: 1..8 big-endian length bytes follow
constexpr uint8_t kListOffset = 0xc0;        // 0xc0..0xf7: list payload of 0..55 bytes
constexpr uint8_t kLongListOffset = 0xf7;    // 0xf8..0xff: 1..8 big-endian length bytes follow
constexpr size_t kShortPayloadMax = 55;

struct Header {
  bool is_list = false;
  size_t payload_begin = 0;
  size_t payload_length = 0;
};

std::string At(size_t offset) { return " at offset " + std::to_string(offset); }

// Decodes with a recursion depth bounded by rlp_depth_max: only lists recurse, and a list nested
// deeper than that is rejected before its children are read.
class Decoder {
 public:
  explicit Decoder(ByteSpan data) : m_data(data) {}

  Result<Item> DecodeAll() {
    if (m_data.empty()) return Status::Corruption("rlp: empty input");
    size_t pos = 0;
    Item item;
    if (Status s = DecodeItem(pos, m_data.size(), 0, item); !s.ok()) return s;
    if (pos != m_data.size()) return Status::Corruption("rlp: trailing bytes" + At(pos));
    return item;
  }

 private:
  // `enclosing_lists` counts the lists around the item at `pos`; the item must end by `end`.
  Status DecodeItem(size_t& pos, size_t end, int enclosing_lists, Item& out) {
    if (++m_items > rlp_items_max) return Status::Corruption("rlp: more than rlp_items_max items");
    Result<Header> header = ReadHeader(pos, end);
    if (!header.ok()) return header.status();
    const size_t payload_end = header->payload_begin + header->payload_length;
    out.is_list = header->is_list;
    if (!header->is_list) {
      out.bytes.assign(m_data.begin() + static_cast<std::ptrdiff_t>(header->payload_begin),
                       m_data.begin() + static_cast<std::ptrdiff_t>(payload_end));
      pos = payload_end;
      return Status::Ok();
    }
    if (enclosing_lists + 1 > rlp_depth_max) return Status::Corruption("rlp: lists nested too deep" + At(pos));
    size_t child_pos = header->payload_begin;
    while (child_pos < payload_end) {
      Item child;
      if (Status s = DecodeItem(child_pos, payload_end, enclosing_lists + 1, child); !s.ok()) return s;
      out.items.push_back(std::move(child));
    }
    pos = payload_end;
    return Status::Ok();
  }

  // Validates the prefix at `pos` and that the payload it declares fits before `end`, so nothing
  // is allocated for lengths the input does not back.
  Result<Header> ReadHeader(size_t pos, size_t end) const {
    const uint8_t prefix = m_data[pos];
    const size_t available = end - pos - 1;  // bytes after the prefix
    if (prefix < kStringOffset) return Header{false, pos, 1};
    if (prefix <= kLongStringOffset) {
      const size_t length = prefix - kStringOffset;
      if (length > available) return Status::Corruption("rlp: truncated string" + At(pos));
      if (length == 1 && m_data[pos + 1] < kStringOffset) {
        return Status::Corruption("rlp: single byte below 0x80 must be encoded as itself" + At(pos));
      }
      return Header{false, pos + 1, length};
    }
    if (prefix < kListOffset) return ReadLongHeader(pos, available, prefix - kLongStringOffset, false);
    if (prefix <= kLongListOffset) {
      const size_t length = prefix - kListOffset;
      if (length > available) return Status::Corruption("rlp: truncated list" + At(pos));
      return Header{true, pos + 1, length};
    }
    return ReadLongHeader(pos, available, prefix - kLongListOffset, true);
  }

  Result<Header> ReadLongHeader(size_t pos, size_t available, size_t length_bytes, bool is_list) const {
    if (length_bytes > available) return Status::Corruption("rlp: truncated length" + At(pos));
    if (m_data[pos + 1] == 0) return Status::Corruption("rlp: length with a leading zero byte" + At(pos));
    uint64_t length = 0;  // at most 8 length bytes, so this cannot overflow
    for (size_t i = 0; i < length_bytes; ++i) length = length << 8 | m_data[pos + 1 + i];
    if (length <= kShortPayloadMax) {
      return Status::Corruption("rlp: long form used for a payload under 56 bytes" + At(pos));
    }
    if (length > available - length_bytes) {
      return Status::Corruption(std::string("rlp: truncated ") + (is_list ? "list" : "string") + At(pos));
    }
    return Header{is_list, pos + 1 + length_bytes, static_cast<size_t>(length)};
  }

  ByteSpan m_data;
  size_t m_items = 0;
};

void AppendLength(Bytes& out, size_t length, uint8_t short_offset, uint8_t long_offset) {
  if (length <= kShortPayloadMax) {
    out.push_back(static_cast<uint8_t>(short_offset + length));
    return;
  }
  uint8_t be[sizeof(uint64_t)];
  size_t count = 0;
  for (uint64_t rest = length; rest != 0; rest >>= 8) be[count++] = static_cast<uint8_t>(rest & 0xff);
  out.push_back(static_cast<uint8_t>(long_offset + count));
  while (count > 0) out.push_back(be[--count]);
}

// Shared by the integer readers: a string of at most `bytes_max` bytes without a leading zero.
Status CheckCanonicalInteger(const Item& item, size_t bytes_max, const char* what) {
  if (item.is_list) return Status::Corruption(std::string(what) + ": expected an integer, got a list");
  if (item.bytes.size() > bytes_max) return Status::Corruption(std::string(what) + ": integer out of range");
  if (!item.bytes.empty() && item.bytes[0] == 0) {
    return Status::Corruption(std::string(what) + ": integer with a leading zero byte");
  }
  return Status::Ok();
}

void AppendItem(Bytes& out, const Item& item) {
  if (!item.is_list) {
    AppendString(out, item.bytes);
    return;
  }
  Bytes payload;
  for (const Item& child : item.items) AppendItem(payload, child);
  AppendListHeader(out, payload.size());
  out.insert(out.end(), payload.begin(), payload.end());
}

}  // namespace

Result<Item> Decode(ByteSpan data) { return Decoder(data).DecodeAll(); }

Result<uint64_t> ToUint64(const Item& item, const char* what) {
  if (Status s = CheckCanonicalInteger(item, sizeof(uint64_t), what); !s.ok()) return s;
  uint64_t v = 0;
  for (uint8_t b : item.bytes) v = v << 8 | b;
  return v;
}

Result<U256> ToU256(const Item& item, const char* what) {
  if (Status s = CheckCanonicalInteger(item, 32, what); !s.ok()) return s;
  std::optional<U256> v = U256FromBytes(item.bytes);
  ORDO_ASSERT(v.has_value());
  return *v;
}

Result<Address> ToAddress(const Item& item, const char* what) {
  Address address{};
  if (item.is_list || item.bytes.size() != address.size()) {
    return Status::Corruption(std::string(what) + ": expected a 20-byte address");
  }
  std::copy(item.bytes.begin(), item.bytes.end(), address.begin());
  return address;
}

void AppendString(Bytes& out, ByteSpan s) {
  if (s.size() == 1 && s[0] < kStringOffset) {
    out.push_back(s[0]);
    return;
  }
  AppendLength(out, s.size(), kStringOffset, kLongStringOffset);
  out.insert(out.end(), s.begin(), s.end());
}

void AppendUint(Bytes& out, const U256& v) {
  if (v == 0) {
    AppendString(out, {});
    return;
  }
  std::array<uint8_t, 32> be{};  // a U256 has at most 32 significant bytes
  const auto end = boost::multiprecision::export_bits(v, be.begin(), 8);  // most significant first, minimal
  AppendString(out, ByteSpan(be.data(), static_cast<size_t>(end - be.begin())));
}

void AppendUint(Bytes& out, uint64_t v) {
  std::array<uint8_t, sizeof(uint64_t)> be{};
  size_t n = 0;
  for (int shift = 56; shift >= 0; shift -= 8) {
    const auto b = static_cast<uint8_t>(v >> shift);
    if (n == 0 && b == 0) continue;  // minimal: no leading zero bytes, zero is the empty string
    be[n++] = b;
  }
  AppendString(out, ByteSpan(be.data(), n));
}

void AppendListHeader(Bytes& out, size_t payload_length) {
  AppendLength(out, payload_length, kListOffset, kLongListOffset);
}

Bytes EncodeList(const std::vector<Bytes>& encoded_items) {
  size_t payload_length = 0;
  for (const Bytes& item : encoded_items) payload_length += item.size();
  Bytes out;
  out.reserve(payload_length + 1 + sizeof(uint64_t));
  AppendListHeader(out, payload_length);
  for (const Bytes& item : encoded_items) out.insert(out.end(), item.begin(), item.end());
  return out;
}

Bytes Encode(const Item& item) {
  Bytes out;
  AppendItem(out, item);
  return out;
}

}  // namespace ordo::rlp
