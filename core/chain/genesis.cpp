#include "ordo/chain/genesis.h"

#include <fstream>
#include <set>
#include <sstream>

#include <boost/json.hpp>

#include "ordo/crypto/sha256.h"

namespace ordo::chain {

namespace json = boost::json;

namespace {

Status Missing(const std::string& field) { return Status::InvalidArgument("genesis: missing or invalid '" + field + "'"); }

bool GetString(const json::object& o, const char* key, std::string* out) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr || !v->is_string()) return false;
  *out = std::string(v->as_string());
  return true;
}

bool GetU64(const json::object& o, const char* key, uint64_t* out) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) return false;
  if (v->is_uint64()) { *out = v->as_uint64(); return true; }
  if (v->is_int64() && v->as_int64() >= 0) { *out = static_cast<uint64_t>(v->as_int64()); return true; }
  return false;
}

// 256-bit amounts are decimal strings (JSON numbers cannot hold them exactly).
bool GetU256(const json::object& o, const char* key, U256* out) {
  std::string s;
  if (!GetString(o, key, &s) || s.empty() || s.size() > 78) return false;
  U256 v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    const U256 next = v * 10 + static_cast<unsigned>(c - '0');
    if (next / 10 != v) return false;  // overflow
    v = next;
  }
  *out = v;
  return true;
}

std::string U256ToDecimal(const U256& v) { return v.str(); }

Status ParseParams(const json::object& o, ChainParams* p) {
  if (!GetU64(o, "block_gas_limit", &p->block_gas_limit) || p->block_gas_limit < 21000) return Missing("params.block_gas_limit");
  if (!GetU256(o, "initial_base_fee", &p->initial_base_fee)) return Missing("params.initial_base_fee");
  if (!GetU256(o, "min_base_fee", &p->min_base_fee)) return Missing("params.min_base_fee");
  if (!GetU64(o, "block_interval_ms", &p->block_interval_ms) || p->block_interval_ms > 600'000) return Missing("params.block_interval_ms");
  if (!GetU64(o, "block_txs_max", &p->block_txs_max) || p->block_txs_max == 0 || p->block_txs_max > 100'000) return Missing("params.block_txs_max");
  return Status::Ok();
}

Status ParseValidators(const json::array& a, std::vector<GenesisValidator>* out) {
  if (a.empty() || a.size() > consensus::validators_max) return Missing("validators");
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string field = "validators[" + std::to_string(i) + "]";
    if (!a[i].is_object()) return Missing(field);
    const json::object& o = a[i].as_object();
    GenesisValidator v;
    std::string key_hex, recipient;
    if (!GetString(o, "moniker", &v.moniker) || v.moniker.size() > 64) return Missing(field + ".moniker");
    if (!GetString(o, "consensus_key", &key_hex)) return Missing(field + ".consensus_key");
    auto key = FromHexFixed<32>(key_hex);
    if (!key) return Missing(field + ".consensus_key");
    v.consensus_key = *key;
    if (!GetU64(o, "power", &v.power) || v.power == 0) return Missing(field + ".power");
    if (!GetString(o, "fee_recipient", &recipient)) return Missing(field + ".fee_recipient");
    auto addr = AddressFromHex(recipient);
    if (!addr) return Missing(field + ".fee_recipient");
    v.fee_recipient = *addr;
    if (o.contains("node_key")) {
      std::string node_hex;
      if (!GetString(o, "node_key", &node_hex)) return Missing(field + ".node_key");
      auto nk = FromHexFixed<32>(node_hex);
      if (!nk) return Missing(field + ".node_key");
      v.node_key = *nk;
    }
    out->push_back(std::move(v));
  }
  return Status::Ok();
}

Status ParseAccounts(const json::array& a, std::vector<GenesisAccount>* out) {
  std::set<Address> seen;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string field = "accounts[" + std::to_string(i) + "]";
    if (!a[i].is_object()) return Missing(field);
    const json::object& o = a[i].as_object();
    GenesisAccount acc;
    std::string addr;
    if (!GetString(o, "address", &addr)) return Missing(field + ".address");
    auto parsed = AddressFromHex(addr);
    if (!parsed) return Missing(field + ".address");
    acc.address = *parsed;
    if (!GetU256(o, "balance", &acc.balance)) return Missing(field + ".balance (a decimal string)");
    if (!seen.insert(acc.address).second) return Status::InvalidArgument("genesis: duplicate account " + addr);
    out->push_back(acc);
  }
  return Status::Ok();
}

}  // namespace

Result<Genesis> ParseGenesis(std::string_view text) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) return Status::InvalidArgument("genesis: not valid JSON: " + ec.message());
  if (!root.is_object()) return Status::InvalidArgument("genesis: top level must be an object");
  const json::object& o = root.as_object();
  Genesis g;
  if (!GetString(o, "chain_id", &g.chain_id) || g.chain_id.empty() || g.chain_id.size() > 64) return Missing("chain_id");
  if (!GetU64(o, "evm_chain_id", &g.evm_chain_id) || g.evm_chain_id == 0 || g.evm_chain_id > (uint64_t{1} << 53)) {
    return Missing("evm_chain_id");
  }
  if (!GetU64(o, "genesis_time_ms", &g.genesis_time_ms)) return Missing("genesis_time_ms");
  const json::value* params = o.if_contains("params");
  if (params == nullptr || !params->is_object()) return Missing("params");
  if (Status s = ParseParams(params->as_object(), &g.params); !s.ok()) return s;
  const json::value* vals = o.if_contains("validators");
  if (vals == nullptr || !vals->is_array()) return Missing("validators");
  if (Status s = ParseValidators(vals->as_array(), &g.validators); !s.ok()) return s;
  const json::value* accs = o.if_contains("accounts");
  if (accs == nullptr || !accs->is_array()) return Missing("accounts");
  if (Status s = ParseAccounts(accs->as_array(), &g.accounts); !s.ok()) return s;
  if (Result<consensus::ValidatorSet> set = GenesisValidatorSet(g); !set.ok()) return set.status();
  return g;
}

std::string GenesisToJson(const Genesis& g) {
  std::ostringstream out;
  out << "{\n  \"chain_id\": " << json::serialize(json::value(g.chain_id)) << ",\n"
      << "  \"evm_chain_id\": " << g.evm_chain_id << ",\n"
      << "  \"genesis_time_ms\": " << g.genesis_time_ms << ",\n"
      << "  \"params\": {\n"
      << "    \"block_gas_limit\": " << g.params.block_gas_limit << ",\n"
      << "    \"initial_base_fee\": \"" << U256ToDecimal(g.params.initial_base_fee) << "\",\n"
      << "    \"min_base_fee\": \"" << U256ToDecimal(g.params.min_base_fee) << "\",\n"
      << "    \"block_interval_ms\": " << g.params.block_interval_ms << ",\n"
      << "    \"block_txs_max\": " << g.params.block_txs_max << "\n  },\n"
      << "  \"validators\": [";
  for (size_t i = 0; i < g.validators.size(); ++i) {
    const auto& v = g.validators[i];
    out << (i ? ",\n" : "\n") << "    {\"moniker\": " << json::serialize(json::value(v.moniker))
        << ", \"consensus_key\": \"" << ToHex(v.consensus_key) << "\", \"power\": " << v.power
        << ", \"fee_recipient\": \"" << AddressToHex(v.fee_recipient) << "\"";
    if (v.node_key) out << ", \"node_key\": \"" << ToHex(*v.node_key) << "\"";
    out << "}";
  }
  out << "\n  ],\n  \"accounts\": [";
  for (size_t i = 0; i < g.accounts.size(); ++i) {
    out << (i ? ",\n" : "\n") << "    {\"address\": \"" << AddressToHex(g.accounts[i].address) << "\", \"balance\": \""
        << U256ToDecimal(g.accounts[i].balance) << "\"}";
  }
  out << (g.accounts.empty() ? "]\n}\n" : "\n  ]\n}\n");
  return out.str();
}

Result<Genesis> LoadGenesisFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read genesis file " + path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > 64 * 1024 * 1024) return Status::InvalidArgument("genesis file larger than 64 MiB");
  return ParseGenesis(text);
}

Status SaveGenesisFile(const std::string& path, const Genesis& g) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write genesis file " + path);
  out << GenesisToJson(g);
  out.flush();
  if (!out) return Status::IoError("write failed for " + path);
  return Status::Ok();
}

Hash32 GenesisHash(const Genesis& g) { return crypto::Sha256(AsBytes(GenesisToJson(g))); }

Result<consensus::ValidatorSet> GenesisValidatorSet(const Genesis& g) {
  std::vector<consensus::Validator> vals;
  for (const auto& v : g.validators) vals.push_back(consensus::Validator{v.consensus_key, v.power, 0});
  return consensus::ValidatorSet::Create(std::move(vals));
}

}  // namespace ordo::chain
