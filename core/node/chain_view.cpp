#include "ordo/node/chain_view.h"

#include "node/block_store.h"
#include "node/engine.h"

namespace ordo::node {

std::shared_ptr<const chain::State> ChainView::State() const { return m_engine.Snapshot(); }

uint64_t ChainView::Height() const { return m_engine.Snapshot()->height(); }

ConsensusStatus ChainView::Consensus() const { return m_engine.Consensus(); }

std::optional<BlockInfo> ChainView::GetBlockByHeight(uint64_t height) const {
  return m_engine.blocks().ByHeight(height, Height());
}

std::optional<BlockInfo> ChainView::GetBlockByHash(const Hash32& hash) const {
  return m_engine.blocks().ByHash(hash, Height());
}

std::optional<TxLocation> ChainView::GetTxLocation(const Hash32& tx_hash) const {
  return m_engine.blocks().TxByHash(tx_hash, Height());
}

std::optional<consensus::CommitCertificate> ChainView::CertificateAt(uint64_t height) const {
  if (auto next = GetBlockByHeight(height + 1); next && next->block.last_commit && next->block.last_commit->height == height) {
    return next->block.last_commit;
  }
  return m_engine.blocks().Certificate(height);
}

}  // namespace ordo::node
