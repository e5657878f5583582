// The engine's intake: frames from peers, checked cheapest first (height and round window,
// proposer, duplicate) before any WAL write or validation; candidate blocks sent ahead; the
// status exchange with its vote-set catch-up; and block sync (docs/architecture.md, section 6).

#include "node/engine_impl.h"

namespace ordo::node {

using namespace ordo::consensus;

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
  // Each proposer has its share of the peers' proposal budget (and at least two full blocks):
  // a Byzantine one proposing round after round uses up its own share, not the next proposer's.
  const uint64_t share = std::max<uint64_t>(opts.wal_peer_bytes_max / tip.state.validators().size(), 2 * block_bytes_max);
  if (wal_proposal_bytes + block.size() > opts.wal_peer_bytes_max ||
      wal_proposal_bytes_by[p.validator] + block.size() > share) {
    log().warn("height {}: peers' proposals in the WAL reached {} bytes ({} by validator {}); proposal of round {} dropped",
               rs.height, wal_proposal_bytes, wal_proposal_bytes_by[p.validator], p.validator, p.round);
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
  if (wal_vote_bytes + payload.size() > opts.wal_peer_bytes_max) return;
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
  const auto now = Now();
  const auto interval = std::chrono::milliseconds(opts.status_interval_ms);
  auto [pit, inserted] = peer_replies.try_emplace(peer);
  if (inserted && peer_replies.size() > peer_heights_max) {
    peer_replies.erase(pit);  // bounded: a peer beyond the bound gets no reply
    return;
  }
  PeerReply& pr = pit->second;
  // Rate limit: a peer that reports no progress is answered at most once per half interval.
  if (!inserted && s.height <= pr.height && now - pr.status_at < interval / status_gap_divisor) return;
  pr.status_at = now;
  const Height current = driver->state().height;
  if (s.height < current && s.height >= 1) {
    pr.height = s.height;
    pr.round = s.round;
    if (s.height == pr.synced_from && now - pr.synced_at < interval * sync_repeat_intervals) return;
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
    if (blocks.empty()) return;
    pr.synced_from = s.height;
    pr.synced_at = now;
    io.transport->Send(peer, MsgType::BlockResponse, EncodeBlockResponse(blocks));
    return;
  }
  if (s.height != current) return;
  // Vote-set catch-up only for a peer that reported the same height and round in its previous
  // status too (it seems stuck): one making progress gets the votes by gossip anyway, and
  // resending whole rounds to every peer on every tick costs O(n³) messages per tick. A stuck
  // peer is sent what it has not been sent at this height, and everything again now and then.
  const bool stuck = !inserted && pr.height == s.height && pr.round == s.round;
  if (pr.height != s.height) {
    pr.sent.clear();
    pr.full_at = {};
  }
  pr.height = s.height;
  pr.round = s.round;
  if (!stuck) return;
  if (now - pr.full_at >= interval * catch_up_full_intervals) {
    pr.sent.clear();
    pr.full_at = now;
  }
  const RoundState& rs = driver->state();
  const std::set<Round> rounds = {s.round, s.round - 1, rs.locked_round, rs.valid_round};
  std::map<Round, size_t> sent;
  for (Round r : rounds) {
    auto it = accepted.find(r);
    if (it == accepted.end()) continue;
    const auto old = pr.sent.find(r);
    for (size_t i = old == pr.sent.end() ? 0 : old->second; i < it->second.size(); ++i) {
      io.transport->Send(peer, static_cast<MsgType>(it->second[i].first), it->second[i].second);
    }
    sent[r] = it->second.size();
  }
  pr.sent = std::move(sent);
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

}  // namespace ordo::node
