#pragma once
// Plain data of the consensus protocol: votes, proposals, commit certificates and evidence.
// Their canonical encoding and sign-bytes live in ordo/consensus/encoding.h.

#include <compare>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "ordo/crypto/schnorr.h"
#include "ordo/util/bytes.h"

namespace ordo::consensus {

using Height = uint64_t;
using Round = int32_t;
using ValueId = Hash32;  // hash of the proposed block
using ValidatorIndex = uint32_t;

inline constexpr Round kNilRound = -1;
inline constexpr Round round_max = 1 << 20;  // rounds above this are rejected as input

enum class VoteType : uint8_t { Prevote = 1, Precommit = 2 };

enum class Step : uint8_t { Unstarted = 0, Propose = 1, Prevote = 2, Precommit = 3, Commit = 4 };

const char* VoteTypeName(VoteType t);
const char* StepName(Step s);

struct Vote {
  VoteType type = VoteType::Prevote;
  Height height = 0;
  Round round = 0;
  std::optional<ValueId> value;  // nullopt = nil
  ValidatorIndex validator = 0;
  crypto::SchnorrSignature signature{};

  bool operator==(const Vote&) const = default;
};

struct Proposal {
  Height height = 0;
  Round round = 0;
  Round pol_round = kNilRound;  // validRound of the proposer; -1 or in [0, round)
  ValueId value{};
  ValidatorIndex validator = 0;  // must be the proposer of (height, round)
  crypto::SchnorrSignature signature{};

  bool operator==(const Proposal&) const = default;
};

struct CommitSig {
  ValidatorIndex validator = 0;
  crypto::SchnorrSignature signature{};
  bool operator==(const CommitSig&) const = default;
};

// The > 2/3 precommits that make a block final. Signatures are sorted by validator index with no
// repeats; every one signs Precommit(height, round, value).
struct CommitCertificate {
  Height height = 0;
  Round round = 0;
  ValueId value{};
  std::vector<CommitSig> signatures;
  bool operator==(const CommitCertificate&) const = default;
};

// Two votes by one validator for the same height, round and type with different values.
// Canonical form: first.value < second.value (nil sorts first).
struct DuplicateVoteEvidence {
  Vote first;
  Vote second;
  bool operator==(const DuplicateVoteEvidence&) const = default;
};

// Two proposals by one proposer for the same height and round with different content.
// Canonical form: first < second by (value, pol_round).
struct DuplicateProposalEvidence {
  Proposal first;
  Proposal second;
  bool operator==(const DuplicateProposalEvidence&) const = default;
};

using Evidence = std::variant<DuplicateVoteEvidence, DuplicateProposalEvidence>;

// Builds evidence in canonical order from two conflicting messages (order of arguments free).
// Asserts that they conflict: same height, round, (type,) validator and different content.
DuplicateVoteEvidence MakeDuplicateVoteEvidence(const Vote& a, const Vote& b);
DuplicateProposalEvidence MakeDuplicateProposalEvidence(const Proposal& a, const Proposal& b);

// The canonical orders above, shared with the decoder so both sides agree byte for byte:
// votes by value (nil first, then bytewise), proposals by (value, pol_round).
bool VoteEvidenceLess(const Vote& a, const Vote& b);
bool ProposalEvidenceLess(const Proposal& a, const Proposal& b);

// (height, round, type) of the evidence, for reports and alerts.
Height EvidenceHeight(const Evidence& e);
Round EvidenceRound(const Evidence& e);
ValidatorIndex EvidenceOffender(const Evidence& e);

}  // namespace ordo::consensus
