#include "node/engine.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <tuple>

#include <spdlog/spdlog.h>

#include "node/block_builder.h"
#include "node/block_store.h"
#include "node/state_view.h"
#include "node/wal_codec.h"
#include "ordo/chain/block_encoding.h"
#include "ordo/consensus/encoding.h"
#include "ordo/consensus/signing.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "ordo/storage/file_system.h"
#include "ordo/storage/key_value_store.h"
#include "ordo/storage/signer_state_file.h"
#include "ordo/storage/wal.h"
#include "ordo/util/side_worker.h"

namespace ordo::node {

using namespace ordo::consensus;

namespace {

constexpr size_t pending_evidence_max = 64;
constexpr size_t included_evidence_max = 1024;
// Evidence older than this many heights is not taken from peers (nor offered again).
constexpr uint64_t evidence_age_heights_max = 100;
constexpr size_t local_inputs_max = 1024;
constexpr size_t accepted_frames_max = 20'000;     // per height, for vote-set catch-up
constexpr size_t accepted_bytes_max = 64 << 20;    // the same, in bytes
constexpr size_t future_frames_max = 4'096;        // messages of the next height held until it starts
constexpr size_t future_bytes_max = 16 << 20;      // the same, in bytes
constexpr size_t verified_votes_max = 4'096;       // vote signatures remembered as checked (a few heights)
// A proposal further ahead than this many rounds is dropped before anything is paid for it; the
// proposer's peers hand it over again by catch-up once this node reaches its round.
constexpr Round proposal_rounds_ahead_max = 2;
// Of the WAL's wal_file_bytes_max, what peers' inputs may take per height: the rest is kept for
// this node's own votes, so no peer can fill the log until it cannot vote.
constexpr uint64_t wal_peer_bytes_max = storage::wal_file_bytes_max / 4;
// A proposer sends its block ahead of the signed proposal when it is at most this big: below it
// the second copy on each link costs less than the validation it takes off the critical path.
constexpr size_t candidate_block_bytes_max = 64 * 1024;
constexpr size_t candidate_blocks_per_height_max = 4;  // validated ahead, per height, whoever sent them
// --unsafe-report-unstored-valid: the old cache's bound.
constexpr size_t unsafe_candidates_max = 16;
constexpr uint64_t unsafe_sign_flush_delay_ms = 20;
// Bytes of committed blocks one BlockResponse carries (at least one block): below a p2p frame.
constexpr size_t sync_response_bytes_max = 6 * 1024 * 1024;

double MsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

}  // namespace

struct Engine::Impl {
  Impl(EngineOptions o, EngineIo i, EngineHooks h)
      : opts(std::move(o)), io(std::move(i)), hooks(std::move(h)), store(*io.kv),
        builder(opts.genesis, *io.pool, verified_votes) {}

  // Constant after Open.
  EngineOptions opts;
  EngineIo io;
  EngineHooks hooks;
  BlockStore store;
  std::optional<crypto::XOnlyPublicKey> pub;
  Observation obs;
  NodeMetrics metrics;
  std::atomic<uint64_t> candidates_validated_ahead{0};
  std::atomic<uint64_t> candidates_not_validated_ahead{0};

  // Engine thread.
  VerifiedSignatures verified_votes{verified_votes_max};
  BlockBuilder builder;
  std::unique_ptr<storage::ConsensusWal> wal;
  std::unique_ptr<storage::SignerStateFile> signer_file;
  std::unique_ptr<storage::File> audit_file;
  uint64_t audit_offset = 0;
  SignerState signer;
  std::unique_ptr<Driver> driver;
  ChainTip tip;
  std::map<ValueId, std::shared_ptr<Prepared>> candidates;
  std::set<Round> candidate_rounds;  // rounds whose candidate block was taken (at most one each)
  std::vector<Evidence> pending_evidence;
  std::deque<Hash32> included_evidence;  // digests of the last pieces committed: gossip of them is not taken again
  // This node's own inputs, fed in order by Drain. Own proposals and votes are written to the WAL
  // (with every input queued ahead of them) and synced before they leave, so they arrive here
  // logged; the own value is logged when fed.
  struct LocalInput {
    WalInput in;
    bool logged = false;
  };
  std::deque<LocalInput> local;
  util::SideWorker side_worker;
  bool replaying = false;
  bool started = false;
  bool stopping = false;
  std::optional<effect::RequestValue> deferred_request;
  struct OwnBuilt {
    Height height = 0;
    Round round = 0;
    std::shared_ptr<Prepared> prepared;
  };
  std::optional<OwnBuilt> own_built;  // the block RequestValue built, until Feed takes it
  std::map<std::tuple<int, Height, Round>, TimerId> timers;
  std::optional<TimerId> next_height_timer;
  std::optional<TimerId> status_timer;
  bool awaiting_block = false;  // decided a value whose block it does not hold: block sync brings it
  EngineFaults faults;
  uint64_t wal_peer_bytes = 0;
  uint64_t stale_timeouts_fed = 0;

  // Timings of the current height.
  std::chrono::steady_clock::time_point height_started;
  std::chrono::steady_clock::time_point proposal_seen;
  std::chrono::steady_clock::time_point step_started;
  std::chrono::steady_clock::time_point round_started;
  std::optional<std::chrono::steady_clock::time_point> decided_at;
  double phase_ms[3] = {0, 0, 0};
  double validate_ms = 0;
  Step current_step = Step::Unstarted;

  // Signed proposals and votes of the current height by round, as p2p frames, for catch-up; and
  // the digests of those frames, so that one echoed back by a peer's catch-up is not taken (and
  // later sent out) again.
  std::map<Round, std::vector<std::pair<uint8_t, Bytes>>> accepted;
  std::set<std::pair<uint8_t, Hash32>> accepted_digests;
  size_t accepted_count = 0;
  size_t accepted_bytes = 0;
  // Next height's messages with their senders, replayed when it starts.
  std::vector<std::tuple<net::PeerId, uint8_t, Bytes>> future;
  size_t future_bytes = 0;
  std::map<net::PeerId, std::pair<Height, Round>> peer_status;  // last status per connected peer

  // Snapshots for the thread-safe queries.
  mutable std::mutex snap_mutex;
  std::shared_ptr<const chain::State> snapshot;  // guarded by snap_mutex
  ConsensusStatus status;                         // guarded by snap_mutex

  spdlog::logger& log() { return *io.log; }
  std::chrono::steady_clock::time_point Now() { return io.clock->Now(); }

  Status Open();
  Status CheckSignerSafety();
  void Start();
  void Stop();
  void StartHeight(Height h);
  void Feed(const WalInput& in, bool log_it, bool sync, bool from_peer);
  void FeedProposal(const WalProposal& p, std::vector<Effect>& effects);
  void FeedValue(const WalValue& val, std::vector<Effect>& effects);
  void Drain();
  void HandleEffects(std::vector<Effect>& effects);
  void RequestValue(const effect::RequestValue& rv);
  std::optional<crypto::SchnorrSignature> Sign(SignStep step, Height h, Round r, const Bytes& sign_bytes,
                                               const std::function<bool(const crypto::SchnorrSignature&)>& log_own);
  Status Flush(const std::optional<SignerState>& next);
  bool LogOwn(const WalInput& own);
  void CastProposal(Proposal p);
  void CastVote(Vote v);
  void Schedule(const effect::ScheduleTimeout& st);
  void CancelTimers();
  void OnTimer(const Timeout& t);
  void Commit(const effect::Decided& d, bool synced);
  void ScheduleNextHeight(Height next);
  void ObserveCommit(const effect::Decided& d, const Prepared& p, bool synced, std::chrono::steady_clock::time_point durable_at);
  void ObserveEvidence(const Evidence& e, uint64_t included_height);
  void AddEvidence(const Evidence& e);
  void PublishSnapshot();
  void Broadcast(MsgType type, const Bytes& payload);
  void Report(const net::PeerId& peer, net::Misbehaviour m, const std::string& why);
  void Remember(uint8_t type, Round round, const Bytes& payload);
  void StatusTick();
  void OnFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload);
  void OnProposalFrame(const net::PeerId& peer, const Bytes& payload);
  void OnVoteFrame(const net::PeerId& peer, const Bytes& payload);
  void Hold(const net::PeerId& peer, uint8_t type, const Bytes& payload, Height h);
  void AddLatePrecommit(const net::PeerId& peer, const Vote& v);
  void OnCandidateBlock(const net::PeerId& peer, CandidateBlockMsg& msg);
  void OnStatus(const net::PeerId& peer, const StatusMsg& s);
  void OnBlocks(const net::PeerId& peer, std::vector<SyncedBlock> blocks);
};

Engine::Engine() = default;
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Open(EngineOptions options, EngineIo io, EngineHooks hooks) {
  ORDO_ASSERT(io.clock && io.kv && io.fs && io.pool && io.log);
  std::unique_ptr<Engine> engine(new Engine());
  engine->m_impl = std::make_unique<Impl>(std::move(options), std::move(io), std::move(hooks));
  if (Status s = engine->m_impl->Open(); !s.ok()) return s;
  return engine;
}

Status Engine::Impl::Open() {
  if (opts.key) pub = opts.key->PublicKey();
  auto w = storage::ConsensusWal::Open(*io.fs, opts.data_dir + "/consensus.wal");
  if (!w.ok()) return w.status();
  wal = std::move(w).value();
  if (wal->truncated_bytes() > 0) {
    log().warn("consensus WAL: cut a torn or corrupted tail of {} bytes; {} intact records kept", wal->truncated_bytes(),
               wal->recovered().size());
  }
  auto loaded = storage::SignerStateFile::Open(*io.fs, opts.data_dir + "/signer_state.bin");
  if (!loaded.ok()) {
    if (loaded.status().IsCorruption()) {
      return Status::Corruption("signer state: " + loaded.status().message() + " (refusing to start)");
    }
    return loaded.status();
  }
  signer_file = std::move(loaded).value();
  if (!signer_file->damaged().empty()) {
    log().warn("signer state: one of its two copies is unusable ({}); using the intact one, rewritten at the next signature",
               signer_file->damaged());
  }
  if (signer_file->state()) signer = *signer_file->state();
  if (opts.sign_audit_log) {
    auto f = io.fs->Open(opts.data_dir + "/signatures.log", storage::OpenMode::Create);
    if (!f.ok()) return Status::IoError("cannot open signatures.log: " + f.status().message());
    audit_file = std::move(f).value();
    auto size = audit_file->Size();
    if (!size.ok()) return size.status();
    audit_offset = size.value();
  }
  bool converted = false;
  auto restored = store.Restore(opts.genesis, &converted);
  if (!restored.ok()) return restored.status();
  tip = std::move(restored).value();
  if (converted) log().info("state: converted to the per-leaf layout ({} accounts)", tip.state.account_count());
  if (tip.state.height() > 0) log().info("restored chain at height {} (block 0x{})", tip.state.height(), ToHex(tip.last_block_hash));
  if (Status s = CheckSignerSafety(); !s.ok()) return s;
  PublishSnapshot();
  return Status::Ok();
}

// A validator whose signer state is behind its own signature in the chain lost its state (a
// restored backup, a copied home): signing again could double-sign, so refuse.
Status Engine::Impl::CheckSignerSafety() {
  if (!pub || !tip.last_commit) return Status::Ok();
  auto index = tip.last_validators.IndexOf(*pub);
  if (!index) return Status::Ok();
  for (const CommitSig& sig : tip.last_commit->signatures) {
    if (sig.validator != *index) continue;
    const auto chain_hrs = std::make_tuple(tip.last_commit->height, tip.last_commit->round, static_cast<int>(SignStep::Precommit));
    const auto own_hrs = std::make_tuple(signer.height, signer.round, static_cast<int>(signer.step));
    if (!signer.signed_any || own_hrs < chain_hrs) {
      return Status::Conflict("signer state is behind this validator's own precommit at height " +
                              std::to_string(tip.last_commit->height) +
                              "; refusing to sign (restore the signer_state.bin that belongs to this database)");
    }
  }
  return Status::Ok();
}

// Replays the WAL: the records of the height being decided are fed again WITHOUT being written
// again — they are durable where they are, and rewriting them (unsynced, in a new epoch, over the
// old bytes) would let a power loss right after this start destroy both copies and with them
// the lock they imply. New records go after them. Records of an earlier height (the crash came
// between a commit and the next height's first record) are left behind by a new epoch.
void Engine::Impl::Start() {
  DriverConfig dc;
  dc.timeouts = opts.timeouts;
  dc.options = opts.driver_options;
  driver = std::make_unique<Driver>(dc, pub.value_or(crypto::XOnlyPublicKey{}));
  started = true;
  const Height height = tip.state.height() + 1;
  std::vector<WalInput> current;
  size_t stale = 0;
  uint64_t current_bytes = 0;
  for (const Bytes& rec : wal->recovered()) {
    auto in = DecodeWalInput(rec);
    if (!in.ok()) {
      log().warn("consensus WAL: skipping an undecodable record: {}", in.status().ToString());
      continue;
    }
    if (WalInputHeight(in.value()) != height) {
      ++stale;
      continue;
    }
    current_bytes += rec.size();
    current.push_back(std::move(in).value());
  }
  const bool rewrite = opts.unsafe.rewrite_wal_unsynced || stale > 0;
  if (rewrite) {
    if (Status s = wal->Reset(); !s.ok()) log().error("consensus WAL reset failed: {}", s.ToString());
  }
  replaying = true;
  StartHeight(height);
  wal_peer_bytes = current_bytes;
  for (const WalInput& in : current) {
    if (const auto* v = std::get_if<WalValue>(&in); v && deferred_request && deferred_request->height == v->height &&
                                                     deferred_request->round == v->round) {
      deferred_request.reset();
    }
    // Only when the log had to start a new epoch (mixed heights, never in normal operation) are
    // the current records written again, and then synced before anything is signed.
    Feed(in, rewrite, false, false);
  }
  if (rewrite && stale > 0 && !current.empty() && !opts.unsafe.rewrite_wal_unsynced) {
    if (Status s = wal->Sync(); !s.ok()) log().error("consensus WAL sync failed: {}", s.ToString());
  }
  replaying = false;
  if (!current.empty()) log().info("consensus WAL: replayed {} inputs of height {}", current.size(), height);
  if (stale > 0) log().info("consensus WAL: skipped {} inputs of earlier heights", stale);
  if (deferred_request) {
    const effect::RequestValue rv = *deferred_request;
    deferred_request.reset();
    RequestValue(rv);
  }
  Drain();
  StatusTick();
}

void Engine::Impl::Stop() {
  stopping = true;
  CancelTimers();
  if (next_height_timer) io.clock->Cancel(*next_height_timer);
  if (status_timer) io.clock->Cancel(*status_timer);
  next_height_timer.reset();
  status_timer.reset();
}

void Engine::Impl::CancelTimers() {
  for (auto& [k, id] : timers) io.clock->Cancel(id);
  timers.clear();
}

void Engine::Impl::StartHeight(Height h) {
  if (stopping) return;
  candidates.clear();
  candidate_rounds.clear();
  own_built.reset();
  CancelTimers();
  awaiting_block = false;
  height_started = Now();
  phase_ms[0] = phase_ms[1] = phase_ms[2] = 0;
  validate_ms = 0;
  decided_at.reset();
  accepted.clear();
  accepted_digests.clear();
  accepted_count = 0;
  accepted_bytes = 0;
  wal_peer_bytes = 0;
  // Evidence not in a block yet goes out again with every height, so a piece whose first gossip
  // was lost still reaches the validator that proposes next.
  std::erase_if(pending_evidence, [h](const Evidence& e) { return EvidenceHeight(e) + evidence_age_heights_max < h; });
  if (!replaying) {
    for (const Evidence& e : pending_evidence) Broadcast(MsgType::Evidence, codec::Encode(e));
  }
  std::vector<Effect> effects;
  driver->StartHeight(h, tip.state.validators(), &effects);
  HandleEffects(effects);
  std::vector<std::tuple<net::PeerId, uint8_t, Bytes>> held;
  held.swap(future);
  future_bytes = 0;
  for (auto& [peer, type, payload] : held) OnFrame(peer, type, payload);
  PublishSnapshot();
}

void Engine::Impl::Feed(const WalInput& in, bool log_it, bool sync, bool from_peer) {
  if (log_it) {
    const Bytes record = EncodeWalInput(in);
    if (Status s = wal->Append(record, sync); !s.ok()) {
      log().error("consensus WAL append failed: {}; input dropped", s.ToString());
      return;
    }
    if (from_peer) wal_peer_bytes += record.size();
    if (sync) metrics.fsyncs++;
  }
  std::vector<Effect> effects;
  if (const auto* p = std::get_if<WalProposal>(&in)) {
    FeedProposal(*p, effects);
  } else if (const auto* v = std::get_if<Vote>(&in)) {
    if (Status s = driver->OnVote(*v, &effects); !s.ok()) {
      log().debug("vote ignored: {}", s.ToString());
    } else {
      Remember(static_cast<uint8_t>(MsgType::Vote), v->round, codec::Encode(*v));
      obs.Vote(*v, MsBetween(round_started, Now()));
    }
  } else if (const auto* t = std::get_if<Timeout>(&in)) {
    if (driver->state().decision) ++stale_timeouts_fed;
    if (!replaying) {
      log().info("timeout {} fired at height {} round {}", TimeoutKindName(t->kind), t->height, t->round);
      obs.Timeout(TimeoutSeen{t->height, t->round, t->kind, io.clock->WallMs()});
    }
    driver->OnTimeout(*t, &effects);
  } else {
    FeedValue(std::get<WalValue>(in), effects);
  }
  HandleEffects(effects);
}

// A proposal's block is validated unless already known at this height (the proposer's own block
// coming back through the local queue, a candidate block, a value re-proposed in a later round),
// and kept exactly when the driver keeps the proposal as valid: the driver never holds a verdict
// about a block this node does not keep.
void Engine::Impl::FeedProposal(const WalProposal& p, std::vector<Effect>& effects) {
  if (proposal_seen < height_started) proposal_seen = Now();
  std::shared_ptr<Prepared> prepared;
  if (auto known = candidates.find(p.proposal.value); known != candidates.end()) {
    prepared = known->second;
  } else {
    const auto validate_start = Now();
    // A value re-proposed in a later round (pol_round set) was built by an earlier proposer.
    const std::optional<ValidatorIndex> signer =
        p.proposal.pol_round == kNilRound ? std::optional<ValidatorIndex>(p.proposal.validator) : std::nullopt;
    auto validated = builder.Validate(tip, p.block, signer, io.clock->WallMs());
    validate_ms += MsBetween(validate_start, Now());
    if (validated.ok() && validated.value()->hash == p.proposal.value) {
      prepared = std::move(validated).value();
    } else {
      log().warn("proposed block rejected: {}",
                 validated.ok() ? std::string("hash differs from the proposal's value") : validated.status().message());
    }
    if (opts.unsafe.report_unstored_valid && prepared && candidates.size() < unsafe_candidates_max) {
      candidates[p.proposal.value] = prepared;
    }
  }
  if (Status s = driver->OnProposal(p.proposal, prepared != nullptr, &effects); !s.ok()) {
    log().debug("proposal ignored: {}", s.ToString());
    return;
  }
  if (prepared && !opts.unsafe.report_unstored_valid) candidates.emplace(p.proposal.value, prepared);
  Remember(static_cast<uint8_t>(MsgType::Proposal), p.proposal.round, EncodeProposalMsg(p.proposal, p.block));
}

void Engine::Impl::FeedValue(const WalValue& val, std::vector<Effect>& effects) {
  std::shared_ptr<Prepared> prepared;
  if (own_built && own_built->height == val.height && own_built->round == val.round) {
    prepared = std::move(own_built->prepared);
  } else {
    auto validated = builder.Validate(tip, val.block, driver->own_index().value_or(0), io.clock->WallMs());
    if (validated.ok()) prepared = std::move(validated).value();
  }
  own_built.reset();
  if (!prepared) {
    log().error("own block at height {} round {} failed validation", val.height, val.round);
    return;
  }
  if (!opts.unsafe.report_unstored_valid || candidates.size() < unsafe_candidates_max) {
    candidates[prepared->hash] = prepared;
  }
  driver->OnValue(val.height, val.round, prepared->hash, &effects);
}

void Engine::Impl::Drain() {
  size_t steps = 0;
  while (!local.empty() && !stopping) {
    if (++steps > local_inputs_max) {
      log().error("more than {} local inputs in one step; deferring the rest", local_inputs_max);
      io.clock->Schedule(0, [this] { Drain(); });
      return;
    }
    LocalInput next = std::move(local.front());
    local.pop_front();
    // Own proposals and votes were logged and synced before they left (Sign). An own value is
    // logged unsynced: the signer state already makes a restarted proposer re-propose that block
    // or nothing, so losing it costs at most this round, and the proposal's sync right after
    // persists it anyway — one flush fewer before the proposal leaves.
    const bool sync = !next.logged && !std::holds_alternative<WalValue>(next.in);
    Feed(next.in, !next.logged, sync, false);
  }
}

void Engine::Impl::HandleEffects(std::vector<Effect>& effects) {
  for (Effect& e : effects) {
    if (auto* rs = std::get_if<effect::RoundStarted>(&e)) {
      log().debug("height {} round {} proposer v{}", rs->height, rs->round, rs->proposer);
      metrics.rounds_total++;
      round_started = Now();
      obs.RoundStarted(rs->height, rs->round, io.clock->WallMs());
    } else if (auto* sc = std::get_if<effect::StepChanged>(&e)) {
      const auto now = Now();
      const int idx = static_cast<int>(current_step) - static_cast<int>(Step::Propose);
      if (idx >= 0 && idx < 3) {
        metrics.step_us[idx] = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(now - step_started).count());
        phase_ms[idx] += MsBetween(step_started, now);
      }
      obs.StepChanged(StepName(sc->step));
      current_step = sc->step;
      step_started = now;
    } else if (auto* rv = std::get_if<effect::RequestValue>(&e)) {
      if (replaying) deferred_request = *rv;
      else RequestValue(*rv);
    } else if (auto* cp = std::get_if<effect::CastProposal>(&e)) {
      CastProposal(cp->proposal);
    } else if (auto* cv = std::get_if<effect::CastVote>(&e)) {
      CastVote(cv->vote);
    } else if (auto* st = std::get_if<effect::ScheduleTimeout>(&e)) {
      Schedule(*st);
    } else if (auto* d = std::get_if<effect::Decided>(&e)) {
      decided_at = Now();
      // The height is decided: its timers change nothing now, and must not fire (and be logged
      // and shown as timeouts) while the block interval runs out.
      CancelTimers();
      Commit(*d, false);
      return;  // the rest belonged to the decided height
    } else if (auto* ev = std::get_if<effect::EvidenceFound>(&e)) {
      log().warn("equivocation by validator {} at height {} round {}", EvidenceOffender(ev->evidence),
                 EvidenceHeight(ev->evidence), EvidenceRound(ev->evidence));
      AddEvidence(ev->evidence);
      // Gossiped, so that whichever honest validator proposes next puts it in a block.
      if (!replaying) Broadcast(MsgType::Evidence, codec::Encode(ev->evidence));
    }
  }
  PublishSnapshot();
}

void Engine::Impl::RequestValue(const effect::RequestValue& rv) {
  auto prepared = builder.Build(tip, driver->own_index().value_or(0), io.clock->WallMs(), pending_evidence);
  local.push_back(LocalInput{WalValue{rv.height, rv.round, codec::Encode(prepared->block)}});
  // Built and executed just now against the committed state: Feed takes it as it is instead of
  // decoding, verifying and executing it a second time. (A WAL replay validates it in full.)
  own_built = OwnBuilt{rv.height, rv.round, std::move(prepared)};
}

// Makes the WAL's records and, when signing anew, the guard's next state durable: the two
// flushes are of different files and run at once when parallel_flush.
Status Engine::Impl::Flush(const std::optional<SignerState>& next) {
  const std::function<Status()> sync_wal = [this] { return wal->Sync(); };
  if (!next) {
    metrics.fsyncs++;
    return sync_wal();
  }
  const SignerState state = *next;
  const std::function<Status()> save = [this, state] { return signer_file->Save(state); };
  metrics.fsyncs += 2;
  if (opts.parallel_flush) return side_worker.RunBoth(save, sync_wal);
  if (Status s = save(); !s.ok()) return s;
  return sync_wal();
}

// Signs when the double-sign guard allows, and returns the signature only once the guard's new
// state and the WAL record of the signed message (log_own writes it, with the inputs queued ahead
// of it, unsynced) are both durable: a restarted node then knows what it signed and has seen
// everything it had acted on.
std::optional<crypto::SchnorrSignature> Engine::Impl::Sign(SignStep step, Height h, Round r, const Bytes& sign_bytes,
                                                           const std::function<bool(const crypto::SchnorrSignature&)>& log_own) {
  if (!opts.key) return std::nullopt;
  const Hash32 digest = crypto::Sha256(sign_bytes);
  const SignDecision decision = CheckSign(signer, h, r, step, digest);
  if (decision == SignDecision::Refuse) {
    // While the WAL replays, the driver casts again what it had cast; the guard remembers only the
    // last step, and the earlier votes are in the log already. A restarted proposer that lost its
    // unsynced value builds another block and is refused its proposal (by design). Any other
    // refused vote means the host lost track of what it signed.
    if (replaying) {
      log().debug("replay: height {} round {} step {} was signed before", h, r, static_cast<int>(step));
      return std::nullopt;
    }
    if (step != SignStep::Proposal) faults.refused_signatures++;
    log().warn("double-sign guard refused to sign height {} round {} step {}", h, r, static_cast<int>(step));
    return std::nullopt;
  }
  // Deterministic aux: re-signing the same bytes after a restart yields the same signature. Not
  // released before the flushes below.
  const crypto::SchnorrSignature sig = crypto::SchnorrSign(*opts.key, sign_bytes, crypto::TaggedHash("ordo/sign-aux", sign_bytes));
  if (!log_own(sig)) return std::nullopt;
  std::optional<SignerState> next;
  if (decision == SignDecision::Sign) next = RecordSign(h, r, step, digest);
  if (opts.unsafe.sign_before_sync) {
    if (next) signer = *next;
    io.clock->Schedule(unsafe_sign_flush_delay_ms, [this, next] {
      if (stopping) return;
      if (Status s = Flush(next); !s.ok()) log().error("late flush failed: {}", s.ToString());
    });
    return sig;
  }
  if (Status s = Flush(next); !s.ok()) {
    log().error("cannot persist the signer state or the consensus WAL ({}); not signing", s.ToString());
    return std::nullopt;
  }
  if (next) signer = *next;
  if (audit_file) {
    const std::string line = std::to_string(h) + " " + std::to_string(r) + " " + std::to_string(static_cast<int>(step)) +
                             " " + ToHex(digest) + "\n";
    Status s = audit_file->Write(audit_offset, AsBytes(line));
    if (s.ok()) s = audit_file->Sync();
    if (!s.ok()) {
      log().error("signatures.log write failed ({}); not signing", s.ToString());
      return std::nullopt;
    }
    audit_offset += line.size();
  }
  return sig;
}

// Appends, unsynced, the local inputs still waiting to be logged and then `own`, so the WAL keeps
// the order in which Drain feeds them. False (and logged) when the WAL refuses a record.
bool Engine::Impl::LogOwn(const WalInput& own) {
  for (LocalInput& queued : local) {
    if (queued.logged) continue;
    if (Status s = wal->Append(EncodeWalInput(queued.in), false); !s.ok()) {
      log().error("consensus WAL append failed: {}; not signing", s.ToString());
      return false;
    }
    queued.logged = true;
  }
  if (Status s = wal->Append(EncodeWalInput(own), false); !s.ok()) {
    log().error("consensus WAL append failed: {}; not signing", s.ToString());
    return false;
  }
  return true;
}

void Engine::Impl::CastProposal(Proposal p) {
  auto it = candidates.find(p.value);
  if (it == candidates.end()) {
    log().error("no block for own proposal at height {} round {}", p.height, p.round);
    return;
  }
  const Bytes sb = consensus::ProposalSignBytes(opts.genesis.chain_id, p);
  WalProposal own{p, codec::Encode(it->second->block)};
  // A new block goes out now, so that validators validate it while this node flushes before
  // signing; the proposal then finds it validated. A re-proposed value they already hold.
  if (p.pol_round == kNilRound && own.block.size() <= candidate_block_bytes_max && !replaying) {
    Broadcast(MsgType::CandidateBlock, EncodeCandidateBlockMsg({p.height, p.round, own.block}));
  }
  auto sig = Sign(SignStep::Proposal, p.height, p.round, sb, [&](const crypto::SchnorrSignature& signature) {
    own.proposal.signature = signature;
    return LogOwn(own);
  });
  if (!sig) return;
  Broadcast(MsgType::Proposal, EncodeProposalMsg(own.proposal, own.block));
  local.push_back(LocalInput{std::move(own), true});
}

void Engine::Impl::CastVote(Vote v) {
  const Bytes sb = consensus::VoteSignBytes(opts.genesis.chain_id, v);
  auto sig = Sign(v.type == VoteType::Prevote ? SignStep::Prevote : SignStep::Precommit, v.height, v.round, sb,
                  [&](const crypto::SchnorrSignature& signature) {
                    v.signature = signature;
                    return LogOwn(v);
                  });
  if (!sig) return;
  RememberVote(opts.genesis.chain_id, tip.state.validators(), v, verified_votes);
  Broadcast(MsgType::Vote, codec::Encode(v));
  local.push_back(LocalInput{v, true});
}

void Engine::Impl::Schedule(const effect::ScheduleTimeout& st) {
  const Timeout t = st.timeout;
  const auto key = std::make_tuple(static_cast<int>(t.kind), t.height, t.round);
  if (auto old = timers.find(key); old != timers.end()) io.clock->Cancel(old->second);
  timers[key] = io.clock->Schedule(st.duration_ms, [this, t, key] {
    timers.erase(key);
    OnTimer(t);
  });
}

void Engine::Impl::OnTimer(const Timeout& t) {
  if (stopping || !driver || t.height != driver->state().height || driver->state().decision) return;
  Feed(t, true, false, false);
  Drain();
}

void Engine::Impl::Commit(const effect::Decided& d, bool synced) {
  auto it = candidates.find(d.value);
  if (it == candidates.end()) {
    // Cannot happen while the driver only ever hears "valid" about a kept block; if it does, the
    // block comes by block sync from a peer that has it.
    faults.decided_unheld++;
    awaiting_block = true;
    log().critical("decided block 0x{} at height {} is not held here; waiting for block sync", ToHex(d.value).substr(0, 16),
                   d.height);
    return;
  }
  const std::shared_ptr<Prepared> kept = it->second;  // candidates.clear() must not free it
  const Prepared& p = *kept;
  const ValidatorSet deciding = tip.state.validators();
  CommittedBlock c{&p.block, p.hash, &p.exec, p.post.get(), &deciding, d.certificate, d.round};
  if (Status s = store.Commit(c); !s.ok()) {
    // Without the block on disk the node cannot go on safely; stop making progress loudly.
    log().critical("cannot persist block {}: {}; consensus halted", d.height, s.ToString());
    faults.halted++;
    stopping = true;
    return;
  }
  const auto durable_at = Now();
  metrics.fsyncs++;
  const uint64_t previous_time = tip.last_block_time_ms;
  tip.state = *p.post;
  tip.last_block_hash = p.hash;
  tip.last_block_time_ms = p.block.header.time_ms;
  tip.last_commit = d.certificate;
  tip.last_validators = deciding;
  std::erase_if(pending_evidence, [&](const Evidence& e) {
    return std::find(p.block.evidence.begin(), p.block.evidence.end(), e) != p.block.evidence.end();
  });
  for (const Evidence& e : p.block.evidence) {
    included_evidence.push_back(crypto::Sha256(codec::Encode(e)));
    if (included_evidence.size() > included_evidence_max) included_evidence.pop_front();
  }
  if (Status s = wal->Reset(); !s.ok()) log().error("consensus WAL reset failed: {}", s.ToString());
  {
    std::vector<Address> changed;
    changed.reserve(p.exec.changes.size());
    for (const auto& [addr, acc] : p.exec.changes) changed.push_back(addr);
    io.pool->RecheckChanged(StateView(tip.state), tip.state.base_fee(), Now(), changed);
  }
  metrics.blocks_committed++;
  metrics.txs_committed += p.exec.txs.size();
  metrics.last_block_interval_ms = tip.last_block_time_ms - previous_time;
  const double round_ms = MsBetween(height_started, Now());
  {
    std::lock_guard lock(snap_mutex);
    status.last_round_ms = round_ms;
  }
  size_t bucket = 0;
  while (bucket < height_duration_bucket_count && round_ms > height_duration_buckets_ms[bucket]) ++bucket;
  metrics.height_buckets[bucket]++;
  metrics.height_duration_sum_us += static_cast<uint64_t>(round_ms * 1000.0);
  ObserveCommit(d, p, synced, durable_at);
  log().info("committed height {} round {} with {} txs, block 0x{}", d.height, d.round, p.exec.txs.size(),
             ToHex(p.hash).substr(0, 16));
  candidates.clear();
  awaiting_block = false;
  PublishSnapshot();
  if (hooks.committed) hooks.committed(p.block, p.hash, p.exec.gas_used, p.exec.base_fee);
  // After a block fetched by sync, OnBlocks starts the next height once it has applied the rest.
  if (!synced) ScheduleNextHeight(d.height + 1);
}

// Keeps the configured block interval from one height's start to the next.
void Engine::Impl::ScheduleNextHeight(Height next) {
  const auto interval = std::chrono::milliseconds(opts.genesis.params.block_interval_ms);
  const auto elapsed = Now() - height_started;
  const auto delay = elapsed >= interval ? std::chrono::steady_clock::duration::zero() : interval - elapsed;
  if (next_height_timer) io.clock->Cancel(*next_height_timer);
  next_height_timer = io.clock->Schedule(
      static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(delay).count()), [this, next] {
        next_height_timer.reset();
        if (stopping || tip.state.height() + 1 != next || driver->state().height == next) return;
        StartHeight(next);
        Drain();
      });
}

void Engine::Impl::AddEvidence(const Evidence& e) {
  if (pending_evidence.size() < pending_evidence_max &&
      std::find(pending_evidence.begin(), pending_evidence.end(), e) == pending_evidence.end()) {
    pending_evidence.push_back(e);
  }
  ObserveEvidence(e, 0);
}

void Engine::Impl::ObserveEvidence(const Evidence& e, uint64_t included_height) {
  if (obs.Evidence(e, io.clock->WallMs(), included_height) && hooks.evidence) hooks.evidence(e);
}

void Engine::Impl::ObserveCommit(const effect::Decided& d, const Prepared& p, bool synced,
                                 std::chrono::steady_clock::time_point durable_at) {
  const auto now = Now();
  HeightTiming t;
  t.height = d.height;
  t.rounds = d.round + 1;
  t.synced = synced || !decided_at;
  if (!t.synced) {
    t.propose_ms = phase_ms[0];
    t.prevote_ms = phase_ms[1];
    t.precommit_ms = phase_ms[2];
    t.commit_ms = MsBetween(*decided_at, durable_at);
    t.total_ms = MsBetween(height_started, now);
    t.validate_ms = validate_ms;
    if (proposal_seen >= height_started) {
      t.proposal_to_decision_ms = MsBetween(proposal_seen, *decided_at);
      t.proposal_to_commit_ms = MsBetween(proposal_seen, durable_at);
    }
  }
  t.txs = p.exec.txs.size();
  t.time_ms = p.block.header.time_ms;
  for (const Evidence& e : p.block.evidence) ObserveEvidence(e, d.height);
  std::optional<int64_t> offset;
  const uint64_t wall = io.clock->WallMs();
  if (!synced && pub && p.block.header.proposer != *pub) {
    offset = static_cast<int64_t>(wall) - static_cast<int64_t>(p.block.header.time_ms);
  }
  obs.Commit(t, p.block.last_commit, tip.last_validators.size(), wall, offset);
}

void Engine::Impl::PublishSnapshot() {
  std::lock_guard lock(snap_mutex);
  if (!snapshot || snapshot->height() != tip.state.height()) snapshot = std::make_shared<const chain::State>(tip.state);
  if (driver) {
    const RoundState& rs = driver->state();
    status.height = rs.height;
    status.round = rs.round < 0 ? 0 : rs.round;
    status.step = StepName(rs.step);
    status.is_validator = driver->own_index().has_value();
  }
  status.last_committed = tip.state.height();
  status.last_block_time_ms = tip.last_block_time_ms;
  status.signer_last_height = signer.height;
}

// ---------------------------------------------------------------------------------------------
// Frames.

void Engine::Impl::Broadcast(MsgType type, const Bytes& payload) {
  if (io.transport) io.transport->Broadcast(type, payload);
}

void Engine::Impl::Report(const net::PeerId& peer, net::Misbehaviour m, const std::string& why) {
  if (io.transport && !peer.empty()) io.transport->Report(peer, m, why);
}

void Engine::Impl::Remember(uint8_t type, Round round, const Bytes& payload) {
  if (accepted_count >= accepted_frames_max || accepted_bytes + payload.size() > accepted_bytes_max) return;
  // The driver accepts a duplicate without complaint; remembering it too would make every
  // catch-up exchange between two peers at one height resend more than the last.
  if (!accepted_digests.emplace(type, crypto::Sha256(payload)).second) return;
  accepted[round].emplace_back(type, payload);
  ++accepted_count;
  accepted_bytes += payload.size();
}

void Engine::Impl::StatusTick() {
  if (stopping) return;
  if (driver) {
    const RoundState& rs = driver->state();
    Broadcast(MsgType::Status, EncodeStatusMsg(StatusMsg{rs.height, std::max(rs.round, 0)}));
  }
  status_timer = io.clock->Schedule(opts.status_interval_ms, [this] {
    status_timer.reset();
    StatusTick();
  });
}

void Engine::Impl::Hold(const net::PeerId& peer, uint8_t type, const Bytes& payload, Height h) {
  const Height current = driver->state().height;
  if (h != current + 1 || future.size() >= future_frames_max || future_bytes + payload.size() > future_bytes_max) return;
  future.emplace_back(peer, type, payload);
  future_bytes += payload.size();
}

void Engine::Impl::OnFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload) {
  if (stopping || !driver) return;
  switch (static_cast<MsgType>(type)) {
    case MsgType::Proposal:
    case MsgType::Vote:
    case MsgType::Evidence:
    case MsgType::CandidateBlock:
      // Not from a validator's node.
      if (opts.validator_only && !peer.empty() && !opts.validator_peers.contains(peer)) return;
      break;
    case MsgType::Status:
    case MsgType::BlockResponse:
      break;
    case MsgType::Tx:
    case MsgType::Txs:
    case MsgType::TxsTo:
      return;  // transaction gossip, handled beside the engine
    default:
      return Report(peer, net::Misbehaviour::UndecodableFrame, "unknown message type " + std::to_string(type));
  }
  const Height current = driver->state().height;
  const bool decided = driver->state().decision.has_value();
  switch (static_cast<MsgType>(type)) {
    case MsgType::Proposal:
      OnProposalFrame(peer, payload);
      break;
    case MsgType::Vote:
      OnVoteFrame(peer, payload);
      break;
    case MsgType::CandidateBlock: {
      auto msg = DecodeCandidateBlockMsg(payload);
      if (!msg.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, msg.status().message());
      if (msg->height != current) return Hold(peer, type, payload, msg->height);
      if (decided) return;
      return OnCandidateBlock(peer, *msg);
    }
    case MsgType::Evidence: {
      auto e = codec::Decode<Evidence>(payload);
      if (!e.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, e.status().message());
      if (EvidenceHeight(*e) > current || EvidenceHeight(*e) + evidence_age_heights_max < current) return;
      if (std::find(pending_evidence.begin(), pending_evidence.end(), *e) != pending_evidence.end()) return;
      if (std::find(included_evidence.begin(), included_evidence.end(), crypto::Sha256(payload)) != included_evidence.end()) return;
      if (!VerifyEvidence(opts.genesis.chain_id, tip.state.validators(), *e).ok()) {
        return Report(peer, net::Misbehaviour::InvalidMessage, "evidence");
      }
      AddEvidence(*e);
      return;
    }
    case MsgType::Status: {
      auto st = DecodeStatusMsg(payload);
      if (!st.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, st.status().message());
      return OnStatus(peer, *st);
    }
    case MsgType::BlockResponse: {
      auto blocks = DecodeBlockResponse(payload);
      if (!blocks.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, blocks.status().message());
      OnBlocks(peer, std::move(blocks).value());
      break;  // a new height may have started: drain its own inputs
    }
    case MsgType::Tx:
    case MsgType::Txs:
    case MsgType::TxsTo:
      return;
  }
  Drain();
}

// Cheap checks first (height, round window, proposer, duplicate, size), then the signature, then
// that the block bytes are the signed value (a relay cannot pair a signed proposal with other
// bytes), and only then the WAL record, the validation and the driver.
void Engine::Impl::OnProposalFrame(const net::PeerId& peer, const Bytes& payload) {
  auto msg = DecodeProposalMsg(payload);
  if (!msg.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, msg.status().message());
  const Proposal& p = msg->first;
  const Bytes& block = msg->second;
  const RoundState& rs = driver->state();
  if (p.height != rs.height) return Hold(peer, static_cast<uint8_t>(MsgType::Proposal), payload, p.height);
  if (rs.decision || accepted_digests.contains({static_cast<uint8_t>(MsgType::Proposal), crypto::Sha256(payload)})) return;
  if (!opts.unsafe.report_unstored_valid) {
    if (p.round > std::max(rs.round, 0) + proposal_rounds_ahead_max) return;
    if (!driver->WouldKeepProposal(p)) return;  // another's round, out of the window, or a duplicate
  }
  if (block.size() > block_bytes_max) return Report(peer, net::Misbehaviour::InvalidMessage, "proposed block over block_bytes_max");
  if (!VerifyProposal(opts.genesis.chain_id, tip.state.validators(), p)) {
    return Report(peer, net::Misbehaviour::InvalidSignature, "proposal signature");
  }
  {
    codec::Reader r(block);
    chain::BlockHeader header;
    if (!chain::Get(r, &header).ok() || chain::BlockHash(header) != p.value) {
      return Report(peer, net::Misbehaviour::InvalidMessage, "proposal's block is not its signed value");
    }
  }
  if (wal_peer_bytes + block.size() > wal_peer_bytes_max) {
    log().warn("height {}: peers' WAL records reached {} bytes; proposal of round {} dropped", rs.height, wal_peer_bytes, p.round);
    return;
  }
  Feed(WalProposal{p, block}, true, false, true);
}

void Engine::Impl::OnVoteFrame(const net::PeerId& peer, const Bytes& payload) {
  auto v = codec::Decode<Vote>(payload);
  if (!v.ok()) return Report(peer, net::Misbehaviour::UndecodableFrame, v.status().message());
  if (tip.last_commit && v->height == tip.last_commit->height) return AddLatePrecommit(peer, *v);
  const RoundState& rs = driver->state();
  if (v->height != rs.height) return Hold(peer, static_cast<uint8_t>(MsgType::Vote), payload, v->height);
  if (rs.decision || accepted_digests.contains({static_cast<uint8_t>(MsgType::Vote), crypto::Sha256(payload)})) return;
  if (v->round < 0 || v->round > std::max(rs.round, 0) + vote_rounds_ahead_max) return;
  if (!tip.state.validators().Contains(v->validator)) return Report(peer, net::Misbehaviour::InvalidMessage, "vote by no validator");
  if (wal_peer_bytes + payload.size() > wal_peer_bytes_max) return;
  if (!VerifyVote(opts.genesis.chain_id, tip.state.validators(), *v, &verified_votes)) {
    return Report(peer, net::Misbehaviour::InvalidSignature, "vote signature");
  }
  Feed(*v, true, false, true);
}

// A precommit for the block just committed that arrived after the decision (a slower
// validator's) joins last_commit, which the next proposer puts in its block: the chain then records
// every validator that signed in time for the next block, not only the fastest two thirds. It is
// checked against the set that decided that block.
void Engine::Impl::AddLatePrecommit(const net::PeerId& peer, const Vote& v) {
  CommitCertificate& lc = *tip.last_commit;
  if (v.type != VoteType::Precommit || v.round != lc.round || !v.value || *v.value != lc.value) return;
  auto& sigs = lc.signatures;
  auto it = std::lower_bound(sigs.begin(), sigs.end(), v.validator,
                             [](const CommitSig& s, ValidatorIndex i) { return s.validator < i; });
  if (it != sigs.end() && it->validator == v.validator) return;
  if (!VerifyVote(opts.genesis.chain_id, tip.last_validators, v, &verified_votes)) {
    return Report(peer, net::Misbehaviour::InvalidSignature, "late precommit signature");
  }
  sigs.insert(it, CommitSig{v.validator, v.signature});
}

// A block the round's proposer sent ahead of its proposal: validated now and kept among the
// height's candidates, so the proposal that names it needs no validation when it arrives. Only
// for this round or the next, from the proposer's own node when genesis names it, once per
// round and a few times per height, at most 64 KiB and with few transactions this node has not
// verified yet; anything else is ignored (the proposal still carries the block, so nothing
// depends on this). So a stranger's forged candidates cost this node little.
void Engine::Impl::OnCandidateBlock(const net::PeerId& peer, CandidateBlockMsg& msg) {
  const Round round = driver->state().round;
  if (msg.round < round || msg.round > round + 1 || msg.block.size() > candidate_block_bytes_max) return;
  const ValidatorIndex proposer = tip.state.validators().ProposerForRound(msg.round);
  if (driver->own_index() == proposer) return;
  const auto node_peer = opts.validator_node_peers.find(tip.state.validators().at(proposer).public_key);
  if (node_peer != opts.validator_node_peers.end() && node_peer->second != peer) return;
  if (candidate_rounds.size() >= candidate_blocks_per_height_max || !candidate_rounds.insert(msg.round).second) return;
  const auto start = Now();
  // The height's timings run from when this node first had the proposed block, as they would if
  // the block had come with its proposal.
  if (proposal_seen < height_started) proposal_seen = start;
  auto validated = builder.Validate(tip, msg.block, proposer, io.clock->WallMs(), candidate_unknown_txs_max);
  validate_ms += MsBetween(start, Now());
  if (!validated.ok()) {
    if (validated.status().code() == Status::Code::Unavailable) {
      candidates_not_validated_ahead.fetch_add(1, std::memory_order_relaxed);
      log().debug("candidate block: {}; not validated ahead", validated.status().message());
    }
    return;
  }
  candidates.emplace(validated.value()->hash, std::move(validated).value());
  candidates_validated_ahead.fetch_add(1, std::memory_order_relaxed);
}

// A peer behind us gets the blocks it lacks, within sync_response_bytes_max; a peer at our height
// that seems stuck gets the votes and proposals of its round, the round before, and the rounds of
// our lock and valid value (vote-set catch-up).
void Engine::Impl::OnStatus(const net::PeerId& peer, const StatusMsg& s) {
  if (!io.transport || peer.empty()) return;
  obs.PeerHeight(peer, s.height > 0 ? s.height - 1 : 0);
  const Height current = driver->state().height;
  if (s.height < current && s.height >= 1) {
    std::vector<SyncedBlock> blocks;
    size_t bytes = 0;
    for (Height h = s.height; h <= tip.state.height() && blocks.size() < sync_blocks_per_message_max; ++h) {
      auto block = store.EncodedBlock(h);
      auto cert = store.Certificate(h);
      if (!block || !cert) break;
      if (!blocks.empty() && bytes + block->size() > sync_response_bytes_max) break;
      bytes += block->size();
      blocks.push_back(SyncedBlock{std::move(*block), std::move(*cert)});
    }
    if (!blocks.empty()) io.transport->Send(peer, MsgType::BlockResponse, EncodeBlockResponse(blocks));
    return;
  }
  if (s.height != current) return;
  // Vote-set catch-up only for a peer that reported the same height and round in its previous
  // status too (it seems stuck): one making progress gets the votes by gossip anyway, and
  // resending whole rounds to every peer on every tick costs O(n³) messages per tick.
  bool stuck = false;
  {
    auto [it, inserted] = peer_status.try_emplace(peer, s.height, s.round);
    if (!inserted) {
      stuck = it->second == std::make_pair(s.height, s.round);
      it->second = {s.height, s.round};
    } else if (peer_status.size() > peer_heights_max) {
      peer_status.erase(it);  // bounded; an untracked peer gets catch-up every time
      stuck = true;
    }
  }
  if (!stuck) return;
  const RoundState& rs = driver->state();
  const std::set<Round> rounds = {s.round, s.round - 1, rs.locked_round, rs.valid_round};
  for (Round r : rounds) {
    auto it = accepted.find(r);
    if (it == accepted.end()) continue;
    for (const auto& [type, payload] : it->second) io.transport->Send(peer, static_cast<MsgType>(type), payload);
  }
}

// Block sync: apply committed blocks in order, each proven by a commit certificate of the
// validator set of its height; then rejoin consensus at the next height and ask the same peer for
// what follows at once, rather than at the next status tick.
void Engine::Impl::OnBlocks(const net::PeerId& peer, std::vector<SyncedBlock> blocks) {
  if (driver->state().height != tip.state.height() + 1) return;
  if (driver->state().decision && !awaiting_block) return;  // decided here; commit pending
  size_t applied = 0;
  for (SyncedBlock& sb : blocks) {
    const Height next = tip.state.height() + 1;
    if (sb.certificate.height != next) continue;
    if (Status s = VerifyCommitCertificate(opts.genesis.chain_id, tip.state.validators(), next, sb.certificate, &verified_votes);
        !s.ok()) {
      Report(peer, net::Misbehaviour::InvalidMessage, "synced block certificate: " + s.message());
      break;
    }
    // Decided in the certificate's round, perhaps built in an earlier one by another proposer.
    auto prepared = builder.Validate(tip, sb.block, std::nullopt, io.clock->WallMs());
    if (!prepared.ok() || prepared.value()->hash != sb.certificate.value) {
      Report(peer, net::Misbehaviour::InvalidMessage,
             "synced block invalid: " + (prepared.ok() ? std::string("not the certified value") : prepared.status().message()));
      break;
    }
    candidates[prepared.value()->hash] = prepared.value();
    log().info("block sync: height {} from peer {}", next, peer.substr(0, 12));
    Commit(effect::Decided{next, sb.certificate.round, prepared.value()->hash, sb.certificate}, true);
    if (stopping) return;
    ++applied;
  }
  if (applied == 0) return;
  StartHeight(tip.state.height() + 1);
  if (io.transport && !peer.empty()) {
    const RoundState& rs = driver->state();
    io.transport->Send(peer, MsgType::Status, EncodeStatusMsg(StatusMsg{rs.height, std::max(rs.round, 0)}));
  }
}

// ---------------------------------------------------------------------------------------------
// Engine's public face.

void Engine::SetTransport(EngineTransport* transport) { m_impl->io.transport = transport; }
void Engine::Start() { m_impl->Start(); }
void Engine::Stop() { m_impl->Stop(); }
void Engine::OnFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload) { m_impl->OnFrame(peer, type, payload); }
void Engine::OnPeerDisconnected(const net::PeerId& peer) {
  m_impl->peer_status.erase(peer);
  m_impl->obs.PeerGone(peer);
}

std::shared_ptr<const chain::State> Engine::Snapshot() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->snapshot;
}

ConsensusStatus Engine::Consensus() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->status;
}

Observation& Engine::observation() { return m_impl->obs; }
const Observation& Engine::observation() const { return m_impl->obs; }
const NodeMetrics& Engine::metrics() const { return m_impl->metrics; }
const BlockStore& Engine::blocks() const { return m_impl->store; }
uint64_t Engine::candidates_validated_ahead() const { return m_impl->candidates_validated_ahead.load(); }
uint64_t Engine::candidates_not_validated_ahead() const { return m_impl->candidates_not_validated_ahead.load(); }
uint64_t Engine::vote_signatures_reused() const { return m_impl->verified_votes.hits(); }
const RoundState& Engine::round_state() const { return m_impl->driver->state(); }
std::optional<ValidatorIndex> Engine::own_index() const { return m_impl->driver->own_index(); }
uint64_t Engine::committed_height() const { return m_impl->tip.state.height(); }
const EngineFaults& Engine::faults() const { return m_impl->faults; }
size_t Engine::candidate_count() const { return m_impl->candidates.size(); }
uint64_t Engine::wal_peer_bytes() const { return m_impl->wal_peer_bytes; }
uint64_t Engine::stale_timeouts_fed() const { return m_impl->stale_timeouts_fed; }

}  // namespace ordo::node
