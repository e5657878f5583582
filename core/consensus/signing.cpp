#include "ordo/consensus/signing.h"

#include "ordo/consensus/encoding.h"
#include "ordo/crypto/sha256.h"

namespace ordo::consensus {

crypto::SchnorrSignature SignVote(std::string_view chain_id, const crypto::SecretKey& key, const Vote& vote,
                                  const std::array<uint8_t, 32>& aux32) {
  return crypto::SchnorrSign(key, consensus::VoteSignBytes(chain_id, vote), aux32);
}

crypto::SchnorrSignature SignProposal(std::string_view chain_id, const crypto::SecretKey& key,
                                      const Proposal& proposal, const std::array<uint8_t, 32>& aux32) {
  return crypto::SchnorrSign(key, consensus::ProposalSignBytes(chain_id, proposal), aux32);
}

Hash32 VerifiedSignatures::Digest(const crypto::XOnlyPublicKey& key, ByteSpan message,
                                  const crypto::SchnorrSignature& sig) {
  crypto::Sha256Hasher h;
  h.Update(key);
  h.Update(sig);
  h.Update(message);
  return h.Finish();
}

void VerifiedSignatures::Insert(const Hash32& digest) {
  if (m_capacity == 0 || !m_set.insert(digest).second) return;
  m_order.push_back(digest);
  if (m_order.size() > m_capacity) {
    m_set.erase(m_order.front());
    m_order.pop_front();
  }
}

bool VerifyVote(std::string_view chain_id, const ValidatorSet& validators, const Vote& vote,
                VerifiedSignatures* verified) {
  if (!validators.Contains(vote.validator)) return false;
  const crypto::XOnlyPublicKey& key = validators.at(vote.validator).public_key;
  const Bytes message = consensus::VoteSignBytes(chain_id, vote);
  if (!verified) return crypto::SchnorrVerify(key, message, vote.signature);
  const Hash32 digest = VerifiedSignatures::Digest(key, message, vote.signature);
  if (verified->Contains(digest)) {
    verified->CountHit();
    return true;
  }
  if (!crypto::SchnorrVerify(key, message, vote.signature)) return false;
  verified->Insert(digest);
  return true;
}

void RememberVote(std::string_view chain_id, const ValidatorSet& validators, const Vote& vote,
                  VerifiedSignatures& verified) {
  if (!validators.Contains(vote.validator)) return;
  verified.Insert(VerifiedSignatures::Digest(validators.at(vote.validator).public_key,
                                             consensus::VoteSignBytes(chain_id, vote), vote.signature));
}

bool VerifyProposal(std::string_view chain_id, const ValidatorSet& validators, const Proposal& proposal) {
  if (!validators.Contains(proposal.validator)) return false;
  return crypto::SchnorrVerify(validators.at(proposal.validator).public_key,
                               consensus::ProposalSignBytes(chain_id, proposal), proposal.signature);
}

Status VerifyCommitCertificate(std::string_view chain_id, const ValidatorSet& validators, Height height,
                               const CommitCertificate& cert, VerifiedSignatures* verified) {
  if (cert.height != height) return Status::InvalidArgument("commit certificate for another height");
  if (cert.round < 0 || cert.round > round_max) return Status::InvalidArgument("commit certificate round out of range");
  if (cert.signatures.size() > validators.size()) return Status::InvalidArgument("more commit signatures than validators");
  uint64_t power = 0;
  bool first = true;
  ValidatorIndex previous = 0;
  for (const CommitSig& sig : cert.signatures) {
    if (!first && sig.validator <= previous) return Status::InvalidArgument("commit signatures not ascending by validator");
    first = false;
    previous = sig.validator;
    if (!validators.Contains(sig.validator)) return Status::InvalidArgument("commit signature by an unknown validator");
    Vote v;
    v.type = VoteType::Precommit;
    v.height = cert.height;
    v.round = cert.round;
    v.value = cert.value;
    v.validator = sig.validator;
    v.signature = sig.signature;
    if (!VerifyVote(chain_id, validators, v, verified)) return Status::InvalidArgument("invalid commit signature");
    power += validators.at(sig.validator).power;
  }
  if (power < validators.QuorumPower()) return Status::InvalidArgument("commit certificate below 2/3 of the voting power");
  return Status::Ok();
}

namespace {

Status VerifyDuplicateVote(std::string_view chain_id, const ValidatorSet& validators, const DuplicateVoteEvidence& e) {
  const Vote& a = e.first;
  const Vote& b = e.second;
  if (a.height != b.height || a.round != b.round || a.type != b.type || a.validator != b.validator) {
    return Status::InvalidArgument("evidence votes are not for the same height, round, type and validator");
  }
  if (a.value == b.value) return Status::InvalidArgument("evidence votes do not conflict");
  if (!(MakeDuplicateVoteEvidence(a, b) == e)) return Status::InvalidArgument("evidence votes not in canonical order");
  if (!VerifyVote(chain_id, validators, a) || !VerifyVote(chain_id, validators, b)) {
    return Status::InvalidArgument("evidence vote signature invalid");
  }
  return Status::Ok();
}

Status VerifyDuplicateProposal(std::string_view chain_id, const ValidatorSet& validators,
                               const DuplicateProposalEvidence& e) {
  const Proposal& a = e.first;
  const Proposal& b = e.second;
  if (a.height != b.height || a.round != b.round || a.validator != b.validator) {
    return Status::InvalidArgument("evidence proposals are not for the same height, round and proposer");
  }
  if (a.value == b.value && a.pol_round == b.pol_round) return Status::InvalidArgument("evidence proposals do not conflict");
  if (!(MakeDuplicateProposalEvidence(a, b) == e)) return Status::InvalidArgument("evidence proposals not in canonical order");
  if (!VerifyProposal(chain_id, validators, a) || !VerifyProposal(chain_id, validators, b)) {
    return Status::InvalidArgument("evidence proposal signature invalid");
  }
  return Status::Ok();
}

}  // namespace

Status VerifyEvidence(std::string_view chain_id, const ValidatorSet& validators, const Evidence& evidence) {
  if (const auto* v = std::get_if<DuplicateVoteEvidence>(&evidence)) return VerifyDuplicateVote(chain_id, validators, *v);
  return VerifyDuplicateProposal(chain_id, validators, std::get<DuplicateProposalEvidence>(evidence));
}

}  // namespace ordo::consensus
