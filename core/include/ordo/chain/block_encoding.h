#pragma once
// Canonical encoding of block headers and blocks, in the primitives of ordo/codec/codec.h and the
// consensus encodings of ordo/consensus/encoding.h for the evidence and the last commit;
// codec::Encode and codec::Decode<T> take either. Decoders return Status::Corruption (with a
// message naming the field) for truncated, oversize, trailing or non-canonical input; they never
// assert on bytes.
//
// Canonical rules beyond those of the parts: block height >= 1 with a last_commit for height - 1
// exactly when height > 1; block lists within their *_max bounds. Put() asserts the same rules.

#include "ordo/chain/block.h"
#include "ordo/codec/codec.h"
#include "ordo/consensus/encoding.h"

namespace ordo::chain {

inline constexpr size_t chain_id_bytes_max = 64;
inline constexpr size_t block_txs_max = 100'000;
inline constexpr size_t tx_bytes_max = 128 * 1024;
inline constexpr size_t block_evidence_max = 256;

void Put(codec::Writer& w, const BlockHeader& h);
void Put(codec::Writer& w, const Block& b);

[[nodiscard]] Status Get(codec::Reader& r, BlockHeader* h);
[[nodiscard]] Status Get(codec::Reader& r, Block* b);

// SHA-256 of the canonical header encoding: the block's id, and the consensus ValueId.
Hash32 BlockHash(const BlockHeader& h);

}  // namespace ordo::chain
