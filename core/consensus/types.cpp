#include "ordo/consensus/types.h"

#include <tuple>

#include "ordo/util/assert.h"

namespace ordo::consensus {

// Both name functions end with a fallback after the exhaustive switch: an enum class can still hold
// an out-of-range value, and a name looked up for a log line must not take the node down.
const char* VoteTypeName(VoteType t) {
  switch (t) {
    case VoteType::Prevote: return "prevote";
    case VoteType::Precommit: return "precommit";
  }
  return "invalid";
}

const char* StepName(Step s) {
  switch (s) {
    case Step::Unstarted: return "unstarted";
    case Step::Propose: return "propose";
    case Step::Prevote: return "prevote";
    case Step::Precommit: return "precommit";
    case Step::Commit: return "commit";
  }
  return "invalid";
}

bool VoteEvidenceLess(const Vote& a, const Vote& b) {
  // std::optional orders nullopt before any value, which is the nil-first rule.
  return a.value < b.value;
}

bool ProposalEvidenceLess(const Proposal& a, const Proposal& b) {
  return std::tie(a.value, a.pol_round) < std::tie(b.value, b.pol_round);
}

DuplicateVoteEvidence MakeDuplicateVoteEvidence(const Vote& a, const Vote& b) {
  ORDO_ASSERT(a.height == b.height);
  ORDO_ASSERT(a.round == b.round);
  ORDO_ASSERT(a.type == b.type);
  ORDO_ASSERT(a.validator == b.validator);
  ORDO_ASSERT(a.value != b.value);
  if (VoteEvidenceLess(a, b)) return DuplicateVoteEvidence{a, b};
  return DuplicateVoteEvidence{b, a};
}

DuplicateProposalEvidence MakeDuplicateProposalEvidence(const Proposal& a, const Proposal& b) {
  ORDO_ASSERT(a.height == b.height);
  ORDO_ASSERT(a.round == b.round);
  ORDO_ASSERT(a.validator == b.validator);
  // Two signatures over the same (value, pol_round) are one proposal signed twice, not a conflict.
  ORDO_ASSERT(ProposalEvidenceLess(a, b) || ProposalEvidenceLess(b, a));
  if (ProposalEvidenceLess(a, b)) return DuplicateProposalEvidence{a, b};
  return DuplicateProposalEvidence{b, a};
}

Height EvidenceHeight(const Evidence& e) {
  return std::visit([](const auto& pair) { return pair.first.height; }, e);
}

Round EvidenceRound(const Evidence& e) {
  return std::visit([](const auto& pair) { return pair.first.round; }, e);
}

ValidatorIndex EvidenceOffender(const Evidence& e) {
  return std::visit([](const auto& pair) { return pair.first.validator; }, e);
}

}  // namespace ordo::consensus
