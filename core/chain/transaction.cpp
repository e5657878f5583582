#include "ordo/chain/transaction.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

#include <boost/multiprecision/cpp_int.hpp>

#include "ordo/codec/rlp.h"
#include "ordo/crypto/keccak.h"

namespace ordo::chain {

namespace {

constexpr size_t kLegacyFieldCount = 9;
constexpr size_t kAccessListFieldCount = 11;
constexpr size_t kDynamicFeeFieldCount = 12;
constexpr uint8_t kRlpListPrefixMin = 0xc0;  // a legacy transaction is a bare RLP list
constexpr uint64_t kEip155VOffset = 35;      // v = chain_id * 2 + 35 + y_parity
constexpr size_t kStorageKeySize = 32;

constexpr uint64_t kTxGas = 21000;
constexpr uint64_t kTxCreationGas = 32000;
constexpr uint64_t kTxDataZeroByteGas = 4;
constexpr uint64_t kTxDataNonZeroByteGas = 16;
constexpr uint64_t kAccessListAddressGas = 2400;
constexpr uint64_t kAccessListStorageKeyGas = 1900;

Status Invalid(const std::string& message) { return Status::InvalidArgument("invalid transaction: " + message); }

// ---- Encoding ----

Bytes EncodeString(ByteSpan s) {
  Bytes out;
  rlp::AppendString(out, s);
  return out;
}

Bytes EncodeAccessList(const std::vector<AccessListEntry>& access_list) {
  std::vector<Bytes> entries;
  entries.reserve(access_list.size());
  for (const AccessListEntry& entry : access_list) {
    std::vector<Bytes> keys;
    keys.reserve(entry.storage_keys.size());
    for (const Hash32& key : entry.storage_keys) keys.push_back(EncodeString(key));
    entries.push_back(rlp::EncodeList({EncodeString(entry.address), rlp::EncodeList(keys)}));
  }
  return rlp::EncodeList(entries);
}

U256 WordToU256(const Hash32& word) {
  std::optional<U256> v = U256FromBytes(word);
  ORDO_ASSERT(v.has_value());
  return *v;
}

// The fields every form of `tx` shares, RLP-encoded back to back: everything before the
// signature (legacy) or before y_parity (typed).
Bytes EncodeBody(const Transaction& tx) {
  Bytes out;
  out.reserve(128 + tx.data.size());
  const bool legacy = tx.type == TxType::Legacy;
  if (!legacy) rlp::AppendUint(out, tx.chain_id);
  rlp::AppendUint(out, tx.nonce);
  if (tx.type == TxType::DynamicFee) {
    rlp::AppendUint(out, tx.max_priority_fee_per_gas);
    rlp::AppendUint(out, tx.max_fee_per_gas);
  } else {
    rlp::AppendUint(out, tx.gas_price);
  }
  rlp::AppendUint(out, tx.gas_limit);
  if (tx.to) rlp::AppendString(out, *tx.to);
  else rlp::AppendString(out, {});
  rlp::AppendUint(out, tx.value);
  rlp::AppendString(out, tx.data);
  if (!legacy) {
    const Bytes access_list = EncodeAccessList(tx.access_list);
    out.insert(out.end(), access_list.begin(), access_list.end());
  }
  return out;
}

// What follows the body: the signature for the wire form, or what the sender signs instead
// (the EIP-155 [chain_id, 0, 0] tail for legacy, nothing for typed transactions).
Bytes EncodeTail(const Transaction& tx, bool with_signature) {
  Bytes out;
  const bool legacy = tx.type == TxType::Legacy;
  if (with_signature) {
    out.reserve(3 + 2 * 33);
    if (legacy) rlp::AppendUint(out, U256(tx.chain_id) * 2 + kEip155VOffset + tx.signature.y_parity);
    else rlp::AppendUint(out, uint64_t{tx.signature.y_parity});
    rlp::AppendUint(out, WordToU256(tx.signature.r));
    rlp::AppendUint(out, WordToU256(tx.signature.s));
  } else if (legacy) {
    rlp::AppendUint(out, tx.chain_id);
    rlp::AppendUint(out, uint64_t{0});
    rlp::AppendUint(out, uint64_t{0});
  }
  return out;
}

// EIP-2718 envelope: typed transactions are the type byte followed by the RLP list of body and
// tail; legacy ones are the bare list.
Bytes Envelope(TxType type, const Bytes& body, const Bytes& tail) {
  Bytes out;
  out.reserve(1 + 9 + body.size() + tail.size());
  if (type != TxType::Legacy) out.push_back(static_cast<uint8_t>(type));
  rlp::AppendListHeader(out, body.size() + tail.size());
  out.insert(out.end(), body.begin(), body.end());
  out.insert(out.end(), tail.begin(), tail.end());
  return out;
}

Bytes EncodeEnvelope(const Transaction& tx, bool with_signature) {
  return Envelope(tx.type, EncodeBody(tx), EncodeTail(tx, with_signature));
}

// ---- Decoding ----

// Reads the fields of a transaction list in order. The first error is kept and later reads
// return defaults, so a decoder reads every field and checks status() once at the end.
class FieldReader {
 public:
  explicit FieldReader(const std::vector<rlp::Item>& items) : m_items(items) {}

  uint64_t Uint64(const char* what) { return Take(rlp::ToUint64(Next(), what)); }
  U256 Uint256(const char* what) { return Take(rlp::ToU256(Next(), what)); }
  Hash32 SignatureWord(const char* what) { return U256ToWord(Uint256(what)); }

  std::optional<Address> To() {
    const rlp::Item& item = Next();
    if (!item.is_list && item.bytes.empty()) return std::nullopt;  // contract creation
    return Take(rlp::ToAddress(item, "to"));
  }

  Bytes Data() {
    const rlp::Item& item = Next();
    if (item.is_list) Fail(Status::Corruption("data: expected a byte string, got a list"));
    return item.bytes;
  }

  std::vector<AccessListEntry> AccessList() {
    const rlp::Item& item = Next();
    std::vector<AccessListEntry> out;
    if (!item.is_list) {
      Fail(Status::Corruption("access list: expected a list"));
      return out;
    }
    out.reserve(item.items.size());
    for (const rlp::Item& entry : item.items) {
      if (!entry.is_list || entry.items.size() != 2 || !entry.items[1].is_list) {
        Fail(Status::Corruption("access list: each entry must be [address, [storage keys]]"));
        return out;
      }
      AccessListEntry parsed;
      parsed.address = Take(rlp::ToAddress(entry.items[0], "access list address"));
      parsed.storage_keys.reserve(entry.items[1].items.size());
      for (const rlp::Item& key : entry.items[1].items) {
        if (key.is_list || key.bytes.size() != kStorageKeySize) {
          Fail(Status::Corruption("access list: storage keys must be 32 bytes"));
          return out;
        }
        Hash32& word = parsed.storage_keys.emplace_back();
        std::copy(key.bytes.begin(), key.bytes.end(), word.begin());
      }
      out.push_back(std::move(parsed));
    }
    return out;
  }

  const Status& status() const { return m_status; }

 private:
  const rlp::Item& Next() {
    ORDO_ASSERT(m_next < m_items.size());  // callers check the field count first
    return m_items[m_next++];
  }

  void Fail(Status s) {
    if (m_status.ok()) m_status = std::move(s);
  }

  template <typename T>
  T Take(Result<T> r) {
    if (!r.ok()) {
      Fail(r.status());
      return T{};
    }
    return std::move(r).value();
  }

  const std::vector<rlp::Item>& m_items;
  size_t m_next = 0;
  Status m_status;
};

Result<std::vector<rlp::Item>> DecodeFieldList(ByteSpan payload, size_t field_count, const char* kind) {
  Result<rlp::Item> decoded = rlp::Decode(payload);
  if (!decoded.ok()) return Invalid(decoded.status().message());
  if (!decoded->is_list) return Invalid(std::string(kind) + " transaction must be an RLP list");
  if (decoded->items.size() != field_count) {
    return Invalid(std::string(kind) + " transaction must have " + std::to_string(field_count) + " fields, got " +
                   std::to_string(decoded->items.size()));
  }
  return std::move(decoded->items);
}

// EIP-155: v = chain_id * 2 + 35 + y_parity. Pre-155 signatures (v = 27 or 28) are replayable on
// every chain, so they are refused.
Status ApplyLegacyV(const U256& v, Transaction& tx) {
  if (v == 27 || v == 28) {
    return Invalid(
        "legacy transaction without EIP-155 replay protection (v = 27 or 28) is not accepted; "
        "sign it with a chain id");
  }
  if (v < kEip155VOffset) return Invalid("legacy transaction v must be chain_id * 2 + 35 or chain_id * 2 + 36");
  const U256 chain_id = (v - kEip155VOffset) / 2;
  if (chain_id > std::numeric_limits<uint64_t>::max()) return Invalid("chain id does not fit in 64 bits");
  tx.chain_id = chain_id.convert_to<uint64_t>();
  tx.signature.y_parity = static_cast<uint8_t>(((v - kEip155VOffset) % 2).convert_to<unsigned>());
  return Status::Ok();
}

Status DecodeLegacy(ByteSpan raw, Transaction& tx) {
  Result<std::vector<rlp::Item>> items = DecodeFieldList(raw, kLegacyFieldCount, "legacy");
  if (!items.ok()) return items.status();
  FieldReader f(*items);
  tx.type = TxType::Legacy;
  tx.nonce = f.Uint64("nonce");
  tx.gas_price = f.Uint256("gas price");
  tx.gas_limit = f.Uint64("gas limit");
  tx.to = f.To();
  tx.value = f.Uint256("value");
  tx.data = f.Data();
  const U256 v = f.Uint256("v");
  tx.signature.r = f.SignatureWord("r");
  tx.signature.s = f.SignatureWord("s");
  if (!f.status().ok()) return Invalid(f.status().message());
  return ApplyLegacyV(v, tx);
}

Status DecodeTyped(TxType type, ByteSpan payload, Transaction& tx) {
  const bool dynamic_fee = type == TxType::DynamicFee;
  Result<std::vector<rlp::Item>> items = DecodeFieldList(
      payload, dynamic_fee ? kDynamicFeeFieldCount : kAccessListFieldCount, dynamic_fee ? "type 2" : "type 1");
  if (!items.ok()) return items.status();
  FieldReader f(*items);
  tx.type = type;
  tx.chain_id = f.Uint64("chain id");
  tx.nonce = f.Uint64("nonce");
  if (dynamic_fee) {
    tx.max_priority_fee_per_gas = f.Uint256("max priority fee per gas");
    tx.max_fee_per_gas = f.Uint256("max fee per gas");
  } else {
    tx.gas_price = f.Uint256("gas price");
  }
  tx.gas_limit = f.Uint64("gas limit");
  tx.to = f.To();
  tx.value = f.Uint256("value");
  tx.data = f.Data();
  tx.access_list = f.AccessList();
  const uint64_t y_parity = f.Uint64("y parity");
  tx.signature.r = f.SignatureWord("r");
  tx.signature.s = f.SignatureWord("s");
  if (!f.status().ok()) return Invalid(f.status().message());
  if (y_parity > 1) return Invalid("y parity must be 0 or 1");
  tx.signature.y_parity = static_cast<uint8_t>(y_parity);
  return Status::Ok();
}

Status DecodeFields(ByteSpan raw, Transaction& tx) {
  const uint8_t first = raw[0];
  if (first >= kRlpListPrefixMin) return DecodeLegacy(raw, tx);
  if (first == static_cast<uint8_t>(TxType::AccessList)) return DecodeTyped(TxType::AccessList, raw.subspan(1), tx);
  if (first == static_cast<uint8_t>(TxType::DynamicFee)) return DecodeTyped(TxType::DynamicFee, raw.subspan(1), tx);
  char hex[8];
  std::snprintf(hex, sizeof(hex), "0x%02x", first);
  return Invalid(std::string("unsupported transaction type ") + hex);
}

}  // namespace

Result<Transaction> DecodeTransaction(ByteSpan raw) { return DecodeTransaction(raw, crypto::Keccak256(raw)); }

Result<Transaction> DecodeTransaction(ByteSpan raw, const Hash32& raw_hash) {
  if (raw.empty()) return Invalid("empty input");
  if (raw.size() > tx_raw_bytes_max) {
    return Invalid(std::to_string(raw.size()) + " bytes exceeds the limit of " + std::to_string(tx_raw_bytes_max));
  }
  Transaction tx;
  if (Status s = DecodeFields(raw, tx); !s.ok()) return s;

  // The strict decoder should already make this hold. Checking it outright guarantees that a
  // transaction has exactly one accepted byte form, so one hash, whatever the decoder misses.
  // The body is encoded once for both the wire form and what the sender signed.
  const Bytes body = EncodeBody(tx);
  tx.raw = Envelope(tx.type, body, EncodeTail(tx, true));
  if (!std::equal(tx.raw.begin(), tx.raw.end(), raw.begin(), raw.end())) {
    return Invalid("encoding is not canonical");
  }
  tx.hash = raw_hash;  // tx.raw == raw, checked above

  const Hash32 signing_hash = crypto::Keccak256(Envelope(tx.type, body, EncodeTail(tx, false)));
  Result<Address> sender = crypto::EcdsaRecoverAddress(signing_hash, tx.signature);
  if (!sender.ok()) return Invalid(sender.status().message());
  tx.sender = *sender;
  return tx;
}

Bytes EncodeTransaction(const Transaction& tx) { return EncodeEnvelope(tx, true); }

Hash32 SigningHash(const Transaction& tx) { return crypto::Keccak256(EncodeEnvelope(tx, false)); }

void SignTransaction(Transaction& tx, const crypto::SecretKey& key) {
  tx.signature = crypto::EcdsaSignRecoverable(key, SigningHash(tx));
  tx.raw = EncodeEnvelope(tx, true);
  tx.hash = crypto::Keccak256(tx.raw);
  tx.sender = crypto::EthereumAddress(key);
}

uint64_t IntrinsicGas(const Transaction& tx) {
  uint64_t gas = kTxGas;
  if (!tx.to) gas += kTxCreationGas;
  for (uint8_t b : tx.data) gas += b == 0 ? kTxDataZeroByteGas : kTxDataNonZeroByteGas;
  for (const AccessListEntry& entry : tx.access_list) {
    gas += kAccessListAddressGas + kAccessListStorageKeyGas * entry.storage_keys.size();
  }
  return gas;
}

U256 MaxFeePerGas(const Transaction& tx) {
  return tx.type == TxType::DynamicFee ? tx.max_fee_per_gas : tx.gas_price;
}

U256 EffectiveGasPrice(const Transaction& tx, const U256& base_fee) {
  ORDO_ASSERT(MaxFeePerGas(tx) >= base_fee);
  return base_fee + EffectiveTip(tx, base_fee);
}

U256 EffectiveTip(const Transaction& tx, const U256& base_fee) {
  const U256 max_fee = MaxFeePerGas(tx);
  if (max_fee < base_fee) return 0;
  // Written as a difference so that base_fee + priority cannot overflow.
  const U256 headroom = max_fee - base_fee;
  if (tx.type != TxType::DynamicFee) return headroom;
  return tx.max_priority_fee_per_gas < headroom ? tx.max_priority_fee_per_gas : headroom;
}

U256 MaxCost(const Transaction& tx) {
  using boost::multiprecision::uint512_t;
  const uint512_t cost = uint512_t(tx.gas_limit) * uint512_t(MaxFeePerGas(tx)) + uint512_t(tx.value);
  const uint512_t u256_max = uint512_t(std::numeric_limits<U256>::max());
  return cost > u256_max ? std::numeric_limits<U256>::max() : cost.convert_to<U256>();
}

}  // namespace ordo::chain
