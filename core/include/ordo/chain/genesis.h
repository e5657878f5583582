#pragma once
// Genesis: the chain's identity, initial validators and funded accounts, and its parameters.
// Stored as genesis.json in every node home; all nodes of a network share the same file.

#include <optional>
#include <string>
#include <vector>

#include "ordo/consensus/validator_set.h"
#include "ordo/crypto/schnorr.h"
#include "ordo/util/primitives.h"
#include "ordo/util/status.h"

namespace ordo::chain {

struct ChainParams {
  uint64_t block_gas_limit = 30'000'000;
  U256 initial_base_fee = U256(1'000'000'000);  // 1 gwei
  U256 min_base_fee = U256(1'000'000);         // base fee never drops below this
  // The EIP-1559 base fee is burned: removed from the sender and credited to no one. The tip goes
  // to the block proposer's fee recipient.
  uint64_t block_interval_ms = 1000;           // wait after a commit before the next height
  uint64_t block_txs_max = 10'000;
};

struct GenesisValidator {
  std::string moniker;
  crypto::XOnlyPublicKey consensus_key{};
  uint64_t power = 0;
  Address fee_recipient{};
  // The validator's p2p node key, when published: with p2p.validator_only, consensus messages
  // are accepted only from these nodes.
  std::optional<crypto::XOnlyPublicKey> node_key;
};

struct GenesisAccount {
  Address address{};
  U256 balance = 0;
};

struct Genesis {
  std::string chain_id;          // consensus chain id, bound into every signature
  uint64_t evm_chain_id = 0;     // EIP-155 chain id wallets use (eth_chainId)
  uint64_t genesis_time_ms = 0;
  ChainParams params;
  std::vector<GenesisValidator> validators;
  std::vector<GenesisAccount> accounts;
};

// InvalidArgument with the field named, for any missing/ill-typed/out-of-range field.
Result<Genesis> ParseGenesis(std::string_view json);
std::string GenesisToJson(const Genesis& g);  // pretty, stable field order
Result<Genesis> LoadGenesisFile(const std::string& path);
[[nodiscard]] Status SaveGenesisFile(const std::string& path, const Genesis& g);
// SHA-256 of the canonical JSON.
Hash32 GenesisHash(const Genesis& g);
// The height-1 validator set.
Result<consensus::ValidatorSet> GenesisValidatorSet(const Genesis& g);

}  // namespace ordo::chain
