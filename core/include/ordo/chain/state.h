#pragma once
// The sequencer's state: accounts (nonce, balance), the validator set of the next height with
// each validator's fee recipient, and the base fee of the next block. Its root commits to all of
// it. Not thread-safe to mutate: owned by the consensus strand; readers get copies.
//
// Accounts live in a fixed two-level tree keyed by the first two address bytes: 256 inner nodes
// of 256 leaves, each leaf the sorted accounts of its prefix with their hash. Nodes are immutable
// and shared between copies, so copying a State costs 256 pointer copies, a block's changes
// rebuild only the leaves and inner nodes they touch, and Root() hashes the header and the inner
// nodes' hashes — the per-height cost follows the block, not the number of accounts. Storage is
// per leaf too: a header record plus one record per non-empty leaf, and a commit writes only the
// leaves its block touched.

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "ordo/chain/genesis.h"
#include "ordo/consensus/validator_set.h"
#include "ordo/util/primitives.h"

namespace ordo::chain {

struct Account {
  uint64_t nonce = 0;
  U256 balance = 0;
  bool operator==(const Account&) const = default;
};

class State {
 public:
  static constexpr size_t leaf_count = 65'536;
  // The leaf an address belongs to: its first two bytes.
  static uint16_t LeafOf(const Address& a) { return static_cast<uint16_t>(a[0] << 8 | a[1]); }

  static Result<State> FromGenesis(const Genesis& genesis);

  Account GetAccount(const Address& a) const;
  void SetAccount(const Address& a, const Account& account);
  // Applies many changes at once (each touched leaf and inner node rebuilt and hashed once). An
  // empty Account removes the address (empty accounts are not stored, EIP-161 in spirit).
  void SetAccounts(const std::map<Address, Account>& changes);
  size_t account_count() const { return m_account_count; }
  // Every account in address order.
  std::vector<std::pair<Address, Account>> Accounts() const;

  uint64_t height() const { return m_height; }  // last committed height (0 at genesis)
  void set_height(uint64_t h) { m_height = h; }
  const U256& base_fee() const { return m_base_fee; }  // of the next block
  void set_base_fee(const U256& fee) { m_base_fee = fee; }
  const consensus::ValidatorSet& validators() const { return m_validators; }  // of the next height
  void set_validators(consensus::ValidatorSet set) { m_validators = std::move(set); }
  const std::vector<Address>& fee_recipients() const { return m_fee_recipients; }  // by validator index
  const std::vector<std::string>& monikers() const { return m_monikers; }

  // SHA-256 over "ordo/state/v2", height, base fee, validator-set hash, fee recipients, the
  // account count and (index, hash) of every non-empty inner node; an inner node's hash is over
  // (index, hash) of its non-empty leaves, a leaf's over its accounts (address, nonce, balance)
  // in address order.
  Hash32 Root() const;

  // Storage: the header (everything but the accounts, plus their count) and one record per
  // non-empty leaf (nullopt for an empty one).
  Bytes SerializeHeader() const;
  std::optional<Bytes> SerializeLeaf(uint16_t leaf) const;
  // Rebuilds a state from its header and leaf records (any order). Corruption on any defect: a
  // record that does not decode, an account under the wrong leaf, unsorted or duplicate or empty
  // accounts, a count that does not match.
  static Result<State> Restore(ByteSpan header, const std::vector<std::pair<uint16_t, Bytes>>& leaves);
  // The version 1 format (one record with every account), for databases written before the
  // per-leaf layout.
  static Result<State> DeserializeV1(ByteSpan bytes);
  // True when a header record is in the version 1 (whole-state) format.
  static bool IsV1Record(ByteSpan bytes);

  struct Leaf;
  struct Inner;
  struct HeaderFields;  // everything but the accounts, as stored

 private:
  static State WithHeader(HeaderFields&& fields);
  uint64_t m_height = 0;
  U256 m_base_fee = 0;
  consensus::ValidatorSet m_validators;
  std::vector<Address> m_fee_recipients;
  std::vector<std::string> m_monikers;
  std::array<std::shared_ptr<const Inner>, 256> m_inner{};
  size_t m_account_count = 0;
};

}  // namespace ordo::chain
