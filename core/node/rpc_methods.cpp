#include "rpc_methods.h"

#include <algorithm>

#include <boost/json.hpp>

#include "ordo/chain/block_encoding.h"
#include "ordo/chain/transaction.h"
#include "ordo/crypto/keccak.h"
#include "ordo/node/node.h"

namespace ordo::node {

namespace json = boost::json;
using rpc::RpcError;
using rpc::RpcResult;

namespace {

constexpr uint64_t fee_history_blocks_max = 1024;
constexpr size_t fee_history_percentiles_max = 100;
const U256 suggested_tip = U256(1'000'000'000);  // 1 gwei

std::string Hex(ByteSpan b) { return "0x" + ToHex(b); }
template <size_t N>
std::string Hex(const std::array<uint8_t, N>& a) { return "0x" + ToHex(a); }
std::string Quantity(uint64_t v) { return U256ToQuantity(U256(v)); }
std::string Quantity(const U256& v) { return U256ToQuantity(v); }

RpcError InvalidParams(const std::string& msg) { return RpcError{rpc::kInvalidParams, msg, std::nullopt}; }

const json::value* Param(const json::value& params, size_t i) {
  if (!params.is_array() || params.as_array().size() <= i) return nullptr;
  return &params.as_array()[i];
}

std::optional<Address> AddressParam(const json::value& params, size_t i) {
  const json::value* v = Param(params, i);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  const json::string& s = v->as_string();
  if (s.size() != 42) return std::nullopt;
  return AddressFromHex(std::string_view(s.data(), s.size()));
}

std::optional<Hash32> HashParam(const json::value& params, size_t i) {
  const json::value* v = Param(params, i);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  const json::string& s = v->as_string();
  if (s.size() != 66) return std::nullopt;
  return FromHexFixed<32>(std::string_view(s.data(), s.size()));
}

// A block tag: latest/pending/safe/finalized (all the head: blocks are final on commit),
// earliest (0), or a hex quantity. nullopt for anything else.
std::optional<uint64_t> BlockTag(const json::value* v, uint64_t head) {
  if (v == nullptr) return head;
  if (!v->is_string()) return std::nullopt;
  const std::string_view s(v->as_string().data(), v->as_string().size());
  if (s == "latest" || s == "pending" || s == "safe" || s == "finalized") return head;
  if (s == "earliest") return 0;
  auto q = U256FromQuantity(s);
  if (!q || *q > U256(UINT64_MAX)) return std::nullopt;
  return static_cast<uint64_t>(*q);
}

json::object TxJson(const chain::Transaction& tx, const std::optional<TxLocation>& loc, const U256& base_fee) {
  json::object o;
  o["hash"] = Hex(tx.hash);
  o["type"] = Quantity(static_cast<uint64_t>(tx.type));
  o["chainId"] = Quantity(tx.chain_id);
  o["nonce"] = Quantity(tx.nonce);
  o["from"] = AddressToHex(tx.sender);
  o["to"] = tx.to ? json::value(AddressToHex(*tx.to)) : json::value(nullptr);
  o["value"] = Quantity(tx.value);
  o["gas"] = Quantity(tx.gas_limit);
  o["input"] = Hex(tx.data);
  if (tx.type == chain::TxType::DynamicFee) {
    o["maxFeePerGas"] = Quantity(tx.max_fee_per_gas);
    o["maxPriorityFeePerGas"] = Quantity(tx.max_priority_fee_per_gas);
    o["gasPrice"] = Quantity(loc ? chain::EffectiveGasPrice(tx, base_fee) : tx.max_fee_per_gas);
  } else {
    o["gasPrice"] = Quantity(tx.gas_price);
  }
  if (tx.type != chain::TxType::Legacy) {
    json::array al;
    for (const auto& e : tx.access_list) {
      json::object entry;
      entry["address"] = AddressToHex(e.address);
      json::array keys;
      for (const auto& k : e.storage_keys) keys.push_back(json::value(Hex(k)));
      entry["storageKeys"] = std::move(keys);
      al.push_back(std::move(entry));
    }
    o["accessList"] = std::move(al);
    o["yParity"] = Quantity(tx.signature.y_parity);
    o["v"] = Quantity(tx.signature.y_parity);
  } else {
    o["v"] = Quantity(tx.chain_id * 2 + 35 + tx.signature.y_parity);
  }
  o["r"] = Quantity(*U256FromBytes(tx.signature.r));
  o["s"] = Quantity(*U256FromBytes(tx.signature.s));
  o["blockHash"] = loc ? json::value(Hex(loc->block_hash)) : json::value(nullptr);
  o["blockNumber"] = loc ? json::value(Quantity(loc->height)) : json::value(nullptr);
  o["transactionIndex"] = loc ? json::value(Quantity(uint64_t{loc->index})) : json::value(nullptr);
  return o;
}

json::object ReceiptJson(const chain::Receipt& r, const TxLocation& loc) {
  json::object o;
  o["transactionHash"] = Hex(r.tx_hash);
  o["transactionIndex"] = Quantity(uint64_t{r.index});
  o["blockHash"] = Hex(loc.block_hash);
  o["blockNumber"] = Quantity(loc.height);
  o["from"] = AddressToHex(r.from);
  o["to"] = r.to ? json::value(AddressToHex(*r.to)) : json::value(nullptr);
  o["cumulativeGasUsed"] = Quantity(r.cumulative_gas_used);
  o["gasUsed"] = Quantity(r.gas_used);
  o["effectiveGasPrice"] = Quantity(r.effective_gas_price);
  o["contractAddress"] = nullptr;
  o["logs"] = json::array();
  o["logsBloom"] = "0x" + std::string(512, '0');
  o["status"] = Quantity(uint64_t{r.status});
  o["type"] = Quantity(static_cast<uint64_t>(r.type));
  return o;
}

json::value BlockJson(const BlockInfo& info, bool full) {
  json::object o = BlockHeadJson(info.block, info.hash, info.gas_used, info.base_fee).as_object();
  json::array txs;
  for (size_t i = 0; i < info.block.txs.size(); ++i) {
    if (!full) {
      txs.push_back(json::value(Hex(crypto::Keccak256(info.block.txs[i]))));
      continue;
    }
    auto tx = chain::DecodeTransaction(info.block.txs[i]);
    if (!tx.ok()) continue;
    txs.push_back(TxJson(tx.value(), TxLocation{info.block.header.height, static_cast<uint32_t>(i), info.hash}, info.base_fee));
  }
  o["transactions"] = std::move(txs);
  o["size"] = Quantity(static_cast<uint64_t>(codec::Encode(info.block).size()));
  return o;
}

RpcResult SendRawTransaction(Node& node, const json::value& params) {
  const json::value* v = Param(params, 0);
  if (v == nullptr || !v->is_string()) return InvalidParams("expected the signed transaction as a hex string");
  const json::string& s = v->as_string();
  if (s.size() > 2 * chain::tx_raw_bytes_max + 2) return RpcError{rpc::kServerError, "oversized data", std::nullopt};
  auto raw = FromHex(std::string_view(s.data(), s.size()));
  if (!raw) return InvalidParams("transaction is not valid hex");
  const mempool::AdmitResult r = node.SubmitRawTransaction(*raw);
  if (!r.ok && r.reason == mempool::Reject::Malformed) {
    // The pool keeps only the reason; decode again (rejections only) to tell the wallet what is
    // wrong: the RLP, a field, or the signature.
    auto decoded = chain::DecodeTransaction(*raw);
    if (!decoded.ok()) return RpcError{rpc::kServerError, decoded.status().message(), std::nullopt};
  }
  if (!r.ok) return RpcError{rpc::kServerError, mempool::RejectMessage(r.reason), std::nullopt};
  return json::value(Hex(r.hash));
}

RpcResult FeeHistory(Node& node, const json::value& params) {
  const json::value* count_v = Param(params, 0);
  uint64_t count = 0;
  if (count_v != nullptr && count_v->is_string()) {
    auto q = U256FromQuantity(std::string_view(count_v->as_string().data(), count_v->as_string().size()));
    if (!q || *q > U256(fee_history_blocks_max)) return InvalidParams("blockCount must be a quantity up to 1024");
    count = static_cast<uint64_t>(*q);
  } else if (count_v != nullptr && count_v->is_uint64()) {
    count = std::min<uint64_t>(count_v->as_uint64(), fee_history_blocks_max);
  } else if (count_v != nullptr && count_v->is_int64() && count_v->as_int64() >= 0) {
    count = std::min<uint64_t>(static_cast<uint64_t>(count_v->as_int64()), fee_history_blocks_max);
  } else {
    return InvalidParams("blockCount missing");
  }
  const uint64_t head = node.chain().Height();
  auto newest = BlockTag(Param(params, 1), head);
  if (!newest) return InvalidParams("newestBlock must be a block tag or number");
  const uint64_t last = std::min(*newest, head);
  std::vector<double> percentiles;
  if (const json::value* p = Param(params, 2); p != nullptr && p->is_array()) {
    if (p->as_array().size() > fee_history_percentiles_max) return InvalidParams("too many reward percentiles");
    for (const auto& x : p->as_array()) {
      if (!x.is_number()) return InvalidParams("reward percentiles must be numbers");
      percentiles.push_back(x.to_number<double>());
    }
  }
  count = std::min(count, last);
  const uint64_t first = last + 1 - count;
  json::array base_fees, ratios, rewards;
  for (uint64_t h = first; h <= last && count > 0; ++h) {
    auto info = node.chain().GetBlockByHeight(h);
    if (!info) break;
    base_fees.push_back(json::value(Quantity(info->base_fee)));
    ratios.push_back(json::value(static_cast<double>(info->gas_used) / static_cast<double>(node.genesis().params.block_gas_limit)));
    if (!percentiles.empty()) {
      std::vector<U256> tips;
      for (const auto& r : info->receipts) tips.push_back(r.effective_gas_price - info->base_fee);
      std::sort(tips.begin(), tips.end());
      json::array row;
      for (double pct : percentiles) {
        const size_t idx = tips.empty() ? 0 : std::min(tips.size() - 1, static_cast<size_t>(pct / 100.0 * static_cast<double>(tips.size())));
        row.push_back(json::value(Quantity(tips.empty() ? U256(0) : tips[idx])));
      }
      rewards.push_back(std::move(row));
    }
  }
  base_fees.push_back(json::value(Quantity(node.chain().State()->base_fee())));
  json::object o;
  o["oldestBlock"] = Quantity(count > 0 ? first : last);
  o["baseFeePerGas"] = std::move(base_fees);
  o["gasUsedRatio"] = std::move(ratios);
  if (!percentiles.empty()) o["reward"] = std::move(rewards);
  return json::value(std::move(o));
}

RpcResult EstimateGas(const json::value& params) {
  const json::value* call = Param(params, 0);
  if (call == nullptr || !call->is_object()) return InvalidParams("expected a call object");
  chain::Transaction tx;
  const json::object& o = call->as_object();
  if (const json::value* to = o.if_contains("to"); to != nullptr && to->is_string()) {
    tx.to = AddressFromHex(std::string_view(to->as_string().data(), to->as_string().size()));
    if (!tx.to) return InvalidParams("'to' is not an address");
  }
  const json::value* data = o.if_contains("data");
  if (data == nullptr) data = o.if_contains("input");
  if (data != nullptr && data->is_string()) {
    auto bytes = FromHex(std::string_view(data->as_string().data(), data->as_string().size()));
    if (!bytes || bytes->size() > chain::tx_raw_bytes_max) return InvalidParams("'data' is not valid hex");
    tx.data = std::move(*bytes);
  }
  return json::value(Quantity(chain::IntrinsicGas(tx)));
}

}  // namespace

json::value BlockHeadJson(const chain::Block& block, const Hash32& hash, uint64_t gas_used, const U256& base_fee) {
  const chain::BlockHeader& h = block.header;
  json::object o;
  o["number"] = Quantity(h.height);
  o["hash"] = Hex(hash);
  o["parentHash"] = Hex(h.prev_hash);
  o["nonce"] = "0x0000000000000000";
  o["sha3Uncles"] = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
  o["logsBloom"] = "0x" + std::string(512, '0');
  o["transactionsRoot"] = Hex(h.txs_root);
  o["stateRoot"] = Hex(h.state_root);
  o["receiptsRoot"] = Hex(h.receipts_root);
  o["miner"] = "0x" + ToHex(ByteSpan(h.proposer.data(), 20));
  o["difficulty"] = "0x0";
  o["totalDifficulty"] = "0x0";
  o["extraData"] = "0x";
  o["gasLimit"] = Quantity(uint64_t{30'000'000});
  o["gasUsed"] = Quantity(gas_used);
  o["timestamp"] = Quantity(h.time_ms / 1000);
  o["baseFeePerGas"] = Quantity(base_fee);
  o["mixHash"] = Hex(Hash32{});
  o["uncles"] = json::array();
  return json::value(std::move(o));
}

void RegisterRpcMethods(Node& node, rpc::Dispatcher& d) {
  d.Register("web3_clientVersion", [](const json::value&) -> RpcResult { return json::value("ordod/" ORDO_VERSION); });
  d.Register("eth_chainId", [&node](const json::value&) -> RpcResult { return json::value(Quantity(node.genesis().evm_chain_id)); });
  d.Register("net_version", [&node](const json::value&) -> RpcResult { return json::value(std::to_string(node.genesis().evm_chain_id)); });
  d.Register("eth_syncing", [](const json::value&) -> RpcResult { return json::value(false); });
  d.Register("eth_accounts", [](const json::value&) -> RpcResult { return json::value(json::array()); });
  d.Register("eth_blockNumber", [&node](const json::value&) -> RpcResult { return json::value(Quantity(node.chain().Height())); });
  d.Register("eth_getBalance", [&node](const json::value& p) -> RpcResult {
    auto a = AddressParam(p, 0);
    if (!a) return InvalidParams("expected an address");
    if (!BlockTag(Param(p, 1), node.chain().Height())) return InvalidParams("invalid block tag");
    return json::value(Quantity(node.chain().State()->GetAccount(*a).balance));
  });
  d.Register("eth_getTransactionCount", [&node](const json::value& p) -> RpcResult {
    auto a = AddressParam(p, 0);
    if (!a) return InvalidParams("expected an address");
    const json::value* tag = Param(p, 1);
    if (!BlockTag(tag, node.chain().Height())) return InvalidParams("invalid block tag");
    const bool pending = tag != nullptr && tag->is_string() && tag->as_string() == "pending";
    return json::value(Quantity(pending ? node.PendingNonce(*a) : node.chain().State()->GetAccount(*a).nonce));
  });
  d.Register("eth_sendRawTransaction", [&node](const json::value& p) { return SendRawTransaction(node, p); });
  d.Register("eth_getTransactionByHash", [&node](const json::value& p) -> RpcResult {
    auto h = HashParam(p, 0);
    if (!h) return InvalidParams("expected a 32-byte transaction hash");
    if (auto loc = node.chain().GetTxLocation(*h)) {
      auto block = node.chain().GetBlockByHeight(loc->height);
      if (!block || loc->index >= block->block.txs.size()) return json::value(nullptr);
      auto tx = chain::DecodeTransaction(block->block.txs[loc->index]);
      if (!tx.ok()) return json::value(nullptr);
      return json::value(TxJson(tx.value(), loc, block->base_fee));
    }
    if (chain::TxPtr pending = node.mempool().Get(*h)) return json::value(TxJson(*pending, std::nullopt, node.chain().State()->base_fee()));
    return json::value(nullptr);
  });
  d.Register("eth_getTransactionReceipt", [&node](const json::value& p) -> RpcResult {
    auto h = HashParam(p, 0);
    if (!h) return InvalidParams("expected a 32-byte transaction hash");
    auto loc = node.chain().GetTxLocation(*h);
    if (!loc) return json::value(nullptr);
    auto block = node.chain().GetBlockByHeight(loc->height);
    if (!block || loc->index >= block->receipts.size()) return json::value(nullptr);
    return json::value(ReceiptJson(block->receipts[loc->index], *loc));
  });
  d.Register("eth_getBlockByNumber", [&node](const json::value& p) -> RpcResult {
    auto h = BlockTag(Param(p, 0), node.chain().Height());
    if (!h) return InvalidParams("expected a block number or tag");
    const json::value* full = Param(p, 1);
    auto info = node.chain().GetBlockByHeight(*h);
    if (!info) return json::value(nullptr);
    return BlockJson(*info, full != nullptr && full->is_bool() && full->as_bool());
  });
  d.Register("eth_getBlockByHash", [&node](const json::value& p) -> RpcResult {
    auto h = HashParam(p, 0);
    if (!h) return InvalidParams("expected a 32-byte block hash");
    const json::value* full = Param(p, 1);
    auto info = node.chain().GetBlockByHash(*h);
    if (!info) return json::value(nullptr);
    return BlockJson(*info, full != nullptr && full->is_bool() && full->as_bool());
  });
  d.Register("eth_gasPrice", [&node](const json::value&) -> RpcResult { return json::value(Quantity(node.chain().State()->base_fee() + suggested_tip)); });
  d.Register("eth_maxPriorityFeePerGas", [](const json::value&) -> RpcResult { return json::value(Quantity(suggested_tip)); });
  d.Register("eth_estimateGas", [](const json::value& p) { return EstimateGas(p); });
  d.Register("eth_feeHistory", [&node](const json::value& p) { return FeeHistory(node, p); });
  d.Register("eth_getCode", [](const json::value& p) -> RpcResult {
    if (!AddressParam(p, 0)) return InvalidParams("expected an address");
    return json::value("0x");
  });
  d.Register("eth_call", [](const json::value& p) -> RpcResult {
    const json::value* call = Param(p, 0);
    if (call == nullptr || !call->is_object()) return InvalidParams("expected a call object");
    return json::value("0x");  // no contract executes on the sequencer; system contracts arrive with staking
  });
  d.Register("ordo_status", [&node](const json::value&) -> RpcResult {
    const ConsensusStatus c = node.chain().Consensus();
    json::object o;
    o["chainId"] = node.genesis().chain_id;
    o["evmChainId"] = node.genesis().evm_chain_id;
    o["height"] = c.last_committed;
    o["lastBlockTimeMs"] = c.last_block_time_ms;
    o["isValidator"] = c.is_validator;
    if (auto k = node.validator_key()) o["validatorKey"] = Hex(*k);
    o["version"] = ORDO_VERSION;
    return json::value(std::move(o));
  });
  d.Register("ordo_consensusState", [&node](const json::value&) -> RpcResult {
    const ConsensusStatus c = node.chain().Consensus();
    json::object o;
    o["height"] = c.height;
    o["round"] = c.round;
    o["step"] = c.step;
    o["lastCommitted"] = c.last_committed;
    o["lastHeightDurationMs"] = c.last_round_ms;
    o["signerLastHeight"] = c.signer_last_height;
    return json::value(std::move(o));
  });
  d.Register("ordo_validators", [&node](const json::value&) -> RpcResult {
    const std::shared_ptr<const chain::State> state = node.chain().State();
    const consensus::ValidatorSet& set = state->validators();
    const std::vector<std::string>& names = state->monikers();
    json::array arr;
    for (size_t i = 0; i < set.size(); ++i) {
      const auto& v = set.validators()[i];
      json::object o;
      o["index"] = i;
      o["moniker"] = i < names.size() ? names[i] : "";
      o["consensusKey"] = Hex(v.public_key);
      o["power"] = v.power;
      o["proposerPriority"] = v.proposer_priority;
      arr.push_back(std::move(o));
    }
    json::object out;
    out["totalPower"] = set.TotalPower();
    out["validators"] = std::move(arr);
    return json::value(std::move(out));
  });
  d.Register("ordo_peers", [&node](const json::value&) -> RpcResult {
    const net::Network* network = node.network();  // null without networking
    json::array arr;
    for (const net::PeerInfo& p : network ? network->Peers() : std::vector<net::PeerInfo>{}) {
      json::object o;
      o["id"] = p.id;
      o["moniker"] = p.moniker;
      o["address"] = p.address;
      o["direction"] = p.outbound ? "outbound" : "inbound";
      o["rttMs"] = p.rtt_ms;
      o["bytesIn"] = p.bytes_in;
      o["bytesOut"] = p.bytes_out;
      o["score"] = p.score;
      o["connectedSinceMs"] = p.connected_since_ms;
      arr.push_back(std::move(o));
    }
    json::array banned;
    for (const net::BannedPeer& b : network ? network->Banned() : std::vector<net::BannedPeer>{}) {
      json::object o;
      o["id"] = b.id;
      o["reason"] = b.reason;
      o["untilMs"] = b.until_ms;
      banned.push_back(std::move(o));
    }
    json::object out;
    out["peers"] = std::move(arr);
    out["banned"] = std::move(banned);
    return json::value(std::move(out));
  });
  // Operator controls (the RPC listens on 127.0.0.1 only by default).
  auto peer_param = [](const json::value& p) -> std::optional<std::string> {
    const json::value* v = Param(p, 0);
    if (v == nullptr || !v->is_string() || v->as_string().size() != 40) return std::nullopt;
    return std::string(v->as_string());
  };
  d.RegisterOperator("ordo_disconnectPeer", [&node, peer_param](const json::value& p) -> RpcResult {
    auto id = peer_param(p);
    if (!id) return InvalidParams("expected a 40-hex-digit peer id");
    if (net::Network* network = node.network()) network->Disconnect(*id);
    return json::value(true);
  });
  d.RegisterOperator("ordo_banPeer", [&node, peer_param](const json::value& p) -> RpcResult {
    auto id = peer_param(p);
    if (!id) return InvalidParams("expected a 40-hex-digit peer id");
    if (net::Network* network = node.network()) network->Ban(*id, operator_ban_reason);
    return json::value(true);
  });
  d.RegisterOperator("ordo_unbanPeer", [&node, peer_param](const json::value& p) -> RpcResult {
    auto id = peer_param(p);
    if (!id) return InvalidParams("expected a 40-hex-digit peer id");
    if (net::Network* network = node.network()) network->Unban(*id);
    return json::value(true);
  });
  d.RegisterOperator("ordo_setNetworkPaused", [&node](const json::value& p) -> RpcResult {
    const json::value* v = Param(p, 0);
    if (v == nullptr || !v->is_bool()) return InvalidParams("expected true or false");
    node.SetNetworkPaused(v->as_bool());
    return json::value(true);
  });
  d.Register("ordo_mempool", [&node](const json::value&) -> RpcResult {
    const mempool::Stats s = node.mempool().stats();
    json::object o;
    o["pending"] = s.pending;
    o["queued"] = s.queued;
    o["bytes"] = s.bytes;
    o["admitted"] = s.admitted_total;
    json::object rejected;
    for (int i = 0; i < mempool::reject_reason_count; ++i) {
      rejected[mempool::RejectName(static_cast<mempool::Reject>(i))] = s.rejected_total[i];
    }
    o["rejected"] = std::move(rejected);
    json::array top;
    for (const auto& tx : node.mempool().Top(10, node.chain().State()->base_fee())) top.push_back(json::value(Hex(tx->hash)));
    o["top"] = std::move(top);
    return json::value(std::move(o));
  });
}

}  // namespace ordo::node
