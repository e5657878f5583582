// The transaction pool: every admission rule with its exact Reject reason and precedence, the
// pending/queued split, replace-by-fee, eviction under count and byte bounds, block selection,
// recheck after a commit, TTL expiry, the counters, and concurrent admission of signed raw txs.

#include <QtTest>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "ordo/chain/transaction.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/schnorr.h"
#include "ordo/mempool/mempool.h"
#include "ordo/util/primitives.h"

using namespace ordo;
using namespace ordo::mempool;
using chain::Transaction;
using chain::TxType;
using namespace std::chrono_literals;

namespace {

constexpr uint64_t kChainId = 1337;
constexpr uint64_t kGwei = 1'000'000'000;
constexpr uint64_t kTransferGas = 21'000;
constexpr size_t kRawBytes = 100;
const U256 kBaseFee = kGwei;
const Mempool::Clock::time_point kT0 = Mempool::Clock::time_point{} + 1000h;

Address Addr(uint32_t n) {
  Address a{};
  a[0] = 0xaa;
  a[16] = static_cast<uint8_t>(n >> 24);
  a[17] = static_cast<uint8_t>(n >> 16);
  a[18] = static_cast<uint8_t>(n >> 8);
  a[19] = static_cast<uint8_t>(n);
  return a;
}

// Hand-made, unique for the whole run, so AlreadyKnown only fires when a test means it.
Hash32 NextHash() {
  static uint64_t counter = 0;
  ++counter;
  Hash32 h{};
  h[0] = 0x5e;
  for (int i = 0; i < 8; ++i) h[31 - i] = static_cast<uint8_t>(counter >> (8 * i));
  return h;
}

class FakeState : public AccountView {
 public:
  uint64_t Nonce(const Address& a) const override {
    auto it = nonces.find(a);
    return it == nonces.end() ? 0 : it->second;
  }
  U256 Balance(const Address& a) const override {
    auto it = balances.find(a);
    return it == balances.end() ? default_balance : it->second;
  }
  std::map<Address, uint64_t> nonces;
  std::map<Address, U256> balances;
  U256 default_balance = U256(1'000'000) * kGwei * kGwei;  // a million ether
};

// An EIP-1559 transfer; tests adjust fields, then Seal gives it a fresh hash.
Transaction Dyn(uint32_t sender, uint64_t nonce, uint64_t max_fee_gwei, uint64_t tip_gwei) {
  Transaction tx;
  tx.type = TxType::DynamicFee;
  tx.chain_id = kChainId;
  tx.nonce = nonce;
  tx.max_fee_per_gas = U256(max_fee_gwei) * kGwei;
  tx.max_priority_fee_per_gas = U256(tip_gwei) * kGwei;
  tx.gas_limit = kTransferGas;
  tx.to = Addr(0xffff);
  tx.value = 1;
  tx.sender = Addr(sender);
  tx.raw = Bytes(kRawBytes, 0xab);
  return tx;
}

Transaction Legacy(uint32_t sender, uint64_t nonce, uint64_t gas_price_gwei) {
  Transaction tx = Dyn(sender, nonce, 0, 0);
  tx.type = TxType::Legacy;
  tx.gas_price = U256(gas_price_gwei) * kGwei;
  return tx;
}

TxPtr Seal(Transaction tx) {
  tx.hash = NextHash();
  return std::make_shared<const Transaction>(std::move(tx));
}

Config TestConfig() {
  Config c;
  c.chain_id = kChainId;
  return c;
}

std::vector<Hash32> Hashes(const std::vector<TxPtr>& txs) {
  std::vector<Hash32> out;
  for (const TxPtr& tx : txs) out.push_back(tx->hash);
  return out;
}

crypto::SecretKey Key(uint32_t n) {
  std::array<uint8_t, 32> b{};
  b[0] = 0x01;
  b[28] = static_cast<uint8_t>(n >> 24);
  b[29] = static_cast<uint8_t>(n >> 16);
  b[30] = static_cast<uint8_t>(n >> 8);
  b[31] = static_cast<uint8_t>(n);
  return crypto::SecretKey::FromBytes(b).value();
}

Transaction Signed(const crypto::SecretKey& key, uint64_t nonce, uint64_t chain_id = kChainId) {
  Transaction tx = Dyn(0, nonce, 10, 2);
  tx.chain_id = chain_id;
  tx.raw.clear();
  chain::SignTransaction(tx, key);
  return tx;
}

QByteArray Describe(const AdmitResult& r) { return r.ok ? QByteArray("admitted") : QByteArray(RejectName(r.reason)); }

}  // namespace

#define EXPECT_OK(expr)                                    \
  do {                                                     \
    const AdmitResult r_ = (expr);                         \
    QVERIFY2(r_.ok, Describe(r_).constData());             \
  } while (0)

#define EXPECT_REJECT(expr, want)                                                            \
  do {                                                                                       \
    const AdmitResult r_ = (expr);                                                           \
    QVERIFY2(!r_.ok, "admitted, want " #want);                                               \
    QVERIFY2(r_.reason == (want), (Describe(r_) + ", want " #want).constData());             \
  } while (0)

class MempoolTests : public QObject {
  Q_OBJECT

 private:
  FakeState m_state;

  AdmitResult Add(Mempool& pool, const Transaction& tx, Mempool::Clock::time_point now = kT0) {
    return pool.Add(Seal(tx), m_state, kBaseFee, now);
  }

 private slots:
  void init() {
    m_state.nonces.clear();
    m_state.balances.clear();
  }

  void rejectNamesAndMessages() {
    const std::vector<std::tuple<Reject, const char*, const char*>> expected = {
        {Reject::Malformed, "malformed", "invalid transaction"},
        {Reject::WrongChainId, "wrong_chain_id", "invalid chain id"},
        {Reject::NonceTooLow, "nonce_too_low", "nonce too low"},
        {Reject::NonceTooHigh, "nonce_too_high", "nonce too high"},
        {Reject::InsufficientFunds, "insufficient_funds", "insufficient funds for gas * price + value"},
        {Reject::IntrinsicGasTooLow, "intrinsic_gas_too_low", "intrinsic gas too low"},
        {Reject::GasLimitTooHigh, "gas_limit_too_high", "exceeds block gas limit"},
        {Reject::Oversized, "oversized", "oversized data"},
        {Reject::FeeTooLow, "fee_too_low", "transaction underpriced"},
        {Reject::TipTooLow, "tip_too_low", "tip too low"},
        {Reject::Underpriced, "underpriced", "replacement transaction underpriced"},
        {Reject::AlreadyKnown, "already_known", "already known"},
        {Reject::PoolFull, "pool_full", "txpool is full"},
        {Reject::SenderLimit, "sender_limit", "sender has too many pending transactions"},
        {Reject::BelowBaseFee, "below_base_fee", "max fee per gas less than block base fee"},
    };
    QCOMPARE(expected.size(), size_t{reject_reason_count});
    std::set<std::string> names;
    for (const auto& [reason, name, message] : expected) {
      QCOMPARE(QByteArray(RejectName(reason)), QByteArray(name));
      QCOMPARE(QString::fromStdString(RejectMessage(reason)), QString(message));
      names.insert(name);
    }
    QCOMPARE(names.size(), size_t{reject_reason_count});
  }

  void rejectsOversized() {
    Config c = TestConfig();
    c.tx_bytes_max = 200;
    Mempool pool(c);
    Transaction tx = Dyn(1, 0, 10, 1);
    tx.raw = Bytes(201, 1);
    EXPECT_REJECT(Add(pool, tx), Reject::Oversized);
    tx.raw = Bytes(200, 1);
    EXPECT_OK(Add(pool, tx));
    QCOMPARE(pool.stats().bytes, size_t{200});
  }

  void rejectsTipAboveFeeCapAsMalformed() {
    Mempool pool(TestConfig());
    EXPECT_REJECT(Add(pool, Dyn(1, 0, 10, 11)), Reject::Malformed);
    EXPECT_OK(Add(pool, Dyn(1, 0, 10, 10)));
  }

  void rejectsWrongChainId() {
    Mempool pool(TestConfig());
    Transaction tx = Dyn(1, 0, 10, 1);
    tx.chain_id = kChainId + 1;
    EXPECT_REJECT(Add(pool, tx), Reject::WrongChainId);
    Transaction legacy = Legacy(1, 0, 10);
    legacy.chain_id = 1;
    EXPECT_REJECT(Add(pool, legacy), Reject::WrongChainId);
  }

  void rejectsIntrinsicGasTooLow() {
    Mempool pool(TestConfig());
    Transaction tx = Dyn(1, 0, 10, 1);
    tx.gas_limit = kTransferGas - 1;
    EXPECT_REJECT(Add(pool, tx), Reject::IntrinsicGasTooLow);
    tx.data = {0x00, 0x01};  // 4 + 16 more
    tx.gas_limit = kTransferGas + 19;
    EXPECT_REJECT(Add(pool, tx), Reject::IntrinsicGasTooLow);
    tx.gas_limit = kTransferGas + 20;
    EXPECT_OK(Add(pool, tx));
  }

  void rejectsGasLimitOverBlockLimit() {
    Config c = TestConfig();
    c.block_gas_limit = 100'000;
    Mempool pool(c);
    Transaction tx = Dyn(1, 0, 10, 1);
    tx.gas_limit = 100'001;
    EXPECT_REJECT(Add(pool, tx), Reject::GasLimitTooHigh);
    tx.gas_limit = 100'000;
    EXPECT_OK(Add(pool, tx));
  }

  void rejectsBelowFeeAndTipFloors() {
    Config c = TestConfig();
    c.fee_floor = U256(2) * kGwei;
    c.tip_floor = U256(1) * kGwei;
    Mempool pool(c);
    Transaction below_fee = Dyn(1, 0, 2, 1);
    below_fee.max_fee_per_gas -= 1;
    EXPECT_REJECT(Add(pool, below_fee), Reject::FeeTooLow);
    Transaction below_tip = Dyn(1, 0, 2, 1);
    below_tip.max_priority_fee_per_gas -= 1;
    EXPECT_REJECT(Add(pool, below_tip), Reject::TipTooLow);
    Transaction legacy = Legacy(2, 0, 2);
    legacy.gas_price -= 1;
    EXPECT_REJECT(Add(pool, legacy), Reject::FeeTooLow);
    EXPECT_OK(Add(pool, Dyn(1, 0, 2, 1)));
    EXPECT_OK(Add(pool, Legacy(2, 0, 2)));

    // A legacy gas price is also its tip: it must clear the tip floor too.
    Config high_tip = TestConfig();
    high_tip.fee_floor = U256(1) * kGwei;
    high_tip.tip_floor = U256(3) * kGwei;
    Mempool pool2(high_tip);
    EXPECT_REJECT(Add(pool2, Legacy(1, 0, 2)), Reject::TipTooLow);
    EXPECT_OK(Add(pool2, Legacy(1, 0, 3)));
    QCOMPARE(pool2.stats().rejected_total[static_cast<int>(Reject::TipTooLow)], uint64_t{1});
  }

  void rejectsNonceTooLowAndTooHigh() {
    Config c = TestConfig();
    c.nonce_gap_max = 3;
    Mempool pool(c);
    m_state.nonces[Addr(1)] = 5;
    EXPECT_REJECT(Add(pool, Dyn(1, 4, 10, 1)), Reject::NonceTooLow);
    EXPECT_REJECT(Add(pool, Dyn(1, 9, 10, 1)), Reject::NonceTooHigh);
    EXPECT_OK(Add(pool, Dyn(1, 8, 10, 1)));  // exactly nonce_gap_max ahead
    EXPECT_OK(Add(pool, Dyn(1, 5, 10, 1)));
    QCOMPARE(pool.stats().pending, size_t{1});
    QCOMPARE(pool.stats().queued, size_t{1});
  }

  void rejectsAlreadyKnown() {
    Mempool pool(TestConfig());
    TxPtr tx = Seal(Dyn(1, 0, 10, 1));
    EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    EXPECT_REJECT(pool.Add(tx, m_state, kBaseFee, kT0), Reject::AlreadyKnown);
    QCOMPARE(pool.size(), size_t{1});
  }

  void replacementNeedsTenPercentOnBothCaps() {
    Mempool pool(TestConfig());
    TxPtr original = Seal(Dyn(1, 0, 100, 10));
    EXPECT_OK(pool.Add(original, m_state, kBaseFee, kT0));

    EXPECT_REJECT(Add(pool, Dyn(1, 0, 109, 11)), Reject::Underpriced);  // fee cap +9%
    EXPECT_REJECT(Add(pool, Dyn(1, 0, 110, 10)), Reject::Underpriced);  // tip unchanged
    Transaction tip_nine = Dyn(1, 0, 110, 10);
    tip_nine.max_priority_fee_per_gas = U256(109) * kGwei / 10;  // tip +9%
    EXPECT_REJECT(Add(pool, tip_nine), Reject::Underpriced);
    Transaction fee_short = Dyn(1, 0, 110, 11);
    fee_short.max_fee_per_gas -= 1;  // one wei short of +10%
    EXPECT_REJECT(Add(pool, fee_short), Reject::Underpriced);

    Transaction exact = Dyn(1, 0, 110, 11);
    exact.raw = Bytes(kRawBytes + 50, 0xcd);
    TxPtr replacement = Seal(exact);
    const AdmitResult r = pool.Add(replacement, m_state, kBaseFee, kT0);
    QVERIFY(r.ok);
    QVERIFY(r.replaced.has_value());
    QCOMPARE(*r.replaced, original->hash);
    QCOMPARE(r.hash, replacement->hash);
    QCOMPARE(pool.size(), size_t{1});
    QVERIFY(pool.Get(original->hash) == nullptr);
    QVERIFY(pool.Get(replacement->hash) == replacement);
    const Stats s = pool.stats();
    QCOMPARE(s.bytes, kRawBytes + 50);
    QCOMPARE(s.pending, size_t{1});
    QCOMPARE(s.admitted_total, uint64_t{2});
    QCOMPARE(s.evicted_total, uint64_t{0});
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::Underpriced)], uint64_t{4});
  }

  // Issue 16 (j): with a zero tip floor, a zero-tip transaction replaced by another zero-tip one
  // passed the +10 % check (0 >= 0) and was gossiped again each time: free churn.
  void zeroCapsNeedANonZeroReplacement() {
    Config c = TestConfig();
    c.tip_floor = 0;
    Mempool pool(c);
    Transaction free_tip = Dyn(1, 0, 100, 0);
    EXPECT_OK(Add(pool, free_tip));
    Transaction again = Dyn(1, 0, 200, 0);  // the fee cap doubled, the tip still zero
    EXPECT_REJECT(Add(pool, again), Reject::Underpriced);
    Transaction paid = Dyn(1, 0, 200, 0);
    paid.max_priority_fee_per_gas = 1;
    EXPECT_OK(Add(pool, paid));
  }

  void defaultsRefuseZeroTipAndFeeBelowBaseFee() {
    Mempool pool(TestConfig());
    EXPECT_REJECT(Add(pool, Dyn(1, 0, 100, 0)), Reject::TipTooLow);
    Transaction under = Dyn(2, 0, 1, 1);
    under.max_fee_per_gas = kBaseFee - 1;
    under.max_priority_fee_per_gas = 1;
    EXPECT_REJECT(Add(pool, under), Reject::BelowBaseFee);
    Transaction legacy = Legacy(3, 0, 1);
    legacy.gas_price = kBaseFee - 1;
    EXPECT_REJECT(Add(pool, legacy), Reject::BelowBaseFee);
    Transaction at = under;
    at.max_fee_per_gas = kBaseFee;
    EXPECT_OK(Add(pool, at));
  }

  void legacyReplacementBumpsGasPrice() {
    Mempool pool(TestConfig());
    EXPECT_OK(Add(pool, Legacy(1, 0, 100)));
    EXPECT_REJECT(Add(pool, Legacy(1, 0, 109)), Reject::Underpriced);
    EXPECT_OK(Add(pool, Legacy(1, 0, 110)));
    QCOMPARE(pool.size(), size_t{1});
  }

  void underpricedComesBeforeInsufficientFunds() {
    Mempool pool(TestConfig());
    EXPECT_OK(Add(pool, Dyn(1, 0, 100, 10)));
    Transaction costly = Dyn(1, 0, 100, 10);
    costly.value = m_state.default_balance;
    EXPECT_REJECT(Add(pool, costly), Reject::Underpriced);
  }

  void rejectsInsufficientFunds() {
    Mempool pool(TestConfig());
    const U256 one_cost = U256(kTransferGas) * 10 * kGwei + 1;  // gas * max fee + value
    m_state.balances[Addr(1)] = one_cost;
    Transaction too_much = Dyn(1, 0, 10, 1);
    too_much.value = 2;
    EXPECT_REJECT(Add(pool, too_much), Reject::InsufficientFunds);
    EXPECT_OK(Add(pool, Dyn(1, 0, 10, 1)));  // exactly the balance

    // Several pending txs: the balance must cover all of them up to and including the new one.
    m_state.balances[Addr(2)] = one_cost * 2 + U256(kTransferGas) * kGwei;
    EXPECT_OK(Add(pool, Dyn(2, 0, 10, 1)));
    EXPECT_OK(Add(pool, Dyn(2, 1, 10, 1)));
    EXPECT_REJECT(Add(pool, Dyn(2, 2, 10, 1)), Reject::InsufficientFunds);
    EXPECT_REJECT(Add(pool, Dyn(2, 5, 10, 1)), Reject::InsufficientFunds);  // queued ones too
    // Replacing nonce 1 counts only nonce 0 below it, not the replaced tx: exactly the balance.
    EXPECT_OK(Add(pool, Dyn(2, 1, 11, 2)));
    Transaction pricier = Dyn(2, 1, 20, 3);
    EXPECT_REJECT(Add(pool, pricier), Reject::InsufficientFunds);
    QCOMPARE(pool.stats().rejected_total[static_cast<int>(Reject::InsufficientFunds)], uint64_t{4});
  }

  void rejectsOverSenderLimit() {
    Config c = TestConfig();
    c.txs_per_sender_max = 3;
    Mempool pool(c);
    for (uint64_t n = 0; n < 3; ++n) EXPECT_OK(Add(pool, Dyn(1, n, 10, 1)));
    EXPECT_REJECT(Add(pool, Dyn(1, 3, 10, 1)), Reject::SenderLimit);
    EXPECT_OK(Add(pool, Dyn(1, 1, 11, 2)));  // a replacement takes no new slot
    EXPECT_OK(Add(pool, Dyn(2, 0, 10, 1)));  // the limit is per sender
    QCOMPARE(pool.size(), size_t{4});
  }

  // One transaction that breaks every rule, repaired one field at a time: the reasons must come in
  // the documented order.
  void admissionChecksRunInOrder() {
    Config c = TestConfig();
    c.tx_bytes_max = 200;
    c.block_gas_limit = 30'000;
    c.fee_floor = U256(2) * kGwei;
    c.tip_floor = U256(1) * kGwei;
    c.nonce_gap_max = 2;
    c.txs_per_sender_max = 1;
    c.txs_max = 1;
    Mempool pool(c);
    m_state.nonces[Addr(1)] = 5;
    m_state.balances[Addr(1)] = U256(kTransferGas) * 2 * kGwei;

    Transaction tx = Dyn(1, 4, 1, 0);
    tx.raw = Bytes(201, 1);
    tx.chain_id = 7;
    tx.gas_limit = 20'000;
    tx.value = U256(1) * kGwei * kGwei;
    EXPECT_REJECT(Add(pool, tx), Reject::Oversized);
    tx.raw = Bytes(200, 1);
    EXPECT_REJECT(Add(pool, tx), Reject::WrongChainId);
    tx.chain_id = kChainId;
    EXPECT_REJECT(Add(pool, tx), Reject::IntrinsicGasTooLow);
    tx.gas_limit = 40'000;
    EXPECT_REJECT(Add(pool, tx), Reject::GasLimitTooHigh);
    tx.gas_limit = kTransferGas;
    EXPECT_REJECT(Add(pool, tx), Reject::FeeTooLow);
    tx.max_fee_per_gas = U256(2) * kGwei;
    EXPECT_REJECT(Add(pool, tx), Reject::TipTooLow);
    tx.max_priority_fee_per_gas = U256(1) * kGwei;
    EXPECT_REJECT(pool.Add(Seal(tx), m_state, U256(3) * kGwei, kT0), Reject::BelowBaseFee);
    EXPECT_REJECT(Add(pool, tx), Reject::NonceTooLow);
    tx.nonce = 8;
    EXPECT_REJECT(Add(pool, tx), Reject::NonceTooHigh);
    tx.nonce = 5;
    EXPECT_REJECT(Add(pool, tx), Reject::InsufficientFunds);
    tx.value = 0;
    TxPtr admitted = Seal(tx);
    EXPECT_OK(pool.Add(admitted, m_state, kBaseFee, kT0));
    EXPECT_REJECT(pool.Add(admitted, m_state, kBaseFee, kT0), Reject::AlreadyKnown);
    EXPECT_REJECT(Add(pool, tx), Reject::Underpriced);
    tx.nonce = 6;
    tx.value = 1;
    EXPECT_REJECT(Add(pool, tx), Reject::InsufficientFunds);
    tx.value = 0;
    m_state.balances[Addr(1)] = m_state.default_balance;
    EXPECT_REJECT(Add(pool, tx), Reject::SenderLimit);
    EXPECT_REJECT(Add(pool, Dyn(2, 0, 2, 1)), Reject::PoolFull);

    const Stats s = pool.stats();
    for (int i = 0; i < reject_reason_count; ++i) {
      uint64_t want = 1;
      if (static_cast<Reject>(i) == Reject::Malformed) want = 0;
      if (static_cast<Reject>(i) == Reject::InsufficientFunds) want = 2;
      QCOMPARE(s.rejected_total[i], want);
    }
    QCOMPARE(s.admitted_total, uint64_t{1});
  }

  void pendingQueuedSplitAndPromotion() {
    Mempool pool(TestConfig());
    m_state.nonces[Addr(1)] = 10;
    EXPECT_OK(Add(pool, Dyn(1, 10, 10, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 12, 10, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 13, 10, 1)));
    Stats s = pool.stats();
    QCOMPARE(s.pending, size_t{1});
    QCOMPARE(s.queued, size_t{2});
    QCOMPARE(pool.PendingNonce(Addr(1), m_state), uint64_t{11});
    QCOMPARE(pool.SelectForBlock(kBaseFee, 30'000'000, 100).size(), size_t{1});

    EXPECT_OK(Add(pool, Dyn(1, 11, 10, 1)));  // fills the gap: everything becomes pending
    s = pool.stats();
    QCOMPARE(s.pending, size_t{4});
    QCOMPARE(s.queued, size_t{0});
    QCOMPARE(s.bytes, 4 * kRawBytes);
    QCOMPARE(pool.PendingNonce(Addr(1), m_state), uint64_t{14});
    QCOMPARE(pool.SelectForBlock(kBaseFee, 30'000'000, 100).size(), size_t{4});

    // A sender with only a gap contributes nothing pending.
    EXPECT_OK(Add(pool, Dyn(2, 1, 10, 1)));
    s = pool.stats();
    QCOMPARE(s.pending, size_t{4});
    QCOMPARE(s.queued, size_t{1});
    QCOMPARE(pool.PendingNonce(Addr(2), m_state), uint64_t{0});
    QCOMPARE(pool.PendingNonce(Addr(3), m_state), uint64_t{0});
  }

  void evictsLowestTipWhenCountIsFull() {
    Config c = TestConfig();
    c.txs_max = 3;
    Mempool pool(c);
    TxPtr low = Seal(Dyn(1, 0, 100, 1));
    TxPtr mid = Seal(Dyn(2, 0, 100, 2));
    TxPtr high = Seal(Dyn(3, 0, 100, 3));
    for (const TxPtr& tx : {low, mid, high}) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));

    EXPECT_REJECT(Add(pool, Dyn(4, 0, 100, 1)), Reject::PoolFull);  // equal to the worst: not better
    EXPECT_REJECT(Add(pool, Dyn(4, 0, 1, 1)), Reject::PoolFull);    // tip 0 at base fee 1: worse
    QCOMPARE(pool.size(), size_t{3});
    QVERIFY(pool.Get(low->hash) != nullptr);

    TxPtr better = Seal(Dyn(4, 0, 100, 4));
    EXPECT_OK(pool.Add(better, m_state, kBaseFee, kT0));
    QCOMPARE(pool.size(), size_t{3});
    QVERIFY(pool.Get(low->hash) == nullptr);
    QVERIFY(pool.Get(better->hash) != nullptr);
    const Stats s = pool.stats();
    QCOMPARE(s.evicted_total, uint64_t{1});
    QCOMPARE(s.pending, size_t{3});
    QCOMPARE(s.bytes, 3 * kRawBytes);
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::PoolFull)], uint64_t{2});
  }

  void equalTipsEvictTheNewestFirst() {
    Config c = TestConfig();
    c.txs_max = 2;
    Mempool pool(c);
    TxPtr older = Seal(Dyn(1, 0, 100, 2));
    TxPtr newer = Seal(Dyn(2, 0, 100, 2));
    EXPECT_OK(pool.Add(older, m_state, kBaseFee, kT0));
    EXPECT_OK(pool.Add(newer, m_state, kBaseFee, kT0));
    EXPECT_OK(Add(pool, Dyn(3, 0, 100, 3)));
    QVERIFY(pool.Get(older->hash) != nullptr);
    QVERIFY(pool.Get(newer->hash) == nullptr);
  }

  void evictsByBytesAndNeverPartially() {
    Config c = TestConfig();
    c.bytes_max = 1000;
    Mempool pool(c);
    Transaction t1 = Dyn(1, 0, 100, 1);
    t1.raw = Bytes(400, 1);
    Transaction t2 = Dyn(2, 0, 100, 2);
    t2.raw = Bytes(400, 2);
    Transaction t3 = Dyn(3, 0, 100, 3);
    t3.raw = Bytes(300, 3);
    TxPtr p1 = Seal(t1), p2 = Seal(t2), p3 = Seal(t3);
    EXPECT_OK(pool.Add(p1, m_state, kBaseFee, kT0));
    EXPECT_OK(pool.Add(p2, m_state, kBaseFee, kT0));
    EXPECT_OK(pool.Add(p3, m_state, kBaseFee, kT0));  // 1100 bytes would not fit: p1 goes
    QVERIFY(pool.Get(p1->hash) == nullptr);
    QCOMPARE(pool.stats().bytes, size_t{700});

    Transaction t5 = Dyn(5, 0, 100, 5);
    t5.raw = Bytes(400, 5);
    TxPtr p5 = Seal(t5);
    EXPECT_OK(pool.Add(p5, m_state, kBaseFee, kT0));  // 1100 bytes again: p2 goes
    QVERIFY(pool.Get(p2->hash) == nullptr);
    QCOMPARE(pool.stats().bytes, size_t{700});
    // Would need p3 (worse) and p5 (better) out: refused, and p3 stays.
    Transaction t4 = Dyn(4, 0, 100, 4);
    t4.raw = Bytes(800, 4);
    EXPECT_REJECT(Add(pool, t4), Reject::PoolFull);
    QVERIFY(pool.Get(p3->hash) != nullptr);
    QVERIFY(pool.Get(p5->hash) != nullptr);

    // Two victims at once.
    Transaction t6 = Dyn(6, 0, 100, 6);
    t6.raw = Bytes(900, 6);
    EXPECT_OK(Add(pool, t6));
    const Stats s = pool.stats();
    QCOMPARE(pool.size(), size_t{1});
    QCOMPARE(s.bytes, size_t{900});
    QCOMPARE(s.evicted_total, uint64_t{4});

    // Larger than the whole pool: nothing can make room.
    Transaction huge = Dyn(7, 0, 100, 50);
    huge.raw = Bytes(1001, 7);
    EXPECT_REJECT(Add(pool, huge), Reject::PoolFull);
    QCOMPARE(pool.size(), size_t{1});
  }

  // A replacement that grows frees its own slot first and may only push out worse transactions.
  void replacementInAFullPoolNeverEvictsItself() {
    Config c = TestConfig();
    c.bytes_max = 350;
    Mempool pool(c);
    TxPtr a0 = Seal(Dyn(1, 0, 100, 1));
    TxPtr b0 = Seal(Dyn(2, 0, 100, 2));
    TxPtr c0 = Seal(Dyn(3, 0, 100, 9));
    for (const TxPtr& tx : {a0, b0, c0}) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));

    Transaction bigger = Dyn(1, 0, 110, 2);  // ties b0's tip but arrives later: not better
    bigger.raw = Bytes(200, 1);
    EXPECT_REJECT(Add(pool, bigger), Reject::PoolFull);
    QCOMPARE(pool.size(), size_t{3});
    QVERIFY(pool.Get(a0->hash) != nullptr);

    bigger.max_priority_fee_per_gas = U256(3) * kGwei;
    TxPtr a0_bigger = Seal(bigger);
    const AdmitResult r = pool.Add(a0_bigger, m_state, kBaseFee, kT0);
    QVERIFY2(r.ok, Describe(r).constData());
    QVERIFY(r.replaced == a0->hash);
    QVERIFY(pool.Get(b0->hash) == nullptr);
    QVERIFY(pool.Get(c0->hash) != nullptr);
    const Stats s = pool.stats();
    QCOMPARE(pool.size(), size_t{2});
    QCOMPARE(s.bytes, size_t{300});
    QCOMPARE(s.pending, size_t{2});
    QCOMPARE(s.evicted_total, uint64_t{1});
  }

  void evictionOfANonceDemotesTheSendersLaterTxs() {
    Config c = TestConfig();
    c.txs_max = 3;
    Mempool pool(c);
    EXPECT_OK(Add(pool, Dyn(1, 0, 100, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 1, 100, 5)));
    EXPECT_OK(Add(pool, Dyn(2, 0, 100, 3)));
    QCOMPARE(pool.stats().pending, size_t{3});
    EXPECT_OK(Add(pool, Dyn(3, 0, 100, 4)));  // evicts sender 1's nonce 0
    const Stats s = pool.stats();
    QCOMPARE(s.pending, size_t{2});
    QCOMPARE(s.queued, size_t{1});
    QCOMPARE(pool.PendingNonce(Addr(1), m_state), uint64_t{0});
    for (const TxPtr& tx : pool.SelectForBlock(kBaseFee, 30'000'000, 100)) QVERIFY(tx->sender != Addr(1));
  }

  void selectOrdersByTipAcrossSendersAndByNonceWithin() {
    Mempool pool(TestConfig());
    TxPtr a0 = Seal(Dyn(1, 0, 100, 1));
    TxPtr a1 = Seal(Dyn(1, 1, 100, 5));
    TxPtr b0 = Seal(Dyn(2, 0, 100, 3));
    TxPtr c0 = Seal(Dyn(3, 0, 100, 2));
    TxPtr d0 = Seal(Dyn(4, 0, 100, 2));  // ties c0, arrived later
    TxPtr e0 = Seal(Legacy(5, 0, 3));    // legacy tip at base fee 1: 2, arrived last
    for (const TxPtr& tx : {a1, a0, b0, c0, d0, e0}) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    const std::vector<Hash32> want = {b0->hash, c0->hash, d0->hash, e0->hash, a0->hash, a1->hash};
    QVERIFY(Hashes(pool.SelectForBlock(kBaseFee, 30'000'000, 100)) == want);

    // Once a0 is included, a1's tip of 5 puts it first.
    m_state.nonces[Addr(1)] = 1;
    pool.Recheck(m_state, kBaseFee, kT0);
    const std::vector<TxPtr> after = pool.SelectForBlock(kBaseFee, 30'000'000, 100);
    QCOMPARE(after.size(), size_t{5});
    QCOMPARE(after.front()->hash, a1->hash);

    const std::vector<TxPtr> capped = pool.SelectForBlock(kBaseFee, 30'000'000, 2);
    QCOMPARE(capped.size(), size_t{2});
    QCOMPARE(capped[1]->hash, b0->hash);
    QVERIFY(pool.SelectForBlock(kBaseFee, 30'000'000, 0).empty());
  }

  // Zero calldata costs 4 gas a byte, so gas alone lets a block grow past the WAL record and the
  // p2p frame: selection also stops at a byte budget, dropping the sender that does not fit.
  void selectRespectsByteLimit() {
    Mempool pool(TestConfig());
    std::vector<TxPtr> txs;
    for (uint32_t s = 1; s <= 3; ++s) {
      Transaction tx = Dyn(s, 0, 100, 10 - s);
      tx.data.assign(10'000, 0);
      tx.gas_limit = 100'000;
      txs.push_back(Seal(tx));
      EXPECT_OK(pool.Add(txs.back(), m_state, kBaseFee, kT0));
    }
    const size_t one = txs[0]->raw.size();
    QCOMPARE(pool.SelectForBlock(kBaseFee, 30'000'000, 100).size(), size_t{3});
    QCOMPARE(pool.SelectForBlock(kBaseFee, 30'000'000, 100, 3 * one + 64).size(), size_t{3});
    const std::vector<TxPtr> two = pool.SelectForBlock(kBaseFee, 30'000'000, 100, 2 * one + 64);
    QCOMPARE(two.size(), size_t{2});
    size_t bytes = 0;
    for (const TxPtr& tx : two) bytes += tx->raw.size();
    QVERIFY(bytes <= 2 * one + 64);
    QVERIFY(pool.SelectForBlock(kBaseFee, 30'000'000, 100, one - 1).empty());
  }

  void selectRespectsGasLimit() {
    Mempool pool(TestConfig());
    for (uint32_t s = 1; s <= 3; ++s) {
      Transaction tx = Dyn(s, 0, 100, 10 - s);
      tx.gas_limit = 50'000;
      EXPECT_OK(Add(pool, tx));
    }
    QCOMPARE(pool.SelectForBlock(kBaseFee, 149'999, 100).size(), size_t{2});
    QCOMPARE(pool.SelectForBlock(kBaseFee, 150'000, 100).size(), size_t{3});
    QCOMPARE(pool.SelectForBlock(kBaseFee, 49'999, 100).size(), size_t{0});

    // A tx that does not fit drops its sender (so no gap) while smaller ones still fill the block.
    Transaction big = Dyn(4, 0, 100, 50);
    big.gas_limit = 120'000;
    TxPtr big0 = Seal(big);
    EXPECT_OK(pool.Add(big0, m_state, kBaseFee, kT0));
    EXPECT_OK(Add(pool, Dyn(4, 1, 100, 50)));
    const std::vector<TxPtr> out = pool.SelectForBlock(kBaseFee, 100'000, 100);
    QCOMPARE(out.size(), size_t{2});
    uint64_t gas = 0;
    for (const TxPtr& tx : out) {
      QVERIFY(tx->sender != Addr(4));
      gas += tx->gas_limit;
    }
    QVERIFY(gas <= 100'000);
  }

  void selectSkipsSendersNotPayableAtBaseFee() {
    Mempool pool(TestConfig());
    EXPECT_OK(Add(pool, Dyn(1, 0, 5, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 1, 100, 1)));  // payable, but behind an unpayable nonce
    TxPtr b = Seal(Dyn(2, 0, 6, 1));
    TxPtr c = Seal(Legacy(3, 0, 5));
    EXPECT_OK(pool.Add(b, m_state, kBaseFee, kT0));
    EXPECT_OK(pool.Add(c, m_state, kBaseFee, kT0));
    QCOMPARE(pool.SelectForBlock(U256(1) * kGwei, 30'000'000, 100).size(), size_t{4});
    const std::vector<TxPtr> at6 = pool.SelectForBlock(U256(6) * kGwei, 30'000'000, 100);
    QCOMPARE(at6.size(), size_t{1});
    QCOMPARE(at6[0]->hash, b->hash);
    QVERIFY(pool.SelectForBlock(U256(7) * kGwei, 30'000'000, 100).empty());
    QCOMPARE(pool.size(), size_t{4});  // selection never removes
  }

  void selectNeverReturnsANonceGap() {
    Mempool pool(TestConfig());
    TxPtr a0 = Seal(Dyn(1, 0, 100, 1));
    EXPECT_OK(pool.Add(a0, m_state, kBaseFee, kT0));
    EXPECT_OK(Add(pool, Dyn(1, 2, 100, 9)));
    EXPECT_OK(Add(pool, Dyn(2, 1, 100, 9)));
    const std::vector<TxPtr> out = pool.SelectForBlock(kBaseFee, 30'000'000, 100);
    QCOMPARE(out.size(), size_t{1});
    QCOMPARE(out[0]->hash, a0->hash);
  }

  void recheckDropsIncludedAndUnaffordable() {
    Mempool pool(TestConfig());
    std::vector<TxPtr> a, b;
    for (uint64_t n = 0; n < 3; ++n) a.push_back(Seal(Dyn(1, n, 10, 1)));
    for (uint64_t n = 0; n < 3; ++n) b.push_back(Seal(Dyn(2, n, 10, 1)));
    for (const TxPtr& tx : a) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    for (const TxPtr& tx : b) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    QCOMPARE(pool.stats().pending, size_t{6});

    m_state.nonces[Addr(1)] = 2;                                      // a0, a1 included
    m_state.balances[Addr(2)] = (U256(kTransferGas) * 10 * kGwei + 1) * 2;  // b0 and b1 only
    pool.Recheck(m_state, kBaseFee, kT0 + 1s);
    QCOMPARE(pool.size(), size_t{3});
    QVERIFY(pool.Get(a[0]->hash) == nullptr);
    QVERIFY(pool.Get(a[1]->hash) == nullptr);
    QVERIFY(pool.Get(a[2]->hash) != nullptr);
    QVERIFY(pool.Get(b[2]->hash) == nullptr);
    Stats s = pool.stats();
    QCOMPARE(s.pending, size_t{3});
    QCOMPARE(s.queued, size_t{0});
    QCOMPARE(s.bytes, 3 * kRawBytes);
    QCOMPARE(s.expired_total, uint64_t{0});
    QCOMPARE(s.evicted_total, uint64_t{0});
    QCOMPARE(pool.PendingNonce(Addr(1), m_state), uint64_t{3});
    QCOMPARE(pool.PendingNonce(Addr(2), m_state), uint64_t{2});

    // Everything of sender 1 included: the sender disappears, and the pool stays consistent.
    m_state.nonces[Addr(1)] = 3;
    m_state.balances[Addr(2)] = 0;
    pool.Recheck(m_state, kBaseFee, kT0 + 2s);
    QCOMPARE(pool.size(), size_t{0});
    s = pool.stats();
    QCOMPARE(s.pending, size_t{0});
    QCOMPARE(s.bytes, size_t{0});
    QVERIFY(pool.SelectForBlock(kBaseFee, 30'000'000, 100).empty());
    EXPECT_OK(Add(pool, Dyn(1, 3, 10, 1)));
    QCOMPARE(pool.stats().pending, size_t{1});
  }

  // After a block, only the senders whose accounts it changed are re-read; the others are left as
  // they are until the next full pass (at most full_recheck_interval later), which also expires.
  void recheckChangedReadsOnlyTheChangedSenders() {
    Mempool pool(TestConfig());
    const TxPtr a0 = Seal(Dyn(1, 0, 10, 1)), a1 = Seal(Dyn(1, 1, 10, 1));
    const TxPtr b0 = Seal(Dyn(2, 0, 10, 1));
    for (const TxPtr& tx : {a0, a1, b0}) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    pool.Recheck(m_state, kBaseFee, kT0);  // the first pass is always full

    // A block executed a0; sender 2's balance also fell (outside any block: a stale view).
    m_state.nonces[Addr(1)] = 1;
    m_state.balances[Addr(2)] = 0;
    pool.RecheckChanged(m_state, kBaseFee, kT0 + 1s, {Addr(1)});
    QVERIFY(pool.Get(a0->hash) == nullptr);
    QVERIFY(pool.Get(a1->hash) != nullptr);
    QVERIFY(pool.Get(b0->hash) != nullptr);  // sender 2 was not in the block: not re-read
    QCOMPARE(pool.stats().pending, size_t{2});

    // The next pass after the interval re-reads everyone.
    pool.RecheckChanged(m_state, kBaseFee, kT0 + 1s + Mempool::full_recheck_interval, {});
    QVERIFY(pool.Get(b0->hash) == nullptr);
    QVERIFY(pool.Get(a1->hash) != nullptr);
    QCOMPARE(pool.stats().pending, size_t{1});
    QCOMPARE(pool.size(), size_t{1});
  }

  // Expiry is bounded by the full pass even when no block touches the sender.
  void recheckChangedStillExpires() {
    Config config = TestConfig();
    config.ttl = std::chrono::seconds(10);
    Mempool pool(config);
    const TxPtr a0 = Seal(Dyn(1, 0, 10, 1));
    EXPECT_OK(pool.Add(a0, m_state, kBaseFee, kT0));
    pool.RecheckChanged(m_state, kBaseFee, kT0, {});
    pool.RecheckChanged(m_state, kBaseFee, kT0 + 11s, {});  // more than the interval since the last full pass
    QVERIFY(pool.Get(a0->hash) == nullptr);
    QCOMPARE(pool.stats().expired_total, uint64_t{1});
  }

  void addDropsNoncesTheStateHasExecuted() {
    Mempool pool(TestConfig());
    TxPtr a0 = Seal(Dyn(1, 0, 10, 1));
    EXPECT_OK(pool.Add(a0, m_state, kBaseFee, kT0));
    EXPECT_OK(Add(pool, Dyn(1, 1, 10, 1)));
    m_state.nonces[Addr(1)] = 1;  // committed, no Recheck yet
    EXPECT_OK(Add(pool, Dyn(1, 2, 10, 1)));
    QVERIFY(pool.Get(a0->hash) == nullptr);
    QCOMPARE(pool.size(), size_t{2});
    QCOMPARE(pool.stats().pending, size_t{2});
    // A stale view (nonce back at 0) does not readmit the executed nonce.
    m_state.nonces[Addr(1)] = 0;
    EXPECT_REJECT(Add(pool, Dyn(1, 0, 10, 1)), Reject::NonceTooLow);
  }

  void recheckExpiresByTtl() {
    Config c = TestConfig();
    c.ttl = 1h;
    Mempool pool(c);
    TxPtr old0 = Seal(Dyn(1, 0, 10, 1));
    TxPtr young1 = Seal(Dyn(1, 1, 10, 1));
    EXPECT_OK(pool.Add(old0, m_state, kBaseFee, kT0));
    EXPECT_OK(pool.Add(young1, m_state, kBaseFee, kT0 + 30min));

    pool.Recheck(m_state, kBaseFee, kT0 + 1h);  // exactly ttl old: kept
    QCOMPARE(pool.size(), size_t{2});
    QCOMPARE(pool.stats().expired_total, uint64_t{0});

    pool.Recheck(m_state, kBaseFee, kT0 + 1h + 1ms);
    QVERIFY(pool.Get(old0->hash) == nullptr);
    QVERIFY(pool.Get(young1->hash) != nullptr);
    Stats s = pool.stats();
    QCOMPARE(s.expired_total, uint64_t{1});
    QCOMPARE(s.pending, size_t{0});  // nonce 0 is gone, nonce 1 waits for it
    QCOMPARE(s.queued, size_t{1});

    pool.Recheck(m_state, kBaseFee, kT0 + 2h);
    s = pool.stats();
    QCOMPARE(s.expired_total, uint64_t{2});
    QCOMPARE(pool.size(), size_t{0});
  }

  // The eviction order is by tip at the latest base fee, whether it came with Recheck or with Add.
  void evictionFollowsTheLatestBaseFee() {
    const U256 base9 = U256(9) * kGwei;
    for (const bool via_recheck : {true, false}) {
      Config c = TestConfig();
      c.txs_max = 2;
      Mempool pool(c);
      TxPtr capped = Seal(Dyn(1, 0, 10, 5));  // tip 5 at base 1, 1 at base 9
      TxPtr steady = Seal(Dyn(2, 0, 100, 2));  // tip 2 at either
      EXPECT_OK(pool.Add(capped, m_state, kBaseFee, kT0));
      EXPECT_OK(pool.Add(steady, m_state, kBaseFee, kT0));
      QCOMPARE(pool.Top(1, kBaseFee)[0]->hash, capped->hash);
      if (via_recheck) {
        pool.Recheck(m_state, base9, kT0);
        QCOMPARE(pool.Top(1, base9)[0]->hash, steady->hash);
      }
      EXPECT_OK(pool.Add(Seal(Dyn(3, 0, 100, 3)), m_state, base9, kT0));
      QVERIFY(pool.Get(capped->hash) == nullptr);
      QVERIFY(pool.Get(steady->hash) != nullptr);
    }
  }

  void topReturnsHighestTipsAtTheGivenBaseFee() {
    Mempool pool(TestConfig());
    TxPtr a = Seal(Dyn(1, 0, 10, 5));
    TxPtr b = Seal(Dyn(2, 0, 100, 3));
    TxPtr c = Seal(Dyn(3, 0, 100, 1));
    for (const TxPtr& tx : {c, a, b}) EXPECT_OK(pool.Add(tx, m_state, kBaseFee, kT0));
    QVERIFY(Hashes(pool.Top(2, kBaseFee)) == (std::vector<Hash32>{a->hash, b->hash}));
    QVERIFY(Hashes(pool.Top(10, kBaseFee)) == (std::vector<Hash32>{a->hash, b->hash, c->hash}));
    // At base fee 8, a's tip is capped to 2 by its max fee.
    QVERIFY(Hashes(pool.Top(3, U256(8) * kGwei)) == (std::vector<Hash32>{b->hash, a->hash, c->hash}));
    QVERIFY(pool.Top(0, kBaseFee).empty());
  }

  void statsCountAdmissionsAndRejections() {
    Mempool pool(TestConfig());
    EXPECT_OK(Add(pool, Dyn(1, 0, 10, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 1, 10, 1)));
    EXPECT_OK(Add(pool, Dyn(1, 1, 20, 2)));  // replacement counts as an admission
    EXPECT_REJECT(Add(pool, Dyn(2, 0, 10, 11)), Reject::Malformed);
    Transaction wrong = Dyn(2, 0, 10, 1);
    wrong.chain_id = 1;
    EXPECT_REJECT(Add(pool, wrong), Reject::WrongChainId);
    EXPECT_REJECT(Add(pool, wrong), Reject::WrongChainId);
    const Stats s = pool.stats();
    QCOMPARE(s.admitted_total, uint64_t{3});
    QCOMPARE(s.pending, size_t{2});
    QCOMPARE(s.queued, size_t{0});
    QCOMPARE(s.bytes, 2 * kRawBytes);
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::Malformed)], uint64_t{1});
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::WrongChainId)], uint64_t{2});
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::NonceTooLow)], uint64_t{0});
  }

  void addRawAdmitsSignedTransactions() {
    Mempool pool(TestConfig());
    const crypto::SecretKey key = Key(1);
    const Address sender = crypto::EthereumAddress(key);
    const Transaction tx = Signed(key, 0);
    const AdmitResult r = pool.AddRaw(tx.raw, m_state, kBaseFee, kT0);
    QVERIFY2(r.ok, Describe(r).constData());
    QCOMPARE(r.hash, tx.hash);
    const TxPtr stored = pool.Get(tx.hash);
    QVERIFY(stored != nullptr);
    QCOMPARE(stored->sender, sender);
    QCOMPARE(stored->raw, tx.raw);
    QCOMPARE(pool.stats().bytes, tx.raw.size());
    QCOMPARE(pool.PendingNonce(sender, m_state), uint64_t{1});
    EXPECT_REJECT(pool.AddRaw(tx.raw, m_state, kBaseFee, kT0), Reject::AlreadyKnown);

    Transaction legacy = Dyn(0, 1, 0, 0);
    legacy.type = TxType::Legacy;
    legacy.gas_price = U256(3) * kGwei;
    legacy.raw.clear();
    chain::SignTransaction(legacy, key);
    EXPECT_OK(pool.AddRaw(legacy.raw, m_state, kBaseFee, kT0));
    QCOMPARE(pool.PendingNonce(sender, m_state), uint64_t{2});
  }

  void addRawRejectsMalformedOversizedAndWrongChain() {
    Config c = TestConfig();
    c.tx_bytes_max = 1000;
    Mempool pool(c);
    const crypto::SecretKey key = Key(2);
    const Bytes junk = {0x02, 0xde, 0xad, 0xbe, 0xef};
    EXPECT_REJECT(pool.AddRaw(junk, m_state, kBaseFee, kT0), Reject::Malformed);
    EXPECT_REJECT(pool.AddRaw(Bytes{}, m_state, kBaseFee, kT0), Reject::Malformed);
    Bytes truncated = Signed(key, 0).raw;
    truncated.pop_back();
    EXPECT_REJECT(pool.AddRaw(truncated, m_state, kBaseFee, kT0), Reject::Malformed);
    EXPECT_REJECT(pool.AddRaw(Bytes(1001, 0x02), m_state, kBaseFee, kT0), Reject::Oversized);
    EXPECT_REJECT(pool.AddRaw(Signed(key, 0, 1).raw, m_state, kBaseFee, kT0), Reject::WrongChainId);
    QCOMPARE(pool.size(), size_t{0});
    const Stats s = pool.stats();
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::Malformed)], uint64_t{3});
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::Oversized)], uint64_t{1});
    QCOMPARE(s.rejected_total[static_cast<int>(Reject::WrongChainId)], uint64_t{1});
  }

  // A transaction recovered once (admitted, or remembered from a proposed block) is found by hash
  // with its exact bytes, and a later raw copy reuses that decoded object instead of recovering.
  void verifiedTransactionsAreNotRecoveredTwice() {
    Mempool pool(TestConfig());
    const Transaction a = Signed(Key(11), 0);
    const Transaction b = Signed(Key(12), 0);
    auto remembered = std::make_shared<const Transaction>(b);
    pool.RememberVerified(remembered);
    QVERIFY(pool.FindVerified(b.hash, b.raw) == remembered);
    Bytes other = b.raw;
    other.back() ^= 1;
    QVERIFY(pool.FindVerified(b.hash, other) == nullptr);  // same hash claimed, different bytes
    QVERIFY(pool.FindVerified(a.hash, a.raw) == nullptr);
    EXPECT_OK(pool.AddRaw(b.raw, m_state, kBaseFee, kT0));
    QVERIFY(pool.Get(b.hash) == remembered);  // the remembered object itself, not a new decode
    EXPECT_OK(pool.AddRaw(a.raw, m_state, kBaseFee, kT0));
    const TxPtr admitted = pool.Get(a.hash);
    QVERIFY(admitted != nullptr);
    // Gone from the pool (in a block), still known: a late gossiped copy is not recovered again.
    m_state.nonces[a.sender] = 1;
    m_state.nonces[b.sender] = 1;
    pool.Recheck(m_state, kBaseFee, kT0);
    QCOMPARE(pool.size(), size_t{0});
    QVERIFY(pool.FindVerified(a.hash, a.raw) == admitted);
    EXPECT_REJECT(pool.AddRaw(a.raw, m_state, kBaseFee, kT0), Reject::NonceTooLow);
  }

  void verifiedCacheIsBounded() {
    ordo::mempool::VerifiedTxCache cache(4);
    std::vector<TxPtr> txs;
    for (uint32_t i = 0; i < 7; ++i) {
      txs.push_back(std::make_shared<const Transaction>(Signed(Key(100 + i), 0)));
      cache.Insert(txs.back());
      QVERIFY(cache.size() <= 4);
      QVERIFY(cache.Find(txs.back()->hash) == txs.back());
    }
    // Two generations of two: the last three or four inserted are there, the first ones are not.
    QVERIFY(cache.Find(txs[0]->hash) == nullptr);
    QVERIFY(cache.Find(txs[1]->hash) == nullptr);
    QVERIFY(cache.Find(txs[5]->hash) == txs[5]);
    QVERIFY(cache.Find(txs[6]->hash) == txs[6]);
  }

  void concurrentAdmissionFromManyThreads() {
    constexpr int kThreads = 4;
    constexpr int kPerThread = 500;
    std::vector<std::vector<Bytes>> raws(kThreads);
    size_t total_bytes = 0;
    for (int t = 0; t < kThreads; ++t) {
      for (int i = 0; i < kPerThread; ++i) {
        raws[t].push_back(Signed(Key(static_cast<uint32_t>(1000 + t * kPerThread + i)), 0).raw);
        total_bytes += raws[t].back().size();
      }
    }
    Mempool pool(TestConfig());
    std::atomic<int> failures{0};
    std::atomic<bool> done{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (const Bytes& raw : raws[t]) {
          if (!pool.AddRaw(raw, m_state, kBaseFee, kT0).ok) failures.fetch_add(1);
        }
      });
    }
    std::thread reader([&] {
      while (!done.load()) {
        const Stats s = pool.stats();
        if (s.pending + s.queued != s.admitted_total) failures.fetch_add(1);
        (void)pool.SelectForBlock(kBaseFee, 30'000'000, 100);
      }
    });
    for (std::thread& th : threads) th.join();
    done.store(true);
    reader.join();

    QCOMPARE(failures.load(), 0);
    QCOMPARE(pool.size(), size_t{kThreads * kPerThread});
    const Stats s = pool.stats();
    QCOMPARE(s.pending, size_t{kThreads * kPerThread});
    QCOMPARE(s.admitted_total, uint64_t{kThreads * kPerThread});
    QCOMPARE(s.bytes, total_bytes);
    const uint64_t all_gas = uint64_t{kThreads * kPerThread} * kTransferGas;
    QCOMPARE(pool.SelectForBlock(kBaseFee, all_gas, 5000).size(), size_t{kThreads * kPerThread});
    QCOMPARE(pool.SelectForBlock(kBaseFee, all_gas - 1, 5000).size(), size_t{kThreads * kPerThread - 1});
  }
};

QTEST_APPLESS_MAIN(MempoolTests)
#include "mempool_tests.moc"
