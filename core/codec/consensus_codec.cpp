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
//   BlockHeader
//     chain_id string | height u64 | time_ms u64 | prev_hash 32 | txs_root 32 | receipts_root 32 |
//     state_root 32 | validators_hash 32 | next_validators_hash 32 | last_commit_hash 32 |
//     evidence_hash 32 | proposer 32
//   Block
//     header | tx count varint | each tx as length varint + bytes |
//     evidence count varint | each Evidence | last_commit optional<CommitCertificate>
//   Vote sign-bytes
//     string "ordo/vote/v1" | string chain_id | the Vote layout without its signature
//   Proposal sign-bytes
//     string "ordo/proposal/v1" | string chain_id | the Proposal layout without its signature
//
// Get() applies the canonical checks of consensus_codec.h after reading an object; Put() asserts
// the same checks, so whatever this node encodes every peer decodes.

#include "ordo/codec/consensus_codec.h"

#include <string>
#include <tuple>

#include "ordo/crypto/sha256.h"
#include "ordo/util/assert.h"

namespace ordo::codec {

using consensus::CommitCertificate;
using consensus::CommitSig;
using consensus::DuplicateProposalEvidence;
using consensus::DuplicateVoteEvidence;
using consensus::Evidence;
using consensus::Proposal;
using consensus::Vote;
using consensus::VoteType;

namespace {

constexpr std::string_view vote_domain = "ordo/vote/v1";
constexpr std::string_view proposal_domain = "ordo/proposal/v1";
constexpr uint8_t evidence_tag_duplicate_vote = 1;
constexpr uint8_t evidence_tag_duplicate_proposal = 2;

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};

Status Corrupt(std::string_view field, const std::string& what) {
  return Status::Corruption(std::string(field) + ": " + what);
}

// Evaluates `field` only on failure, so indexed field names cost nothing on the good path.
#define ORDO_READ(field, expr)                                                  \
  do {                                                                          \
    if (Status read_status = (expr); !read_status.ok()) {                       \
      return Corrupt((field), read_status.message());                           \
    }                                                                           \
  } while (0)

std::string Indexed(std::string_view list, size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

template <size_t N>
Status ReadArray(Reader& r, std::array<uint8_t, N>* out) {
  return r.ReadFixed(std::span<uint8_t>(out->data(), out->size()));
}

Status ReadOptionalTag(Reader& r, bool* present) {
  uint8_t tag = 0;
  if (Status s = r.ReadU8(&tag); !s.ok()) return s;
  if (tag > 1) return Status::Corruption("optional tag " + std::to_string(tag) + " is not 0 or 1");
  *present = tag == 1;
  return Status::Ok();
}

Status ReadOptionalHash(Reader& r, std::optional<Hash32>* out) {
  bool present = false;
  if (Status s = ReadOptionalTag(r, &present); !s.ok()) return s;
  out->reset();
  if (!present) return Status::Ok();
  Hash32 value{};
  if (Status s = ReadArray(r, &value); !s.ok()) return s;
  *out = value;
  return Status::Ok();
}

Status CheckRound(std::string_view field, consensus::Round round) {
  if (round >= 0 && round <= consensus::round_max) return Status::Ok();
  return Corrupt(field, std::to_string(round) + " is outside [0, round_max]");
}

Status CheckVote(const Vote& v) {
  const auto type = static_cast<uint8_t>(v.type);
  if (v.type != VoteType::Prevote && v.type != VoteType::Precommit) {
    return Corrupt("vote.type", std::to_string(type) + " is not prevote (1) or precommit (2)");
  }
  return CheckRound("vote.round", v.round);
}

Status CheckProposal(const Proposal& p) {
  if (Status s = CheckRound("proposal.round", p.round); !s.ok()) return s;
  if (p.pol_round >= consensus::kNilRound && p.pol_round < p.round) return Status::Ok();
  return Corrupt("proposal.pol_round", std::to_string(p.pol_round) + " is outside [-1, round " +
                                           std::to_string(p.round) + ")");
}

Status CheckCommit(const CommitCertificate& c) {
  if (Status s = CheckRound("commit.round", c.round); !s.ok()) return s;
  if (c.signatures.empty()) return Corrupt("commit.signatures", "empty commit");
  if (c.signatures.size() > commit_signatures_max) {
    return Corrupt("commit.signatures", "more than commit_signatures_max");
  }
  // Strictly ascending makes the order canonical and rules out counting one validator twice.
  for (size_t i = 1; i < c.signatures.size(); ++i) {
    if (c.signatures[i - 1].validator >= c.signatures[i].validator) {
      return Corrupt(Indexed("commit.signatures", i),
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
  if (a.height != b.height) return Corrupt(field, "heights differ");
  if (a.round != b.round) return Corrupt(field, "rounds differ");
  if (a.validator != b.validator) return Corrupt(field, "validators differ");
  return Status::Ok();
}

Status CheckEvidence(const DuplicateVoteEvidence& e) {
  constexpr std::string_view field = "duplicate vote evidence";
  if (Status s = CheckSameSlot(field, e.first, e.second); !s.ok()) return s;
  if (e.first.type != e.second.type) return Corrupt(field, "vote types differ");
  if (e.first.value == e.second.value) return Corrupt(field, "equal values are no conflict");
  if (!consensus::VoteEvidenceLess(e.first, e.second)) {
    return Corrupt(field, "not in canonical order (first.value must sort before second.value)");
  }
  return Status::Ok();
}

Status CheckEvidence(const DuplicateProposalEvidence& e) {
  constexpr std::string_view field = "duplicate proposal evidence";
  if (Status s = CheckSameSlot(field, e.first, e.second); !s.ok()) return s;
  const bool same_content = std::tie(e.first.value, e.first.pol_round) ==
                            std::tie(e.second.value, e.second.pol_round);
  if (same_content) return Corrupt(field, "equal value and pol_round are no conflict");
  if (!consensus::ProposalEvidenceLess(e.first, e.second)) {
    return Corrupt(field, "not in canonical order (first must sort before second by value, then "
                          "pol_round)");
  }
  return Status::Ok();
}

Status CheckBlock(const chain::Block& b) {
  const uint64_t height = b.header.height;
  if (height == 0) return Corrupt("block.header.height", "0, blocks start at height 1");
  if (height == 1) {
    if (b.last_commit) return Corrupt("block.last_commit", "present at height 1");
    return Status::Ok();
  }
  if (!b.last_commit) {
    return Corrupt("block.last_commit", "missing at height " + std::to_string(height));
  }
  if (b.last_commit->height != height - 1) {
    return Corrupt("block.last_commit.height", std::to_string(b.last_commit->height) +
                                                   " is not the block height - 1 = " +
                                                   std::to_string(height - 1));
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

// The header's hashes in layout order, for Put and Get to share one list.
template <typename Header, typename F>
void ForEachHeaderHash(Header& h, F&& f) {
  f("header.prev_hash", h.prev_hash);
  f("header.txs_root", h.txs_root);
  f("header.receipts_root", h.receipts_root);
  f("header.state_root", h.state_root);
  f("header.validators_hash", h.validators_hash);
  f("header.next_validators_hash", h.next_validators_hash);
  f("header.last_commit_hash", h.last_commit_hash);
  f("header.evidence_hash", h.evidence_hash);
}

template <typename T>
Status GetEvidencePair(Reader& r, T* pair) {
  ORDO_READ("evidence.first", Get(r, &pair->first));
  ORDO_READ("evidence.second", Get(r, &pair->second));
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

void Put(Writer& w, const chain::BlockHeader& h) {
  ORDO_ASSERT(h.chain_id.size() <= chain_id_bytes_max);
  w.PutString(h.chain_id);
  w.PutU64(h.height);
  w.PutU64(h.time_ms);
  ForEachHeaderHash(h, [&w](const char*, const Hash32& hash) { w.PutFixed(hash); });
  w.PutFixed(h.proposer);
}

void Put(Writer& w, const chain::Block& b) {
  ORDO_ASSERT(CheckBlock(b).ok());
  ORDO_ASSERT(b.txs.size() <= block_txs_max);
  ORDO_ASSERT(b.evidence.size() <= block_evidence_max);
  Put(w, b.header);
  w.PutVarint(b.txs.size());
  for (const Bytes& tx : b.txs) {
    ORDO_ASSERT(tx.size() <= tx_bytes_max);
    w.PutBytes(tx);
  }
  w.PutVarint(b.evidence.size());
  for (const Evidence& e : b.evidence) Put(w, e);
  w.PutU8(b.last_commit ? 1 : 0);
  if (b.last_commit) Put(w, *b.last_commit);
}

Status Get(Reader& r, Vote* v) {
  uint8_t type = 0;
  ORDO_READ("vote.type", r.ReadU8(&type));
  ORDO_READ("vote.height", r.ReadU64(&v->height));
  ORDO_READ("vote.round", r.ReadI32(&v->round));
  ORDO_READ("vote.value", ReadOptionalHash(r, &v->value));
  ORDO_READ("vote.validator", r.ReadU32(&v->validator));
  ORDO_READ("vote.signature", ReadArray(r, &v->signature));
  // VoteType has uint8_t as its fixed underlying type, so any byte converts; CheckVote rejects
  // the ones that name no type.
  v->type = static_cast<VoteType>(type);
  return CheckVote(*v);
}

Status Get(Reader& r, Proposal* p) {
  ORDO_READ("proposal.height", r.ReadU64(&p->height));
  ORDO_READ("proposal.round", r.ReadI32(&p->round));
  ORDO_READ("proposal.pol_round", r.ReadI32(&p->pol_round));
  ORDO_READ("proposal.value", ReadArray(r, &p->value));
  ORDO_READ("proposal.validator", r.ReadU32(&p->validator));
  ORDO_READ("proposal.signature", ReadArray(r, &p->signature));
  return CheckProposal(*p);
}

Status Get(Reader& r, CommitCertificate* c) {
  ORDO_READ("commit.height", r.ReadU64(&c->height));
  ORDO_READ("commit.round", r.ReadI32(&c->round));
  ORDO_READ("commit.value", ReadArray(r, &c->value));
  size_t count = 0;
  ORDO_READ("commit.signatures", r.ReadCount(&count, commit_signatures_max));
  c->signatures.clear();
  c->signatures.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    CommitSig& sig = c->signatures.emplace_back();
    ORDO_READ(Indexed("commit.signatures", i) + ".validator", r.ReadU32(&sig.validator));
    ORDO_READ(Indexed("commit.signatures", i) + ".signature", ReadArray(r, &sig.signature));
  }
  return CheckCommit(*c);
}

Status Get(Reader& r, Evidence* e) {
  uint8_t tag = 0;
  ORDO_READ("evidence.tag", r.ReadU8(&tag));
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
  return Corrupt("evidence.tag",
                 std::to_string(tag) + " is not 1 (duplicate vote) or 2 (duplicate proposal)");
}

Status Get(Reader& r, chain::BlockHeader* h) {
  ORDO_READ("header.chain_id", r.ReadString(&h->chain_id, chain_id_bytes_max));
  ORDO_READ("header.height", r.ReadU64(&h->height));
  ORDO_READ("header.time_ms", r.ReadU64(&h->time_ms));
  Status status;
  ForEachHeaderHash(*h, [&r, &status](const char* field, Hash32& hash) {
    if (!status.ok()) return;
    if (Status s = ReadArray(r, &hash); !s.ok()) status = Corrupt(field, s.message());
  });
  if (!status.ok()) return status;
  ORDO_READ("header.proposer", ReadArray(r, &h->proposer));
  return Status::Ok();
}

Status Get(Reader& r, chain::Block* b) {
  ORDO_READ("block", Get(r, &b->header));
  size_t tx_count = 0;
  ORDO_READ("block.txs", r.ReadCount(&tx_count, block_txs_max));
  b->txs.clear();
  b->txs.reserve(tx_count);
  for (size_t i = 0; i < tx_count; ++i) {
    ORDO_READ(Indexed("block.txs", i), r.ReadBytes(&b->txs.emplace_back(), tx_bytes_max));
  }
  size_t evidence_count = 0;
  ORDO_READ("block.evidence", r.ReadCount(&evidence_count, block_evidence_max));
  b->evidence.clear();
  b->evidence.reserve(evidence_count);
  for (size_t i = 0; i < evidence_count; ++i) {
    ORDO_READ(Indexed("block.evidence", i), Get(r, &b->evidence.emplace_back()));
  }
  bool has_last_commit = false;
  ORDO_READ("block.last_commit", ReadOptionalTag(r, &has_last_commit));
  b->last_commit.reset();
  if (has_last_commit) ORDO_READ("block.last_commit", Get(r, &b->last_commit.emplace()));
  return CheckBlock(*b);
}

#undef ORDO_READ

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

Hash32 BlockHash(const chain::BlockHeader& h) { return crypto::Sha256(Encode(h)); }

}  // namespace ordo::codec
