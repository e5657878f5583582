#pragma once
// One node::Node seen as the control panel sees it: the plain value structs of
// interfaces/node.h. Shared by PanelNode (an in-process node) and the ordo_panel* JSON-RPC methods
// (a headless ordod the panel talks to), so both modes show the same figures.
//
// Thread safety: every method may be called from any thread (the node's parts are thread-safe;
// the block-summary cache has its own mutex). The node must outlive the view.

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ordo/interfaces/node.h"
#include "ordo/node/node.h"

namespace ordo::interfaces {

LogLevel ToLogLevel(node::LogLevel level);

class NodeView {
 public:
  // Summaries of committed blocks kept so that a poll does not decode the same blocks again.
  static constexpr size_t block_cache_max = 1024;

  explicit NodeView(const node::Node& node) : m_node(node) {}
  NodeView(const NodeView&) = delete;
  NodeView& operator=(const NodeView&) = delete;

  // Status with `mode` and `data_dir` as the caller knows them; running is true.
  NodeStatus StatusNow(NodeMode mode, const std::string& data_dir) const;
  LiveRound LiveRoundNow() const;
  std::vector<HeightTiming> Timings(size_t max) const;  // oldest first
  std::vector<PeerInfo> Peers() const;
  std::vector<BannedPeerInfo> BannedPeers() const;
  std::vector<ValidatorInfo> Validators() const;
  MempoolStatus Mempool() const;
  std::vector<MempoolTx> MempoolTop(size_t max) const;
  std::vector<BlockSummary> RecentBlocks(size_t max) const;  // newest first
  std::optional<BlockDetail> Block(uint64_t height) const;  // nullopt when not committed
  std::vector<EvidenceInfo> Evidence() const;               // oldest first
  EvidenceInfo EvidenceOf(const node::EvidenceRecord& record) const;

 private:
  std::string MonikerOf(const crypto::XOnlyPublicKey& key) const;
  BlockSummary Summarise(const node::BlockInfo& info) const;

  const node::Node& m_node;
  mutable std::mutex m_cache_mutex;
  mutable std::map<uint64_t, BlockSummary> m_block_cache;  // guarded by m_cache_mutex
};

}  // namespace ordo::interfaces
