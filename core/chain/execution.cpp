#include "ordo/chain/execution.h"

#include <sstream>

#include "ordo/chain/merkle.h"
#include "ordo/codec/codec.h"

namespace ordo::chain {

namespace {

constexpr uint8_t receipt_version = 1;
constexpr uint8_t block_receipts_version = 1;
// An encoded receipt is under 200 bytes; anything longer in a block's record is damage.
constexpr size_t receipt_bytes_max = 1024;

void PutU256(codec::Writer& w, const U256& v) { w.PutFixed(U256ToWord(v)); }

Status GetU256(codec::Reader& r, U256* v) {
  Hash32 word{};
  if (Status s = r.ReadFixed(word); !s.ok()) return s;
  auto parsed = U256FromBytes(word);
  if (!parsed) return Status::Corruption("bad 256-bit value");
  *v = *parsed;
  return Status::Ok();
}

// The accounts a block touches, read through from the state, written in the overlay.
class Overlay {
 public:
  explicit Overlay(const State& base) : m_base(base) {}
  Account Get(const Address& a) const {
    auto it = m_changes.find(a);
    return it == m_changes.end() ? m_base.GetAccount(a) : it->second;
  }
  void Set(const Address& a, const Account& acc) { m_changes[a] = acc; }
  std::map<Address, Account>& changes() { return m_changes; }

 private:
  const State& m_base;
  std::map<Address, Account> m_changes;
};

// Why a transaction cannot be included at this point of the block, or empty if it can.
std::string CheckInclusion(const Transaction& tx, const Account& sender, uint64_t evm_chain_id, const U256& base_fee,
                           uint64_t block_gas_left) {
  if (tx.chain_id != evm_chain_id) return "wrong chain id";
  if (tx.nonce != sender.nonce) return "nonce " + std::to_string(tx.nonce) + " != account nonce " + std::to_string(sender.nonce);
  if (tx.gas_limit < IntrinsicGas(tx)) return "gas limit below intrinsic gas";
  if (IntrinsicGas(tx) > block_gas_left) return "block gas limit reached";
  if (MaxFeePerGas(tx) < base_fee) return "max fee per gas below base fee";
  if (sender.balance < MaxCost(tx)) return "insufficient funds for gas * price + value";
  return {};
}

}  // namespace

Bytes EncodeReceipt(const Receipt& r) {
  codec::Writer w;
  w.PutU8(receipt_version);
  w.PutFixed(r.tx_hash);
  w.PutU32(r.index);
  w.PutU8(r.status);
  w.PutU64(r.gas_used);
  w.PutU64(r.cumulative_gas_used);
  PutU256(w, r.effective_gas_price);
  w.PutBool(r.executed);
  w.PutFixed(r.from);
  w.PutBool(r.to.has_value());
  if (r.to) w.PutFixed(*r.to);
  w.PutU8(static_cast<uint8_t>(r.type));
  return w.Take();
}

Result<Receipt> DecodeReceipt(ByteSpan bytes) {
  codec::Reader rd(bytes);
  Receipt r;
  uint8_t version = 0, type = 0;
  bool has_to = false;
  if (Status s = rd.ReadU8(&version); !s.ok()) return s;
  if (version != receipt_version) return Status::Corruption("receipt: unknown version");
  if (Status s = rd.ReadFixed(r.tx_hash); !s.ok()) return s;
  if (Status s = rd.ReadU32(&r.index); !s.ok()) return s;
  if (Status s = rd.ReadU8(&r.status); !s.ok()) return s;
  if (Status s = rd.ReadU64(&r.gas_used); !s.ok()) return s;
  if (Status s = rd.ReadU64(&r.cumulative_gas_used); !s.ok()) return s;
  if (Status s = GetU256(rd, &r.effective_gas_price); !s.ok()) return s;
  if (Status s = rd.ReadBool(&r.executed); !s.ok()) return s;
  if (Status s = rd.ReadFixed(r.from); !s.ok()) return s;
  if (Status s = rd.ReadBool(&has_to); !s.ok()) return s;
  if (has_to) {
    Address to{};
    if (Status s = rd.ReadFixed(to); !s.ok()) return s;
    r.to = to;
  }
  if (Status s = rd.ReadU8(&type); !s.ok()) return s;
  if (type > 2) return Status::Corruption("receipt: unknown transaction type");
  r.type = static_cast<TxType>(type);
  if (Status s = rd.Finish(); !s.ok()) return s;
  return r;
}

Bytes EncodeBlockReceipts(const std::vector<Receipt>& receipts) {
  codec::Writer w;
  w.PutU8(block_receipts_version);
  w.PutVarint(receipts.size());
  for (const Receipt& r : receipts) w.PutBytes(EncodeReceipt(r));
  return w.Take();
}

Result<std::vector<Receipt>> DecodeBlockReceipts(ByteSpan bytes) {
  codec::Reader rd(bytes);
  uint8_t version = 0;
  if (Status s = rd.ReadU8(&version); !s.ok()) return s;
  if (version != block_receipts_version) return Status::Corruption("block receipts: unknown version");
  size_t count = 0;
  if (Status s = rd.ReadCount(&count, receipts_per_block_max); !s.ok()) return s;
  std::vector<Receipt> out;
  out.reserve(count);
  Bytes one;
  for (size_t i = 0; i < count; ++i) {
    if (Status s = rd.ReadBytes(&one, receipt_bytes_max); !s.ok()) return s;
    Result<Receipt> r = DecodeReceipt(one);
    if (!r.ok()) return r.status();
    out.push_back(std::move(r).value());
  }
  if (Status s = rd.Finish(); !s.ok()) return s;
  return out;
}

U256 NextBaseFee(const U256& base_fee, uint64_t gas_used, const ChainParams& params) {
  const uint64_t target = params.block_gas_limit / 2;  // elasticity multiplier 2
  constexpr uint64_t change_denominator = 8;
  U256 next = base_fee;
  if (gas_used > target) {
    const U256 delta = base_fee * (gas_used - target) / target / change_denominator;
    next = base_fee + (delta > 0 ? delta : U256(1));
  } else if (gas_used < target) {
    const U256 delta = base_fee * (target - gas_used) / target / change_denominator;
    next = base_fee - delta;
  }
  return next < params.min_base_fee ? params.min_base_fee : next;
}

Result<BlockExecution> ExecuteBlock(const State& state, const std::vector<TxPtr>& txs, uint64_t evm_chain_id,
                                    const Address& fee_recipient, const ChainParams& params, InvalidTx mode) {
  BlockExecution exec;
  exec.base_fee = state.base_fee();
  Overlay overlay(state);
  std::vector<Hash32> tx_leaves, receipt_leaves;
  if (txs.size() > params.block_txs_max && mode == InvalidTx::Reject) {
    return Status::InvalidArgument("block has more than block_txs_max transactions");
  }
  for (size_t i = 0; i < txs.size(); ++i) {
    const Transaction& tx = *txs[i];
    if (exec.txs.size() >= params.block_txs_max) break;
    Account sender = overlay.Get(tx.sender);
    const std::string why = CheckInclusion(tx, sender, evm_chain_id, exec.base_fee, params.block_gas_limit - exec.gas_used);
    if (!why.empty()) {
      if (mode == InvalidTx::Skip) continue;
      std::ostringstream msg;
      msg << "transaction " << i << " (0x" << ToHex(tx.hash) << ") cannot be included: " << why;
      return Status::InvalidArgument(msg.str());
    }
    const uint64_t gas = IntrinsicGas(tx);
    const U256 price = EffectiveGasPrice(tx, exec.base_fee);
    const U256 fee = price * gas;
    const bool transfer = tx.to.has_value() && tx.data.empty();
    sender.balance -= fee;
    sender.nonce += 1;
    if (transfer) sender.balance -= tx.value;
    overlay.Set(tx.sender, sender);
    if (transfer) {
      Account recipient = overlay.Get(*tx.to);
      recipient.balance += tx.value;
      overlay.Set(*tx.to, recipient);
    }
    exec.burned += exec.base_fee * gas;
    exec.tips += (price - exec.base_fee) * gas;
    exec.gas_used += gas;
    Receipt r;
    r.tx_hash = tx.hash;
    r.index = static_cast<uint32_t>(exec.txs.size());
    r.gas_used = gas;
    r.cumulative_gas_used = exec.gas_used;
    r.effective_gas_price = price;
    r.executed = transfer;
    r.from = tx.sender;
    r.to = tx.to;
    r.type = tx.type;
    tx_leaves.push_back(MerkleLeafHash(tx.raw));
    receipt_leaves.push_back(MerkleLeafHash(EncodeReceipt(r)));
    exec.receipts.push_back(r);
    exec.txs.push_back(txs[i]);
  }
  if (exec.tips > 0) {
    Account proposer = overlay.Get(fee_recipient);
    proposer.balance += exec.tips;
    overlay.Set(fee_recipient, proposer);
  }
  exec.changes = std::move(overlay.changes());
  exec.next_base_fee = NextBaseFee(exec.base_fee, exec.gas_used, params);
  exec.txs_root = MerkleRootOfLeafHashes(tx_leaves);
  exec.receipts_root = MerkleRootOfLeafHashes(receipt_leaves);
  return exec;
}

void ApplyExecution(State& state, const BlockExecution& exec) {
  state.SetAccounts(exec.changes);
  state.set_base_fee(exec.next_base_fee);
  state.set_height(state.height() + 1);
  state.set_validators(state.validators().NextHeight());
}

}  // namespace ordo::chain
