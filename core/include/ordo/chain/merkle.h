#pragma once
// Binary Merkle trees with RFC 6962 domain separation (leaf = SHA-256(0x00 || data), node =
// SHA-256(0x01 || left || right), the split at the largest power of two below n), used for the
// transactions and receipts roots of a block and for sequencer commitments.

#include <vector>

#include "ordo/util/bytes.h"

namespace ordo::chain {

Hash32 MerkleLeafHash(ByteSpan data);
// Root over leaves already hashed with MerkleLeafHash. The empty tree's root is SHA-256("").
Hash32 MerkleRootOfLeafHashes(const std::vector<Hash32>& leaf_hashes);

}  // namespace ordo::chain
