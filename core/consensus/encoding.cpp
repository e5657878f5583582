// Byte layouts. Integers are big-endian fixed width, counts and lengths minimal LEB128 varints,
// hashes, keys and signatures raw fixed-size bytes, "string" a varint length then the bytes, and an
// optional a u8 tag (0 absent, 1 present) followed by the value when present.
//
//   Vote (114 bytes, 82 when nil)
//     type u8 | height u64 | round i32 | value optional<32> | validator u32 | signature 64
//   Proposal (116 bytes)
//     height u64 | round i32 | pol_round i32 | value 32 | validator u32 | signature 64
//   CommitCertificate
//     height u64 | round i32 | value 32 | count varint | count x (validator u32 | signature 64)
//   Evidence
//     tag u8 (1 DuplicateVoteEvidence, 2 DuplicateProposalEvidence) | first | second
//   Vote sign-bytes
//     string "ordo/vote/v1" | string chain_id | the Vote layout without its signature
//   Proposal sign-bytes
//     string "ordo/proposal/v1" | string chain_id | the Proposal layout without its signature
//
// Blocks are in core/chain/block_encoding.cpp. Get() applies the canonical checks of encoding.h
// after reading an object; Put() asserts the same checks, so whatever this node encodes every peer
// decodes.

#include "ordo/consensus/encoding.h"

#include <optional>
#include <string>
#include <tuple>
#include <variant>

#include "ordo/util/assert.h"

namespace ordo::consensus {

using codec::CorruptField;
using codec::IndexedField;
using codec::Reader;
using codec::Writer;

namespace {

constexpr std::string_view vote_domain = "ordo/vote/v1";
constexpr std::string_view proposal_domain = "ordo/proposal/v1";
constexpr uint8_t evidence_tag_duplicate_vote = 1;
constexpr uint8_t evidence_tag_duplicate_proposal = 2;

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};

Status ReadOptionalHash(Reader& r, std::optional<Hash32>* out) {
  bool present = false;
  if (Status s = r.ReadOptionalTag(&present); !s.ok()) return s;
  out->reset();
  if (!present) return Status::Ok();
  Hash32 value{};
  if (Status s = r.ReadFixed(value); !s.ok()) return s;
  *out = value;
  return Status::Ok();
}

Status CheckRound(std::string_view field, Round round) {
  if (round >= 0 && round <= round_max) return Status::Ok();
  return CorruptField(field, std::to_string(round) + " is outside [0, round_max]");
}

Status CheckVote(const Vote& v) {
  const auto type = static_cast<uint8_t>(v.type);
  if (v.type != VoteType::Prevote && v.type != VoteType::Precommit) {
    return CorruptField("vote.type", std::to_string(type) + " is not prevote (1) or precommit (2)");
  }
  return CheckRound("vote.round", v.round);
}

Status CheckProposal(const Proposal& p) {
  if (Status s = CheckRound("proposal.round", p.round); !s.ok()) return s;
  if (p.pol_round >= kNilRound && p.pol_round < p.round) return Status::Ok();
  return CorruptField("proposal.pol_round", std::to_string(p.pol_round) + " is outside [-1, round " +
                                                std::to_string(p.round) + ")");
}

Status CheckCommit(const CommitCertificate& c) {
  if (Status s = CheckRound("commit.round", c.round); !s.ok()) return s;
  if (c.signatures.empty()) return CorruptField("commit.signatures", "empty commit");
  if (c.signatures.size() > commit_signatures_max) {
    return CorruptField("commit.signatures", "more than commit_signatures_max");
  }
  // Strictly ascending makes the order canonical and rules out counting one validator twice.
  for (size_t i = 1; i < c.signatures.size(); ++i) {
    if (c.signatures[i - 1].validator >= c.signatures[i].validator) {
      return CorruptField(IndexedField("commit.signatures", i),
                          "validator " + std::to_string(c.signatures[i].validator) +
                              " does not follow " + std::to_string(c.signatures[i - 1].validator) +
                              " in strictly ascending order");
    }
  }
  return Status::Ok();
}

// Same height, round and validator for both halves of an evidence pair.
template <typename T>
Status CheckSameSlot(std::string_view field, const T& a, const T& b) {
  if (a.height != b.height) return CorruptField(field, "heights differ");
  if (a.round != b.round) return CorruptField(field, "rounds differ");
  if (a.validator != b.validator) return CorruptField(field, "validators differ");
  return Status::Ok();
}

Status CheckEvidence(const DuplicateVoteEvidence& e) {
  constexpr std::string_view field = "duplicate vote evidence";
  if (Status s = CheckSameSlot(field, e.first, e.second); !s.ok()) return s;
  if (e.first.type != e.second.type) return CorruptField(field, "vote types differ");
  if (e.first.value == e.second.value) return CorruptField(field, "equal values are no conflict");
  if (!VoteEvidenceLess(e.first, e.second)) {
    return CorruptField(field, "not in canonical order (first.value must sort before second.value)");
  }
  return Status::Ok();
}

Status CheckEvidence(const DuplicateProposalEvidence& e) {
  constexpr std::string_view field = "duplicate proposal evidence";
  if (Status s = CheckSameSlot(field, e.first, e.second); !s.ok()) return s;
  const bool same_content = std::tie(e.first.value, e.first.pol_round) ==
                            std::tie(e.second.value, e.second.pol_round);
  if (same_content) return CorruptField(field, "equal value and pol_round are no conflict");
  if (!ProposalEvidenceLess(e.first, e.second)) {
    return CorruptField(field, "not in canonical order (first must sort before second by value, then "
                               "pol_round)");
  }
  return Status::Ok();
}

void PutVoteUnsigned(Writer& w, const Vote& v) {
  w.PutU8(static_cast<uint8_t>(v.type));
  w.PutU64(v.height);
  w.PutI32(v.round);
  w.PutU8(v.value ? 1 : 0);
  if (v.value) w.PutFixed(*v.value);
  w.PutU32(v.validator);
}

void PutProposalUnsigned(Writer& w, const Proposal& p) {
  w.PutU64(p.height);
  w.PutI32(p.round);
  w.PutI32(p.pol_round);
  w.PutFixed(p.value);
  w.PutU32(p.validator);
}

template <typename T>
Status GetEvidencePair(Reader& r, T* pair) {
  ORDO_READ_FIELD("evidence.first", Get(r, &pair->first));
  ORDO_READ_FIELD("evidence.second", Get(r, &pair->second));
  return CheckEvidence(*pair);
}

}  // namespace

void Put(Writer& w, const Vote& v) {
  ORDO_ASSERT(CheckVote(v).ok());
  PutVoteUnsigned(w, v);
  w.PutFixed(v.signature);
}

void Put(Writer& w, const Proposal& p) {
  ORDO_ASSERT(CheckProposal(p).ok());
  PutProposalUnsigned(w, p);
  w.PutFixed(p.signature);
}

void Put(Writer& w, const CommitCertificate& c) {
  ORDO_ASSERT(CheckCommit(c).ok());
  w.PutU64(c.height);
  w.PutI32(c.round);
  w.PutFixed(c.value);
  w.PutVarint(c.signatures.size());
  for (const CommitSig& sig : c.signatures) {
    w.PutU32(sig.validator);
    w.PutFixed(sig.signature);
  }
}

void Put(Writer& w, const Evidence& e) {
  std::visit(Overloaded{
                 [&w](const DuplicateVoteEvidence& dv) {
                   ORDO_ASSERT(CheckEvidence(dv).ok());
                   w.PutU8(evidence_tag_duplicate_vote);
                   Put(w, dv.first);
                   Put(w, dv.second);
                 },
                 [&w](const DuplicateProposalEvidence& dp) {
                   ORDO_ASSERT(CheckEvidence(dp).ok());
                   w.PutU8(evidence_tag_duplicate_proposal);
                   Put(w, dp.first);
                   Put(w, dp.second);
                 },
             },
             e);
}

Status Get(Reader& r, Vote* v) {
  uint8_t type = 0;
  ORDO_READ_FIELD("vote.type", r.ReadU8(&type));
  ORDO_READ_FIELD("vote.height", r.ReadU64(&v->height));
  ORDO_READ_FIELD("vote.round", r.ReadI32(&v->round));
  ORDO_READ_FIELD("vote.value", ReadOptionalHash(r, &v->value));
  ORDO_READ_FIELD("vote.validator", r.ReadU32(&v->validator));
  ORDO_READ_FIELD("vote.signature", r.ReadFixed(v->signature));
  // VoteType has uint8_t as its fixed underlying type, so any byte converts; CheckVote rejects
  // the ones that name no type.
  v->type = static_cast<VoteType>(type);
  return CheckVote(*v);
}

Status Get(Reader& r, Proposal* p) {
  ORDO_READ_FIELD("proposal.height", r.ReadU64(&p->height));
  ORDO_READ_FIELD("proposal.round", r.ReadI32(&p->round));
  ORDO_READ_FIELD("proposal.pol_round", r.ReadI32(&p->pol_round));
  ORDO_READ_FIELD("proposal.value", r.ReadFixed(p->value));
  ORDO_READ_FIELD("proposal.validator", r.ReadU32(&p->validator));
  ORDO_READ_FIELD("proposal.signature", r.ReadFixed(p->signature));
  return CheckProposal(*p);
}

Status Get(Reader& r, CommitCertificate* c) {
  ORDO_READ_FIELD("commit.height", r.ReadU64(&c->height));
  ORDO_READ_FIELD("commit.round", r.ReadI32(&c->round));
  ORDO_READ_FIELD("commit.value", r.ReadFixed(c->value));
  size_t count = 0;
  ORDO_READ_FIELD("commit.signatures", r.ReadCount(&count, commit_signatures_max));
  c->signatures.clear();
  c->signatures.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    CommitSig& sig = c->signatures.emplace_back();
    ORDO_READ_FIELD(IndexedField("commit.signatures", i) + ".validator", r.ReadU32(&sig.validator));
    ORDO_READ_FIELD(IndexedField("commit.signatures", i) + ".signature", r.ReadFixed(sig.signature));
  }
  return CheckCommit(*c);
}

Status Get(Reader& r, Evidence* e) {
  uint8_t tag = 0;
  ORDO_READ_FIELD("evidence.tag", r.ReadU8(&tag));
  if (tag == evidence_tag_duplicate_vote) {
    DuplicateVoteEvidence dv;
    if (Status s = GetEvidencePair(r, &dv); !s.ok()) return s;
    *e = std::move(dv);
    return Status::Ok();
  }
  if (tag == evidence_tag_duplicate_proposal) {
    DuplicateProposalEvidence dp;
    if (Status s = GetEvidencePair(r, &dp); !s.ok()) return s;
    *e = std::move(dp);
    return Status::Ok();
  }
  return CorruptField("evidence.tag",
                      std::to_string(tag) + " is not 1 (duplicate vote) or 2 (duplicate proposal)");
}

// Sign-bytes assert nothing: verification computes them for votes that came from outside, and
// Put() already refuses to send a non-canonical one.
Bytes VoteSignBytes(std::string_view chain_id, const Vote& v) {
  Writer w;
  w.PutString(vote_domain);
  w.PutString(chain_id);
  PutVoteUnsigned(w, v);
  return w.Take();
}

Bytes ProposalSignBytes(std::string_view chain_id, const Proposal& p) {
  Writer w;
  w.PutString(proposal_domain);
  w.PutString(chain_id);
  PutProposalUnsigned(w, p);
  return w.Take();
}

}  // namespace ordo::consensus
