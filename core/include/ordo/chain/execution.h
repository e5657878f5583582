#pragma once
// Block execution: native value transfers are executed; every other call (data or contract
// creation) is charged its intrinsic gas, ordered and recorded for the rollup's execution layer
// without being executed. Each transaction pays gas_used * effective gas price: the base-fee part
// is burned, the tip goes to the proposer's fee recipient.

#include <memory>
#include <optional>
#include <vector>

#include "ordo/chain/state.h"
#include "ordo/chain/transaction.h"

namespace ordo::chain {

using TxPtr = std::shared_ptr<const Transaction>;

struct Receipt {
  Hash32 tx_hash{};
  uint32_t index = 0;
  uint8_t status = 1;               // 1 success (a sequenced tx that passed the checks always succeeds)
  uint64_t gas_used = 0;
  uint64_t cumulative_gas_used = 0;
  U256 effective_gas_price = 0;
  bool executed = false;            // true for a native transfer, false for a sequenced-only call
  Address from{};
  std::optional<Address> to;
  TxType type = TxType::Legacy;
  bool operator==(const Receipt&) const = default;
};

Bytes EncodeReceipt(const Receipt& r);
Result<Receipt> DecodeReceipt(ByteSpan bytes);

// All receipts of one block in one record (stored under the block's hash): one database write
// per block instead of one per transaction. At most receipts_per_block_max receipts.
inline constexpr size_t receipts_per_block_max = 1'000'000;
Bytes EncodeBlockReceipts(const std::vector<Receipt>& receipts);
Result<std::vector<Receipt>> DecodeBlockReceipts(ByteSpan bytes);

struct BlockExecution {
  std::vector<TxPtr> txs;           // the transactions included (all of them unless skipping)
  std::vector<Receipt> receipts;
  std::map<Address, Account> changes;
  uint64_t gas_used = 0;
  U256 burned = 0;
  U256 tips = 0;
  U256 base_fee = 0;                // this block's base fee
  U256 next_base_fee = 0;
  Hash32 txs_root{};
  Hash32 receipts_root{};
};

enum class InvalidTx { Reject, Skip };

// Executes txs on `state` for the block at state.height() + 1. With InvalidTx::Reject, any
// transaction that cannot be included (wrong chain id or nonce, unaffordable, over the block gas)
// makes the block invalid (InvalidArgument naming the index and reason); with Skip it is left out
// (the proposer's mode). `state` is not modified.
Result<BlockExecution> ExecuteBlock(const State& state, const std::vector<TxPtr>& txs, uint64_t evm_chain_id,
                                    const Address& fee_recipient, const ChainParams& params, InvalidTx mode);

// Applies an execution's account changes, base fee and height to `state`.
void ApplyExecution(State& state, const BlockExecution& exec);

// EIP-1559 base fee of the next block, floored at params.min_base_fee.
U256 NextBaseFee(const U256& base_fee, uint64_t gas_used, const ChainParams& params);

}  // namespace ordo::chain
