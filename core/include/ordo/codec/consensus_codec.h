#pragma once
// Canonical encoding of every signed or gossiped consensus object, their sign-bytes, and block
// hashing. Decoders return Status::Corruption (with a message naming the field) for truncated,
// oversize, trailing or non-canonical input; they never assert on bytes.
//
// Canonical rules beyond the primitives: vote type in {1,2}; vote, proposal and commit round in
// [0, round_max]; proposal pol_round in [-1, round); optional tag in {0,1}; commit signatures
// non-empty and strictly ascending by validator index; evidence pairs in canonical order, same
// height/round/type/validator and different content; block height >= 1 with a last_commit for
// height - 1 exactly when height > 1; block lists within their *_max bounds.
//
// Put() asserts the same rules (encoding a non-canonical object is a programmer error), so any
// bytes this node sends decode on every peer. The sign-bytes functions assert nothing: they also
// run on the verify path over objects that came from outside.

#include <string_view>

#include "ordo/chain/block.h"
#include "ordo/codec/codec.h"
#include "ordo/consensus/types.h"

namespace ordo::codec {

inline constexpr size_t chain_id_bytes_max = 64;
inline constexpr size_t block_txs_max = 100'000;
inline constexpr size_t tx_bytes_max = 128 * 1024;
inline constexpr size_t block_evidence_max = 256;
inline constexpr size_t commit_signatures_max = 10'000;  // = consensus::validators_max

void Put(Writer& w, const consensus::Vote& v);
void Put(Writer& w, const consensus::Proposal& p);
void Put(Writer& w, const consensus::CommitCertificate& c);
void Put(Writer& w, const consensus::Evidence& e);
void Put(Writer& w, const chain::BlockHeader& h);
void Put(Writer& w, const chain::Block& b);

[[nodiscard]] Status Get(Reader& r, consensus::Vote* v);
[[nodiscard]] Status Get(Reader& r, consensus::Proposal* p);
[[nodiscard]] Status Get(Reader& r, consensus::CommitCertificate* c);
[[nodiscard]] Status Get(Reader& r, consensus::Evidence* e);
[[nodiscard]] Status Get(Reader& r, chain::BlockHeader* h);
[[nodiscard]] Status Get(Reader& r, chain::Block* b);

// Whole-buffer helpers: Encode writes one object; Decode<T> reads one object and rejects
// trailing bytes.
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

// What a validator signs. Domain-separated ("ordo/vote/v1", "ordo/proposal/v1") and bound to the
// chain id; excludes the signature itself.
Bytes VoteSignBytes(std::string_view chain_id, const consensus::Vote& v);
Bytes ProposalSignBytes(std::string_view chain_id, const consensus::Proposal& p);

// SHA-256 of the canonical header encoding: the block's id, and the consensus ValueId.
Hash32 BlockHash(const chain::BlockHeader& h);

}  // namespace ordo::codec
