// interfaces::Node over an in-process local network (the control panel's default): four real
// validators on loopback, seen only through the interface the panel uses.

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <set>

#include <malloc.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>

#include "ordo/interfaces/local_network_threads.h"
#include "ordo/interfaces/node.h"
#include "testnet.h"

using namespace ordo::interfaces;

namespace {

// How many CPUs thread `tid` (0: the caller) may run on; -1 when it cannot tell.
int AllowedCpus(pid_t tid) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(tid, sizeof set, &set) != 0) return -1;
  return CPU_COUNT(&set);
}

// Polls `cond` until it holds or `timeout_ms` passes.
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

}  // namespace

class LocalNetworkTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    const quint16 rpc = ordo::integration::FreePortBase(8);  // RPC on rpc..rpc+3, p2p on rpc+4..rpc+7
    QVERIFY(rpc != 0);
    LocalNetworkOptions o;
    o.data_dir = (m_dir.path() + QStringLiteral("/net")).toStdString();
    o.rpc_port_base = rpc;
    o.p2p_port_base = static_cast<quint16>(rpc + 4);
    o.block_interval_ms = 100;
    o.dev_accounts = 2;
    std::string error;
    m_node = MakeLocalNetwork(o, &error);
    QVERIFY2(m_node, error.c_str());
    m_rpc_base = rpc;
  }

  void cleanupTestCase() { m_node.reset(); }

  void commitsAndReportsStatus() {
    std::atomic<int> blocks{0};
    auto sub = m_node->handleNewBlock([&](const BlockSummary&) { ++blocks; });
    QVERIFY(WaitFor([&] { return m_node->getStatus().last_committed >= 5; }, 30000));
    const NodeStatus s = m_node->getStatus();
    QVERIFY(s.running);
    QCOMPARE(s.mode, NodeMode::LocalNetwork);
    QCOMPARE(s.chain_id, std::string("ordo-local"));
    QCOMPARE(s.rpc_url, "http://127.0.0.1:" + std::to_string(m_rpc_base));
    QVERIFY(s.is_validator);
    QCOMPARE(s.total_power, 4 * s.own_power);
    QVERIFY(s.signer_last_height >= 4);
    QVERIFY(s.disk_free_bytes > 0);
    QVERIFY(blocks.load() >= 1);
    QVERIFY(WaitFor([&] { return m_node->getStatus().peers == 3; }, 10000));
    QVERIFY(WaitFor([&] { return m_node->getStatus().best_peer_height + 2 >= m_node->getStatus().last_committed; }, 10000));
  }

  // With a local network in the process, large buffers stay in mappings of their own (returned to
  // the system when freed) even after a larger one was freed, which without a fixed threshold
  // makes glibc move blocks of that size into the heap arenas for good.
  void largeAllocationsAreNotRetainedInTheHeap() {
    auto touch = [](size_t n) {
      auto* p = static_cast<volatile char*>(std::malloc(n));
      for (size_t i = 0; i < n; i += 4096) p[i] = 1;
      return p;
    };
    std::free(const_cast<char*>(touch(4 << 20)));  // would raise glibc's dynamic threshold to 4 MiB
    // The nodes' threads map and unmap buffers meanwhile, so the count may move under one attempt.
    bool mapped = false;
    for (int attempt = 0; attempt < 5 && !mapped; ++attempt) {
      const size_t before = ::mallinfo2().hblkhd;
      volatile char* p = touch(512 << 10);
      const size_t during = ::mallinfo2().hblkhd;
      std::free(const_cast<char*>(p));
      mapped = during >= before + (512 << 10);
    }
    QVERIFY2(mapped, "a 512 KiB buffer was taken from the heap arenas instead of a mapping of its own");
  }

  // The local network's threads run at a low priority and off one CPU (when there are two or
  // more), which stays free for the GUI thread and Qt's painting pool; threads they create inherit
  // both, and the thread that started them keeps its own. ORDO_LOCAL_NETWORK_RESERVE_CPU=0 keeps
  // every CPU.
  void localNetworkThreadsLeaveACpuToTheGui() {
    const int cpus = AllowedCpus(0);
    QVERIFY(cpus >= 1);
    struct Seen {
      int returned = -1, own = -1, child = -1, nice = -100, child_nice = -100;
    };
    auto prepared = [] {
      Seen seen;
      std::thread t([&] {
        seen.returned = PrepareLocalNetworkThread();
        seen.own = AllowedCpus(0);
        seen.nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
        std::thread child([&] {
          seen.child = AllowedCpus(0);
          seen.child_nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
        });
        child.join();
      });
      t.join();
      return seen;
    };
    const int expected = cpus >= 2 ? cpus - 1 : cpus;
    const Seen seen = prepared();
    QCOMPARE(seen.returned, expected);
    QCOMPARE(seen.own, expected);
    QCOMPARE(seen.child, expected);
    QCOMPARE(seen.nice, 10);  // ORDO_LOCAL_NETWORK_NICE, set for this suite by ctest
    QCOMPARE(seen.child_nice, 10);
    QCOMPARE(AllowedCpus(0), cpus);  // the caller keeps every CPU
    // The nodes started in initTestCase run on the reduced set: some of this process's threads do.
    int confined = 0;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
      const pid_t tid = static_cast<pid_t>(std::stol(task.path().filename().string()));
      if (AllowedCpus(tid) == expected) ++confined;
    }
    QVERIFY(confined >= (cpus >= 2 ? 4 : 1));
    ::setenv("ORDO_LOCAL_NETWORK_RESERVE_CPU", "0", 1);
    const Seen all = prepared();
    ::unsetenv("ORDO_LOCAL_NETWORK_RESERVE_CPU");
    QCOMPARE(all.returned, cpus);
    QCOMPARE(all.child, cpus);
  }

  void timingsBlocksAndCertificates() {
    const auto timings = m_node->getHeightTimings(1000);
    QVERIFY(timings.size() >= 5);
    for (size_t i = 1; i < timings.size(); ++i) QCOMPARE(timings[i].height, timings[i - 1].height + 1);
    const HeightTiming& t = timings.back();
    QVERIFY(!t.synced);
    QVERIFY(t.total_ms > 0);
    QVERIFY(t.total_ms + 0.01 >= t.commit_ms);
    const auto blocks = m_node->getRecentBlocks(3);
    QCOMPARE(blocks.size(), size_t{3});
    QCOMPARE(blocks[0].height, blocks[1].height + 1);
    QVERIFY(blocks[0].proposer.rfind("validator", 0) == 0 || !blocks[0].proposer.empty());
    // The certificate of a committed block: more than 2/3 of the power signed it.
    const auto d = m_node->getBlock(blocks[1].height);
    QVERIFY(d.has_value());
    QCOMPARE(d->summary.hash, blocks[1].hash);
    QVERIFY(d->has_certificate);
    QVERIFY(3 * d->signed_power > 2 * d->total_power);
    QVERIFY(!d->signatures.empty());
    QCOMPARE(d->signatures.front().signature.size(), size_t{128});
    QVERIFY(!m_node->getBlock(1'000'000'000).has_value());
  }

  // The decision needs only > 2/3 of the precommits; the ones arriving after it join the next
  // block's last_commit, so with all four validators up the chain records (nearly) every one of
  // them as having signed, not just the fastest three.
  void latePrecommitsAreRecorded() {
    QTRY_VERIFY_WITH_TIMEOUT(m_node->getRecentBlocks(30).size() >= 12, 60'000);
    const auto blocks = m_node->getRecentBlocks(30);
    size_t all_four = 0, checked = 0;
    for (size_t i = 1; i < blocks.size(); ++i) {  // blocks[0] has no next block yet
      const auto d = m_node->getBlock(blocks[i].height);
      QVERIFY(d.has_value() && d->has_certificate);
      ++checked;
      if (d->signatures.size() == 4) ++all_four;
    }
    QVERIFY2(all_four * 10 >= checked * 9, qPrintable(QString("%1 of %2 heights recorded all four signers").arg(all_four).arg(checked)));
  }

  void validatorsPeersAndLiveRound() {
    const auto vals = m_node->getValidators();
    QCOMPARE(vals.size(), size_t{4});
    int self = 0;
    for (const auto& v : vals) {
      self += v.is_self ? 1 : 0;
      QVERIFY(v.window >= 1);
      QVERIFY(v.power_share > 0.2 && v.power_share < 0.3);
    }
    QCOMPARE(self, 1);
    const auto peers = m_node->getPeers();
    QCOMPARE(peers.size(), size_t{3});
    for (const auto& p : peers) {
      QVERIFY(p.validator_power > 0);
      QCOMPARE(p.id.size(), size_t{40});
    }
    const LiveRound live = m_node->getLiveRound();
    QVERIFY(live.height >= 1);
    QCOMPARE(live.total_power, vals[0].power * 4);
    QVERIFY(3 * live.quorum_power > 2 * live.total_power);
    const MempoolStatus m = m_node->getMempool();
    QVERIFY(m.txs_max > 0);
    QVERIFY(m.rejected.size() >= 10);
    QVERIFY(!m_node->getRecentLogs(100).empty());
    QCOMPARE(m_node->submitRawTransaction({0x01, 0x02}).empty(), false);  // malformed: a message, not a crash
  }

  void stoppingACompanionShowsMissedSignatures() {
    std::string error;
    QVERIFY(!m_node->setLocalValidatorRunning(0, false, &error));
    QVERIFY(!error.empty());
    QVERIFY2(m_node->setLocalValidatorRunning(3, false, &error), error.c_str());
    auto locals = m_node->getLocalValidators();
    QCOMPARE(locals.size(), size_t{4});
    QVERIFY(locals[0].is_operator && locals[0].running);
    QVERIFY(!locals[3].running);
    const uint64_t h0 = m_node->getStatus().last_committed;
    QVERIFY(WaitFor([&] { return m_node->getStatus().last_committed >= h0 + 5; }, 30000));
    QVERIFY(WaitFor([&] { return m_node->getStatus().peers == 2; }, 10000));
    // Validator 3's key no longer appears in the certificates.
    const auto vals = m_node->getValidators();
    int missing = 0;
    for (const auto& v : vals) missing += v.missed_in_window > 0 ? 1 : 0;
    QVERIFY(missing >= 1);
    QVERIFY2(m_node->setLocalValidatorRunning(3, true, &error), error.c_str());
    QVERIFY(m_node->getLocalValidators()[3].running);
    QVERIFY(WaitFor([&] { return m_node->getStatus().peers == 3; }, 20000));
    const uint64_t h1 = m_node->getStatus().last_committed;
    QVERIFY(WaitFor([&] { return m_node->getStatus().last_committed >= h1 + 3; }, 30000));
  }

  void subscriptionsStopWhenTheHandlerDies() {
    std::atomic<int> lines{0};
    {
      auto sub = m_node->handleLog([&](const LogEntry&) { ++lines; });
      QVERIFY(WaitFor([&] { return lines.load() > 0; }, 10000));
    }
    const int seen = lines.load();
    const uint64_t h = m_node->getStatus().last_committed;
    QVERIFY(WaitFor([&] { return m_node->getStatus().last_committed >= h + 2; }, 20000));
    QCOMPARE(lines.load(), seen);
  }

 private:
  QTemporaryDir m_dir;
  std::unique_ptr<Node> m_node;
  quint16 m_rpc_base = 0;
};

QTEST_GUILESS_MAIN(LocalNetworkTests)
#include "local_network_tests.moc"
