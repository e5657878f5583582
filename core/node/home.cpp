#include "ordo/node/home.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>

#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/schnorr.h"
#include "ordo/crypto/secure.h"

namespace ordo::node {

namespace json = boost::json;

Status WriteSecretFile(const std::string& path, const std::string& contents) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::IoError("cannot create " + path);
  ::fchmod(fd, 0600);  // also when the file existed with wider permissions
  size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n <= 0) {
      ::close(fd);
      return Status::IoError("cannot write " + path);
    }
    done += static_cast<size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced ? Status::Ok() : Status::IoError("cannot sync " + path);
}

std::string KeyFileJson(const Bytes& secret32, const std::string& public_hex) {
  std::string secret_hex = ToHex(secret32);
  std::string out = "{\n  \"public_key\": \"" + public_hex + "\",\n  \"secret_key\": \"" + secret_hex + "\"\n}\n";
  crypto::SecureZero(secret_hex.data(), secret_hex.size());
  return out;
}

Result<std::string> WriteRpcCookie(const std::string& home) {
  Bytes secret(32);
  if (Status s = crypto::RandomBytes(secret); !s.ok()) return s;
  std::string token = ToHex(secret);
  crypto::SecureZero(secret.data(), secret.size());
  if (Status s = WriteSecretFile(home + "/" + rpc_cookie_file, token + "\n"); !s.ok()) return s;
  return token;
}

Result<Bytes> ReadKeyFile(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::NotFound("no key file at " + path);
  if ((st.st_mode & 077) != 0) return Status::InvalidArgument(path + " is readable by others; run chmod 600 " + path);
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  crypto::SecureZero(text.data(), text.size());
  if (ec || !v.is_object() || !v.as_object().contains("secret_key") || !v.as_object().at("secret_key").is_string()) {
    return Status::InvalidArgument(path + ": not a key file");
  }
  json::string& hex = v.as_object().at("secret_key").as_string();
  auto secret = FromHex(std::string_view(hex.data(), hex.size()));
  crypto::SecureZero(hex.data(), hex.size());
  if (!secret || secret->size() != 32) return Status::InvalidArgument(path + ": secret_key must be 32 bytes of hex");
  return std::move(*secret);
}

std::string DevAccountsJson(const std::vector<DevAccount>& accounts) {
  std::ostringstream o;
  o << "[";
  for (size_t i = 0; i < accounts.size(); ++i) {
    o << (i ? ",\n " : "\n ") << "{\"address\": \"" << AddressToHex(accounts[i].address) << "\", \"privateKey\": \""
      << accounts[i].private_key_hex << "\"}";
  }
  o << "\n]\n";
  return o.str();
}

namespace {

Result<Bytes> NewSecret() {
  auto key = crypto::SecretKey::Generate();
  if (!key.ok()) return key.status();
  auto raw = key->ExposeBytes();
  Bytes out(raw.begin(), raw.end());
  crypto::SecureZero(raw.data(), raw.size());
  return out;
}

}  // namespace

Status InitHome(const InitOptions& o, std::vector<DevAccount>* dev_accounts) {
  namespace fs = std::filesystem;
  if (o.chain_id.empty() || o.chain_id.size() > 64) return Status::InvalidArgument("--chain-id must be 1 to 64 characters");
  if (o.dev_accounts > dev_accounts_max) return Status::InvalidArgument("--dev-accounts at most 10000");
  std::error_code ec;
  if (fs::exists(o.home + "/genesis.json", ec)) return Status::Conflict(o.home + " is already initialised (genesis.json exists)");
  fs::create_directories(o.home, ec);
  if (ec) return Status::IoError("cannot create " + o.home + ": " + ec.message());
  fs::permissions(o.home, fs::perms::owner_all, ec);

  auto validator_secret = NewSecret();
  if (!validator_secret.ok()) return validator_secret.status();
  auto validator_key = crypto::SecretKey::FromBytes(*validator_secret);
  if (!validator_key.ok()) return validator_key.status();
  const std::string validator_pub = ToHex(validator_key->PublicKey());
  std::string key_json = KeyFileJson(*validator_secret, validator_pub);
  crypto::SecureZero(validator_secret->data(), validator_secret->size());
  Status s = WriteSecretFile(o.home + "/priv_validator_key.json", key_json);
  crypto::SecureZero(key_json.data(), key_json.size());
  if (!s.ok()) return s;

  auto node_secret = NewSecret();
  if (!node_secret.ok()) return node_secret.status();
  auto node_key = crypto::SecretKey::FromBytes(*node_secret);
  std::string node_json = KeyFileJson(*node_secret, ToHex(node_key->PublicKey()));
  crypto::SecureZero(node_secret->data(), node_secret->size());
  s = WriteSecretFile(o.home + "/node_key.json", node_json);
  crypto::SecureZero(node_json.data(), node_json.size());
  if (!s.ok()) return s;

  chain::Genesis g;
  g.chain_id = o.chain_id;
  g.evm_chain_id = o.evm_chain_id;
  if (g.evm_chain_id == 0) {
    const bool numeric = o.chain_id.find_first_not_of("0123456789") == std::string::npos && o.chain_id.size() <= 15;
    g.evm_chain_id = numeric ? std::stoull(o.chain_id) : default_evm_chain_id;
  }
  g.genesis_time_ms = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::system_clock::now().time_since_epoch()).count());
  g.params.block_interval_ms = o.block_interval_ms;
  g.validators.push_back(chain::GenesisValidator{o.moniker, validator_key->PublicKey(), 100,
                                                 crypto::EthereumAddress(*validator_key), node_key->PublicKey()});
  for (size_t i = 0; i < o.dev_accounts; ++i) {
    auto secret = NewSecret();
    if (!secret.ok()) return secret.status();
    auto k = crypto::SecretKey::FromBytes(*secret);
    DevAccount acc{crypto::EthereumAddress(*k), "0x" + ToHex(*secret)};
    crypto::SecureZero(secret->data(), secret->size());
    g.accounts.push_back(chain::GenesisAccount{acc.address, o.dev_balance});
    dev_accounts->push_back(std::move(acc));
  }
  if (Status gs = chain::SaveGenesisFile(o.home + "/genesis.json", g); !gs.ok()) return gs;
  node::NodeConfig config = o.config;
  config.moniker = o.moniker;
  std::ofstream(o.home + "/config.toml") << node::NodeConfigToToml(config);
  if (!dev_accounts->empty()) {
    // Development keys only: they fund a local chain. 0600 all the same.
    if (Status ds = WriteSecretFile(o.home + "/dev-accounts.json", DevAccountsJson(*dev_accounts)); !ds.ok()) return ds;
  }
  return Status::Ok();
}

namespace {

struct NewKey {
  Bytes secret;
  crypto::XOnlyPublicKey pub{};
};

Result<NewKey> MakeKey() {
  auto secret = NewSecret();
  if (!secret.ok()) return secret.status();
  auto key = crypto::SecretKey::FromBytes(*secret);
  if (!key.ok()) return key.status();
  return NewKey{std::move(secret).value(), key->PublicKey()};
}

Status WriteKey(const std::string& path, NewKey& k) {
  std::string json = KeyFileJson(k.secret, ToHex(k.pub));
  Status s = WriteSecretFile(path, json);
  crypto::SecureZero(json.data(), json.size());
  crypto::SecureZero(k.secret.data(), k.secret.size());
  return s;
}

uint64_t EvmChainId(const std::string& chain_id, uint64_t given) {
  if (given != 0) return given;
  const bool numeric = chain_id.find_first_not_of("0123456789") == std::string::npos && chain_id.size() <= 15;
  return numeric ? std::stoull(chain_id) : default_evm_chain_id;
}

}  // namespace

Status InitTestnet(const TestnetOptions& o, std::vector<DevAccount>* dev_accounts) {
  namespace fs = std::filesystem;
  if (o.validators < 1 || o.validators > testnet_validators_max) return Status::InvalidArgument("--validators must be 1..64");
  if (o.chain_id.empty() || o.chain_id.size() > 64) return Status::InvalidArgument("--chain-id must be 1 to 64 characters");
  if (o.dev_accounts > dev_accounts_max) return Status::InvalidArgument("--dev-accounts at most 10000");
  if (static_cast<size_t>(o.rpc_port_base) + o.validators > 65536 || static_cast<size_t>(o.p2p_port_base) + o.validators > 65536) {
    return Status::InvalidArgument("port bases leave no room for every node");
  }
  std::error_code ec;
  if (fs::exists(o.output + "/node0/genesis.json", ec)) return Status::Conflict(o.output + " already holds a testnet");
  chain::Genesis g;
  g.chain_id = o.chain_id;
  g.evm_chain_id = EvmChainId(o.chain_id, o.evm_chain_id);
  g.genesis_time_ms = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::system_clock::now().time_since_epoch()).count());
  g.params.block_interval_ms = o.block_interval_ms;
  std::vector<NewKey> validator_keys, node_keys;
  for (size_t i = 0; i < o.validators; ++i) {
    auto vk = MakeKey();
    auto nk = MakeKey();
    if (!vk.ok()) return vk.status();
    if (!nk.ok()) return nk.status();
    auto sk = crypto::SecretKey::FromBytes(vk->secret);
    g.validators.push_back(chain::GenesisValidator{"node" + std::to_string(i), vk->pub, 100, crypto::EthereumAddress(*sk), nk->pub});
    validator_keys.push_back(std::move(vk).value());
    node_keys.push_back(std::move(nk).value());
  }
  for (size_t i = 0; i < o.dev_accounts; ++i) {
    auto secret = NewSecret();
    if (!secret.ok()) return secret.status();
    auto k = crypto::SecretKey::FromBytes(*secret);
    dev_accounts->push_back(DevAccount{crypto::EthereumAddress(*k), "0x" + ToHex(*secret)});
    crypto::SecureZero(secret->data(), secret->size());
    g.accounts.push_back(chain::GenesisAccount{dev_accounts->back().address, U256("10000000000000000000000")});
  }
  for (size_t i = 0; i < o.validators; ++i) {
    const std::string home = o.output + "/node" + std::to_string(i);
    fs::create_directories(home, ec);
    if (ec) return Status::IoError("cannot create " + home + ": " + ec.message());
    fs::permissions(home, fs::perms::owner_all, ec);
    if (Status s = WriteKey(home + "/priv_validator_key.json", validator_keys[i]); !s.ok()) return s;
    if (Status s = WriteKey(home + "/node_key.json", node_keys[i]); !s.ok()) return s;
    if (Status s = chain::SaveGenesisFile(home + "/genesis.json", g); !s.ok()) return s;
    node::NodeConfig c;
    c.moniker = "node" + std::to_string(i);
    c.rpc_bind = o.bind;
    c.rpc_port = static_cast<uint16_t>(o.rpc_port_base + i);
    c.p2p_bind = o.bind;
    c.p2p_port = static_cast<uint16_t>(o.p2p_port_base + i);
    for (size_t j = 0; j < o.validators; ++j) {
      if (j != i) c.persistent_peers.push_back(o.bind + ":" + std::to_string(o.p2p_port_base + j));
    }
    std::ofstream(home + "/config.toml") << node::NodeConfigToToml(c);
  }
  if (!dev_accounts->empty()) {
    if (Status s = WriteSecretFile(o.output + "/dev-accounts.json", DevAccountsJson(*dev_accounts)); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<NodeOptions> LoadNodeOptions(const std::string& home) {
  auto config = LoadNodeConfig(home + "/config.toml");
  if (!config.ok()) return config.status();
  auto genesis = chain::LoadGenesisFile(home + "/genesis.json");
  if (!genesis.ok()) return genesis.status();
  NodeOptions options;
  options.home = home;
  options.config = config.value();
  options.genesis = genesis.value();
  auto secret = ReadKeyFile(home + "/priv_validator_key.json");
  if (secret.ok()) {
    options.validator_secret = std::move(secret).value();
  } else if (!secret.status().IsNotFound()) {
    return secret.status();
  }
  auto node_secret = ReadKeyFile(home + "/node_key.json");
  if (node_secret.ok()) {
    options.node_secret = std::move(node_secret).value();
  } else if (!node_secret.status().IsNotFound()) {
    return node_secret.status();
  }
  return options;
}

Status JoinHome(const std::string& home, const std::string& genesis_file, const std::vector<std::string>& peers,
                const std::string& moniker) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(home + "/genesis.json", ec)) return Status::Conflict(home + " is already initialised (genesis.json exists)");
  auto genesis = chain::LoadGenesisFile(genesis_file);
  if (!genesis.ok()) return genesis.status();
  for (const std::string& p : peers) {
    const auto colon = p.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == p.size()) {
      return Status::InvalidArgument("peer \"" + p + "\" is not host:port");
    }
  }
  fs::create_directories(home, ec);
  if (ec) return Status::IoError("cannot create " + home + ": " + ec.message());
  fs::permissions(home, fs::perms::owner_all, ec);
  auto node_secret = NewSecret();
  if (!node_secret.ok()) return node_secret.status();
  auto node_key = crypto::SecretKey::FromBytes(*node_secret);
  if (!node_key.ok()) return node_key.status();
  std::string node_json = KeyFileJson(*node_secret, ToHex(node_key->PublicKey()));
  crypto::SecureZero(node_secret->data(), node_secret->size());
  Status s = WriteSecretFile(home + "/node_key.json", node_json);
  crypto::SecureZero(node_json.data(), node_json.size());
  if (!s.ok()) return s;
  NodeConfig config;
  config.moniker = moniker;
  config.persistent_peers = peers;
  std::ofstream out(home + "/config.toml", std::ios::trunc);
  out << NodeConfigToToml(config);
  out.close();
  if (!out) return Status::IoError("cannot write " + home + "/config.toml");
  return chain::SaveGenesisFile(home + "/genesis.json", genesis.value());
}

}  // namespace ordo::node
