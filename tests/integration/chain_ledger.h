#pragma once
// The test's own account of a chain it watches over JSON-RPC: the hash of every height it has
// seen (a committed block must never change or vanish), and the balances and nonces that the
// plain transfers in those blocks imply, replayed from genesis.json. Comparing it with what the
// node reports catches lost, rewritten, duplicated or mis-charged transactions.

#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

#include "ordo/util/primitives.h"
#include "rpc_client.h"

namespace ordo::integration {

class ChainLedger {
 public:
  // Genesis balances and the validator's fee recipient. False and *error when unreadable.
  bool LoadGenesis(const QString& genesis_path, QString* error);

  // Fetches heights head()+1 .. to_height with full transactions, checks that each exists and
  // links to its parent, and applies its transfers (only plain transfers with gas limit 21000
  // are expected: anything else is reported).
  bool Extend(RpcClient& rpc, uint64_t to_height, QString* error);
  // Every height seen so far still has the same hash and parent.
  bool VerifyRecorded(RpcClient& rpc, QString* error) const;
  // Every known account's balance and latest nonce on the node equals the ledger's. Call only
  // when no transaction can still be committed beyond head().
  bool VerifyAccounts(RpcClient& rpc, QString* error) const;

  uint64_t head() const { return m_hashes.size() - 1; }
  uint64_t Nonce(const QString& address) const;
  // Makes `address` part of VerifyAccounts even before it receives anything.
  void Track(const QString& address);
  uint64_t transactions() const { return m_transactions; }
  const U256& burned() const { return m_burned; }
  const U256& tips() const { return m_tips; }

 private:
  bool ApplyTransaction(const QJsonObject& tx, const U256& base_fee, uint64_t height, QString* error);

  std::vector<QString> m_hashes{QString()};   // by height; [0] unused (genesis)
  std::vector<QString> m_parents{QString()};  // parentHash by height
  std::map<QString, U256> m_balances;  // lowercase "0x…" address -> wei
  std::map<QString, uint64_t> m_nonces;       // senders seen -> next nonce
  QString m_fee_recipient;
  U256 m_supply = 0;
  U256 m_burned = 0;
  U256 m_tips = 0;
  uint64_t m_transactions = 0;
};

}  // namespace ordo::integration
