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
inline constexpr size_t conflicting_votes_max = 4;

class VoteKeeper {
 public:
  enum class Outcome { Added, Duplicate, Equivocation, Rejected };
  struct AddResult {
    Outcome outcome = Outcome::Rejected;
    bool counted = false;  // the vote changed a tally
    std::optional<DuplicateVoteEvidence> evidence;  // set the first time a validator equivocates
  };

  VoteKeeper(Height height, const ValidatorSet* validators);

  // The vote's signature must already be verified by the caller. Rejected: wrong height, unknown
  // validator, round out of range.
  //
  // Counting follows the paper: "2f+1 PREVOTE(h, r, id(v))" counts distinct senders of that exact
  // message, so a validator that equivocated counts towards each value it voted for (safe: two
  // quorums for different values would need more than 1/3 equivocating power). Otherwise a
  // Byzantine validator could show one half of the network a nil vote and the other half a vote
  // for v, and no honest node that saw nil first could ever see the polka that locked the others.
  // To bound memory, a conflicting vote is only kept when `count_conflicting` (the driver says so
  // for nil and for values some proposal of the height carries), at most
  // conflicting_votes_max per validator, round and type. "Any" tallies count a validator once.
  // A conflicting vote for a value no proposal carries yet is held (same bound) and counted by
  // CountConflictingFor when a proposal for that value arrives: its sender will not send it again.
  AddResult Add(const Vote& vote, Round current_round, bool count_conflicting);
  // Counts the held conflicting votes for `value` (a proposal for it was just stored).
  void CountConflictingFor(const ValueId& value);

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
    std::map<ValidatorIndex, std::vector<Vote>> conflicting;  // counted votes after the first
    std::map<ValidatorIndex, std::vector<Vote>> held;         // conflicting votes not counted yet
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
