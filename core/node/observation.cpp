#include "ordo/node/observation.h"

namespace ordo::node {

void Observation::RoundStarted(uint64_t height, int32_t round, uint64_t now_ms) {
  std::lock_guard lock(m_mutex);
  m_live.height = height;
  m_live.round = round;
  m_live.round_started_ms = now_ms;
  m_live.votes.clear();
  m_live_voted.clear();
}

void Observation::StepChanged(const char* step) {
  std::lock_guard lock(m_mutex);
  m_live.step = step;
}

void Observation::Vote(const consensus::Vote& v, double at_ms) {
  std::lock_guard lock(m_mutex);
  if (v.height != m_live.height || v.round != m_live.round) return;
  if (!m_live_voted.insert({static_cast<int>(v.type), v.validator}).second) return;
  m_live.votes.push_back(VoteSeen{at_ms, v.type, !v.value.has_value(), v.validator});
}

void Observation::Timeout(const TimeoutSeen& t) {
  std::lock_guard lock(m_mutex);
  m_live.timeouts.push_back(t);
  if (m_live.timeouts.size() > live_timeouts_max) m_live.timeouts.erase(m_live.timeouts.begin());
}

void Observation::Commit(const HeightTiming& timing, const std::optional<consensus::CommitCertificate>& recorded,
                         size_t validator_count, uint64_t now_ms, std::optional<int64_t> clock_offset_ms) {
  // Who signed a height is what the chain recorded for it: the next block's last_commit, which
  // also carries the precommits that arrived after the decision. So a block settles the height
  // before it.
  std::vector<bool> signed_by(validator_count, false);
  if (recorded) {
    for (const consensus::CommitSig& cs : recorded->signatures) {
      if (cs.validator < signed_by.size()) signed_by[cs.validator] = true;
    }
  }
  std::lock_guard lock(m_mutex);
  m_timings.push_back(timing);
  if (m_timings.size() > height_timings_max) m_timings.pop_front();
  if (m_last_signed.size() != validator_count) {
    m_last_signed.assign(validator_count, 0);
    m_signed_window.clear();
  }
  if (recorded) {
    for (size_t i = 0; i < signed_by.size(); ++i) {
      if (signed_by[i]) m_last_signed[i] = recorded->height;
    }
    m_signed_window.push_back(std::move(signed_by));
    if (m_signed_window.size() > signing_window_heights) m_signed_window.pop_front();
  }
  m_last_commit_local_ms = now_ms;
  if (clock_offset_ms) m_clock_offset_ms = *clock_offset_ms;
}

std::optional<EvidenceRecord> Observation::Evidence(const consensus::Evidence& e, uint64_t seen_ms, uint64_t included_height) {
  std::lock_guard lock(m_mutex);
  return m_evidence.Observe(e, seen_ms, included_height);
}

void Observation::PeerHeight(const net::PeerId& peer, uint64_t height) {
  std::lock_guard lock(m_mutex);
  if (m_peer_heights.contains(peer) || m_peer_heights.size() < peer_heights_max) m_peer_heights[peer] = height;
}

void Observation::PeerGone(const net::PeerId& peer) {
  std::lock_guard lock(m_mutex);
  m_peer_heights.erase(peer);
}

std::vector<HeightTiming> Observation::HeightTimings(size_t max) const {
  std::lock_guard lock(m_mutex);
  const size_t n = std::min(max, m_timings.size());
  return std::vector<HeightTiming>(m_timings.end() - static_cast<std::ptrdiff_t>(n), m_timings.end());
}

LiveRoundInfo Observation::LiveRound() const {
  std::lock_guard lock(m_mutex);
  return m_live;
}

std::vector<SigningStats> Observation::Signing() const {
  std::lock_guard lock(m_mutex);
  std::vector<SigningStats> out(m_last_signed.size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].last_signed_height = m_last_signed[i];
    out[i].window = m_signed_window.size();
    for (const auto& row : m_signed_window) {
      if (i < row.size() && !row[i]) out[i].missed_in_window++;
    }
  }
  return out;
}

std::vector<EvidenceRecord> Observation::EvidenceSeen() const {
  std::lock_guard lock(m_mutex);
  return m_evidence.Records();
}

std::map<net::PeerId, uint64_t> Observation::PeerHeights() const {
  std::lock_guard lock(m_mutex);
  return m_peer_heights;
}

int64_t Observation::ClockOffsetMs() const {
  std::lock_guard lock(m_mutex);
  return m_clock_offset_ms;
}

uint64_t Observation::LastCommitLocalMs() const {
  std::lock_guard lock(m_mutex);
  return m_last_commit_local_ms;
}

}  // namespace ordo::node
