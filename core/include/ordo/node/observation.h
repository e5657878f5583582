#pragma once
// What the control panel and the RPC read about consensus as this node lives it: per-height phase
// timings, the live round's votes and timeouts, who signed the recent heights, the evidence seen,
// the heights peers report and the clock offset. Written by the engine, read from any thread;
// every record is bounded (height_timings_max, live_timeouts_max, signing_window_heights,
// evidence_records_max, peer_heights_max). One lock.

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

#include <string>

#include "ordo/consensus/state_machine.h"
#include "ordo/consensus/types.h"
#include "ordo/net/network.h"
#include "ordo/node/evidence_log.h"

namespace ordo::node {

inline constexpr size_t height_timings_max = 2048;
inline constexpr size_t live_timeouts_max = 32;
inline constexpr size_t signing_window_heights = 100;
inline constexpr size_t peer_heights_max = 1024;

// Phase durations of one committed height as this node lived it (summed over rounds).
struct HeightTiming {
  uint64_t height = 0;
  int32_t rounds = 1;
  double propose_ms = 0;
  double prevote_ms = 0;
  double precommit_ms = 0;
  double commit_ms = 0;     // decision to durable commit (execution + synced write)
  double total_ms = 0;      // height start to the end of the commit (after the mempool's recheck)
  // From the height's first proposal reaching this node (its own, for the proposer) to the
  // decision (> 2/3 precommits) and to the durable commit; 0 when not observed.
  double proposal_to_decision_ms = 0;
  double proposal_to_commit_ms = 0;
  double validate_ms = 0;   // validating proposed blocks (decode, signatures, execution, roots)
  bool synced = false;      // applied by block sync: no phases observed
  uint64_t txs = 0;
  uint64_t time_ms = 0;     // block header time
};

struct VoteSeen {
  double at_ms = 0;         // since the round started
  consensus::VoteType type = consensus::VoteType::Prevote;
  bool nil = false;
  consensus::ValidatorIndex validator = 0;
};

struct TimeoutSeen {
  uint64_t height = 0;
  int32_t round = 0;
  consensus::TimeoutKind kind = consensus::TimeoutKind::Propose;
  uint64_t time_ms = 0;
};

// The round being decided: first vote per validator and type in arrival order, recent timeouts.
struct LiveRoundInfo {
  uint64_t height = 0;
  int32_t round = 0;
  std::string step;
  uint64_t round_started_ms = 0;
  std::vector<VoteSeen> votes;
  std::vector<TimeoutSeen> timeouts;  // newest last
};

// Signing record of a validator over the last signing_window_heights committed heights.
struct SigningStats {
  uint64_t last_signed_height = 0;
  uint64_t missed_in_window = 0;
  uint64_t window = 0;
};

class Observation {
 public:
  // Writers (the engine's thread).
  void RoundStarted(uint64_t height, int32_t round, uint64_t now_ms);
  void StepChanged(const char* step);
  // The first vote of each (type, validator) in the live round.
  void Vote(const consensus::Vote& v, double at_ms);
  void Timeout(const TimeoutSeen& t);
  // A committed height: its timing, who the chain recorded as signing the previous height
  // (recorded: the block's last commit) out of validator_count, and the clock offset to record.
  void Commit(const HeightTiming& timing, const std::optional<consensus::CommitCertificate>& recorded,
              size_t validator_count, uint64_t now_ms, std::optional<int64_t> clock_offset_ms);
  // The new record when e was not kept yet (see EvidenceLog::Observe).
  std::optional<EvidenceRecord> Evidence(const consensus::Evidence& e, uint64_t seen_ms, uint64_t included_height);
  void PeerHeight(const net::PeerId& peer, uint64_t height);
  void PeerGone(const net::PeerId& peer);

  // Readers (any thread).
  std::vector<HeightTiming> HeightTimings(size_t max) const;  // oldest first
  LiveRoundInfo LiveRound() const;
  std::vector<SigningStats> Signing() const;                  // by validator index
  std::vector<EvidenceRecord> EvidenceSeen() const;           // oldest first
  std::map<net::PeerId, uint64_t> PeerHeights() const;
  int64_t ClockOffsetMs() const;
  uint64_t LastCommitLocalMs() const;

 private:
  mutable std::mutex m_mutex;
  std::deque<HeightTiming> m_timings;             // guarded by m_mutex
  LiveRoundInfo m_live;                           // guarded by m_mutex
  std::set<std::pair<int, consensus::ValidatorIndex>> m_live_voted;  // guarded by m_mutex
  std::deque<std::vector<bool>> m_signed_window;  // guarded by m_mutex; newest last
  std::vector<uint64_t> m_last_signed;            // guarded by m_mutex
  std::map<net::PeerId, uint64_t> m_peer_heights; // guarded by m_mutex
  EvidenceLog m_evidence{evidence_records_max};   // guarded by m_mutex
  int64_t m_clock_offset_ms = 0;                  // guarded by m_mutex
  uint64_t m_last_commit_local_ms = 0;            // guarded by m_mutex
};

}  // namespace ordo::node
