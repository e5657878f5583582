#include "node/engine_impl.h"

namespace ordo::node {

using namespace ordo::consensus;

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
    CountWalBytes(in.value(), rec.size());  // own records too: a bound, not a tally
    current.push_back(std::move(in).value());
  }
  const bool rewrite = opts.unsafe.rewrite_wal_unsynced || stale > 0;
  if (rewrite) {
    if (Status s = wal->Reset(); !s.ok()) log().error("consensus WAL reset failed: {}", s.ToString());
  }
  replaying = true;
  StartHeight(height);
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
  wal_proposal_bytes = 0;
  wal_proposal_bytes_by.clear();
  wal_vote_bytes = 0;
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

void Engine::Impl::CountWalBytes(const WalInput& in, uint64_t bytes) {
  if (const auto* p = std::get_if<WalProposal>(&in)) {
    wal_proposal_bytes += bytes;
    wal_proposal_bytes_by[p->proposal.validator] += bytes;
  } else if (std::holds_alternative<Vote>(in)) {
    wal_vote_bytes += bytes;
  }
}

void Engine::Impl::Feed(const WalInput& in, bool log_it, bool sync, bool from_peer) {
  if (log_it) {
    const Bytes record = EncodeWalInput(in);
    if (Status s = wal->Append(record, sync); !s.ok()) {
      log().error("consensus WAL append failed: {}; input dropped", s.ToString());
      return;
    }
    if (from_peer) CountWalBytes(in, record.size());
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
  // The WAL first: once the signer state names a step, the WAL must hold the input that signed
  // it, or after a power loss between the two the host would not know what it signed and the
  // guard would refuse the step's vote (safe, but a vote lost). Run in parallel, the two syncs
  // can leave exactly that; the sequential order never does.
  if (Status s = sync_wal(); !s.ok()) return s;
  return save();
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


// ---------------------------------------------------------------------------------------------
// Engine's public face.

void Engine::SetTransport(EngineTransport* transport) { m_impl->io.transport = transport; }
void Engine::Start() { m_impl->Start(); }
void Engine::Stop() { m_impl->Stop(); }
void Engine::OnFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload) { m_impl->OnFrame(peer, type, payload); }
void Engine::OnPeerDisconnected(const net::PeerId& peer) {
  m_impl->peer_replies.erase(peer);
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
uint64_t Engine::wal_peer_bytes() const { return m_impl->wal_proposal_bytes + m_impl->wal_vote_bytes; }
uint64_t Engine::stale_timeouts_fed() const { return m_impl->stale_timeouts_fed; }

}  // namespace ordo::node
