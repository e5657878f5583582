// ordod under SIGKILL: a loaded single-validator node is killed at random moments and restarted,
// and after every restart nothing it had committed is lost or rewritten, the heights stay
// contiguous, balances and nonces are exactly what the committed transfers imply, and its
// signature audit log never shows two different sign-bytes for one (height, round, step).
// Also: a damaged or missing signer state makes ordod refuse to start.
//
// The kill moments come from a seeded RNG; the seed is printed and ORDO_CRASH_SEED replays it.

#include <QtTest/QtTest>

#include <chrono>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <tuple>
#include <vector>

#include "chain_ledger.h"
#include "ordod_process.h"
#include "test_wallet.h"

using namespace ordo::integration;
using ordo::U256;

namespace {

constexpr int crash_iterations = 20;
constexpr int load_ms_min = 20;
constexpr int load_ms_max = 1'500;
constexpr uint64_t sender_window_max = 32;  // sent but not yet committed, per sender
constexpr int block_poll_interval_ms = 25;
constexpr int recipients_count = 16;
constexpr int terminate_timeout_ms = 15'000;
constexpr int refusal_timeout_ms = 15'000;
const U256 max_fee_per_gas = U256(20'000'000'000ull);  // 20 gwei: far above the 1 gwei start base fee
const U256 priority_fee_per_gas = U256(1'000'000'000);
const U256 legacy_gas_price = U256(5'000'000'000ull);

uint64_t Seed() {
  const QByteArray env = qgetenv("ORDO_CRASH_SEED");
  if (!env.isEmpty()) return env.toULongLong();
  return std::random_device{}() | (static_cast<uint64_t>(std::random_device{}()) << 32);
}

// signatures.log: "height round step signbyteshash" per line. Every line is well formed, no
// (height, round, step) appears with two different hashes, and every committed height has this
// (only) validator's precommit in it, which a commit needs.
bool CheckSignatureLog(const QString& path, uint64_t committed_head, QString* error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = "cannot read " + path;
    return false;
  }
  std::map<std::tuple<uint64_t, int64_t, int>, QByteArray> seen;
  std::set<uint64_t> precommitted;
  int line_number = 0;
  for (const QByteArray& line : f.readAll().split('\n')) {
    ++line_number;
    if (line.isEmpty()) continue;
    const QList<QByteArray> fields = line.split(' ');
    bool ok_h = false, ok_r = false, ok_s = false;
    const uint64_t height = fields.size() == 4 ? fields[0].toULongLong(&ok_h) : 0;
    const int64_t round = fields.size() == 4 ? fields[1].toLongLong(&ok_r) : 0;
    const int step = fields.size() == 4 ? fields[2].toInt(&ok_s) : 0;
    if (!ok_h || !ok_r || !ok_s || step < 1 || step > 3 || fields[3].size() != 64) {
      *error = QString("signatures.log line %1 malformed: '%2'").arg(line_number).arg(QString::fromUtf8(line));
      return false;
    }
    auto [it, inserted] = seen.try_emplace({height, round, step}, fields[3]);
    if (!inserted && it->second != fields[3]) {
      *error = QString("double sign: height %1 round %2 step %3 signed as %4 and as %5 (line %6)")
                   .arg(height)
                   .arg(round)
                   .arg(step)
                   .arg(QString::fromUtf8(it->second), QString::fromUtf8(fields[3]))
                   .arg(line_number);
      return false;
    }
    if (step == 3) precommitted.insert(height);
  }
  for (uint64_t h = 1; h <= committed_head; ++h) {
    if (!precommitted.count(h)) {
      *error = QString("committed height %1 has no precommit in signatures.log").arg(h);
      return false;
    }
  }
  return true;
}

QByteArray ReadAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool WriteAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

}  // namespace

class CrashTests : public QObject {
  Q_OBJECT

  uint64_t m_chain_id = 0;

  // Sends transfers from every wallet until `duration` has passed, keeping at most
  // sender_window_max uncommitted per sender, and records every block committed meanwhile.
  bool RunLoad(OrdodProcess& node, ChainLedger& ledger, const std::vector<TestWallet>& wallets,
               const std::vector<ordo::Address>& recipients, std::mt19937_64& rng,
               std::chrono::milliseconds duration, int* sent, QString* error) {
    using Clock = std::chrono::steady_clock;
    std::vector<uint64_t> next_nonce;
    for (const TestWallet& w : wallets) {
      const auto pending = node.rpc().Nonce(w.address_hex(), "pending");
      if (!pending || *pending != ledger.Nonce(w.address_hex())) {
        *error = "pending nonce of " + w.address_hex() + " is not the committed one after a restart";
        return false;
      }
      next_nonce.push_back(*pending);
    }
    std::uniform_int_distribution<uint64_t> value_wei(1, 1'000'000'000'000ull);
    std::uniform_int_distribution<size_t> recipient(0, recipients.size() - 1);
    std::bernoulli_distribution legacy(0.3);
    const Clock::time_point deadline = Clock::now() + duration;
    Clock::time_point next_poll = Clock::now();
    size_t turn = 0;
    while (Clock::now() < deadline) {
      if (Clock::now() >= next_poll) {
        const auto head = node.rpc().BlockNumber();
        if (!head) {
          *error = "eth_blockNumber failed under load";
          return false;
        }
        if (!ledger.Extend(node.rpc(), *head, error)) return false;
        next_poll = Clock::now() + std::chrono::milliseconds(block_poll_interval_ms);
      }
      std::optional<size_t> chosen;
      for (size_t k = 0; k < wallets.size() && !chosen; ++k) {
        const size_t i = (turn + k) % wallets.size();
        if (next_nonce[i] - ledger.Nonce(wallets[i].address_hex()) < sender_window_max) chosen = i;
      }
      if (!chosen) {
        QThread::msleep(2);
        continue;
      }
      turn = *chosen + 1;
      TransferFields f;
      f.chain_id = m_chain_id;
      f.nonce = next_nonce[*chosen];
      f.to = recipients[recipient(rng)];
      f.value = U256(value_wei(rng));
      if (legacy(rng)) {
        f.type = ordo::chain::TxType::Legacy;
        f.max_fee_per_gas = legacy_gas_price;
      } else {
        f.max_fee_per_gas = max_fee_per_gas;
        f.max_priority_fee_per_gas = priority_fee_per_gas;
      }
      const ordo::chain::Transaction tx = wallets[*chosen].Transfer(f);
      const RpcReply r = node.rpc().Call("eth_sendRawTransaction", {TestWallet::RawHex(tx)});
      const QString hash = "0x" + QString::fromStdString(ordo::ToHex(tx.hash));
      if (!r.ok() || r.result.toString() != hash) {
        *error = QString("eth_sendRawTransaction of nonce %1 from %2: %3").arg(f.nonce).arg(wallets[*chosen].address_hex(), r.Describe());
        return false;
      }
      ++next_nonce[*chosen];
      ++*sent;
    }
    return true;
  }

  // Inits a single-validator home in `dir`, starts it and waits for height 2.
  bool StartFresh(OrdodProcess& node, int dev_accounts, QString* error) {
    InitParams params;
    params.dev_accounts = dev_accounts;
    return node.Init(params, error) && node.SetConfigValue("sign_audit_log", "true", error) && node.Start(error) &&
           node.WaitForRpc(rpc_ready_timeout_ms, error) && node.WaitForHeight(2, block_wait_timeout_ms, error);
  }

 private slots:
  void initTestCase() {
    QVERIFY2(QFileInfo(OrdodProcess::ExecutablePath()).isExecutable(), qPrintable(OrdodProcess::ExecutablePath()));
  }

  void sigkillUnderLoadLosesNothingCommitted() {
    const uint64_t seed = Seed();
    qInfo("seed %llu (replay with ORDO_CRASH_SEED=%llu)", static_cast<unsigned long long>(seed),
          static_cast<unsigned long long>(seed));
    std::mt19937_64 rng(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrdodProcess node(dir.path() + "/node");
    QString error;
    QVERIFY2(StartFresh(node, 4, &error), qPrintable(error));

    ChainLedger ledger;
    QVERIFY2(ledger.LoadGenesis(node.home() + "/genesis.json", &error), qPrintable(error));
    const RpcReply chain_id = node.rpc().Call("eth_chainId");
    QVERIFY2(chain_id.ok() && QuantityToU64(chain_id.result) == 1337u, qPrintable(chain_id.Describe()));
    m_chain_id = 1337;
    std::vector<TestWallet> wallets;
    for (const DevAccountKey& k : node.DevAccounts(&error)) {
      auto w = TestWallet::FromDevAccount(k);
      QVERIFY2(w.has_value(), qPrintable("bad dev key for " + k.address));
      QCOMPARE(w->address_hex(), k.address);
      wallets.push_back(std::move(*w));
    }
    QCOMPARE(wallets.size(), size_t{4});
    std::vector<ordo::Address> recipients;
    for (int i = 0; i < recipients_count; ++i) {
      ordo::Address a{};
      for (auto& byte : a) byte = static_cast<uint8_t>(rng());
      recipients.push_back(a);
      ledger.Track(AddressHex(a));
    }
    QVERIFY2(ledger.Extend(node.rpc(), *node.rpc().BlockNumber(), &error), qPrintable(error));

    const QString audit_log = node.home() + "/data/signatures.log";
    std::uniform_int_distribution<int> load_ms(load_ms_min, load_ms_max);
    int sent_total = 0;
    QElapsedTimer restart_timer;
    qint64 restart_ms_max = 0;
    int wal_replays = 0;
    for (int i = 0; i < crash_iterations; ++i) {
      int sent = 0;
      const int duration_ms = load_ms(rng);
      QVERIFY2(RunLoad(node, ledger, wallets, recipients, rng, std::chrono::milliseconds(duration_ms), &sent, &error),
               qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      sent_total += sent;
      const uint64_t seen_before_kill = ledger.head();
      node.Kill();

      const qsizetype output_before = node.Output().size();
      restart_timer.start();
      QVERIFY2(node.Start(&error), qPrintable(error));
      QVERIFY2(node.WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      restart_ms_max = std::max(restart_ms_max, restart_timer.elapsed());
      const auto restart_head = node.rpc().BlockNumber();
      QVERIFY(restart_head.has_value());
      QVERIFY2(*restart_head >= seen_before_kill,
               qPrintable(QString("iteration %1: head %2 after restart, %3 committed before the kill")
                              .arg(i).arg(*restart_head).arg(seen_before_kill)));
      QVERIFY2(ledger.VerifyRecorded(node.rpc(), &error), qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      QVERIFY2(node.WaitForHeight(*restart_head + 1, block_wait_timeout_ms, &error),
               qPrintable(QString("iteration %1: no new height after restart: %2").arg(i).arg(error)));
      // Only the height in progress at the kill can still carry transfers (from the WAL); it is
      // committed now, and the mempool did not survive, so every later block is empty.
      QVERIFY2(ledger.Extend(node.rpc(), *node.rpc().BlockNumber(), &error),
               qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      QVERIFY2(ledger.VerifyAccounts(node.rpc(), &error), qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      QVERIFY2(CheckSignatureLog(audit_log, ledger.head(), &error), qPrintable(QString("iteration %1: %2").arg(i).arg(error)));
      // Informational: how often a kill landed inside a height, leaving WAL records to replay.
      if (node.Output().mid(output_before).contains("consensus WAL: replayed")) ++wal_replays;
      qInfo("iteration %d: %d ms of load, %d transfers sent, killed with %llu heights seen, restarted at %llu",
            i, duration_ms, sent, static_cast<unsigned long long>(seen_before_kill),
            static_cast<unsigned long long>(*restart_head));
    }
    QVERIFY2(ledger.transactions() > 0, "no transfer was ever committed: the load did not reach the chain");
    QVERIFY(ledger.burned() > 0);
    QVERIFY(ledger.tips() > 0);
    qInfo("%d kills (%d mid-height, replayed from the WAL): %d transfers sent, %llu committed in %llu blocks; slowest "
          "restart to RPC %lld ms",
          crash_iterations, wal_replays, sent_total, static_cast<unsigned long long>(ledger.transactions()),
          static_cast<unsigned long long>(ledger.head()), restart_ms_max);
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);
  }

  void corruptedSignerStateRefusesToStart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrdodProcess node(dir.path() + "/node");
    QString error;
    QVERIFY2(StartFresh(node, 0, &error), qPrintable(error));
    const auto height_before = node.rpc().BlockNumber();
    QVERIFY(height_before.has_value());
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);

    const QString signer_state = node.home() + "/data/signer_state.bin";
    const QByteArray original = ReadAll(signer_state);
    QVERIFY2(!original.isEmpty(), "a validator that signed blocks has no signer_state.bin");
    // The file keeps the state twice (two 4 KiB pages); one damaged copy is survivable (below),
    // both are not.
    QCOMPARE(original.size(), 8192);
    QByteArray damaged = original;
    damaged[10] = static_cast<char>(damaged[10] ^ 0x01);
    damaged[4096 + 10] = static_cast<char>(damaged[4096 + 10] ^ 0x01);
    QVERIFY(WriteAll(signer_state, damaged));

    const qsizetype output_before = node.Output().size();
    QVERIFY2(node.Start(&error), qPrintable(error));
    const std::optional<int> code = node.WaitForExit(refusal_timeout_ms);
    QVERIFY2(code.has_value(), "ordod kept running with a corrupted signer state");
    QVERIFY(*code != 0);
    const QString said = node.Output().mid(output_before);
    QVERIFY2(said.contains("signer state", Qt::CaseInsensitive) && said.contains("refus", Qt::CaseInsensitive),
             qPrintable("unclear refusal: " + said));
    QCOMPARE(ReadAll(signer_state), damaged);  // refused, and did not "repair" it either

    // The same home with the original file starts again: the byte was the whole reason.
    QVERIFY(WriteAll(signer_state, original));
    QVERIFY2(node.Start(&error), qPrintable(error));
    QVERIFY2(node.WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(error));
    const auto restart_head = node.rpc().BlockNumber();
    QVERIFY(restart_head.has_value() && *restart_head >= *height_before);
    QVERIFY2(node.WaitForHeight(*restart_head + 1, block_wait_timeout_ms, &error), qPrintable(error));
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);

    // One damaged copy (a save torn by a crash looks like this): the intact copy is used, the
    // operator is told, and the next signature rewrites both.
    QByteArray one_damaged = ReadAll(signer_state);
    one_damaged[4096 + 10] = static_cast<char>(one_damaged[4096 + 10] ^ 0x01);
    QVERIFY(WriteAll(signer_state, one_damaged));
    const qsizetype output_before_one = node.Output().size();
    QVERIFY2(node.Start(&error), qPrintable(error));
    QVERIFY2(node.WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(error));
    const auto head_one = node.rpc().BlockNumber();
    QVERIFY(head_one.has_value());
    QVERIFY2(node.WaitForHeight(*head_one + 2, block_wait_timeout_ms, &error), qPrintable(error));
    QVERIFY2(node.Output().mid(output_before_one).contains("copies is unusable"),
             qPrintable("no warning about the damaged copy: " + node.Output().mid(output_before_one)));
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);
    const QByteArray rewritten = ReadAll(signer_state);
    QCOMPARE(rewritten.mid(0, 4096), rewritten.mid(4096, 4096));
  }

  void deletedSignerStateOfActiveValidatorRefusesToStart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrdodProcess node(dir.path() + "/node");
    QString error;
    QVERIFY2(StartFresh(node, 0, &error), qPrintable(error));
    const auto height_before = node.rpc().BlockNumber();
    QVERIFY(height_before.has_value());
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);

    const QString signer_state = node.home() + "/data/signer_state.bin";
    const QString audit_log = node.home() + "/data/signatures.log";
    const QByteArray original = ReadAll(signer_state);
    QVERIFY2(!original.isEmpty(), "a validator that signed blocks has no signer_state.bin");
    QVERIFY(QFile::remove(signer_state));
    const QByteArray signatures_before = ReadAll(audit_log);
    QVERIFY(!signatures_before.isEmpty());

    const qsizetype output_before = node.Output().size();
    QVERIFY2(node.Start(&error), qPrintable(error));
    const std::optional<int> code = node.WaitForExit(refusal_timeout_ms);
    QVERIFY2(code.has_value(), "ordod kept running without the signer state of a validator that signed blocks");
    QVERIFY(*code != 0);
    const QString said = node.Output().mid(output_before);
    QVERIFY2(said.contains("signer state", Qt::CaseInsensitive) && said.contains("refus", Qt::CaseInsensitive),
             qPrintable("unclear refusal: " + said));
    QCOMPARE(ReadAll(audit_log), signatures_before);  // it signed nothing on the way out
    QVERIFY(!QFile::exists(signer_state));

    // Put back, the same state lets it start and sign again.
    QVERIFY(WriteAll(signer_state, original));
    QVERIFY2(node.Start(&error), qPrintable(error));
    QVERIFY2(node.WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(error));
    const auto restart_head = node.rpc().BlockNumber();
    QVERIFY(restart_head.has_value() && *restart_head >= *height_before);
    QVERIFY2(node.WaitForHeight(*restart_head + 1, block_wait_timeout_ms, &error), qPrintable(error));
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);
  }
};

QTEST_GUILESS_MAIN(CrashTests)
#include "crash_tests.moc"
