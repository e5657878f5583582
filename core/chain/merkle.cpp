#include "ordo/chain/merkle.h"

#include <algorithm>
#include <array>

#include "ordo/crypto/sha256.h"

namespace ordo::chain {

Hash32 MerkleLeafHash(ByteSpan data) {
  crypto::Sha256Hasher h;
  const uint8_t prefix = 0x00;
  h.Update(ByteSpan(&prefix, 1));
  h.Update(data);
  return h.Finish();
}

namespace {

Hash32 NodeHash(const Hash32& left, const Hash32& right) {
  std::array<uint8_t, 1 + 2 * sizeof(Hash32)> in;  // 0x01 || left || right, hashed in one call
  in[0] = 0x01;
  std::copy(left.begin(), left.end(), in.begin() + 1);
  std::copy(right.begin(), right.end(), in.begin() + 1 + left.size());
  return crypto::Sha256(in);
}

Hash32 Root(const std::vector<Hash32>& leaves, size_t begin, size_t end) {
  const size_t n = end - begin;
  if (n == 1) return leaves[begin];
  size_t k = 1;
  while (k * 2 < n) k *= 2;  // largest power of two strictly below n (RFC 6962 section 2.1)
  return NodeHash(Root(leaves, begin, begin + k), Root(leaves, begin + k, end));
}

}  // namespace

Hash32 MerkleRootOfLeafHashes(const std::vector<Hash32>& leaf_hashes) {
  if (leaf_hashes.empty()) return crypto::Sha256(ByteSpan());
  return Root(leaf_hashes, 0, leaf_hashes.size());
}

}  // namespace ordo::chain
