// An in-process single-validator node: it commits blocks, executes transfers with the documented
// fee split, keeps everything across a restart, and refuses a signer state that is behind.

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "ordo/chain/execution.h"
#include "ordo/chain/state.h"
#include "ordo/codec/codec.h"
#include "ordo/storage/database.h"

#include <filesystem>
#include <fstream>
#include <thread>

#include "ordo/chain/transaction.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/node/node.h"

using namespace ordo;

namespace {

crypto::SecretKey Key(uint8_t fill) {
  std::array<uint8_t, 32> b{};
  b.fill(fill);
  return std::move(crypto::SecretKey::FromBytes(b)).value();
}

struct Fixture {
  QTemporaryDir dir;
  chain::Genesis genesis;
  Bytes validator_secret = Bytes(32, 0x11);

  Fixture() {
    genesis.chain_id = "ordo-test";
    genesis.evm_chain_id = 61000;
    genesis.genesis_time_ms = 1'700'000'000'000;
    genesis.params.block_interval_ms = 50;
    auto vkey = crypto::SecretKey::FromBytes(validator_secret);
    genesis.validators.push_back({"v0", vkey->PublicKey(), 100, crypto::EthereumAddress(Key(0x77)), std::nullopt});
    for (uint8_t i = 1; i <= 3; ++i) {
      genesis.accounts.push_back({crypto::EthereumAddress(Key(i)), U256("1000000000000000000000")});
    }
  }

  std::unique_ptr<node::Node> Open() {
    node::NodeOptions o;
    o.home = dir.path().toStdString();
    o.genesis = genesis;
    o.validator_secret = validator_secret;
    o.config.rpc_port = 0;
    o.config.timeouts = consensus::TimeoutConfig{200, 100, 200, 100, 200, 100};
    o.log_to_stderr = false;
    auto n = node::Node::Open(std::move(o));
    if (!n.ok()) qFatal("open failed: %s", n.status().ToString().c_str());
    return std::move(n).value();
  }
};

bool WaitFor(const std::function<bool()>& cond, int ms = 20'000) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (cond()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return cond();
}

chain::Transaction Transfer(uint8_t from, uint64_t nonce, const Address& to, uint64_t value, chain::TxType type) {
  chain::Transaction tx;
  tx.type = type;
  tx.chain_id = 61000;
  tx.nonce = nonce;
  tx.gas_limit = 21000;
  tx.to = to;
  tx.value = value;
  if (type == chain::TxType::DynamicFee) {
    tx.max_fee_per_gas = U256(10'000'000'000ULL);
    tx.max_priority_fee_per_gas = U256(2'000'000'000ULL);
  } else {
    tx.gas_price = U256(5'000'000'000ULL);
  }
  chain::SignTransaction(tx, Key(from));
  return tx;
}

}  // namespace

class NodeTests : public QObject {
  Q_OBJECT

 private slots:
  void commitsBlocksAndTransfers() {
    Fixture f;
    auto node = f.Open();
    QVERIFY(node->Start().ok());
    QVERIFY(WaitFor([&] { return node->chain().Height() >= 2; }));
    const Address to = crypto::EthereumAddress(Key(0x55));
    const Address sender = crypto::EthereumAddress(Key(1));
    const U256 before = node->chain().State()->GetAccount(sender).balance;
    std::vector<chain::Transaction> txs;
    for (uint64_t n = 0; n < 5; ++n) {
      txs.push_back(Transfer(1, n, to, 1000 + n, n % 2 ? chain::TxType::Legacy : chain::TxType::DynamicFee));
      const auto r = node->SubmitRawTransaction(txs.back().raw);
      QVERIFY2(r.ok, mempool::RejectMessage(r.reason).c_str());
    }
    QCOMPARE(node->PendingNonce(sender), uint64_t{5});
    QVERIFY(WaitFor([&] { return node->chain().State()->GetAccount(sender).nonce == 5; }));
    QCOMPARE(node->chain().State()->GetAccount(to).balance, U256(1000 + 1001 + 1002 + 1003 + 1004));
    U256 spent = 0;
    for (const auto& tx : txs) {
      auto loc = node->chain().GetTxLocation(tx.hash);
      QVERIFY(loc.has_value());
      auto block = node->chain().GetBlockByHeight(loc->height);
      QVERIFY(block.has_value());
      const chain::Receipt& r = block->receipts.at(loc->index);
      QCOMPARE(r.tx_hash, tx.hash);
      QCOMPARE(r.gas_used, uint64_t{21000});
      QVERIFY(r.executed);
      spent += tx.value + r.effective_gas_price * r.gas_used;
    }
    QCOMPARE(node->chain().State()->GetAccount(sender).balance, before - spent);
    // The proposer's fee recipient earned the tips.
    QVERIFY(node->chain().State()->GetAccount(crypto::EthereumAddress(Key(0x77))).balance > 0);
    node->Stop();
  }

  void rejectsWithSpecificReasons() {
    Fixture f;
    auto node = f.Open();
    QVERIFY(node->Start().ok());
    const Address to = crypto::EthereumAddress(Key(0x55));
    QCOMPARE(node->SubmitRawTransaction(Bytes{0xc0}).reason, mempool::Reject::Malformed);
    chain::Transaction wrong_chain = Transfer(1, 0, to, 1, chain::TxType::DynamicFee);
    wrong_chain.chain_id = 1;
    chain::SignTransaction(wrong_chain, Key(1));
    QCOMPARE(node->SubmitRawTransaction(wrong_chain.raw).reason, mempool::Reject::WrongChainId);
    chain::Transaction poor = Transfer(9, 0, to, 1, chain::TxType::DynamicFee);  // key 9 has no funds
    QCOMPARE(node->SubmitRawTransaction(poor.raw).reason, mempool::Reject::InsufficientFunds);
    QVERIFY(node->SubmitRawTransaction(Transfer(2, 0, to, 1, chain::TxType::DynamicFee).raw).ok);
    QVERIFY(WaitFor([&] { return node->chain().State()->GetAccount(crypto::EthereumAddress(Key(2))).nonce == 1; }));
    QCOMPARE(node->SubmitRawTransaction(Transfer(2, 0, to, 2, chain::TxType::DynamicFee).raw).reason,
             mempool::Reject::NonceTooLow);
    node->Stop();
  }

  void keepsRecentLogLinesInSequence() {
    Fixture f;
    auto node = f.Open();
    QVERIFY(node->Start().ok());
    QVERIFY(WaitFor([&] { return node->chain().Height() >= 3; }));
    uint64_t next = 0;
    const auto all = node->RecentLogs(0, node::recent_log_lines_max, &next);
    QVERIFY(all.size() >= 3);
    QCOMPARE(all.front().seq, uint64_t{1});
    for (size_t i = 1; i < all.size(); ++i) QCOMPARE(all[i].seq, all[i - 1].seq + 1);
    QCOMPARE(next, all.back().seq);
    // Paging: two lines after the first, then the rest.
    const auto page = node->RecentLogs(1, 2, &next);
    QCOMPARE(page.size(), size_t{2});
    QCOMPARE(page[0].seq, uint64_t{2});
    QCOMPARE(next, uint64_t{3});
    // Past the newest line (a seq from an earlier run): nothing, and the newest seq to start over.
    const auto none = node->RecentLogs(UINT64_MAX, 10, &next);
    QVERIFY(none.empty());
    QVERIFY(next >= all.back().seq && next < UINT64_MAX);
    node->Stop();
  }

  void restartKeepsChainAndState() {
    Fixture f;
    Hash32 hash_at_2{};
    chain::Account acc;
    const Address sender = crypto::EthereumAddress(Key(3));
    {
      auto node = f.Open();
      QVERIFY(node->Start().ok());
      QVERIFY(node->SubmitRawTransaction(Transfer(3, 0, sender, 7, chain::TxType::Legacy).raw).ok);
      QVERIFY(WaitFor([&] { return node->chain().State()->GetAccount(sender).nonce == 1 && node->chain().Height() >= 3; }));
      hash_at_2 = node->chain().GetBlockByHeight(2)->hash;
      node->Stop();
      acc = node->chain().State()->GetAccount(sender);
    }
    auto node = f.Open();
    QCOMPARE(node->chain().State()->GetAccount(sender), acc);
    QCOMPARE(node->chain().GetBlockByHeight(2)->hash, hash_at_2);
    const uint64_t h = node->chain().Height();
    QVERIFY(node->Start().ok());
    QVERIFY(WaitFor([&] { return node->chain().Height() > h; }));
    QCOMPARE(node->chain().GetBlockByHeight(2)->hash, hash_at_2);
    node->Stop();
  }

  // A database written before the per-leaf state layout holds one whole-state record: the node
  // reads it, rewrites it as leaves and goes on from the same state.
  void restartConvertsAWholeStateRecord() {
    Fixture f;
    const Address sender = crypto::EthereumAddress(Key(2));
    chain::Account acc;
    {
      auto node = f.Open();
      QVERIFY(node->Start().ok());
      QVERIFY(node->SubmitRawTransaction(Transfer(2, 0, crypto::EthereumAddress(Key(1)), 9, chain::TxType::Legacy).raw).ok);
      QVERIFY(WaitFor([&] { return node->chain().State()->GetAccount(sender).nonce == 1 && node->chain().Height() >= 2; }));
      node->Stop();
      acc = node->chain().State()->GetAccount(sender);
    }
    const std::string db_path = f.dir.path().toStdString() + "/data/chain";
    Hash32 root{};
    {
      auto db = storage::Database::Open(db_path);
      QVERIFY(db.ok());
      const Bytes key = {'s', 't', 'a', 't', 'e'};
      auto header = (*db)->Get(storage::Column::Meta, key);
      QVERIFY(header.ok() && header->has_value());
      std::vector<std::pair<uint16_t, Bytes>> leaves;
      QVERIFY((*db)->ForEach(storage::Column::State, [&](ByteSpan k, ByteSpan v) {
        leaves.emplace_back(static_cast<uint16_t>(k[0] << 8 | k[1]), Bytes(v.begin(), v.end()));
        return true;
      }).ok());
      QVERIFY(!leaves.empty());
      auto state = chain::State::Restore(**header, leaves);
      QVERIFY2(state.ok(), state.status().ToString().c_str());
      QCOMPARE(state->GetAccount(sender), acc);
      root = state->Root();
      // The version 1 record of the same state, and no leaves.
      codec::Writer w;
      w.PutU8(1);
      w.PutU64(state->height());
      w.PutFixed(U256ToWord(state->base_fee()));
      w.PutVarint(state->validators().size());
      w.PutU32(state->validators().round0_proposer());
      for (size_t i = 0; i < state->validators().size(); ++i) {
        const auto& v = state->validators().validators()[i];
        w.PutFixed(v.public_key);
        w.PutU64(v.power);
        w.PutI64(v.proposer_priority);
        w.PutFixed(state->fee_recipients()[i]);
        w.PutString(state->monikers()[i]);
      }
      const auto accounts = state->Accounts();
      w.PutVarint(accounts.size());
      for (const auto& [a, account] : accounts) {
        w.PutFixed(a);
        w.PutU64(account.nonce);
        w.PutFixed(U256ToWord(account.balance));
      }
      storage::Database::Batch b;
      b.Put(storage::Column::Meta, key, w.bytes());
      for (const auto& [leaf, bytes] : leaves) {
        b.Delete(storage::Column::State, Bytes{static_cast<uint8_t>(leaf >> 8), static_cast<uint8_t>(leaf)});
      }
      QVERIFY((*db)->Write(b, true).ok());
    }
    auto node = f.Open();
    QCOMPARE(node->chain().State()->GetAccount(sender), acc);
    const uint64_t h = node->chain().Height();
    QVERIFY(node->Start().ok());
    QVERIFY(WaitFor([&] { return node->chain().Height() > h + 1; }));
    node->Stop();
    node.reset();
    // Converted: a per-leaf header and leaves again, and a restart reads them.
    auto again = f.Open();
    QCOMPARE(again->chain().State()->GetAccount(sender), acc);
    QVERIFY(again->chain().Height() > h + 1);
    QVERIFY(again->chain().GetBlockByHeight(h)->block.header.state_root == root);  // the state read back is the one committed
  }

  // Receipts are one record per block; a database written by an earlier version holds one per
  // transaction under its hash, and those are still read.
  void readsReceiptsOfEitherLayout() {
    Fixture f;
    const Address to = crypto::EthereumAddress(Key(0x55));
    std::vector<chain::Transaction> txs;
    uint64_t height = 0;
    std::vector<chain::Receipt> receipts;
    Hash32 block_hash{};
    {
      auto node = f.Open();
      QVERIFY(node->Start().ok());
      for (uint64_t n = 0; n < 3; ++n) {
        txs.push_back(Transfer(1, n, to, 10 + n, chain::TxType::DynamicFee));
        QVERIFY(node->SubmitRawTransaction(txs.back().raw).ok);
      }
      QVERIFY(WaitFor([&] { return node->chain().GetTxLocation(txs.back().hash).has_value(); }));
      const auto loc = node->chain().GetTxLocation(txs.front().hash);
      QVERIFY(loc.has_value());
      height = loc->height;
      block_hash = loc->block_hash;
      auto block = node->chain().GetBlockByHeight(height);
      QVERIFY(block.has_value());
      QCOMPARE(block->receipts.size(), block->block.txs.size());
      receipts = block->receipts;
      node->Stop();
    }
    {
      auto db = storage::Database::Open(f.dir.path().toStdString() + "/data/chain");
      QVERIFY(db.ok());
      auto record = (*db)->Get(storage::Column::Receipts, block_hash);
      QVERIFY(record.ok() && record->has_value());
      auto decoded = chain::DecodeBlockReceipts(**record);
      QVERIFY(decoded.ok());
      QCOMPARE(*decoded, receipts);
      // Rewrite the block's receipts in the old layout.
      storage::Database::Batch b;
      b.Delete(storage::Column::Receipts, block_hash);
      for (const chain::Receipt& r : receipts) b.Put(storage::Column::Receipts, r.tx_hash, chain::EncodeReceipt(r));
      QVERIFY((*db)->Write(b, true).ok());
    }
    auto node = f.Open();
    auto block = node->chain().GetBlockByHeight(height);
    QVERIFY(block.has_value());
    QCOMPARE(block->receipts, receipts);
    node.reset();
    {
      // A damaged record: the block is still served, without receipts, and nothing crashes.
      auto db = storage::Database::Open(f.dir.path().toStdString() + "/data/chain");
      QVERIFY(db.ok());
      storage::Database::Batch b;
      b.Put(storage::Column::Receipts, block_hash, Bytes{1, 5, 0});
      QVERIFY((*db)->Write(b, true).ok());
    }
    auto reopened = f.Open();
    auto damaged = reopened->chain().GetBlockByHeight(height);
    QVERIFY(damaged.has_value());
    QVERIFY(damaged->receipts.empty());
    QCOMPARE(damaged->block.txs.size(), receipts.size());
  }

  // Four validators in a full mesh: a transaction submitted to one reaches the other three in one
  // batch that lists them as its recipients, so none of them relays it to another and no node
  // receives a copy of a transaction it already holds.
  void gossipCrossesEachLinkOnce() {
    QTemporaryDir dir;
    chain::Genesis g = Fixture().genesis;
    g.validators.clear();
    for (uint8_t v = 0; v < 4; ++v) {
      g.validators.push_back({"v" + std::to_string(v), Key(0x21 + v).PublicKey(), 100, crypto::EthereumAddress(Key(0x77)), std::nullopt});
    }
    std::vector<uint16_t> ports;  // four free loopback ports, all held until each is chosen
    {
      std::vector<int> fds;
      for (int v = 0; v < 4; ++v) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        QVERIFY(fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
                ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
        ports.push_back(ntohs(a.sin_port));
        fds.push_back(fd);
      }
      for (int fd : fds) ::close(fd);
    }
    std::vector<std::unique_ptr<node::Node>> nodes;
    for (int v = 0; v < 4; ++v) {
      node::NodeOptions o;
      o.home = dir.path().toStdString() + "/n" + std::to_string(v);
      o.genesis = g;
      o.validator_secret = Bytes(32, static_cast<uint8_t>(0x21 + v));
      o.node_secret = Bytes(32, static_cast<uint8_t>(0x41 + v));
      o.config.moniker = "v" + std::to_string(v);
      o.config.rpc_port = 0;
      o.config.p2p_port = ports[static_cast<size_t>(v)];
      for (int p = 0; p < 4; ++p) {
        if (p != v) o.config.persistent_peers.push_back("127.0.0.1:" + std::to_string(ports[static_cast<size_t>(p)]));
      }
      o.config.timeouts = consensus::TimeoutConfig{500, 100, 200, 100, 200, 100};
      o.log_to_stderr = false;
      auto n = node::Node::Open(std::move(o));
      QVERIFY2(n.ok(), n.status().ToString().c_str());
      nodes.push_back(std::move(n).value());
    }
    for (auto& n : nodes) QVERIFY(n->Start().ok());
    QVERIFY(WaitFor([&] {
      for (auto& n : nodes) {
        if (n->network()->Peers().size() != 3) return false;
      }
      return nodes[0]->chain().Height() >= 2;
    }));
    const Address sender = crypto::EthereumAddress(Key(1));
    const Address to = crypto::EthereumAddress(Key(0x55));
    constexpr uint64_t count = 20;
    for (uint64_t n = 0; n < count; ++n) {
      QVERIFY(nodes[0]->SubmitRawTransaction(Transfer(1, n, to, 1 + n, chain::TxType::DynamicFee).raw).ok);
    }
    QVERIFY(WaitFor([&] {
      for (auto& n : nodes) {
        if (n->chain().State()->GetAccount(sender).nonce != count) return false;
      }
      return true;
    }));
    auto metric = [](const std::string& text, const std::string& name) {
      const size_t at = text.find("\n" + name + " ");
      return at == std::string::npos ? -1.0 : std::stod(text.substr(at + name.size() + 2));
    };
    double echoes = 0, skipped = 0;
    for (auto& n : nodes) {
      const std::string m = n->MetricsText();
      QVERIFY(metric(m, "ordo_gossip_txs_echoed_total") >= 0);
      echoes += metric(m, "ordo_gossip_txs_echoed_total");
      skipped += metric(m, "ordo_gossip_relays_skipped_total");
    }
    QCOMPARE(echoes, 0.0);
    QVERIFY2(skipped > 0, "the receivers admitted nothing from gossip");
    // Each block's last commit carries precommits every node verified as votes a height before.
    // Every node validates another's proposal, reusing the precommits it verified, and takes
    // another's block ahead of its proposal. A candidate whose transactions have not reached a
    // node by gossip yet is not validated ahead, so on a loaded machine the first blocks may all
    // be missed: wait for the (empty) blocks that follow.
    for (auto& n : nodes) {
      QVERIFY2(WaitFor([&] { return metric(n->MetricsText(), "ordo_vote_signatures_reused_total") > 0; }),
               "a commit certificate's precommits were all verified a second time");
      QVERIFY2(WaitFor([&] { return metric(n->MetricsText(), "ordo_candidate_blocks_validated_total") > 0; }),
               "no block was validated ahead of its proposal");
    }
    for (auto& n : nodes) n->Stop();
  }

  void refusesSignerStateBehindTheChain() {
    Fixture f;
    {
      auto node = f.Open();
      QVERIFY(node->Start().ok());
      QVERIFY(WaitFor([&] { return node->chain().Height() >= 2; }));
      node->Stop();
    }
    std::filesystem::remove(f.dir.path().toStdString() + "/data/signer_state.bin");
    node::NodeOptions o;
    o.home = f.dir.path().toStdString();
    o.genesis = f.genesis;
    o.validator_secret = f.validator_secret;
    o.log_to_stderr = false;
    auto reopened = node::Node::Open(std::move(o));
    QVERIFY(!reopened.ok());
    QVERIFY(reopened.status().IsConflict());
  }
};

QTEST_APPLESS_MAIN(NodeTests)
#include "node_tests.moc"
