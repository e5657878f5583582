#include "test_wallet.h"

#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/secure.h"

namespace ordo::integration {

std::optional<TestWallet> TestWallet::FromDevAccount(const DevAccountKey& account) {
  auto bytes = FromHex(account.private_key.toStdString());
  if (!bytes || bytes->size() != 32) return std::nullopt;
  auto key = crypto::SecretKey::FromBytes(*bytes);
  crypto::SecureZero(bytes->data(), bytes->size());
  if (!key.ok()) return std::nullopt;
  return TestWallet(std::move(key).value());
}

TestWallet::TestWallet(crypto::SecretKey key) : m_key(std::move(key)), m_address(crypto::EthereumAddress(m_key)) {}

chain::Transaction TestWallet::Transfer(const TransferFields& f) const {
  chain::Transaction tx;
  tx.type = f.type;
  tx.chain_id = f.chain_id;
  tx.nonce = f.nonce;
  if (f.type == chain::TxType::DynamicFee) {
    tx.max_fee_per_gas = f.max_fee_per_gas;
    tx.max_priority_fee_per_gas = f.max_priority_fee_per_gas;
  } else {
    tx.gas_price = f.max_fee_per_gas;
  }
  tx.gas_limit = transfer_gas;
  tx.to = f.to;
  tx.value = f.value;
  chain::SignTransaction(tx, m_key);
  return tx;
}

QString TestWallet::RawHex(const chain::Transaction& tx) { return "0x" + QString::fromStdString(ToHex(tx.raw)); }

QString TestWallet::address_hex() const { return AddressHex(m_address); }

QString AddressHex(const Address& a) { return QString::fromStdString(AddressToHex(a)); }

std::optional<Address> ParseAddress(const QString& hex) {
  if (hex.size() != 42) return std::nullopt;
  return AddressFromHex(hex.toStdString());
}

}  // namespace ordo::integration
