#include "node/metrics.h"

#include <string>

#include "ordo/mempool/mempool.h"

namespace ordo::node {

std::string FormatMetrics(const Engine& engine, const mempool::Stats& ms, const TxGossip* gossip, size_t peers) {
  const ConsensusStatus c = engine.Consensus();
  const NodeMetrics& m = engine.metrics();
  std::string out;
  auto gauge = [&out](const char* name, const char* help, double v) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " + std::to_string(v) + "\n";
  };
  auto counter = [&out](const char* name, const char* help, uint64_t v) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " counter\n" + name + " " + std::to_string(v) + "\n";
  };
  gauge("ordo_height", "Last committed height.", static_cast<double>(c.last_committed));
  gauge("ordo_round", "Round of the height being decided.", c.round);
  gauge("ordo_last_height_duration_ms", "Start of the last height to its commit, in ms.", c.last_round_ms);
  gauge("ordo_block_interval_ms", "Time between the last two blocks, in ms.", static_cast<double>(m.last_block_interval_ms.load()));
  counter("ordo_blocks_committed_total", "Blocks committed since start.", m.blocks_committed.load());
  counter("ordo_txs_committed_total", "Transactions committed since start.", m.txs_committed.load());
  counter("ordo_rounds_total", "Consensus rounds started since start.", m.rounds_total.load());
  counter("ordo_fsyncs_total", "Synced writes (WAL, signer state, blocks).", m.fsyncs.load());
  counter("ordo_gossip_txs_dropped_total", "Gossiped transactions dropped because the admission queue was full.",
          gossip ? gossip->dropped() : 0);
  counter("ordo_gossip_txs_unsent_total", "Admitted transactions not gossiped because the outgoing batch was full.",
          gossip ? gossip->unsent() : 0);
  counter("ordo_gossip_txs_echoed_total", "Gossiped copies of transactions the pool already held.", gossip ? gossip->echoes() : 0);
  counter("ordo_gossip_relays_skipped_total",
          "Admitted gossiped transactions not relayed because every connected peer already had them.",
          gossip ? gossip->relays_skipped() : 0);
  counter("ordo_candidate_blocks_validated_total",
          "Blocks validated ahead of their proposal, sent by the proposer while it flushed before signing.",
          engine.candidates_validated_ahead());
  counter("ordo_candidate_blocks_not_validated_ahead_total",
          "Candidate blocks left for their proposal: more of their transactions were new to this node than a candidate may make it recover.",
          engine.candidates_not_validated_ahead());
  counter("ordo_vote_signatures_reused_total",
          "Vote signatures not verified again (a commit certificate's precommits checked when they arrived as votes).",
          engine.vote_signatures_reused());
  gauge("ordo_gossip_txs_queued", "Gossiped transactions waiting for admission.", gossip ? static_cast<double>(gossip->queued()) : 0.0);
  gauge("ordo_step_propose_ms", "Duration of the last propose step, in ms.", static_cast<double>(m.step_us[0].load()) / 1000.0);
  gauge("ordo_step_prevote_ms", "Duration of the last prevote step, in ms.", static_cast<double>(m.step_us[1].load()) / 1000.0);
  gauge("ordo_step_precommit_ms", "Duration of the last precommit step, in ms.", static_cast<double>(m.step_us[2].load()) / 1000.0);
  out += "# HELP ordo_height_duration_ms Height start to commit, in ms.\n# TYPE ordo_height_duration_ms histogram\n";
  uint64_t cumulative = 0;
  for (size_t i = 0; i <= height_duration_bucket_count; ++i) {
    cumulative += m.height_buckets[i].load();
    const std::string le = i < height_duration_bucket_count ? std::to_string(static_cast<int>(height_duration_buckets_ms[i])) : "+Inf";
    out += "ordo_height_duration_ms_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + "\n";
  }
  out += "ordo_height_duration_ms_sum " + std::to_string(static_cast<double>(m.height_duration_sum_us.load()) / 1000.0) + "\n";
  out += "ordo_height_duration_ms_count " + std::to_string(cumulative) + "\n";
  gauge("ordo_mempool_pending", "Executable transactions in the mempool.", static_cast<double>(ms.pending));
  gauge("ordo_mempool_queued", "Transactions waiting for a nonce gap.", static_cast<double>(ms.queued));
  gauge("ordo_mempool_bytes", "Bytes held by the mempool.", static_cast<double>(ms.bytes));
  out += "# HELP ordo_mempool_rejections_total Rejected transactions by reason.\n# TYPE ordo_mempool_rejections_total counter\n";
  for (int i = 0; i < mempool::reject_reason_count; ++i) {
    out += std::string("ordo_mempool_rejections_total{reason=\"") + mempool::RejectName(static_cast<mempool::Reject>(i)) +
           "\"} " + std::to_string(ms.rejected_total[i]) + "\n";
  }
  gauge("ordo_signer_last_signed_height", "consensus::Height of the last signature this validator made.", static_cast<double>(c.signer_last_height));
  gauge("ordo_peers", "Connected peers.", static_cast<double>(peers));
  return out;
}

}  // namespace ordo::node
