#pragma once

// Internal to the engine: the state Engine::Impl holds and the limits it applies, shared by
// engine.cpp (heights, driver effects, signing, commit) and engine_intake.cpp (frames from peers,
// catch-up, block sync). Nothing outside core/node/engine*.cpp includes this.

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

inline constexpr size_t pending_evidence_max = 64;
inline constexpr size_t included_evidence_max = 1024;
// Evidence older than this many heights is not taken from peers (nor offered again).
inline constexpr uint64_t evidence_age_heights_max = 100;
inline constexpr size_t local_inputs_max = 1024;
inline constexpr size_t accepted_frames_max = 20'000;     // per height, for vote-set catch-up
inline constexpr size_t accepted_bytes_max = 64 << 20;    // the same, in bytes
inline constexpr size_t future_frames_max = 4'096;        // messages of the next height held until it starts
inline constexpr size_t future_bytes_max = 16 << 20;      // the same, in bytes
inline constexpr size_t verified_votes_max = 4'096;       // vote signatures remembered as checked (a few heights)
// A proposal further ahead than this many rounds is dropped before anything is paid for it; the
// proposer's peers hand it over again by catch-up once this node reaches its round.
inline constexpr consensus::Round proposal_rounds_ahead_max = 2;
// Peers' proposals and peers' votes may each take EngineOptions::wal_peer_bytes_max of the WAL at
// one height; by default that leaves a quarter of it for this node's own records.
static_assert(2 * wal_peer_bytes_default + storage::wal_record_bytes_max <= storage::wal_file_bytes_max * 3 / 4);
// A proposer sends its block ahead of the signed proposal when it is at most this big: below it
// the second copy on each link costs less than the validation it takes off the critical path.
inline constexpr size_t candidate_block_bytes_max = 64 * 1024;
inline constexpr size_t candidate_blocks_per_height_max = 4;  // validated ahead, per height, whoever sent them
// --unsafe-report-unstored-valid: the old cache's bound.
inline constexpr size_t unsafe_candidates_max = 16;
inline constexpr uint64_t unsafe_sign_flush_delay_ms = 20;
// Bytes of committed blocks one BlockResponse carries (at least one block): below a p2p frame.
inline constexpr size_t sync_response_bytes_max = 6 * 1024 * 1024;
// A peer's Status is acted on at most once per this share of the status interval, unless it
// reports a greater height than before (block sync asks again at once after each response).
inline constexpr uint64_t status_gap_divisor = 2;
// The same block-sync request (same first height) is answered again only after this many status
// intervals: the first answer may still be on its way.
inline constexpr uint64_t sync_repeat_intervals = 4;
// A stuck peer is sent the frames of its rounds it has not been sent yet; every this many status
// intervals it is sent all of them again, in case some were lost.
inline constexpr uint64_t catch_up_full_intervals = 8;

inline double MsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// The engine speaks the consensus types throughout; this header is private to engine*.cpp.
using namespace ordo::consensus;

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
  // This height's WAL bytes of peers' inputs: proposals in all and by proposer, and votes, each
  // bounded on its own so that one proposer's many rounds can shut out neither another's proposal
  // nor anyone's vote.
  uint64_t wal_proposal_bytes = 0;
  std::map<ValidatorIndex, uint64_t> wal_proposal_bytes_by;
  uint64_t wal_vote_bytes = 0;
  void CountWalBytes(const WalInput& in, uint64_t bytes);
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
  // What each connected peer last reported and what this node sent it in reply, so that a
  // repeated Status costs only what is new (docs/architecture.md, "Catch-up"). Dropped on
  // disconnect; at most peer_heights_max peers.
  struct PeerReply {
    Height height = 0;
    Round round = 0;
    std::chrono::steady_clock::time_point status_at;  // the last Status acted on
    Height synced_from = 0;                           // the first height of the last BlockResponse
    std::chrono::steady_clock::time_point synced_at;
    std::map<Round, size_t> sent;  // per round: how many of accepted[round] it was sent at `height`
    std::chrono::steady_clock::time_point full_at;    // the last catch-up that sent every frame again
  };
  std::map<net::PeerId, PeerReply> peer_replies;

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


}  // namespace ordo::node
