#pragma once
// JSON form of the interfaces::Node value structs, spoken between the ordo_panel* RPC methods of
// a headless ordod and the panel's remote node. Keys are the struct members' names; enums are
// lower-case strings; 64-bit integers are JSON numbers (Boost.JSON keeps int64 and uint64 exact);
// hex stays in strings.
//
// Decoding is strict: a missing or ill-typed field, a number out of its member's range, or a list
// or string over its bound is InvalidArgument naming the field ("BlockDetail.signatures[2].power:
// expected an integer"). Unknown keys are ignored so that a newer ordod can add fields. Decoding
// never throws and leaves *out untouched on error.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <boost/json/value.hpp>

#include "ordo/interfaces/node.h"
#include "ordo/util/status.h"

namespace ordo::interfaces {

// Bounds a decoder enforces; each is at least what a node can produce.
inline constexpr size_t json_string_bytes_max = 64 * 1024;
inline constexpr size_t json_timings_max = 2048;         // node::height_timings_max
inline constexpr size_t json_peers_max = 4096;
inline constexpr size_t json_validators_max = 10'000;    // consensus::validators_max
inline constexpr size_t json_vote_arrivals_max = 2 * json_validators_max;
inline constexpr size_t json_timeouts_max = 64;          // node::live_timeouts_max
inline constexpr size_t json_rejection_reasons_max = 64;
inline constexpr size_t json_mempool_top_max = 1024;
inline constexpr size_t json_blocks_max = 1024;
inline constexpr size_t json_block_txs_max = 250'000;
inline constexpr size_t json_evidence_max = 256;         // node::evidence_records_max
inline constexpr size_t json_log_lines_max = 2048;       // node::recent_log_lines_max

// The result of ordo_panelSnapshot: everything one poll of the panel reads, taken at once.
struct PanelSnapshot {
  NodeStatus status;
  LiveRound live;
  std::vector<HeightTiming> timings;     // oldest first
  std::vector<PeerInfo> peers;
  std::vector<BannedPeerInfo> banned;
  std::vector<ValidatorInfo> validators;
  MempoolStatus mempool;
  std::vector<MempoolTx> mempool_top;
  std::vector<BlockSummary> blocks;      // newest first
  std::vector<EvidenceInfo> evidence;    // oldest first
};

// The result of ordo_panelLogs: lines after the seq asked for, and the seq to ask after next.
struct LogPage {
  std::vector<LogEntry> lines;           // oldest first
  uint64_t next_seq = 0;
};

boost::json::value ToJson(const NodeStatus& v);
boost::json::value ToJson(const HeightTiming& v);
boost::json::value ToJson(const VoteArrival& v);
boost::json::value ToJson(const TimeoutEvent& v);
boost::json::value ToJson(const LiveRound& v);
boost::json::value ToJson(const PeerInfo& v);
boost::json::value ToJson(const BannedPeerInfo& v);
boost::json::value ToJson(const ValidatorInfo& v);
boost::json::value ToJson(const RejectionCount& v);
boost::json::value ToJson(const MempoolStatus& v);
boost::json::value ToJson(const MempoolTx& v);
boost::json::value ToJson(const BlockSummary& v);
boost::json::value ToJson(const CommitSignature& v);
boost::json::value ToJson(const BlockDetail& v);
boost::json::value ToJson(const EvidenceInfo& v);
boost::json::value ToJson(const LogEntry& v);
boost::json::value ToJson(const LocalValidator& v);
boost::json::value ToJson(const LocalNetworkOptions& v);
boost::json::value ToJson(const PanelSnapshot& v);
boost::json::value ToJson(const LogPage& v);

[[nodiscard]] Status FromJson(const boost::json::value& json, NodeStatus* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, HeightTiming* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, VoteArrival* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, TimeoutEvent* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, LiveRound* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, PeerInfo* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, BannedPeerInfo* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, ValidatorInfo* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, RejectionCount* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, MempoolStatus* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, MempoolTx* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, BlockSummary* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, CommitSignature* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, BlockDetail* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, EvidenceInfo* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, LogEntry* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, LocalValidator* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, LocalNetworkOptions* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, PanelSnapshot* out);
[[nodiscard]] Status FromJson(const boost::json::value& json, LogPage* out);

}  // namespace ordo::interfaces
