#pragma once
// The committed chain in a storage::KeyValueStore, and its key layout (docs/architecture.md,
// "Storage"):
//   Blocks      block hash -> encoded chain::Block
//   BlockIndex  height (u64 BE) -> block hash
//   TxIndex     tx hash -> (height u64, index u32)
//   Receipts    block hash -> the block's receipts (older versions: tx hash -> one receipt)
//   Evidence    SHA-256 of the encoding -> encoded evidence
//   State       leaf (u16 BE) -> the leaf's accounts
//   Meta        "genesis" -> genesis hash; "head" -> height (u64 BE); "state" -> state header;
//               "commit/" h -> the decision's commit certificate; "blockmeta/" h -> gas used,
//               base fee, round; "valset/" h -> the validator set that decided height h
// Each commit is one synced batch. Thread-safe (the store is): the engine writes, RPC threads read.

#include <cstdint>
#include <memory>
#include <optional>

#include "ordo/chain/block.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/state.h"
#include "ordo/consensus/types.h"
#include "ordo/consensus/validator_set.h"
#include "ordo/node/chain_view.h"
#include "ordo/util/status.h"

namespace ordo::storage { class KeyValueStore; }

namespace ordo::node {

// The chain as the next height builds on it.
struct ChainTip {
  chain::State state;                  // after the last committed block (its validators: the next height's)
  Hash32 last_block_hash{};
  uint64_t last_block_time_ms = 0;
  std::optional<consensus::CommitCertificate> last_commit;
  consensus::ValidatorSet last_validators;  // the set that decided the last block (signed last_commit)
};

struct CommittedBlock {
  const chain::Block* block = nullptr;
  Hash32 hash{};
  const chain::BlockExecution* exec = nullptr;
  const chain::State* post = nullptr;
  const consensus::ValidatorSet* validators = nullptr;  // the set that decided it
  consensus::CommitCertificate certificate;
  int32_t round = 0;
};

class BlockStore {
 public:
  explicit BlockStore(storage::KeyValueStore& kv) : m_kv(kv) {}

  // The tip after the last commit, or genesis on an empty store (which it then initialises).
  // Conflict when the store belongs to another genesis; Corruption when records are missing.
  Result<ChainTip> Restore(const chain::Genesis& genesis, bool* converted_v1);
  // One synced batch: block, index, receipts, tx index, evidence, certificate, state leaves, head.
  [[nodiscard]] Status Commit(const CommittedBlock& c);

  // Readers (any thread). Heights above visible_height are hidden: a block reaches the store
  // before the engine publishes it.
  std::optional<BlockInfo> ByHash(const Hash32& hash, uint64_t visible_height) const;
  std::optional<BlockInfo> ByHeight(uint64_t height, uint64_t visible_height) const;
  std::optional<TxLocation> TxByHash(const Hash32& tx_hash, uint64_t visible_height) const;
  // The decision's certificate of a height (the next block's last_commit carries more signatures).
  std::optional<consensus::CommitCertificate> Certificate(uint64_t height) const;
  // The encoded block of a height, for block sync.
  std::optional<Bytes> EncodedBlock(uint64_t height) const;

 private:
  storage::KeyValueStore& m_kv;
};

}  // namespace ordo::node
