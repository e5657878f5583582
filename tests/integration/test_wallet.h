#pragma once
// A development account as a wallet would use it: its key from dev-accounts.json and signed
// transfers built with the node's own transaction code (chain::Transaction + SignTransaction).

#include <QString>

#include <optional>

#include "ordo/chain/transaction.h"
#include "ordo/crypto/schnorr.h"
#include "ordod_process.h"

namespace ordo::integration {

inline constexpr uint64_t transfer_gas = 21'000;

struct TransferFields {
  uint64_t chain_id = 0;
  uint64_t nonce = 0;
  Address to{};
  U256 value = 0;
  chain::TxType type = chain::TxType::DynamicFee;
  U256 max_fee_per_gas = 0;           // DynamicFee: cap; Legacy/AccessList: the gas price
  U256 max_priority_fee_per_gas = 0;  // DynamicFee only
};

class TestWallet {
 public:
  // nullopt when the key is not 32 bytes of hex or not a valid secret.
  static std::optional<TestWallet> FromDevAccount(const DevAccountKey& account);

  // A signed plain transfer with gas limit transfer_gas.
  chain::Transaction Transfer(const TransferFields& fields) const;
  static QString RawHex(const chain::Transaction& tx);  // "0x" + canonical signed bytes

  const Address& address() const { return m_address; }
  QString address_hex() const;

 private:
  explicit TestWallet(crypto::SecretKey key);
  crypto::SecretKey m_key;
  Address m_address{};
};

QString AddressHex(const Address& a);
std::optional<Address> ParseAddress(const QString& hex);

}  // namespace ordo::integration
