#pragma once
// Signing and verification of consensus messages, commit certificates and evidence against a
// validator set. Verification functions never assert on their inputs: a bad message yields false
// or a Status naming what is wrong. Thread-safe (no shared mutable state).

#include <string_view>

#include "ordo/consensus/types.h"
#include "ordo/consensus/validator_set.h"
#include "ordo/crypto/schnorr.h"

namespace ordo::consensus {

// BIP-340 over the canonical sign-bytes (codec::VoteSignBytes / ProposalSignBytes). aux32 is the
// BIP-340 auxiliary randomness: OS randomness in a node, a fixed value in the simulator.
crypto::SchnorrSignature SignVote(std::string_view chain_id, const crypto::SecretKey& key, const Vote& vote,
                                  const std::array<uint8_t, 32>& aux32);
crypto::SchnorrSignature SignProposal(std::string_view chain_id, const crypto::SecretKey& key,
                                      const Proposal& proposal, const std::array<uint8_t, 32>& aux32);

bool VerifyVote(std::string_view chain_id, const ValidatorSet& validators, const Vote& vote);
bool VerifyProposal(std::string_view chain_id, const ValidatorSet& validators, const Proposal& proposal);

// Ok when the certificate is for (height) and carries valid precommit signatures of distinct
// validators, ascending by index, with more than 2/3 of the set's power.
[[nodiscard]] Status VerifyCommitCertificate(std::string_view chain_id, const ValidatorSet& validators,
                                             Height height, const CommitCertificate& cert);

// Ok when both messages are validly signed by the same validator of `validators`, for the same
// height/round(/type), with different content, in canonical order.
[[nodiscard]] Status VerifyEvidence(std::string_view chain_id, const ValidatorSet& validators, const Evidence& evidence);

}  // namespace ordo::consensus
