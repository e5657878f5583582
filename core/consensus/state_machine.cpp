#include "ordo/consensus/state_machine.h"

namespace ordo::consensus {

const char* TimeoutKindName(TimeoutKind k) {
  switch (k) {
    case TimeoutKind::Propose: return "propose";
    case TimeoutKind::Prevote: return "prevote";
    case TimeoutKind::Precommit: return "precommit";
  }
  return "?";
}

namespace {

Output Vote(OutputKind kind, Round round, std::optional<ValueId> value) {
  ORDO_ASSERT(kind == OutputKind::Prevote || kind == OutputKind::Precommit);
  Output o;
  o.kind = kind;
  o.round = round;
  o.value = value;
  return o;
}

Output Schedule(TimeoutKind timeout, Round round) {
  Output o;
  o.kind = OutputKind::ScheduleTimeout;
  o.round = round;
  o.timeout = timeout;
  return o;
}

Output Start(Round round) {
  Output o;
  o.kind = OutputKind::StartRound;
  o.round = round;
  return o;
}

Transition Unchanged(const RoundState& s) { return Transition{s, {}, false}; }

// L11-L21
Transition StartRound(RoundState s, const Input& in) {
  if (s.decision || in.round <= s.round) return Unchanged(s);
  s.round = in.round;  // L12
  s.step = Step::Propose;  // L13
  Transition t{s, {}, true};
  if (in.we_are_proposer) {  // L14
    if (s.valid_value) {  // L15-L16: re-propose validValue with validRound
      Output o;
      o.kind = OutputKind::Propose;
      o.round = s.round;
      o.value = s.valid_value;
      o.pol_round = s.valid_round;
      t.outputs.push_back(o);
    } else {  // L17-L18: proposal <- getValue(); the host answers with ValueReady
      Output o;
      o.kind = OutputKind::GetValue;
      o.round = s.round;
      t.outputs.push_back(o);
    }
  }
  // L21 schedules the propose timeout for non-proposers only. The proposer schedules it too (as
  // CometBFT does): if getValue() stalls or its own proposal is lost, it must still leave the
  // propose step, or with weighted power the others may lack a quorum without it.
  t.outputs.push_back(Schedule(TimeoutKind::Propose, s.round));  // L21
  return t;
}

// L19 for a value the host produced after L18.
Transition ValueReady(const RoundState& s, const Input& in) {
  if (s.decision || in.round != s.round || s.step != Step::Propose || s.valid_value) return Unchanged(s);
  Output o;
  o.kind = OutputKind::Propose;
  o.round = s.round;
  o.value = in.value;
  o.pol_round = kNilRound;
  return Transition{s, {o}, true};
}

// L22-L27
Transition OnProposal(RoundState s, const Input& in, const Options& opt) {
  if (in.round != s.round || s.step != Step::Propose || in.pol_round != kNilRound) return Unchanged(s);
  const bool lock_ok = opt.unsafe_no_locking || s.locked_round == kNilRound || s.locked_value == in.value;  // L23
  const std::optional<ValueId> vote = (in.valid && lock_ok) ? std::optional<ValueId>(in.value) : std::nullopt;
  s.step = Step::Prevote;  // L27
  return Transition{s, {Vote(OutputKind::Prevote, s.round, vote)}, true};  // L24 / L26
}

// L28-L33
Transition OnProposalAndPolkaPrevious(RoundState s, const Input& in, const Options& opt) {
  if (in.round != s.round || s.step != Step::Propose) return Unchanged(s);
  if (in.pol_round < 0 || in.pol_round >= s.round) return Unchanged(s);  // L28: vr >= 0 and vr < round_p
  const bool lock_ok = opt.unsafe_no_locking || s.locked_round <= in.pol_round || s.locked_value == in.value;  // L29
  const std::optional<ValueId> vote = (in.valid && lock_ok) ? std::optional<ValueId>(in.value) : std::nullopt;
  s.step = Step::Prevote;  // L33
  return Transition{s, {Vote(OutputKind::Prevote, s.round, vote)}, true};  // L30 / L32
}

// L34-L35 (the driver guarantees "for the first time")
Transition OnPolkaAny(const RoundState& s, const Input& in) {
  if (in.round != s.round || s.step != Step::Prevote) return Unchanged(s);
  return Transition{s, {Schedule(TimeoutKind::Prevote, s.round)}, true};
}

// L36-L43 (the driver guarantees valid(v) and "for the first time")
Transition OnProposalAndPolkaCurrent(RoundState s, const Input& in) {
  if (in.round != s.round || !in.valid) return Unchanged(s);
  if (s.step != Step::Prevote && s.step != Step::Precommit) return Unchanged(s);  // L36: step >= prevote
  Transition t{s, {}, true};
  if (s.step == Step::Prevote) {  // L37
    t.state.locked_value = in.value;  // L38
    t.state.locked_round = s.round;   // L39
    t.outputs.push_back(Vote(OutputKind::Precommit, s.round, in.value));  // L40
    t.state.step = Step::Precommit;   // L41
  }
  t.state.valid_value = in.value;  // L42
  t.state.valid_round = s.round;   // L43
  return t;
}

// L44-L46
Transition OnPolkaNil(RoundState s, const Input& in) {
  if (in.round != s.round || s.step != Step::Prevote) return Unchanged(s);
  s.step = Step::Precommit;  // L46
  return Transition{s, {Vote(OutputKind::Precommit, s.round, std::nullopt)}, true};  // L45
}

// L47-L48 (the driver guarantees "for the first time")
Transition OnPrecommitAny(const RoundState& s, const Input& in) {
  if (in.round != s.round || s.decision) return Unchanged(s);
  return Transition{s, {Schedule(TimeoutKind::Precommit, s.round)}, true};
}

// L49-L54: the host starts the next height after Decide (L52-L54: h_p <- h_p + 1, reset, StartRound(0)).
Transition OnProposalAndPrecommitValue(RoundState s, const Input& in) {
  if (s.decision || !in.valid) return Unchanged(s);  // L49: decision[h_p] = nil; L50: valid(v)
  s.decision = in.value;  // L51
  s.step = Step::Commit;
  Output o;
  o.kind = OutputKind::Decide;
  o.round = in.round;
  o.value = in.value;
  return Transition{s, {o}, true};
}

// L55-L56
Transition OnSkipRound(const RoundState& s, const Input& in) {
  if (s.decision || in.round <= s.round) return Unchanged(s);
  return Transition{s, {Start(in.round)}, true};
}

// L57-L60
Transition OnTimeoutPropose(RoundState s, const Input& in) {
  if (in.round != s.round || s.step != Step::Propose) return Unchanged(s);
  s.step = Step::Prevote;  // L60
  return Transition{s, {Vote(OutputKind::Prevote, s.round, std::nullopt)}, true};  // L59
}

// L61-L64
Transition OnTimeoutPrevote(RoundState s, const Input& in) {
  if (in.round != s.round || s.step != Step::Prevote) return Unchanged(s);
  s.step = Step::Precommit;  // L64
  return Transition{s, {Vote(OutputKind::Precommit, s.round, std::nullopt)}, true};  // L63
}

// L65-L67
Transition OnTimeoutPrecommit(const RoundState& s, const Input& in) {
  if (in.round != s.round || s.decision) return Unchanged(s);
  return Transition{s, {Start(s.round + 1)}, true};  // L67
}

}  // namespace

Transition Apply(const RoundState& state, const Input& input, const Options& options) {
  switch (input.kind) {
    case InputKind::StartRound: return StartRound(state, input);
    case InputKind::ValueReady: return ValueReady(state, input);
    case InputKind::Proposal: return OnProposal(state, input, options);
    case InputKind::ProposalAndPolkaPrevious: return OnProposalAndPolkaPrevious(state, input, options);
    case InputKind::PolkaAny: return OnPolkaAny(state, input);
    case InputKind::ProposalAndPolkaCurrent: return OnProposalAndPolkaCurrent(state, input);
    case InputKind::PolkaNil: return OnPolkaNil(state, input);
    case InputKind::PrecommitAny: return OnPrecommitAny(state, input);
    case InputKind::ProposalAndPrecommitValue: return OnProposalAndPrecommitValue(state, input);
    case InputKind::SkipRound: return OnSkipRound(state, input);
    case InputKind::TimeoutPropose: return OnTimeoutPropose(state, input);
    case InputKind::TimeoutPrevote: return OnTimeoutPrevote(state, input);
    case InputKind::TimeoutPrecommit: return OnTimeoutPrecommit(state, input);
  }
  return Unchanged(state);
}

}  // namespace ordo::consensus
