// Candidate blocks (p2p CandidateBlock, unsigned) from a stranger. With a genesis that names no
// node keys a node takes them from any peer, so the work one can buy must stay bounded: a valid
// block with more transactions new to the node than candidate_unknown_txs_max is left for its
// signed proposal (no sender recovered), while the same kind of block within the bound is
// validated ahead. The node is one of two validators with the other offline, so it stays in the
// first round of height 1 and the candidate's round is known.

#include <QtTest/QtTest>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "ordo/chain/block_encoding.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/merkle.h"
#include "ordo/chain/state.h"
#include "ordo/chain/transaction.h"
#include "ordo/codec/codec.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/node/node.h"
#include "test_peer.h"
#include "testnet.h"

using namespace ordo;

namespace {

constexpr uint8_t candidate_block_type = 9;  // node::MsgType::CandidateBlock
constexpr int connect_timeout_ms = 20'000;
constexpr int verdict_timeout_ms = 10'000;
constexpr uint64_t evm_chain_id = 61000;

crypto::SecretKey Key(uint8_t fill) {
  std::array<uint8_t, 32> b{};
  b.fill(fill);
  return std::move(crypto::SecretKey::FromBytes(b)).value();
}

bool WaitFor(const std::function<bool()>& cond, int ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (cond()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return cond();
}

double Metric(const std::string& text, const std::string& name) {
  const size_t at = text.find("\n" + name + " ");
  return at == std::string::npos ? -1.0 : std::stod(text.substr(at + name.size() + 2));
}

chain::TxPtr Transfer(uint8_t from, uint64_t nonce) {
  chain::Transaction tx;
  tx.type = chain::TxType::DynamicFee;
  tx.chain_id = evm_chain_id;
  tx.nonce = nonce;
  tx.gas_limit = 21000;
  tx.to = crypto::EthereumAddress(Key(0x55));
  tx.value = U256(1 + nonce);
  tx.max_fee_per_gas = U256(10'000'000'000ULL);
  tx.max_priority_fee_per_gas = U256(2'000'000'000ULL);
  chain::SignTransaction(tx, Key(from));
  return std::make_shared<const chain::Transaction>(std::move(tx));
}

}  // namespace

class CandidateBlockTests : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  chain::Genesis m_genesis;
  std::unique_ptr<node::Node> m_node;
  std::unique_ptr<integration::TestPeer> m_peer;

  // A valid height-1 block by the offline validator (index `proposer`), with `count` transfers the
  // running node has never seen.
  Bytes MakeBlock(consensus::ValidatorIndex proposer, size_t count) {
    auto state = chain::State::FromGenesis(m_genesis);
    if (!state.ok()) qFatal("genesis state: %s", state.status().ToString().c_str());
    std::vector<chain::TxPtr> txs;
    for (size_t n = 0; n < count; ++n) txs.push_back(Transfer(1, n));
    auto exec = chain::ExecuteBlock(*state, txs, evm_chain_id, state->fee_recipients()[proposer], m_genesis.params,
                                    chain::InvalidTx::Reject);
    if (!exec.ok()) qFatal("execute: %s", exec.status().ToString().c_str());
    chain::State post = *state;
    chain::ApplyExecution(post, *exec);
    chain::Block b;
    b.header.chain_id = m_genesis.chain_id;
    b.header.height = 1;
    b.header.time_ms = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    b.header.prev_hash = chain::GenesisHash(m_genesis);
    b.header.txs_root = exec->txs_root;
    b.header.receipts_root = exec->receipts_root;
    b.header.state_root = post.Root();
    b.header.validators_hash = state->validators().Hash();
    b.header.next_validators_hash = post.validators().Hash();
    b.header.evidence_hash = chain::MerkleRootOfLeafHashes({});
    b.header.proposer = state->validators().at(proposer).public_key;
    for (const chain::TxPtr& tx : exec->txs) b.txs.push_back(tx->raw);
    return codec::Encode(b);
  }

  // Sends a block of `count` new transfers as the candidate of the round the offline validator
  // proposes (this one or the next), and waits until the node has decided what to do with it.
  void SendCandidate(size_t count) {
    auto state = chain::State::FromGenesis(m_genesis);
    QVERIFY(state.ok());
    const node::ConsensusStatus status = m_node->chain().Consensus();
    QCOMPARE(status.height, uint64_t{1});
    int32_t round = status.round;
    if (state->validators().ProposerForRound(round) == 0) ++round;
    const consensus::ValidatorIndex proposer = state->validators().ProposerForRound(round);
    QCOMPARE(proposer, consensus::ValidatorIndex{1});
    codec::Writer w;
    w.PutU64(1);
    w.PutI32(round);
    w.PutBytes(MakeBlock(proposer, count));
    m_peer->Send(candidate_block_type, w.Take());
    QVERIFY2(WaitFor(
                 [&] {
                   const std::string m = m_node->MetricsText();
                   return Metric(m, "ordo_candidate_blocks_validated_total") +
                              Metric(m, "ordo_candidate_blocks_not_validated_ahead_total") >
                          0;
                 },
                 verdict_timeout_ms),
             "the node neither validated the candidate nor left it for its proposal");
    // The node is still in the round, so the block was judged by the bound and not dropped as late.
    QCOMPARE(m_node->chain().Consensus().height, uint64_t{1});
  }

 private slots:
  void init() {
    QVERIFY(m_dir.isValid());
    m_genesis = chain::Genesis{};
    m_genesis.chain_id = "ordo-candidates";
    m_genesis.evm_chain_id = evm_chain_id;
    m_genesis.genesis_time_ms = 1'700'000'000'000;
    m_genesis.params.block_interval_ms = 50;
    // No node keys: candidate blocks are taken from any peer.
    m_genesis.validators.push_back({"v0", Key(0x11).PublicKey(), 100, crypto::EthereumAddress(Key(0x77)), std::nullopt});
    m_genesis.validators.push_back({"v1", Key(0x12).PublicKey(), 100, crypto::EthereumAddress(Key(0x78)), std::nullopt});
    m_genesis.accounts.push_back({crypto::EthereumAddress(Key(1)), U256("1000000000000000000000")});

    const quint16 port = integration::FreePortBase(1);
    QVERIFY(port != 0);
    node::NodeOptions o;
    o.home = (m_dir.path() + "/" + QTest::currentTestFunction()).toStdString();
    o.genesis = m_genesis;
    o.validator_secret = Bytes(32, 0x11);
    o.node_secret = Bytes(32, 0x41);
    o.config.rpc_port = 0;
    o.config.p2p_port = port;
    o.config.timeouts = consensus::TimeoutConfig{500, 100, 500, 100, 500, 100};
    o.log_to_stderr = false;
    auto n = node::Node::Open(std::move(o));
    QVERIFY2(n.ok(), n.status().ToString().c_str());
    m_node = std::move(n).value();
    QVERIFY(m_node->Start().ok());
    QString error;
    m_peer = std::make_unique<integration::TestPeer>();
    QVERIFY2(m_peer->Start(m_genesis.chain_id, "127.0.0.1:" + std::to_string(port), &error), qPrintable(error));
    QVERIFY(m_peer->WaitConnected(connect_timeout_ms));
  }

  void cleanup() {
    m_peer.reset();
    if (m_node) m_node->Stop();
    m_node.reset();
  }

  void candidateOverTheBoundIsLeftForItsProposal() {
    SendCandidate(node::candidate_unknown_txs_max + 1);
    const std::string m = m_node->MetricsText();
    QCOMPARE(Metric(m, "ordo_candidate_blocks_not_validated_ahead_total"), 1.0);
    QCOMPARE(Metric(m, "ordo_candidate_blocks_validated_total"), 0.0);
    // The stranger was not punished for a well-formed block.
    QVERIFY(m_peer->connected());
  }

  void candidateWithinTheBoundIsValidatedAhead() {
    SendCandidate(node::candidate_unknown_txs_max);
    const std::string m = m_node->MetricsText();
    QCOMPARE(Metric(m, "ordo_candidate_blocks_validated_total"), 1.0);
    QCOMPARE(Metric(m, "ordo_candidate_blocks_not_validated_ahead_total"), 0.0);
  }
};

QTEST_GUILESS_MAIN(CandidateBlockTests)
#include "candidate_block_tests.moc"
