#include "ordo/consensus/driver.h"

namespace ordo::consensus {

uint64_t TimeoutConfig::DurationMs(TimeoutKind kind, Round round) const {
  ORDO_ASSERT(round >= 0);
  const uint64_t r = static_cast<uint64_t>(round);
  switch (kind) {
    case TimeoutKind::Propose: return propose_base_ms + r * propose_delta_ms;
    case TimeoutKind::Prevote: return prevote_base_ms + r * prevote_delta_ms;
    case TimeoutKind::Precommit: return precommit_base_ms + r * precommit_delta_ms;
  }
  return propose_base_ms;
}

Driver::Driver(DriverConfig config, crypto::XOnlyPublicKey own_key)
    : m_config(config), m_own_key(own_key) {}

void Driver::StartHeight(Height height, ValidatorSet validators, std::vector<Effect>* out) {
  ORDO_ASSERT(height > m_state.height || m_keeper == nullptr);
  ORDO_ASSERT(validators.size() > 0);
  m_validators = std::move(validators);
  m_own_index = m_validators.IndexOf(m_own_key);
  m_state = RoundState{};
  m_state.height = height;
  m_keeper = std::make_unique<VoteKeeper>(height, &m_validators);
  m_proposals.clear();
  m_proposed_values.clear();
  m_proposer_cache.clear();
  m_polka_any_fired.clear();
  m_polka_current_fired.clear();
  m_precommit_any_fired.clear();
  m_proposal_evidence_sent.clear();
  m_cast_votes.clear();
  m_proposed_rounds.clear();
  StartRound(0, out);  // L10 / L54
  RunRules(out);
}

ValidatorIndex Driver::ProposerForRound(Round round) {
  auto it = m_proposer_cache.find(round);
  if (it != m_proposer_cache.end()) return it->second;
  const ValidatorIndex p = m_validators.ProposerForRound(round);
  m_proposer_cache.emplace(round, p);
  return p;
}

Status Driver::OnProposal(const Proposal& proposal, bool valid, std::vector<Effect>* out) {
  ORDO_ASSERT(m_keeper != nullptr);
  if (proposal.height != m_state.height) return Status::InvalidArgument("proposal for another height");
  if (proposal.round < 0 || proposal.round > m_state.round + vote_rounds_ahead_max) {
    return Status::InvalidArgument("proposal round outside the kept window");
  }
  if (proposal.pol_round < kNilRound || proposal.pol_round >= proposal.round) {
    return Status::InvalidArgument("proposal pol_round not in [-1, round)");
  }
  if (!m_validators.Contains(proposal.validator) || proposal.validator != ProposerForRound(proposal.round)) {
    return Status::InvalidArgument("proposal not from the proposer of its round");
  }
  auto& stored = m_proposals[proposal.round];
  for (const auto& s : stored) {
    // Same content is a duplicate even with another signature (BIP-340 signatures need not be
    // unique); only a different value or pol_round is equivocation.
    if (s.proposal.value == proposal.value && s.proposal.pol_round == proposal.pol_round) return Status::Ok();
  }
  if (!stored.empty() && m_proposal_evidence_sent.insert(proposal.round).second) {
    // Same proposer, height and round, different content: equivocation.
    out->push_back(effect::EvidenceFound{MakeDuplicateProposalEvidence(stored.front().proposal, proposal)});
  }
  if (stored.size() < proposals_per_round_max) {
    stored.push_back(StoredProposal{proposal, valid});
    // Conflicting votes for this value that came before it was proposed count from now on.
    if (m_proposed_values.insert(proposal.value).second) m_keeper->CountConflictingFor(proposal.value);
  }
  RunRules(out);
  return Status::Ok();
}

bool Driver::WouldKeepProposal(const Proposal& proposal) {
  if (m_keeper == nullptr || proposal.height != m_state.height) return false;
  if (proposal.round < 0 || proposal.round > m_state.round + vote_rounds_ahead_max) return false;
  if (proposal.pol_round < kNilRound || proposal.pol_round >= proposal.round) return false;
  if (!m_validators.Contains(proposal.validator) || proposal.validator != ProposerForRound(proposal.round)) return false;
  auto it = m_proposals.find(proposal.round);
  if (it == m_proposals.end()) return true;
  for (const auto& s : it->second) {
    if (s.proposal.value == proposal.value && s.proposal.pol_round == proposal.pol_round) return false;
  }
  return it->second.size() < proposals_per_round_max;
}

Status Driver::OnVote(const Vote& vote, std::vector<Effect>* out) {
  ORDO_ASSERT(m_keeper != nullptr);
  if (vote.height != m_state.height) return Status::InvalidArgument("vote for another height");
  const bool relevant = !vote.value || m_proposed_values.contains(*vote.value);
  const VoteKeeper::AddResult r = m_keeper->Add(vote, m_state.round, relevant);
  if (r.outcome == VoteKeeper::Outcome::Rejected) {
    return Status::InvalidArgument("vote from an unknown validator or outside the kept rounds");
  }
  if (r.evidence) out->push_back(effect::EvidenceFound{*r.evidence});
  if (r.counted) RunRules(out);
  return Status::Ok();
}

void Driver::OnTimeout(const Timeout& timeout, std::vector<Effect>* out) {
  if (m_keeper == nullptr || timeout.height != m_state.height) return;
  Input in;
  in.round = timeout.round;
  switch (timeout.kind) {
    case TimeoutKind::Propose: in.kind = InputKind::TimeoutPropose; break;    // L57
    case TimeoutKind::Prevote: in.kind = InputKind::TimeoutPrevote; break;    // L61
    case TimeoutKind::Precommit: in.kind = InputKind::TimeoutPrecommit; break; // L65
  }
  if (Fire(in, out)) RunRules(out);
}

void Driver::OnValue(Height height, Round round, const ValueId& value, std::vector<Effect>* out) {
  if (m_keeper == nullptr || height != m_state.height) return;
  Input in;
  in.kind = InputKind::ValueReady;  // L18 returns; L19 broadcasts
  in.round = round;
  in.value = value;
  if (Fire(in, out)) RunRules(out);
}

void Driver::StartRound(Round round, std::vector<Effect>* out) {
  Input in;
  in.kind = InputKind::StartRound;
  in.round = round;
  const ValidatorIndex proposer = ProposerForRound(round);
  in.we_are_proposer = m_own_index && *m_own_index == proposer;  // L14
  const Transition t = Apply(m_state, in, m_config.options);
  if (!t.applied) return;
  out->push_back(effect::RoundStarted{m_state.height, round, proposer});
  Execute(t, out);
}

void Driver::RunRules(std::vector<Effect>* out) {
  int steps = 0;
  while (FireOne(out)) {
    ++steps;
    ORDO_ASSERT(steps < driver_steps_per_input_max);
  }
}

const std::vector<Driver::StoredProposal>* Driver::ProposalsOf(Round round) const {
  auto it = m_proposals.find(round);
  return it == m_proposals.end() ? nullptr : &it->second;
}

bool Driver::FireOne(std::vector<Effect>* out) {
  if (m_state.decision) return false;
  if (FireDecision(out)) return true;
  if (auto skip = m_keeper->SkipRound(m_state.round)) {  // L55
    Input in;
    in.kind = InputKind::SkipRound;
    in.round = *skip;
    if (Fire(in, out)) return true;
  }
  if (FireProposalRules(out)) return true;
  const Round r = m_state.round;
  const uint64_t quorum = m_validators.QuorumPower();
  if (!m_polka_any_fired.contains(r) && m_keeper->PowerAny(r, VoteType::Prevote) >= quorum) {  // L34
    Input in;
    in.kind = InputKind::PolkaAny;
    in.round = r;
    if (Fire(in, out)) {
      m_polka_any_fired.insert(r);
      return true;
    }
  }
  if (m_keeper->PowerFor(r, VoteType::Prevote, std::nullopt) >= quorum) {  // L44
    Input in;
    in.kind = InputKind::PolkaNil;
    in.round = r;
    if (Fire(in, out)) return true;
  }
  if (!m_precommit_any_fired.contains(r) && m_keeper->PowerAny(r, VoteType::Precommit) >= quorum) {  // L47
    Input in;
    in.kind = InputKind::PrecommitAny;
    in.round = r;
    if (Fire(in, out)) {
      m_precommit_any_fired.insert(r);
      return true;
    }
  }
  return false;
}

// L49: a decision may come from any round of the height, not only the current one.
bool Driver::FireDecision(std::vector<Effect>* out) {
  const uint64_t quorum = m_validators.QuorumPower();
  for (const auto& [round, proposals] : m_proposals) {
    for (const auto& p : proposals) {
      if (!p.valid) continue;
      if (m_keeper->PowerFor(round, VoteType::Precommit, p.proposal.value) < quorum) continue;
      Input in;
      in.kind = InputKind::ProposalAndPrecommitValue;
      in.round = round;
      in.value = p.proposal.value;
      in.valid = true;
      if (Fire(in, out)) return true;
    }
  }
  return false;
}

// L22, L28 and L36: the rules that need the current round's proposal.
bool Driver::FireProposalRules(std::vector<Effect>* out) {
  const Round r = m_state.round;
  const auto* proposals = ProposalsOf(r);
  if (proposals == nullptr) return false;
  const uint64_t quorum = m_validators.QuorumPower();
  for (const auto& p : *proposals) {
    Input in;
    in.round = r;
    in.value = p.proposal.value;
    in.pol_round = p.proposal.pol_round;
    in.valid = p.valid;
    if (m_state.step == Step::Propose) {
      if (p.proposal.pol_round == kNilRound) {  // L22
        in.kind = InputKind::Proposal;
        if (Fire(in, out)) return true;
      } else if (m_keeper->PowerFor(p.proposal.pol_round, VoteType::Prevote, p.proposal.value) >= quorum) {  // L28
        in.kind = InputKind::ProposalAndPolkaPrevious;
        if (Fire(in, out)) return true;
      }
    }
    if (p.valid && !m_polka_current_fired.contains(r) &&
        m_keeper->PowerFor(r, VoteType::Prevote, p.proposal.value) >= quorum) {  // L36
      in.kind = InputKind::ProposalAndPolkaCurrent;
      if (Fire(in, out)) {
        m_polka_current_fired.insert(r);
        return true;
      }
    }
  }
  return false;
}

bool Driver::Fire(const Input& input, std::vector<Effect>* out) {
  const Transition t = Apply(m_state, input, m_config.options);
  if (!t.applied) return false;
  Execute(t, out);
  return true;
}

void Driver::Execute(const Transition& t, std::vector<Effect>* out) {
  const bool step_changed = t.state.step != m_state.step || t.state.round != m_state.round;
  m_state = t.state;
  if (step_changed) out->push_back(effect::StepChanged{m_state.height, m_state.round, m_state.step});
  for (const Output& o : t.outputs) {
    switch (o.kind) {
      case OutputKind::GetValue:
        out->push_back(effect::RequestValue{m_state.height, o.round});
        break;
      case OutputKind::Propose: {
        if (!m_own_index || !m_proposed_rounds.insert(o.round).second) break;
        ORDO_ASSERT(o.value.has_value());
        Proposal p;
        p.height = m_state.height;
        p.round = o.round;
        p.pol_round = o.pol_round;
        p.value = *o.value;
        p.validator = *m_own_index;
        out->push_back(effect::CastProposal{p});
        break;
      }
      case OutputKind::Prevote:
        CastVote(VoteType::Prevote, o.round, o.value, out);
        break;
      case OutputKind::Precommit:
        CastVote(VoteType::Precommit, o.round, o.value, out);
        break;
      case OutputKind::ScheduleTimeout:
        out->push_back(effect::ScheduleTimeout{Timeout{o.timeout, m_state.height, o.round},
                                               m_config.timeouts.DurationMs(o.timeout, o.round)});
        break;
      case OutputKind::Decide: {
        ORDO_ASSERT(o.value.has_value());
        CommitCertificate cert{m_state.height, o.round, *o.value, m_keeper->PrecommitSignatures(o.round, *o.value)};
        out->push_back(effect::Decided{m_state.height, o.round, *o.value, std::move(cert)});
        break;
      }
      case OutputKind::StartRound:
        StartRound(o.round, out);
        break;
    }
  }
}

void Driver::CastVote(VoteType type, Round round, const std::optional<ValueId>& value, std::vector<Effect>* out) {
  if (!m_own_index) return;  // not a validator at this height: follow, never vote
  auto [it, inserted] = m_cast_votes.try_emplace({round, type}, value);
  if (!inserted) {
    if (it->second != value) ++m_refused_votes;  // never sign two values for one (h, r, type)
    return;
  }
  Vote v;
  v.type = type;
  v.height = m_state.height;
  v.round = round;
  v.value = value;
  v.validator = *m_own_index;
  out->push_back(effect::CastVote{v});
}

}  // namespace ordo::consensus
