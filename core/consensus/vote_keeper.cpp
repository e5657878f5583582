#include "ordo/consensus/vote_keeper.h"

#include <algorithm>

namespace ordo::consensus {

VoteKeeper::VoteKeeper(Height height, const ValidatorSet* validators)
    : m_height(height), m_validators(validators) {
  ORDO_ASSERT(validators != nullptr);
  ORDO_ASSERT(validators->size() > 0);
}

VoteKeeper::AddResult VoteKeeper::Add(const Vote& vote, Round current_round, bool count_conflicting) {
  AddResult result;
  if (vote.height != m_height) return result;
  if (!m_validators->Contains(vote.validator)) return result;
  if (vote.round < 0 || vote.round > round_max) return result;
  if (vote.round > current_round + vote_rounds_ahead_max) return result;

  Tally& tally = m_tallies[{vote.round, vote.type}];
  const uint64_t power = m_validators->at(vote.validator).power;
  auto [it, inserted] = tally.first_vote.try_emplace(vote.validator, vote);
  if (inserted) {
    tally.power_by_value[vote.value] += power;
    tally.power_any += power;
    result.outcome = Outcome::Added;
    result.counted = true;
    return result;
  }
  const Vote& first = it->second;
  if (first.value == vote.value) {
    result.outcome = Outcome::Duplicate;
    return result;
  }
  result.outcome = Outcome::Equivocation;
  bool& reported = tally.equivocated[vote.validator];
  if (!reported) {
    reported = true;
    result.evidence = MakeDuplicateVoteEvidence(first, vote);
  }
  std::vector<Vote>& extra = tally.conflicting[vote.validator];
  for (const Vote& v : extra) {
    if (v.value == vote.value) return result;  // this value already counts for the validator
  }
  if (extra.size() >= conflicting_votes_max) return result;
  if (!count_conflicting) {
    std::vector<Vote>& held = tally.held[vote.validator];
    const bool known = std::any_of(held.begin(), held.end(), [&](const Vote& v) { return v.value == vote.value; });
    if (!known && held.size() < conflicting_votes_max) held.push_back(vote);
    return result;
  }
  extra.push_back(vote);
  tally.power_by_value[vote.value] += power;
  result.counted = true;
  return result;
}

void VoteKeeper::CountConflictingFor(const ValueId& value) {
  for (auto& [key, tally] : m_tallies) {
    for (auto& [validator, held] : tally.held) {
      auto it = std::find_if(held.begin(), held.end(), [&](const Vote& v) { return v.value == value; });
      if (it == held.end()) continue;
      std::vector<Vote>& extra = tally.conflicting[validator];
      const bool counted = std::any_of(extra.begin(), extra.end(), [&](const Vote& v) { return v.value == value; });
      if (!counted && extra.size() < conflicting_votes_max) {
        extra.push_back(*it);
        tally.power_by_value[it->value] += m_validators->at(validator).power;
      }
      held.erase(it);
    }
  }
}

const VoteKeeper::Tally* VoteKeeper::Find(Round round, VoteType type) const {
  auto it = m_tallies.find({round, type});
  return it == m_tallies.end() ? nullptr : &it->second;
}

uint64_t VoteKeeper::PowerFor(Round round, VoteType type, const std::optional<ValueId>& value) const {
  const Tally* t = Find(round, type);
  if (t == nullptr) return 0;
  auto it = t->power_by_value.find(value);
  return it == t->power_by_value.end() ? 0 : it->second;
}

uint64_t VoteKeeper::PowerAny(Round round, VoteType type) const {
  const Tally* t = Find(round, type);
  return t == nullptr ? 0 : t->power_any;
}

std::optional<Round> VoteKeeper::SkipRound(Round current) const {
  // Walk rounds from the highest down; a validator counts once per round whatever it voted.
  std::map<Round, std::map<ValidatorIndex, bool>> voters;
  for (const auto& [key, tally] : m_tallies) {
    if (key.first <= current) continue;
    for (const auto& [index, vote] : tally.first_vote) voters[key.first][index] = true;
  }
  for (auto it = voters.rbegin(); it != voters.rend(); ++it) {
    uint64_t power = 0;
    for (const auto& [index, seen] : it->second) power += m_validators->at(index).power;
    if (power >= m_validators->OneThirdPower()) return it->first;
  }
  return std::nullopt;
}

std::vector<CommitSig> VoteKeeper::PrecommitSignatures(Round round, const ValueId& value) const {
  std::vector<CommitSig> sigs;
  const Tally* t = Find(round, VoteType::Precommit);
  if (t == nullptr) return sigs;
  for (const auto& [index, vote] : t->first_vote) {  // std::map: ascending index
    if (vote.value == value) {
      sigs.push_back(CommitSig{index, vote.signature});
      continue;
    }
    auto extra = t->conflicting.find(index);
    if (extra == t->conflicting.end()) continue;
    for (const Vote& v : extra->second) {
      if (v.value == value) sigs.push_back(CommitSig{index, v.signature});
    }
  }
  return sigs;
}

}  // namespace ordo::consensus
