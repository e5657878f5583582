#pragma once
// Signing and verification of consensus messages, commit certificates and evidence against a
// validator set. Verification functions never assert on their inputs: a bad message yields false
// or a Status naming what is wrong. Thread-safe (no shared mutable state).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <set>
#include <string_view>

#include "ordo/consensus/types.h"
#include "ordo/consensus/validator_set.h"
#include "ordo/crypto/schnorr.h"

namespace ordo::consensus {

// BIP-340 over the canonical sign-bytes (VoteSignBytes / ProposalSignBytes, encoding.h). aux32 is the
// BIP-340 auxiliary randomness: OS randomness in a node, a fixed value in the simulator.
crypto::SchnorrSignature SignVote(std::string_view chain_id, const crypto::SecretKey& key, const Vote& vote,
                                  const std::array<uint8_t, 32>& aux32);
crypto::SchnorrSignature SignProposal(std::string_view chain_id, const crypto::SecretKey& key,
                                      const Proposal& proposal, const std::array<uint8_t, 32>& aux32);

// Signatures this node has already verified, so that a precommit checked when it arrived as a vote
// is not checked again in the next block's commit certificate. An entry is the SHA-256 of the
// public key, the signature and the signed bytes: a hit means exactly this signature by exactly
// this key over exactly these bytes verified before, whatever validator set or index the message
// names. Bounded: past `capacity` entries the oldest is forgotten. Not thread-safe, except hits().
class VerifiedSignatures {
 public:
  explicit VerifiedSignatures(size_t capacity) : m_capacity(capacity) {}

  static Hash32 Digest(const crypto::XOnlyPublicKey& key, ByteSpan message, const crypto::SchnorrSignature& sig);
  bool Contains(const Hash32& digest) const { return m_set.contains(digest); }
  void Insert(const Hash32& digest);

  size_t size() const { return m_order.size(); }
  // Verifications skipped; may be read from any thread.
  uint64_t hits() const { return m_hits.load(std::memory_order_relaxed); }
  void CountHit() { m_hits.fetch_add(1, std::memory_order_relaxed); }

 private:
  size_t m_capacity;
  std::deque<Hash32> m_order;  // oldest first; exactly the members of m_set
  std::set<Hash32> m_set;
  std::atomic<uint64_t> m_hits{0};
};

// With `verified`, a signature found there is not checked again and a signature that checks is
// added to it.
bool VerifyVote(std::string_view chain_id, const ValidatorSet& validators, const Vote& vote,
                VerifiedSignatures* verified = nullptr);
// Adds a vote this node signed itself (it needs no check) to `verified`.
void RememberVote(std::string_view chain_id, const ValidatorSet& validators, const Vote& vote,
                  VerifiedSignatures& verified);
bool VerifyProposal(std::string_view chain_id, const ValidatorSet& validators, const Proposal& proposal);

// Ok when the certificate is for (height) and carries valid precommit signatures of distinct
// validators, ascending by index, with more than 2/3 of the set's power. With `verified`, as
// VerifyVote.
[[nodiscard]] Status VerifyCommitCertificate(std::string_view chain_id, const ValidatorSet& validators,
                                             Height height, const CommitCertificate& cert,
                                             VerifiedSignatures* verified = nullptr);

// Ok when both messages are validly signed by the same validator of `validators`, for the same
// height/round(/type), with different content, in canonical order.
[[nodiscard]] Status VerifyEvidence(std::string_view chain_id, const ValidatorSet& validators, const Evidence& evidence);

}  // namespace ordo::consensus
