#pragma once
// Ethereum typed transactions: legacy (with EIP-155 replay protection; pre-155 rejected),
// EIP-2930 (type 1) and EIP-1559 (type 2), decoded strictly from their canonical bytes with the
// sender recovered from the signature.

#include <optional>
#include <vector>

#include "ordo/crypto/ecdsa.h"
#include "ordo/util/primitives.h"
#include "ordo/util/status.h"

namespace ordo::chain {

inline constexpr size_t tx_raw_bytes_max = 128 * 1024;

enum class TxType : uint8_t { Legacy = 0, AccessList = 1, DynamicFee = 2 };

struct AccessListEntry {
  Address address{};
  std::vector<Hash32> storage_keys;
  bool operator==(const AccessListEntry&) const = default;
};

struct Transaction {
  TxType type = TxType::DynamicFee;
  uint64_t chain_id = 0;
  uint64_t nonce = 0;
  U256 gas_price = 0;                 // Legacy, AccessList
  U256 max_priority_fee_per_gas = 0;  // DynamicFee
  U256 max_fee_per_gas = 0;           // DynamicFee
  uint64_t gas_limit = 0;
  std::optional<Address> to;          // nullopt = contract creation
  U256 value = 0;
  Bytes data;
  std::vector<AccessListEntry> access_list;
  crypto::RecoverableSignature signature;

  // Filled by Decode / Sign.
  Bytes raw;           // canonical signed encoding (what eth_sendRawTransaction carries)
  Hash32 hash{};       // keccak256(raw)
  Address sender{};    // recovered from the signature
};

// Decodes and recovers the sender. Errors (Status::InvalidArgument with a message a wallet can
// show): empty input, unknown type byte, malformed or non-canonical RLP, wrong field count,
// integers over their range, legacy without EIP-155 (v must be chain_id*2+35 or +36), bad
// signature values, raw size over tx_raw_bytes_max.
Result<Transaction> DecodeTransaction(ByteSpan raw);
// The same, for bytes whose Keccak-256 the caller already computed (the pool hashes first to spot
// copies it holds): saves hashing them a second time.
Result<Transaction> DecodeTransaction(ByteSpan raw, const Hash32& raw_hash);

// The canonical signed encoding of tx's fields and signature (for legacy, v is derived from
// chain_id and y_parity). Equals `raw` after DecodeTransaction or SignTransaction.
Bytes EncodeTransaction(const Transaction& tx);

// keccak256 of the unsigned payload the sender signs (type byte || rlp(fields), or the EIP-155
// legacy list).
Hash32 SigningHash(const Transaction& tx);

// Signs `tx` (fields set, signature ignored) and fills signature, raw, hash and sender.
void SignTransaction(Transaction& tx, const crypto::SecretKey& key);

// Fee arithmetic. Intrinsic gas: 21000 + 4 per zero byte and 16 per non-zero byte of data
// (+ 32000 for creation, + 2400 per access-list address, + 1900 per storage key).
uint64_t IntrinsicGas(const Transaction& tx);
// The per-gas price actually paid at `base_fee`: min(max_fee, base_fee + priority) for type 2,
// gas_price otherwise. Requires (asserts) the tx to be payable at base_fee: MaxFeePerGas >= base_fee.
U256 EffectiveGasPrice(const Transaction& tx, const U256& base_fee);
// The tip per gas at `base_fee` (effective price - base fee), 0 if not payable.
U256 EffectiveTip(const Transaction& tx, const U256& base_fee);
U256 MaxFeePerGas(const Transaction& tx);  // max_fee_per_gas or gas_price
// gas_limit * MaxFeePerGas + value: what the balance must cover. Saturates at 2^256 - 1 instead of
// wrapping, so a huge fee cap can never make a transaction look cheap.
U256 MaxCost(const Transaction& tx);

}  // namespace ordo::chain
