#include "ordo/consensus/double_sign_guard.h"

#include <tuple>

namespace ordo::consensus {

SignDecision CheckSign(const SignerState& state, Height height, Round round, SignStep step, const Hash32& sign_bytes_hash) {
  if (!state.signed_any) return SignDecision::Sign;
  const auto last = std::make_tuple(state.height, state.round, static_cast<uint8_t>(state.step));
  const auto next = std::make_tuple(height, round, static_cast<uint8_t>(step));
  if (next > last) return SignDecision::Sign;
  if (next == last && sign_bytes_hash == state.sign_bytes_hash) return SignDecision::SameAsLast;
  return SignDecision::Refuse;
}

SignerState RecordSign(Height height, Round round, SignStep step, const Hash32& sign_bytes_hash) {
  return SignerState{height, round, step, sign_bytes_hash, true};
}

}  // namespace ordo::consensus
