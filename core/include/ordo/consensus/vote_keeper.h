#pragma once
// Tallies the votes of one height by (round, type, value), answers the quorum questions of
// Algorithm 1, and detects equivocation. Pure: no clock, IO or randomness. Not thread-safe; owned
// by one Driver.

#include <map>
#include <optional>
#include <vector>

#include "ordo/consensus/types.h"
#include "ordo/consensus/validator_set.h"

namespace ordo::consensus {

// Votes are kept for rounds up to current + vote_rounds_ahead_max and rejected above it, so a
// Byzantine validator cannot make the keeper grow without bound (at most 2 votes per validator
// per kept round).
inline constexpr Round vote_rounds_ahead_max = 64;

class VoteKeeper {
 public:
  enum class Outcome { Added, Duplicate, Equivocation, Rejected };
  struct AddResult {
    Outcome outcome = Outcome::Rejected;
    std::optional<DuplicateVoteEvidence> evidence;  // set the first time a validator equivocates
  };

  VoteKeeper(Height height, const ValidatorSet* validators);

  // The vote's signature must already be verified by the caller. Rejected: wrong height, unknown
  // validator, round out of range. Only a validator's first vote per (round, type) is tallied.
  AddResult Add(const Vote& vote, Round current_round);

  uint64_t PowerFor(Round round, VoteType type, const std::optional<ValueId>& value) const;
  // Power of all validators that cast a vote of `type` in `round`, whatever its value.
  uint64_t PowerAny(Round round, VoteType type) const;
  // L55: the highest round r > current in which validators with more than 1/3 of the power have
  // voted (any type, any value), if there is one.
  std::optional<Round> SkipRound(Round current) const;
  // Precommit signatures for (round, value), ascending by validator index.
  std::vector<CommitSig> PrecommitSignatures(Round round, const ValueId& value) const;

  Height height() const { return m_height; }

 private:
  struct Tally {
    std::map<ValidatorIndex, Vote> first_vote;
    std::map<std::optional<ValueId>, uint64_t> power_by_value;
    uint64_t power_any = 0;
    std::map<ValidatorIndex, bool> equivocated;
  };
  const Tally* Find(Round round, VoteType type) const;

  Height m_height;
  const ValidatorSet* m_validators;
  std::map<std::pair<Round, VoteType>, Tally> m_tallies;
};

}  // namespace ordo::consensus
