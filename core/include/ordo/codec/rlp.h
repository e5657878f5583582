#pragma once
// Recursive Length Prefix (Ethereum yellow paper, appendix B), strict: a decoder rejects
// non-canonical lengths (long form for < 56 bytes, leading zeros in a length), a single byte
// < 0x80 wrapped in a string header, integers with leading zero bytes, nesting deeper than
// rlp_depth_max, and trailing bytes. Never asserts on input.

#include <cstdint>
#include <variant>
#include <vector>

#include "ordo/util/bytes.h"
#include "ordo/util/primitives.h"
#include "ordo/util/status.h"

namespace ordo::rlp {

inline constexpr int rlp_depth_max = 16;
inline constexpr size_t rlp_items_max = 1'000'000;

struct Item {
  bool is_list = false;
  Bytes bytes;              // when !is_list
  std::vector<Item> items;  // when is_list
};

// Decodes exactly one item spanning all of `data`.
Result<Item> Decode(ByteSpan data);

// Interpretations of a string item; Corruption with `what` named on failure.
Result<uint64_t> ToUint64(const Item& item, const char* what);
Result<U256> ToU256(const Item& item, const char* what);
Result<Address> ToAddress(const Item& item, const char* what);

// Encoding.
void AppendString(Bytes& out, ByteSpan s);
void AppendUint(Bytes& out, const U256& v);  // minimal big-endian, zero = empty string
void AppendUint(Bytes& out, uint64_t v);
void AppendListHeader(Bytes& out, size_t payload_length);
Bytes EncodeList(const std::vector<Bytes>& encoded_items);  // items already RLP-encoded
// Canonical encoding of a decoded item; Encode(*Decode(b)) == b for every b that decodes.
Bytes Encode(const Item& item);

}  // namespace ordo::rlp
