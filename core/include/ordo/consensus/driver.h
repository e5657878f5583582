#pragma once
// The consensus driver of one node: runs the rounds of a height over the pure state machine and
// the vote keeper. Pure: no clock, IO, threads, logging or randomness. Inputs arrive through the
// On* methods (signatures already verified by the host); everything the node must do leaves as
// Effects, in order. The driver is the one place that refuses to cast a conflicting vote.
//
// Host contract: sign and broadcast CastProposal/CastVote (and deliver them back to this driver
// as inputs), answer RequestValue with OnValue, fire ScheduleTimeout with OnTimeout, and after
// Decided store the block and call StartHeight(h + 1, next set). Not thread-safe: one strand.

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "ordo/consensus/state_machine.h"
#include "ordo/consensus/validator_set.h"
#include "ordo/consensus/vote_keeper.h"
#include "ordo/util/status.h"

namespace ordo::consensus {

// timeout(r) = base + r * delta, per step (DESIGN.md, "Consensus").
struct TimeoutConfig {
  uint64_t propose_base_ms = 1000;
  uint64_t propose_delta_ms = 500;
  uint64_t prevote_base_ms = 500;
  uint64_t prevote_delta_ms = 250;
  uint64_t precommit_base_ms = 500;
  uint64_t precommit_delta_ms = 250;

  uint64_t DurationMs(TimeoutKind kind, Round round) const;
};

struct DriverConfig {
  TimeoutConfig timeouts;
  Options options;
};

struct Timeout {
  TimeoutKind kind = TimeoutKind::Propose;
  Height height = 0;
  Round round = 0;
  bool operator==(const Timeout&) const = default;
};

namespace effect {
struct RoundStarted { Height height; Round round; ValidatorIndex proposer; };
struct StepChanged { Height height; Round round; Step step; };
struct RequestValue { Height height; Round round; };       // answer with OnValue
struct CastProposal { Proposal proposal; };                // unsigned: the host signs
struct CastVote { Vote vote; };                            // unsigned: the host signs
struct ScheduleTimeout { Timeout timeout; uint64_t duration_ms; };
struct Decided { Height height; Round round; ValueId value; CommitCertificate certificate; };
struct EvidenceFound { Evidence evidence; };
}  // namespace effect

using Effect = std::variant<effect::RoundStarted, effect::StepChanged, effect::RequestValue,
                            effect::CastProposal, effect::CastVote, effect::ScheduleTimeout,
                            effect::Decided, effect::EvidenceFound>;

// Distinct proposals kept per round: the honest one plus one equivocation is enough to decide
// whichever gets the quorum and to produce evidence; more are dropped.
inline constexpr size_t proposals_per_round_max = 2;
// Bound on state-machine steps triggered by one input (each step changes state; a handful happen).
inline constexpr int driver_steps_per_input_max = 64;

class Driver {
 public:
  // own_key: this node's consensus key; a node not in the set follows consensus without voting.
  Driver(DriverConfig config, crypto::XOnlyPublicKey own_key);
  Driver(const Driver&) = delete;  // the vote keeper points into m_validators
  Driver& operator=(const Driver&) = delete;

  // Starts height `height` with its validator set: L10/L54 StartRound(0).
  void StartHeight(Height height, ValidatorSet validators, std::vector<Effect>* out);

  // InvalidArgument for a proposal not from the round's proposer, of another height, an unknown
  // validator or a round outside the kept window; the input is then ignored.
  [[nodiscard]] Status OnProposal(const Proposal& proposal, bool valid, std::vector<Effect>* out);
  [[nodiscard]] Status OnVote(const Vote& vote, std::vector<Effect>* out);
  // Stale timeouts (other height/round/step) are ignored, as the paper's guards require.
  void OnTimeout(const Timeout& timeout, std::vector<Effect>* out);
  // The host's answer to RequestValue.
  void OnValue(Height height, Round round, const ValueId& value, std::vector<Effect>* out);

  // Whether OnProposal would keep this proposal: of this height, from its round's proposer, in the
  // kept window, and new content in a round that has room. A host checks it before paying for
  // the WAL record and the block's validation.
  bool WouldKeepProposal(const Proposal& proposal);

  const RoundState& state() const { return m_state; }
  const ValidatorSet& validators() const { return m_validators; }
  std::optional<ValidatorIndex> own_index() const { return m_own_index; }
  ValidatorIndex ProposerForRound(Round round);
  // Votes the driver refused because they conflicted with one it already cast (should stay 0).
  uint64_t refused_votes() const { return m_refused_votes; }

 private:
  struct StoredProposal {
    Proposal proposal;
    bool valid = false;
  };

  void StartRound(Round round, std::vector<Effect>* out);
  bool FireOne(std::vector<Effect>* out);
  bool FireDecision(std::vector<Effect>* out);
  bool FireProposalRules(std::vector<Effect>* out);
  bool Fire(const Input& input, std::vector<Effect>* out);
  void Execute(const Transition& t, std::vector<Effect>* out);
  void CastVote(VoteType type, Round round, const std::optional<ValueId>& value, std::vector<Effect>* out);
  void RunRules(std::vector<Effect>* out);
  const std::vector<StoredProposal>* ProposalsOf(Round round) const;

  // Constant after construction.
  const DriverConfig m_config;
  const crypto::XOnlyPublicKey m_own_key;

  // Per height.
  ValidatorSet m_validators;
  std::optional<ValidatorIndex> m_own_index;
  RoundState m_state;
  std::unique_ptr<VoteKeeper> m_keeper;
  std::map<Round, std::vector<StoredProposal>> m_proposals;
  std::set<ValueId> m_proposed_values;  // values of stored proposals: conflicting votes for them count
  std::map<Round, ValidatorIndex> m_proposer_cache;
  std::set<Round> m_polka_any_fired;        // L34 "for the first time"
  std::set<Round> m_polka_current_fired;    // L36 "for the first time"
  std::set<Round> m_precommit_any_fired;    // L47 "for the first time"
  std::set<Round> m_proposal_evidence_sent;
  std::map<std::pair<Round, VoteType>, std::optional<ValueId>> m_cast_votes;
  std::set<Round> m_proposed_rounds;
  uint64_t m_refused_votes = 0;
};

}  // namespace ordo::consensus
