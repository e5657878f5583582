// interfaces::Node over a real headless ordod's JSON-RPC (MakeRemoteNode): the panel's third mode.
// One single-validator ordod with 100 ms blocks, seen only through the interface the panel uses;
// then the same ordod frozen and killed under it.

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "ordo/interfaces/node.h"
#include "ordod_process.h"

using namespace ordo::interfaces;
using ordo::integration::OrdodProcess;

namespace {

constexpr int wait_ms = 20'000;
// A frozen ordod costs a connect/read deadline (2 s) and one retry on a new connection.
constexpr qint64 unreachable_status_ms_max = 6'000;
const std::string made_up_peer = "0123456789abcdef0123456789abcdef01234567";

template <typename F>
bool WaitFor(F cond, int timeout_ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeout_ms) {
    if (cond()) return true;
    QThread::msleep(50);
  }
  return cond();
}

uint64_t RejectedTotal(const MempoolStatus& m) {
  uint64_t total = 0;
  for (const RejectionCount& r : m.rejected) total += r.total;
  return total;
}

}  // namespace

class RemoteNodeTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_ordod = std::make_unique<OrdodProcess>(m_dir.path() + "/node");
    QString error;
    ordo::integration::InitParams params;
    params.dev_accounts = 1;
    params.block_interval_ms = 100;
    QVERIFY2(m_ordod->Init(params, &error), qPrintable(error));
    QVERIFY2(m_ordod->Start(&error), qPrintable(error));
    QVERIFY2(m_ordod->WaitForRpc(ordo::integration::rpc_ready_timeout_ms, &error), qPrintable(error));
    QVERIFY2(m_ordod->WaitForHeight(2, ordo::integration::block_wait_timeout_ms, &error), qPrintable(error));
    m_url = "http://127.0.0.1:" + std::to_string(m_ordod->rpc_port());
    std::string why;
    m_node = MakeRemoteNode(m_url, &why, (m_ordod->home() + "/rpc.cookie").toStdString());
    QVERIFY2(m_node, why.c_str());
  }

  void cleanupTestCase() {
    m_node.reset();
    if (m_ordod) m_ordod->Kill();
  }

  void refusesBadUrlsAndSilentServers() {
    std::string error;
    QVERIFY(!MakeRemoteNode("https://127.0.0.1:1", &error));
    QVERIFY2(error.find("http://") != std::string::npos, error.c_str());
    error.clear();
    QVERIFY(!MakeRemoteNode("http://127.0.0.1:notaport", &error));
    QVERIFY(!error.empty());
    error.clear();
    const quint16 nobody = ordo::integration::FreePort();
    QVERIFY(!MakeRemoteNode("http://127.0.0.1:" + std::to_string(nobody), &error));
    QVERIFY2(error.find("ordo_panelSnapshot") != std::string::npos, error.c_str());
  }

  void statusReportsTheRunningValidator() {
    const NodeStatus s = m_node->getStatus();
    QVERIFY(s.running);
    QCOMPARE(s.mode, NodeMode::Remote);
    QCOMPARE(s.chain_id, std::string("1337"));
    QCOMPARE(s.evm_chain_id, uint64_t{1337});
    QCOMPARE(s.rpc_url, m_url);
    QVERIFY(s.is_validator);
    QCOMPARE(s.own_power, s.total_power);
    QCOMPARE(s.validator_key.size(), size_t{64});
    QCOMPARE(s.target_block_interval_ms, uint64_t{100});
    QVERIFY(s.data_dir.find("/node") != std::string::npos);
    QVERIFY(s.disk_free_bytes > 0);
    QVERIFY(s.now_ms > 0);
    const uint64_t h0 = s.last_committed;
    QVERIFY(h0 >= 2);
    QVERIFY(WaitFor([&] { return m_node->getStatus().last_committed >= h0 + 3; }, wait_ms));
    QVERIFY(m_node->getStatus().signer_last_height >= h0 + 3);
  }

  void timingsBlocksAndCertificates() {
    QVERIFY(WaitFor([&] { return m_node->getHeightTimings(1000).size() >= 5; }, wait_ms));
    const auto timings = m_node->getHeightTimings(1000);
    for (size_t i = 1; i < timings.size(); ++i) QCOMPARE(timings[i].height, timings[i - 1].height + 1);
    QVERIFY(timings.back().total_ms > 0);
    QCOMPARE(m_node->getHeightTimings(2).size(), size_t{2});
    const auto blocks = m_node->getRecentBlocks(3);
    QCOMPARE(blocks.size(), size_t{3});
    QCOMPARE(blocks[0].height, blocks[1].height + 1);
    QCOMPARE(blocks[0].hash.size(), size_t{66});
    QVERIFY(!blocks[0].proposer.empty());
    const auto d = m_node->getBlock(blocks[1].height);
    QVERIFY(d.has_value());
    QCOMPARE(d->summary.hash, blocks[1].hash);
    QCOMPARE(d->summary.height, blocks[1].height);
    QCOMPARE(d->parent_hash, blocks[2].hash);
    QVERIFY(d->has_certificate);
    QCOMPARE(d->signatures.size(), size_t{1});
    QCOMPARE(d->signatures.front().signature.size(), size_t{128});
    QVERIFY(3 * d->signed_power > 2 * d->total_power);
    QVERIFY(!m_node->getBlock(1'000'000'000).has_value());
  }

  void validatorsLiveRoundAndMempool() {
    const auto vals = m_node->getValidators();
    QCOMPARE(vals.size(), size_t{1});
    QVERIFY(vals[0].is_self);
    QCOMPARE(vals[0].power_share, 1.0);
    QVERIFY(vals[0].window >= 1);
    QCOMPARE(vals[0].missed_in_window, uint64_t{0});
    const LiveRound live = m_node->getLiveRound();
    QVERIFY(live.height >= 1);
    QCOMPARE(live.total_power, vals[0].power);
    QVERIFY(m_node->getPeers().empty());
    QVERIFY(m_node->getEvidence().empty());
    QVERIFY(m_node->getLocalValidators().empty());
    std::string error;
    QVERIFY(!m_node->setLocalValidatorRunning(1, false, &error));
    QVERIFY(!error.empty());

    const MempoolStatus before = m_node->getMempool();
    QVERIFY(before.txs_max > 0);
    QVERIFY(before.bytes_max > 0);
    QVERIFY(before.rejected.size() >= 10);
    const std::string rejection = m_node->submitRawTransaction({0x01, 0x02, 0x03});
    QVERIFY2(!rejection.empty(), "a malformed transaction was accepted");
    QVERIFY(WaitFor([&] { return RejectedTotal(m_node->getMempool()) == RejectedTotal(before) + 1; }, wait_ms));
    QVERIFY(m_node->getMempoolTop(10).empty());
  }

  void logsArriveAndNewBlocksAreNotified() {
    QVERIFY(!m_node->getRecentLogs(100).empty());
    std::mutex mutex;
    std::vector<LogEntry> lines;
    std::vector<uint64_t> heights;
    auto log_sub = m_node->handleLog([&](const LogEntry& e) {
      std::lock_guard lock(mutex);
      lines.push_back(e);
    });
    auto block_sub = m_node->handleNewBlock([&](const BlockSummary& b) {
      std::lock_guard lock(mutex);
      heights.push_back(b.height);
    });
    QVERIFY(WaitFor([&] {
      std::lock_guard lock(mutex);
      return lines.size() >= 3 && heights.size() >= 3;
    }, wait_ms));
    std::lock_guard lock(mutex);
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const LogEntry& e) { return e.message.find("committed height") != std::string::npos; }));
    QVERIFY(!lines.front().source.empty());
    QVERIFY(lines.front().time_ms > 0);
    for (size_t i = 1; i < heights.size(); ++i) QVERIFY(heights[i] > heights[i - 1]);
  }

  void banAndUnbanRoundTrip() {
    auto banned = [&] {
      const auto list = m_node->getBannedPeers();
      return std::any_of(list.begin(), list.end(), [](const BannedPeerInfo& b) { return b.id == made_up_peer; });
    };
    QVERIFY(!banned());
    m_node->banPeer(made_up_peer);
    QVERIFY(banned());  // the command drops the cached snapshot, so the ban shows at once
    m_node->unbanPeer(made_up_peer);
    QVERIFY(!banned());
    m_node->setNetworkPaused(true);
    QVERIFY(m_node->getStatus().network_paused);
    m_node->setNetworkPaused(false);
    QVERIFY(!m_node->getStatus().network_paused);
  }

  // Issue 16, attack (i): without the node's cookie the operator methods are refused; a page
  // from another origin, or a request naming another host, is not served at all.
  void operatorMethodsAreTheOperatorsAlone() {
    ordo::integration::RpcClient stranger(m_ordod->rpc_port());
    const auto paused = stranger.Call("ordo_setNetworkPaused", {true});
    QCOMPARE(paused.error_code.value_or(0), -32001);
    QVERIFY(!m_node->getStatus().network_paused);
    QCOMPARE(stranger.Call("ordo_banPeer", {QString::fromStdString(made_up_peer)}).error_code.value_or(0), -32001);
    QVERIFY(stranger.Call("eth_blockNumber").ok());  // the public methods still answer
    std::string why;
    auto without_cookie = MakeRemoteNode(m_url, &why);
    QVERIFY2(without_cookie, why.c_str());
    without_cookie->setNetworkPaused(true);
    QVERIFY(!m_node->getStatus().network_paused);
    const QFileInfo cookie(m_ordod->home() + "/rpc.cookie");
    QCOMPARE(cookie.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    QByteArray response;
    const QByteArray body = R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]})";
    QCOMPARE(ordo::integration::RawHttpPostStatus(m_ordod->rpc_port(), body, 5000, &response, "Origin: http://evil.example\r\n"), 403);
    QCOMPARE(ordo::integration::RawHttpPostStatus(m_ordod->rpc_port(), body, 5000, &response, {}, "evil.example"), 403);
  }

  void panelMethodsRefuseBadParams() {
    auto& rpc = m_ordod->rpc();
    const auto expect_invalid = [](const ordo::integration::RpcReply& r) {
      QVERIFY2(r.error_code.has_value(), qPrintable(r.Describe()));
      QCOMPARE(*r.error_code, -32602);
    };
    expect_invalid(rpc.Call("ordo_panelSnapshot", {1, 2, 3}));
    expect_invalid(rpc.Post(R"({"jsonrpc":"2.0","id":1,"method":"ordo_panelSnapshot","params":{"timings_max":1,"blocks_max":1}})"));
    expect_invalid(rpc.Post(R"({"jsonrpc":"2.0","id":1,"method":"ordo_panelSnapshot","params":{"timings_max":1,"blocks_max":100000,"mempool_top_max":1}})"));
    expect_invalid(rpc.Post(R"({"jsonrpc":"2.0","id":1,"method":"ordo_panelSnapshot","params":{"timings_max":-1,"blocks_max":1,"mempool_top_max":1}})"));
    expect_invalid(rpc.Call("ordo_panelBlock", {"0x1"}));
    expect_invalid(rpc.Call("ordo_panelBlock", {}));
    expect_invalid(rpc.Call("ordo_panelLogs", {0, 1'000'000}));
    expect_invalid(rpc.Call("ordo_panelLogs", {"0", 10}));
    const auto logs = rpc.Call("ordo_panelLogs", {0, 5});
    QVERIFY2(logs.ok(), qPrintable(logs.Describe()));
    QCOMPARE(logs.result.toObject().value("lines").toArray().size(), 5);
    QVERIFY(logs.result.toObject().value("next_seq").toInteger() >= 5);
    const auto missing = rpc.Call("ordo_panelBlock", {1'000'000});
    QVERIFY2(missing.ok() && missing.result.isNull(), qPrintable(missing.Describe()));
  }

  void aFrozenOrdodIsNotRunningWithinTheDeadlines() {
    QVERIFY(m_ordod->Pause());
    // SIGSTOP takes effect asynchronously: a call may still be answered just after kill().
    const bool stopped_showing = WaitFor([&] { return !m_node->getStatus().running; }, wait_ms);
    QElapsedTimer t;
    t.start();
    const NodeStatus s = m_node->getStatus();
    const qint64 took = t.elapsed();
    QVERIFY(m_ordod->Resume());
    QVERIFY(stopped_showing);
    QVERIFY(!s.running);
    QCOMPARE(s.mode, NodeMode::Remote);
    QCOMPARE(s.rpc_url, m_url);
    QVERIFY2(took < unreachable_status_ms_max, qPrintable(QString::number(took) + " ms"));
    QVERIFY(WaitFor([&] { return m_node->getStatus().running; }, wait_ms));
  }

  void aKilledOrdodIsNotRunningAndNothingCrashes() {
    std::atomic<int> blocks{0};
    auto sub = m_node->handleNewBlock([&](const BlockSummary&) { ++blocks; });
    m_ordod->Kill();
    QVERIFY(WaitFor([&] { return !m_node->getStatus().running; }, wait_ms));
    QVERIFY(m_node->getPeers().empty());
    QVERIFY(m_node->getValidators().empty());
    QVERIFY(m_node->getRecentBlocks(10).empty());
    QVERIFY(m_node->getHeightTimings(10).empty());
    QVERIFY(!m_node->getBlock(1).has_value());
    QVERIFY(!m_node->submitRawTransaction({0x01}).empty());
    m_node->banPeer(made_up_peer);  // a command to nobody: no effect, no crash
    QThread::msleep(600);  // a few polls of a dead ordod
    const int seen = blocks.load();
    QThread::msleep(600);
    QCOMPARE(blocks.load(), seen);
    QVERIFY(!m_node->getRecentLogs(10).empty());  // the lines read before stay
  }

 private:
  QTemporaryDir m_dir;
  std::unique_ptr<OrdodProcess> m_ordod;
  std::unique_ptr<Node> m_node;
  std::string m_url;
};

QTEST_GUILESS_MAIN(RemoteNodeTests)
#include "remote_node_tests.moc"
