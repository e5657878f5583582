#pragma once
// Double-sign protection, the last line of defence under the driver: remembers the highest
// (height, round, step) signed and the hash of its sign-bytes. A node persists SignerState (synced)
// BEFORE a signature leaves the process, so that no crash can make it sign twice. Pure logic.

#include "ordo/consensus/types.h"

namespace ordo::consensus {

// Signing steps within a round, in the order an honest validator signs them.
enum class SignStep : uint8_t { Proposal = 1, Prevote = 2, Precommit = 3 };

struct SignerState {
  Height height = 0;
  Round round = kNilRound;
  SignStep step = SignStep::Proposal;
  Hash32 sign_bytes_hash{};
  bool signed_any = false;
  bool operator==(const SignerState&) const = default;
};

enum class SignDecision {
  Sign,          // strictly after the last signature: sign and record
  SameAsLast,    // identical sign-bytes at the same (h, r, step): re-signing is harmless
  Refuse,        // a lower (h, r, step), or different bytes at the same one
};

SignDecision CheckSign(const SignerState& state, Height height, Round round, SignStep step, const Hash32& sign_bytes_hash);

// The state after signing (only call on Sign).
SignerState RecordSign(Height height, Round round, SignStep step, const Hash32& sign_bytes_hash);

}  // namespace ordo::consensus
