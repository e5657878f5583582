#include "chain_ledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ordo::integration {


namespace {

constexpr uint64_t transfer_gas = 21'000;

QString Wei(const U256& v) { return QString::fromStdString(v.str()); }

}  // namespace

bool ChainLedger::LoadGenesis(const QString& genesis_path, QString* error) {
  QFile f(genesis_path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = "cannot read " + genesis_path;
    return false;
  }
  const QJsonObject g = QJsonDocument::fromJson(f.readAll()).object();
  const QJsonArray validators = g.value("validators").toArray();
  if (validators.size() != 1) {
    *error = "expected a single-validator genesis";
    return false;
  }
  m_fee_recipient = validators[0].toObject().value("fee_recipient").toString().toLower();
  Track(m_fee_recipient);
  for (const QJsonValue& a : g.value("accounts").toArray()) {
    const QString address = a.toObject().value("address").toString().toLower();
    const U256 balance(a.toObject().value("balance").toString().toStdString());
    m_balances[address] += balance;
    m_supply += balance;
  }
  if (m_fee_recipient.size() != 42 || m_supply == 0) {
    *error = "genesis.json has no fee recipient or no funded account";
    return false;
  }
  return true;
}

uint64_t ChainLedger::Nonce(const QString& address) const {
  auto it = m_nonces.find(address);
  return it == m_nonces.end() ? 0 : it->second;
}

void ChainLedger::Track(const QString& address) { m_balances.try_emplace(address.toLower(), 0); }

bool ChainLedger::Extend(RpcClient& rpc, uint64_t to_height, QString* error) {
  for (uint64_t h = head() + 1; h <= to_height; ++h) {
    const RpcReply r = rpc.Call("eth_getBlockByNumber", {U64ToQuantity(h), true});
    if (!r.ok() || !r.result.isObject()) {
      *error = QString("height %1 (head %2) missing: %3 %4").arg(h).arg(to_height).arg(r.Describe(),
                                                                                        QString::fromUtf8(r.body.left(200)));
      return false;
    }
    const QJsonObject b = r.result.toObject();
    const QString hash = b.value("hash").toString();
    const QString parent = b.value("parentHash").toString();
    if (QuantityToU64(b.value("number")) != h || hash.size() != 66) {
      *error = QString("height %1: block number or hash malformed").arg(h);
      return false;
    }
    if (h > 1 && parent != m_hashes[h - 1]) {
      *error = QString("height %1: parentHash %2 is not the hash %3 of height %4").arg(h).arg(parent, m_hashes[h - 1]).arg(h - 1);
      return false;
    }
    const auto base_fee = QuantityToU256(b.value("baseFeePerGas"));
    const auto gas_used = QuantityToU64(b.value("gasUsed"));
    const QJsonArray txs = b.value("transactions").toArray();
    if (!base_fee || !gas_used || *gas_used != transfer_gas * static_cast<uint64_t>(txs.size())) {
      *error = QString("height %1: gasUsed %2 for %3 transfers").arg(h).arg(b.value("gasUsed").toString()).arg(txs.size());
      return false;
    }
    for (const QJsonValue& tx : txs) {
      if (!ApplyTransaction(tx.toObject(), *base_fee, h, error)) return false;
    }
    m_hashes.push_back(hash);
    m_parents.push_back(parent);
  }
  return true;
}

bool ChainLedger::ApplyTransaction(const QJsonObject& tx, const U256& base_fee, uint64_t height, QString* error) {
  const QString where = QString("height %1 tx %2: ").arg(height).arg(tx.value("hash").toString());
  const QString from = tx.value("from").toString().toLower();
  const QString to = tx.value("to").toString().toLower();
  const auto nonce = QuantityToU64(tx.value("nonce"));
  const auto gas = QuantityToU64(tx.value("gas"));
  const auto value = QuantityToU256(tx.value("value"));
  const auto price = QuantityToU256(tx.value("gasPrice"));
  if (from.size() != 42 || to.size() != 42 || !nonce || !value || !price || gas != transfer_gas) {
    *error = where + "not a plain transfer with gas 21000";
    return false;
  }
  if (*nonce != Nonce(from)) {
    *error = where + QString("nonce %1 of %2, expected %3 (a transaction lost or applied twice)").arg(*nonce).arg(from).arg(Nonce(from));
    return false;
  }
  if (*price < base_fee) {
    *error = where + "effective gas price " + Wei(*price) + " below the base fee " + Wei(base_fee);
    return false;
  }
  if (tx.value("type").toString() == "0x2") {
    const auto max_fee = QuantityToU256(tx.value("maxFeePerGas"));
    const auto tip = QuantityToU256(tx.value("maxPriorityFeePerGas"));
    if (!max_fee || !tip || *price != std::min(*max_fee, base_fee + *tip)) {
      *error = where + "gasPrice " + Wei(*price) + " is not min(maxFeePerGas, baseFee + maxPriorityFeePerGas)";
      return false;
    }
  }
  const U256 cost = *value + U256(transfer_gas) * *price;
  U256& sender = m_balances[from];
  if (sender < cost) {
    *error = where + from + " spends " + Wei(cost) + " but holds " + Wei(sender);
    return false;
  }
  sender -= cost;
  m_balances[to] += *value;
  const U256 burn = U256(transfer_gas) * base_fee;
  const U256 tip = U256(transfer_gas) * (*price - base_fee);
  m_balances[m_fee_recipient] += tip;
  m_burned += burn;
  m_tips += tip;
  m_nonces[from] = *nonce + 1;
  ++m_transactions;
  return true;
}

bool ChainLedger::VerifyRecorded(RpcClient& rpc, QString* error) const {
  for (uint64_t h = 1; h <= head(); ++h) {
    const RpcReply r = rpc.Call("eth_getBlockByNumber", {U64ToQuantity(h), false});
    if (!r.ok() || !r.result.isObject()) {
      *error = QString("height %1, committed before, is gone: %2").arg(h).arg(r.Describe());
      return false;
    }
    const QJsonObject b = r.result.toObject();
    if (b.value("hash").toString() != m_hashes[h] || b.value("parentHash").toString() != m_parents[h]) {
      *error = QString("height %1 was rewritten: hash %2 (was %3), parent %4 (was %5)")
                   .arg(h)
                   .arg(b.value("hash").toString(), m_hashes[h], b.value("parentHash").toString(), m_parents[h]);
      return false;
    }
  }
  return true;
}

bool ChainLedger::VerifyAccounts(RpcClient& rpc, QString* error) const {
  U256 total = m_burned;
  for (const auto& [address, expected] : m_balances) {
    total += expected;
    const auto balance = rpc.Balance(address);
    if (!balance || *balance != expected) {
      *error = QString("balance of %1 at head %2: node says %3, the blocks imply %4")
                   .arg(address)
                   .arg(head())
                   .arg(balance ? Wei(*balance) : QString("(no answer)"), Wei(expected));
      return false;
    }
  }
  for (const auto& [address, expected] : m_nonces) {
    const auto nonce = rpc.Nonce(address, "latest");
    if (!nonce || *nonce != expected) {
      *error = QString("nonce of %1: node says %2, the blocks hold %3 of its transactions")
                   .arg(address)
                   .arg(nonce ? QString::number(*nonce) : QString("(no answer)"))
                   .arg(expected);
      return false;
    }
  }
  if (total != m_supply) {
    *error = "balances + burned = " + Wei(total) + ", genesis supply " + Wei(m_supply);
    return false;
  }
  return true;
}

}  // namespace ordo::integration
