#pragma once
// The round state machine of Tendermint, Algorithm 1 of "The latest gossip on BFT consensus"
// (Buchman, Kwon, Milosevic; arXiv 1807.04938). A pure function Apply(state, input) -> transition:
// no clock, IO, threads, logging or randomness. The Driver evaluates the "upon" conditions that
// need the vote keeper and the proposals (quorums, "for the first time") and feeds the result here
// as an Input; this file owns the step guards and the state changes. Line numbers (Lnn) refer to
// Algorithm 1.

#include <optional>
#include <vector>

#include "ordo/consensus/types.h"

namespace ordo::consensus {

enum class TimeoutKind : uint8_t { Propose = 1, Prevote = 2, Precommit = 3 };
const char* TimeoutKindName(TimeoutKind k);

struct RoundState {
  Height height = 0;
  Round round = kNilRound;
  Step step = Step::Unstarted;
  std::optional<ValueId> locked_value;  // L1 lockedValue
  Round locked_round = kNilRound;       // L1 lockedRound
  std::optional<ValueId> valid_value;   // L1 validValue
  Round valid_round = kNilRound;        // L1 validRound
  std::optional<ValueId> decision;      // L1 decision[h_p]
  bool operator==(const RoundState&) const = default;
};

enum class InputKind : uint8_t {
  StartRound,                 // L11 StartRound(round); we_are_proposer set by the driver
  ValueReady,                 // L18 getValue() returned (value) for round
  Proposal,                   // L22 PROPOSAL(h, round_p, v, -1) from the proposer
  ProposalAndPolkaPrevious,   // L28 PROPOSAL(h, round_p, v, vr) and 2f+1 PREVOTE(h, vr, id(v))
  PolkaAny,                   // L34 2f+1 PREVOTE(h, round_p, *) for the first time
  ProposalAndPolkaCurrent,    // L36 PROPOSAL(h, round_p, v, *) and 2f+1 PREVOTE(h, round_p, id(v))
  PolkaNil,                   // L44 2f+1 PREVOTE(h, round_p, nil)
  PrecommitAny,               // L47 2f+1 PRECOMMIT(h, round_p, *) for the first time
  ProposalAndPrecommitValue,  // L49 PROPOSAL(h, r, v, *) and 2f+1 PRECOMMIT(h, r, id(v))
  SkipRound,                  // L55 f+1 messages of a round > round_p
  TimeoutPropose,             // L57
  TimeoutPrevote,             // L61
  TimeoutPrecommit,           // L65
};

struct Input {
  InputKind kind = InputKind::StartRound;
  Round round = 0;              // the round the input is about
  ValueId value{};              // proposal/quorum value where the kind has one
  Round pol_round = kNilRound;  // vr of the proposal (L28)
  bool valid = false;           // valid(v) as judged by the host
  bool we_are_proposer = false; // StartRound: proposer(h_p, round) = p
};

enum class OutputKind : uint8_t {
  GetValue,         // L18: ask the host for a value to propose
  Propose,          // L19: broadcast PROPOSAL(h, round, value, pol_round)
  Prevote,          // broadcast PREVOTE(h, round, value or nil)
  Precommit,        // broadcast PRECOMMIT(h, round, value or nil)
  ScheduleTimeout,  // schedule OnTimeout<kind>(h, round)
  Decide,           // L51: decision[h] = value
  StartRound,       // L54/L56/L67: the driver must StartRound(round) next
};

struct Output {
  OutputKind kind = OutputKind::GetValue;
  Round round = 0;
  std::optional<ValueId> value;
  Round pol_round = kNilRound;
  TimeoutKind timeout = TimeoutKind::Propose;
};

struct Options {
  // Test-only: disables the locking rule (L23/L29 lock checks) to show the simulator catches the
  // resulting safety violation. Never set in a node.
  bool unsafe_no_locking = false;
};

struct Transition {
  RoundState state;
  std::vector<Output> outputs;
  bool applied = false;  // false: the input's guard does not hold in this state; state unchanged
};

Transition Apply(const RoundState& state, const Input& input, const Options& options);

}  // namespace ordo::consensus
