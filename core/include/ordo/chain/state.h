#pragma once
// The sequencer's state: accounts (nonce, balance), the validator set of the next height with
// each validator's fee recipient, and the base fee of the next block. Its root commits to all of
// it. Not thread-safe: owned by the consensus strand; readers get copies or go through the node.

#include <map>
#include <memory>
#include <vector>

#include "ordo/chain/genesis.h"
#include "ordo/chain/primitives.h"
#include "ordo/consensus/validator_set.h"

namespace ordo::chain {

struct Account {
  uint64_t nonce = 0;
  U256 balance = 0;
  bool operator==(const Account&) const = default;
};

class State {
 public:
  static Result<State> FromGenesis(const Genesis& genesis);

  Account GetAccount(const Address& a) const;
  void SetAccount(const Address& a, const Account& account);
  const std::map<Address, Account>& accounts() const { return m_accounts; }

  uint64_t height() const { return m_height; }  // last committed height (0 at genesis)
  void set_height(uint64_t h) { m_height = h; }
  const U256& base_fee() const { return m_base_fee; }  // of the next block
  void set_base_fee(const U256& fee) { m_base_fee = fee; }
  const consensus::ValidatorSet& validators() const { return m_validators; }  // of the next height
  void set_validators(consensus::ValidatorSet set) { m_validators = std::move(set); }
  const std::vector<Address>& fee_recipients() const { return m_fee_recipients; }  // by validator index
  const std::vector<std::string>& monikers() const { return m_monikers; }

  // SHA-256 over height, base fee, validator-set hash, fee recipients and every account in
  // address order.
  Hash32 Root() const;

  // Canonical bytes for storage, and back (Corruption on any defect).
  Bytes Serialize() const;
  static Result<State> Deserialize(ByteSpan bytes);

 private:
  uint64_t m_height = 0;
  U256 m_base_fee = 0;
  consensus::ValidatorSet m_validators;
  std::vector<Address> m_fee_recipients;
  std::vector<std::string> m_monikers;
  std::map<Address, Account> m_accounts;
};

}  // namespace ordo::chain
