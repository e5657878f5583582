#include "node/block_builder.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "ordo/chain/block_encoding.h"
#include "ordo/chain/merkle.h"
#include "ordo/consensus/encoding.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "ordo/util/assert.h"

namespace ordo::node {

namespace {
constexpr size_t parallel_recovery_min = 64;  // unknown transactions in a block worth more threads
constexpr size_t recovery_helpers_max = 3;
}  // namespace

std::shared_ptr<Prepared> BlockBuilder::Build(const ChainTip& tip, consensus::ValidatorIndex own, uint64_t now_ms,
                                              const std::vector<consensus::Evidence>& evidence) const {
  const auto& params = m_genesis.params;
  const chain::State& state = tip.state;
  std::vector<chain::TxPtr> txs = m_pool.SelectForBlock(state.base_fee(), params.block_gas_limit, params.block_txs_max,
                                                        block_bytes_max - block_overhead_bytes_max);
  auto exec = chain::ExecuteBlock(state, txs, m_genesis.evm_chain_id, state.fee_recipients()[own], params, chain::InvalidTx::Skip);
  ORDO_ASSERT(exec.ok());  // Skip mode never fails
  auto prepared = std::make_shared<Prepared>();
  prepared->exec = std::move(exec).value();
  prepared->post = std::make_shared<chain::State>(state);
  chain::ApplyExecution(*prepared->post, prepared->exec);
  chain::Block& b = prepared->block;
  b.header.chain_id = m_genesis.chain_id;
  b.header.height = state.height() + 1;
  b.header.time_ms = std::max(now_ms, tip.last_block_time_ms + 1);
  b.header.prev_hash = tip.last_block_hash;
  b.header.txs_root = prepared->exec.txs_root;
  b.header.receipts_root = prepared->exec.receipts_root;
  b.header.state_root = prepared->post->Root();
  b.header.validators_hash = state.validators().Hash();
  b.header.next_validators_hash = prepared->post->validators().Hash();
  b.header.last_commit_hash = tip.last_commit ? crypto::Sha256(codec::Encode(*tip.last_commit)) : Hash32{};
  b.header.proposer = state.validators().at(own).public_key;
  for (const chain::TxPtr& tx : prepared->exec.txs) b.txs.push_back(tx->raw);
  b.evidence = evidence;
  std::vector<Hash32> ev_leaves;
  for (const auto& e : b.evidence) ev_leaves.push_back(chain::MerkleLeafHash(codec::Encode(e)));
  b.header.evidence_hash = chain::MerkleRootOfLeafHashes(ev_leaves);
  b.last_commit = tip.last_commit;
  prepared->hash = chain::BlockHash(b.header);
  prepared->encoded_bytes = codec::Encode(b).size();
  ORDO_ASSERT(prepared->encoded_bytes <= block_bytes_max);
  return prepared;
}

// Decodes raws[i] for every i in `which` into out[i], recovering the senders — on several cores
// when there are many (a block whose transactions never reached this node by gossip) — and
// remembers them so that no later copy is recovered again. The first undecodable one fails it all.
Status BlockBuilder::RecoverAll(const std::vector<Bytes>& raws, const std::vector<Hash32>& hashes,
                                const std::vector<size_t>& which, std::vector<chain::TxPtr>& out) const {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  Status error = Status::Ok();
  auto work = [&] {
    for (size_t k = next++; k < which.size() && !failed; k = next++) {
      const size_t i = which[k];
      auto tx = chain::DecodeTransaction(raws[i], hashes[i]);
      if (!tx.ok()) {
        std::lock_guard lock(error_mutex);
        if (!failed.exchange(true)) error = Status::InvalidArgument("transaction " + std::to_string(i) + ": " + tx.status().message());
        return;
      }
      out[i] = std::make_shared<const chain::Transaction>(std::move(tx).value());
      m_pool.RememberVerified(out[i]);
    }
  };
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const size_t helpers = which.size() >= parallel_recovery_min ? std::min<size_t>(cores - 1, recovery_helpers_max) : 0;
  std::vector<std::thread> threads;
  for (size_t t = 0; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return error;
}

Result<std::shared_ptr<Prepared>> BlockBuilder::Validate(const ChainTip& tip, const Bytes& block_bytes,
                                                         std::optional<consensus::ValidatorIndex> builder, uint64_t now_ms,
                                                         size_t unknown_max) const {
  if (block_bytes.size() > block_bytes_max) return Status::InvalidArgument("block larger than block_bytes_max");
  auto decoded = codec::Decode<chain::Block>(block_bytes);
  if (!decoded.ok()) return Status::InvalidArgument("block does not decode: " + decoded.status().message());
  auto prepared = std::make_shared<Prepared>();
  prepared->block = std::move(decoded).value();
  prepared->encoded_bytes = block_bytes.size();
  const chain::Block& b = prepared->block;
  const chain::State& state = tip.state;
  prepared->hash = chain::BlockHash(b.header);
  auto reject = [](const std::string& why) { return Status::InvalidArgument(why); };
  if (b.header.chain_id != m_genesis.chain_id) return reject("wrong chain id");
  if (b.header.height != state.height() + 1) return reject("wrong height");
  if (b.header.prev_hash != tip.last_block_hash) return reject("wrong previous hash");
  if (b.header.time_ms <= tip.last_block_time_ms) return reject("time not after the previous block");
  if (b.header.time_ms > now_ms + block_time_ahead_ms_max) return reject("time more than 10 s in the future");
  const std::optional<consensus::ValidatorIndex> proposer = state.validators().IndexOf(b.header.proposer);
  if (!proposer) return reject("proposer field names no validator");
  if (builder && *proposer != *builder) return reject("proposer field is not the proposal's signer");
  if (b.header.validators_hash != state.validators().Hash()) return reject("wrong validators hash");
  if (b.last_commit.has_value() != tip.last_commit.has_value()) return reject("last commit presence");
  if (b.last_commit) {
    // Signed by the set that decided the previous height, which a validator-set change makes
    // different from the state's (the next height's) set.
    if (Status s = consensus::VerifyCommitCertificate(m_genesis.chain_id, tip.last_validators, state.height(), *b.last_commit,
                                                      &m_verified);
        !s.ok()) {
      return reject("last commit: " + s.message());
    }
    if (b.last_commit->value != tip.last_block_hash) return reject("last commit is not for the previous block");
  }
  if (b.header.last_commit_hash != (b.last_commit ? crypto::Sha256(codec::Encode(*b.last_commit)) : Hash32{})) {
    return reject("wrong last commit hash");
  }
  std::vector<chain::TxPtr> txs(b.txs.size());
  std::vector<Hash32> hashes(b.txs.size());
  std::vector<size_t> unknown;
  for (size_t i = 0; i < b.txs.size(); ++i) {
    // A transaction this node already recovered (admitted, or in an earlier proposal) is not
    // recovered again.
    hashes[i] = crypto::Keccak256(b.txs[i]);
    txs[i] = m_pool.FindVerified(hashes[i], b.txs[i]);
    if (!txs[i]) unknown.push_back(i);
  }
  if (unknown.size() > unknown_max) {
    return Status::Unavailable(std::to_string(unknown.size()) + " transactions this node has not verified");
  }
  if (Status s = RecoverAll(b.txs, hashes, unknown, txs); !s.ok()) return reject("transaction: " + s.message());
  auto exec = chain::ExecuteBlock(state, txs, m_genesis.evm_chain_id, state.fee_recipients()[*proposer], m_genesis.params,
                                  chain::InvalidTx::Reject);
  if (!exec.ok()) return reject(exec.status().message());
  prepared->exec = std::move(exec).value();
  prepared->post = std::make_shared<chain::State>(state);
  chain::ApplyExecution(*prepared->post, prepared->exec);
  if (b.header.txs_root != prepared->exec.txs_root) return reject("wrong transactions root");
  if (b.header.receipts_root != prepared->exec.receipts_root) return reject("wrong receipts root");
  if (b.header.state_root != prepared->post->Root()) return reject("wrong state root");
  if (b.header.next_validators_hash != prepared->post->validators().Hash()) return reject("wrong next validators hash");
  for (const consensus::Evidence& e : b.evidence) {
    if (Status s = consensus::VerifyEvidence(m_genesis.chain_id, state.validators(), e); !s.ok()) {
      return reject("evidence: " + s.message());
    }
  }
  return prepared;
}

}  // namespace ordo::node
