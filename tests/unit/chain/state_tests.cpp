// The account state: lookups and changes through the two-level leaf tree, a root that depends on
// the contents only (not on the order or batching of changes) and on every field, cheap copies
// that stay independent, and the per-leaf storage form with its refusals.

#include <QtTest>

#include <map>
#include <random>
#include <string>

#include "ordo/chain/state.h"
#include "ordo/codec/codec.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/schnorr.h"
#include "ordo/crypto/sha256.h"

using namespace ordo;
using namespace ordo::chain;

namespace {

Address Addr(uint64_t i) {
  uint8_t in[8];
  for (int k = 0; k < 8; ++k) in[k] = static_cast<uint8_t>(i >> (56 - 8 * k));
  const Hash32 h = crypto::Sha256(ByteSpan(in, sizeof in));
  Address a{};
  std::copy(h.begin(), h.begin() + 20, a.begin());
  return a;
}

Genesis TestGenesis(size_t accounts) {
  Genesis g;
  g.chain_id = "state-tests";
  g.evm_chain_id = 7;
  std::array<uint8_t, 32> secret{};
  secret[31] = 9;
  auto key = crypto::SecretKey::FromBytes(secret);
  g.validators.push_back({"v0", key->PublicKey(), 100, crypto::EthereumAddress(*key), std::nullopt});
  for (size_t i = 0; i < accounts; ++i) g.accounts.push_back({Addr(i), U256(1000 + i)});
  return g;
}

State FromGenesis(size_t accounts) {
  auto s = State::FromGenesis(TestGenesis(accounts));
  if (!s.ok()) qFatal("genesis: %s", s.status().ToString().c_str());
  return std::move(s).value();
}

std::vector<std::pair<uint16_t, Bytes>> AllLeaves(const State& s) {
  std::vector<std::pair<uint16_t, Bytes>> out;
  for (size_t i = 0; i < State::leaf_count; ++i) {
    if (auto r = s.SerializeLeaf(static_cast<uint16_t>(i))) out.emplace_back(static_cast<uint16_t>(i), std::move(*r));
  }
  return out;
}

Bytes Leaf(std::vector<std::pair<Address, Account>> accounts) {
  codec::Writer w;
  w.PutVarint(accounts.size());
  for (const auto& [a, acc] : accounts) {
    w.PutFixed(a);
    w.PutU64(acc.nonce);
    w.PutFixed(U256ToWord(acc.balance));
  }
  return w.Take();
}

// Two addresses under one leaf, in order.
std::pair<Address, Address> SameLeaf() {
  Address a = Addr(1), b = Addr(1);
  b[19] ^= 0x01;
  return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
}

}  // namespace

class StateTests : public QObject {
  Q_OBJECT

 private slots:
  void genesisAccountsAreReadable() {
    const State s = FromGenesis(500);
    QCOMPARE(s.account_count(), size_t{500});
    for (uint64_t i = 0; i < 500; ++i) QVERIFY(s.GetAccount(Addr(i)) == (Account{0, U256(1000 + i)}));
    QVERIFY(s.GetAccount(Addr(999)) == Account{});
    const auto all = s.Accounts();
    QCOMPARE(all.size(), size_t{500});
    for (size_t i = 1; i < all.size(); ++i) QVERIFY(all[i - 1].first < all[i].first);
  }

  // The same contents give the same root however they were reached.
  void rootDependsOnContentsNotHistory() {
    State a = FromGenesis(0);
    State b = FromGenesis(0);
    std::vector<uint64_t> order(300);
    for (uint64_t i = 0; i < order.size(); ++i) order[i] = i;
    std::map<Address, Account> batch;
    for (uint64_t i : order) batch[Addr(i)] = Account{i, U256(5 * i + 1)};
    a.SetAccounts(batch);
    std::shuffle(order.begin(), order.end(), std::mt19937(42));
    for (uint64_t i : order) b.SetAccount(Addr(i), Account{i + 1, U256(1)});  // other values first
    for (uint64_t i : order) b.SetAccount(Addr(i), Account{i, U256(5 * i + 1)});
    QCOMPARE(a.account_count(), b.account_count());
    QVERIFY(a.Root() == b.Root());
    // Adding and removing an account leaves the root as it was.
    const Hash32 before = a.Root();
    a.SetAccount(Addr(10'000), Account{1, U256(1)});
    QVERIFY(a.Root() != before);
    a.SetAccount(Addr(10'000), Account{});
    QVERIFY(a.Root() == before);
    QCOMPARE(a.account_count(), size_t{300});
  }

  void rootCoversEveryField() {
    const State base = FromGenesis(50);
    const Hash32 root = base.Root();
    State s = base;
    s.SetAccount(Addr(3), Account{1, U256(1003)});
    QVERIFY(s.Root() != root);
    s = base;
    s.SetAccount(Addr(3), Account{0, U256(1004)});
    QVERIFY(s.Root() != root);
    s = base;
    s.set_height(1);
    QVERIFY(s.Root() != root);
    s = base;
    s.set_base_fee(base.base_fee() + 1);
    QVERIFY(s.Root() != root);
    // Two accounts in one leaf: changing either shows.
    const auto [x, y] = SameLeaf();
    s = base;
    s.SetAccounts({{x, Account{0, U256(1)}}, {y, Account{0, U256(2)}}});
    const Hash32 both = s.Root();
    s.SetAccount(y, Account{0, U256(3)});
    QVERIFY(s.Root() != both);
  }

  // Copies share structure but never see each other's changes.
  void copiesAreIndependent() {
    State original = FromGenesis(200);
    const Hash32 root = original.Root();
    State copy = original;
    std::map<Address, Account> changes;
    for (uint64_t i = 0; i < 200; i += 3) changes[Addr(i)] = Account{7, U256(1)};
    copy.SetAccounts(changes);
    copy.SetAccount(Addr(1), Account{});
    QVERIFY(original.Root() == root);
    QVERIFY(original.GetAccount(Addr(0)) == (Account{0, U256(1000)}));
    QVERIFY(original.GetAccount(Addr(1)) == (Account{0, U256(1001)}));
    QCOMPARE(original.account_count(), size_t{200});
    QCOMPARE(copy.account_count(), size_t{199});
    QVERIFY(copy.GetAccount(Addr(0)) == (Account{7, U256(1)}));
  }

  void storageRoundTrip() {
    State s = FromGenesis(1000);
    s.set_height(17);
    s.SetAccount(Addr(5), Account{3, U256(77)});
    const auto leaves = AllLeaves(s);
    auto restored = State::Restore(s.SerializeHeader(), leaves);
    QVERIFY2(restored.ok(), restored.status().ToString().c_str());
    QVERIFY(restored->Root() == s.Root());
    QCOMPARE(restored->height(), uint64_t{17});
    QVERIFY(restored->Accounts() == s.Accounts());
    QVERIFY(restored->validators().Hash() == s.validators().Hash());
    // Leaf records in any order.
    auto reversed = leaves;
    std::reverse(reversed.begin(), reversed.end());
    auto again = State::Restore(s.SerializeHeader(), reversed);
    QVERIFY(again.ok() && again->Root() == s.Root());
    QVERIFY(!s.SerializeLeaf(State::LeafOf(Addr(123456))).has_value() ||
            s.GetAccount(Addr(123456)) == Account{});
  }

  void restoreRefusesDefects() {
    State s = FromGenesis(3);
    const Bytes header = s.SerializeHeader();
    const auto leaves = AllLeaves(s);
    auto expect_corruption = [&](const std::vector<std::pair<uint16_t, Bytes>>& ls, const char* what) {
      auto r = State::Restore(header, ls);
      QVERIFY2(!r.ok() && r.status().IsCorruption(), what);
    };
    expect_corruption({}, "missing leaves (count mismatch)");
    auto dup = leaves;
    dup.push_back(leaves[0]);
    expect_corruption(dup, "a leaf twice");
    auto wrong = leaves;
    wrong[0].first = static_cast<uint16_t>(wrong[0].first + 1);
    expect_corruption(wrong, "an account under the wrong leaf");
    auto trailing = leaves;
    trailing[0].second.push_back(0);
    expect_corruption(trailing, "trailing bytes");
    auto truncated = leaves;
    truncated[0].second.pop_back();
    expect_corruption(truncated, "truncated leaf");
    const auto [x, y] = SameLeaf();
    State two = FromGenesis(0);
    two.SetAccounts({{x, Account{0, U256(1)}}, {y, Account{0, U256(2)}}});
    const uint16_t leaf = State::LeafOf(x);
    auto unsorted = State::Restore(two.SerializeHeader(), {{leaf, Leaf({{y, Account{0, U256(2)}}, {x, Account{0, U256(1)}}})}});
    QVERIFY(!unsorted.ok() && unsorted.status().IsCorruption());
    auto empty = State::Restore(two.SerializeHeader(), {{leaf, Leaf({{x, Account{0, U256(1)}}, {y, Account{}}})}});
    QVERIFY(!empty.ok() && empty.status().IsCorruption());
    auto fine = State::Restore(two.SerializeHeader(), {{leaf, Leaf({{x, Account{0, U256(1)}}, {y, Account{0, U256(2)}}})}});
    QVERIFY2(fine.ok(), fine.status().ToString().c_str());
    QVERIFY(fine->Root() == two.Root());
    Bytes bad_header = header;
    bad_header[0] = 9;
    QVERIFY(!State::Restore(bad_header, leaves).ok());
  }

  // Databases written before the per-leaf layout hold one whole-state record (version 1).
  void version1RecordIsRead() {
    const State s = FromGenesis(20);
    codec::Writer w;
    w.PutU8(1);
    w.PutU64(s.height());
    w.PutFixed(U256ToWord(s.base_fee()));
    w.PutVarint(s.validators().size());
    w.PutU32(s.validators().round0_proposer());
    for (size_t i = 0; i < s.validators().size(); ++i) {
      const auto& v = s.validators().validators()[i];
      w.PutFixed(v.public_key);
      w.PutU64(v.power);
      w.PutI64(v.proposer_priority);
      w.PutFixed(s.fee_recipients()[i]);
      w.PutString(s.monikers()[i]);
    }
    const auto accounts = s.Accounts();
    w.PutVarint(accounts.size());
    for (const auto& [a, acc] : accounts) {
      w.PutFixed(a);
      w.PutU64(acc.nonce);
      w.PutFixed(U256ToWord(acc.balance));
    }
    const Bytes v1 = w.Take();
    QVERIFY(State::IsV1Record(v1));
    QVERIFY(!State::IsV1Record(s.SerializeHeader()));
    auto read = State::DeserializeV1(v1);
    QVERIFY2(read.ok(), read.status().ToString().c_str());
    QVERIFY(read->Root() == s.Root());
    Bytes cut = v1;
    cut.pop_back();
    QVERIFY(!State::DeserializeV1(cut).ok());
  }
};

QTEST_APPLESS_MAIN(StateTests)
#include "state_tests.moc"
