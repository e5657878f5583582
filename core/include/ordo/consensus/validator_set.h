#pragma once
// The validator set of one height: keys, voting power and CometBFT-style proposer priorities
// (weighted round robin, spec/consensus/proposer-selection.md of CometBFT).

#include <cstdint>
#include <vector>

#include "ordo/consensus/types.h"
#include "ordo/util/status.h"

namespace ordo::consensus {

struct Validator {
  crypto::XOnlyPublicKey public_key{};
  uint64_t power = 0;
  int64_t proposer_priority = 0;
  bool operator==(const Validator&) const = default;
};

inline constexpr uint64_t total_voting_power_max = (uint64_t{1} << 60) / 8;
inline constexpr size_t validators_max = 10'000;

class ValidatorSet {
 public:
  ValidatorSet() = default;

  // A genesis set: priorities start at zero and are incremented once, as CometBFT does.
  // InvalidArgument on an empty set, zero power, duplicate keys, too many validators or a total
  // power above total_voting_power_max.
  static Result<ValidatorSet> Create(std::vector<Validator> validators);
  // A set restored from storage exactly as it was: priorities as given and the round-0 proposer
  // (chosen by the last increment, so not derivable from the priorities). Same checks as Create,
  // plus InvalidArgument for a proposer index out of range.
  static Result<ValidatorSet> Restore(std::vector<Validator> validators, ValidatorIndex proposer);
  ValidatorIndex round0_proposer() const { return m_proposer; }

  size_t size() const { return m_validators.size(); }
  const std::vector<Validator>& validators() const { return m_validators; }
  const Validator& at(ValidatorIndex i) const { ORDO_ASSERT(i < m_validators.size()); return m_validators[i]; }
  bool Contains(ValidatorIndex i) const { return i < m_validators.size(); }
  std::optional<ValidatorIndex> IndexOf(const crypto::XOnlyPublicKey& key) const;

  uint64_t TotalPower() const { return m_total_power; }
  // Smallest power that is more than 2/3 of the total.
  uint64_t QuorumPower() const { return m_total_power * 2 / 3 + 1; }
  // Smallest power that is more than 1/3 of the total (f + 1).
  uint64_t OneThirdPower() const { return m_total_power / 3 + 1; }

  // Proposer of round `round` at this set's height: the set incremented `round` more times.
  ValidatorIndex ProposerForRound(Round round) const;
  // The set for the next height (priorities incremented once).
  ValidatorSet NextHeight() const;

  // Deterministic hash of keys, powers and priorities.
  Hash32 Hash() const;

 private:
  void IncrementProposerPriority(uint32_t times);
  ValidatorIndex MaxPriorityIndex() const;

  std::vector<Validator> m_validators;
  uint64_t m_total_power = 0;
  ValidatorIndex m_proposer = 0;  // chosen by the last increment: the round-0 proposer
};

}  // namespace ordo::consensus
