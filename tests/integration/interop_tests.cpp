// Interoperability with a real wallet library: tests/interop/transfers.mjs drives viem against a
// running ordod (1000 mixed legacy and EIP-1559 transfers, every receipt, balance and nonce
// checked on the script's side), and this suite checks its verdict and the chain's own count.
// node_modules comes from `npm ci --prefix tests/interop` (packaging/dev.sh test runs it); its
// absence is a failure, never a skip.

#include <QtTest/QtTest>

#include <memory>

#include "ordod_process.h"

using namespace ordo::integration;

namespace {

constexpr int transfers_count = 1000;
constexpr int dev_accounts = 8;
constexpr int script_timeout_ms = 480'000;
constexpr int script_timeout_s = 420;  // the script's own deadline, inside ours
constexpr int terminate_timeout_ms = 15'000;

}  // namespace

class InteropTests : public QObject {
  Q_OBJECT

 private slots:
  void viemTransfersAreAllCommittedAndCharged() {
    const QString interop_dir = ORDO_INTEROP_DIR;
    const QString node_js = QStandardPaths::findExecutable("node");
    QVERIFY2(!node_js.isEmpty(), "Node.js (node) is not on PATH: packaging/dev.sh test installs it");
    QVERIFY2(QFileInfo::exists(interop_dir + "/node_modules/viem/package.json"),
             qPrintable(interop_dir + "/node_modules is missing: run `npm ci --prefix tests/interop` "
                                      "(packaging/dev.sh test does it)"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OrdodProcess node(dir.path() + "/node");
    QString error;
    InitParams params;
    params.dev_accounts = dev_accounts;
    QVERIFY2(node.Init(params, &error), qPrintable(error));
    QVERIFY2(node.Start(&error), qPrintable(error));
    QVERIFY2(node.WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(error));
    QVERIFY2(node.WaitForHeight(1, block_wait_timeout_ms, &error), qPrintable(error));

    QProcess script;
    script.setWorkingDirectory(interop_dir);
    script.start(node_js, {interop_dir + "/transfers.mjs", "--rpc", QString("http://127.0.0.1:%1").arg(node.rpc_port()),
                           "--accounts", node.home() + "/dev-accounts.json", "--count", QString::number(transfers_count),
                           "--timeout-s", QString::number(script_timeout_s)});
    QVERIFY2(script.waitForStarted(), qPrintable(script.errorString()));
    const bool finished = script.waitForFinished(script_timeout_ms);
    const QString out = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    const QString err = QString::fromUtf8(script.readAllStandardError()).trimmed();
    if (!finished) script.kill();
    QVERIFY2(finished, qPrintable("transfers.mjs did not finish: " + err.right(2000)));
    const QString summary_line = out.section('\n', -1);
    qInfo("transfers.mjs: %s", qPrintable(summary_line));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             qPrintable(QString("exit %1: %2\n%3").arg(script.exitCode()).arg(summary_line, err.right(2000))));

    const QJsonObject summary = QJsonDocument::fromJson(summary_line.toUtf8()).object();
    QCOMPARE(summary.value("ok").toBool(), true);
    QCOMPARE(summary.value("transfers").toInt(), transfers_count);
    QCOMPARE(summary.value("confirmed").toInt(), transfers_count);
    QVERIFY(summary.value("legacy").toInt() > 0);
    QVERIFY(summary.value("eip1559").toInt() > 0);
    QCOMPARE(summary.value("mismatches").toInt(), 0);

    // The node's own count, independent of the script: every dev account's nonce adds up.
    uint64_t nonces = 0;
    for (const DevAccountKey& k : node.DevAccounts(&error)) {
      const auto n = node.rpc().Nonce(k.address, "latest");
      QVERIFY(n.has_value());
      nonces += *n;
    }
    QCOMPARE(nonces, uint64_t{transfers_count});
    QVERIFY2(node.running(), qPrintable(node.OutputTail()));
    QCOMPARE(node.Terminate(terminate_timeout_ms).value_or(-1), 0);
  }
};

QTEST_GUILESS_MAIN(InteropTests)
#include "interop_tests.moc"
