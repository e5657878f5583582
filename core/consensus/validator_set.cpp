#include "ordo/consensus/validator_set.h"

#include <algorithm>
#include <limits>
#include <set>

#include "ordo/crypto/sha256.h"

namespace ordo::consensus {

namespace {

__extension__ typedef __int128 Int128;  // exact sums of int64 priorities

// CometBFT keeps priorities within a window of 2 x total power so that a validator that joined
// with a very negative priority cannot be starved for ever (proposer-selection.md, "rescale").
constexpr int64_t priority_window_factor = 2;

int64_t ClipAdd(int64_t a, int64_t b) {
  Int128 sum = static_cast<Int128>(a) + b;
  if (sum > std::numeric_limits<int64_t>::max()) return std::numeric_limits<int64_t>::max();
  if (sum < std::numeric_limits<int64_t>::min()) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(sum);
}

}  // namespace

Result<ValidatorSet> ValidatorSet::Create(std::vector<Validator> validators) {
  if (validators.empty()) return Status::InvalidArgument("validator set is empty");
  if (validators.size() > validators_max) return Status::InvalidArgument("more than validators_max validators");
  std::set<crypto::XOnlyPublicKey> keys;
  uint64_t total = 0;
  for (auto& v : validators) {
    if (v.power == 0) return Status::InvalidArgument("validator with zero voting power");
    if (v.power > total_voting_power_max) return Status::InvalidArgument("validator power above total_voting_power_max");
    if (!keys.insert(v.public_key).second) return Status::InvalidArgument("duplicate validator key");
    total += v.power;
    if (total > total_voting_power_max) return Status::InvalidArgument("total voting power above total_voting_power_max");
    v.proposer_priority = 0;
  }
  ValidatorSet set;
  set.m_validators = std::move(validators);
  set.m_total_power = total;
  set.IncrementProposerPriority(1);
  return set;
}

Result<ValidatorSet> ValidatorSet::Restore(std::vector<Validator> validators, ValidatorIndex proposer) {
  std::vector<int64_t> priorities;
  for (const auto& v : validators) priorities.push_back(v.proposer_priority);
  auto created = Create(std::move(validators));
  if (!created.ok()) return created.status();
  ValidatorSet set = std::move(created).value();
  if (proposer >= set.size()) return Status::InvalidArgument("restored proposer index out of range");
  for (size_t i = 0; i < priorities.size(); ++i) set.m_validators[i].proposer_priority = priorities[i];
  set.m_proposer = proposer;
  return set;
}

std::optional<ValidatorIndex> ValidatorSet::IndexOf(const crypto::XOnlyPublicKey& key) const {
  for (size_t i = 0; i < m_validators.size(); ++i) {
    if (m_validators[i].public_key == key) return static_cast<ValidatorIndex>(i);
  }
  return std::nullopt;
}

ValidatorIndex ValidatorSet::ProposerForRound(Round round) const {
  ORDO_ASSERT(round >= 0);
  if (round == 0) return m_proposer;
  ValidatorSet copy = *this;
  copy.IncrementProposerPriority(static_cast<uint32_t>(round));
  return copy.m_proposer;
}

ValidatorSet ValidatorSet::NextHeight() const {
  ValidatorSet next = *this;
  next.IncrementProposerPriority(1);
  return next;
}

void ValidatorSet::IncrementProposerPriority(uint32_t times) {
  ORDO_ASSERT(!m_validators.empty());
  ORDO_ASSERT(times > 0);
  const int64_t total = static_cast<int64_t>(m_total_power);
  // Rescale so that max - min <= window.
  int64_t lo = std::numeric_limits<int64_t>::max();
  int64_t hi = std::numeric_limits<int64_t>::min();
  for (const auto& v : m_validators) {
    lo = std::min(lo, v.proposer_priority);
    hi = std::max(hi, v.proposer_priority);
  }
  const Int128 diff = static_cast<Int128>(hi) - lo;
  const Int128 window = static_cast<Int128>(priority_window_factor) * total;
  if (diff > window) {
    const int64_t ratio = static_cast<int64_t>((diff + window - 1) / window);
    for (auto& v : m_validators) v.proposer_priority /= ratio;
  }
  // Centre around zero (floor of the average) so priorities cannot drift.
  Int128 sum = 0;
  for (const auto& v : m_validators) sum += v.proposer_priority;
  const Int128 n = static_cast<Int128>(m_validators.size());
  Int128 avg = sum / n;
  if (sum % n != 0 && sum < 0) avg -= 1;
  for (auto& v : m_validators) v.proposer_priority = ClipAdd(v.proposer_priority, -static_cast<int64_t>(avg));

  for (uint32_t t = 0; t < times; ++t) {
    for (auto& v : m_validators) v.proposer_priority = ClipAdd(v.proposer_priority, static_cast<int64_t>(v.power));
    m_proposer = MaxPriorityIndex();
    auto& chosen = m_validators[m_proposer];
    chosen.proposer_priority = ClipAdd(chosen.proposer_priority, -total);
  }
}

ValidatorIndex ValidatorSet::MaxPriorityIndex() const {
  // Ties go to the lower index (the order of the set is part of the chain's state).
  size_t best = 0;
  for (size_t i = 1; i < m_validators.size(); ++i) {
    if (m_validators[i].proposer_priority > m_validators[best].proposer_priority) best = i;
  }
  return static_cast<ValidatorIndex>(best);
}

Hash32 ValidatorSet::Hash() const {
  crypto::Sha256Hasher h;
  auto put_u64 = [&h](uint64_t x) {
    uint8_t b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(x >> (56 - 8 * i));
    h.Update(ByteSpan(b, 8));
  };
  h.Update(AsBytes("ordo/validator-set/v1"));
  put_u64(m_validators.size());
  for (const auto& v : m_validators) {
    h.Update(v.public_key);
    put_u64(v.power);
    put_u64(static_cast<uint64_t>(v.proposer_priority));
  }
  return h.Finish();
}

}  // namespace ordo::consensus
