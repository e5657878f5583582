#pragma once
// Canonical encoding of the signed consensus objects (votes, proposals, commit certificates,
// evidence) and their sign-bytes, in the primitives of ordo/codec/codec.h; codec::Encode and
// codec::Decode<T> take any of them. Decoders return Status::Corruption (with a message naming
// the field) for truncated, oversize, trailing or non-canonical input; they never assert on bytes.
//
// Canonical rules beyond the primitives: vote type in {1,2}; vote, proposal and commit round in
// [0, round_max]; proposal pol_round in [-1, round); optional tag in {0,1}; commit signatures
// non-empty and strictly ascending by validator index; evidence pairs in canonical order, same
// height/round/type/validator and different content.
//
// Put() asserts the same rules (encoding a non-canonical object is a programmer error), so any
// bytes this node sends decode on every peer. The sign-bytes functions assert nothing: they also
// run on the verify path over objects that came from outside.

#include <string_view>

#include "ordo/codec/codec.h"
#include "ordo/consensus/types.h"

namespace ordo::consensus {

inline constexpr size_t commit_signatures_max = 10'000;  // = validators_max

void Put(codec::Writer& w, const Vote& v);
void Put(codec::Writer& w, const Proposal& p);
void Put(codec::Writer& w, const CommitCertificate& c);
void Put(codec::Writer& w, const Evidence& e);

[[nodiscard]] Status Get(codec::Reader& r, Vote* v);
[[nodiscard]] Status Get(codec::Reader& r, Proposal* p);
[[nodiscard]] Status Get(codec::Reader& r, CommitCertificate* c);
[[nodiscard]] Status Get(codec::Reader& r, Evidence* e);

// What a validator signs. Domain-separated ("ordo/vote/v1", "ordo/proposal/v1") and bound to the
// chain id; excludes the signature itself.
Bytes VoteSignBytes(std::string_view chain_id, const Vote& v);
Bytes ProposalSignBytes(std::string_view chain_id, const Proposal& p);

}  // namespace ordo::consensus
