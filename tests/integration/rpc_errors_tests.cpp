// JSON-RPC error paths of a running ordod: every kind of bad transaction and bad request gets its
// own specific error, and the node keeps serving and committing blocks after each one.

#include <QtTest/QtTest>

#include <memory>
#include <optional>

#include "ordo/rpc/server.h"
#include "ordod_process.h"
#include "test_wallet.h"

using namespace ordo::integration;
using ordo::U256;

namespace {

constexpr int terminate_timeout_ms = 15'000;
constexpr int receipt_timeout_ms = 30'000;
constexpr qsizetype oversize_body_bytes = 6 * 1024 * 1024;  // over the 5 MiB rpc.body_bytes_max default
const U256 max_fee_per_gas = U256(20'000'000'000ull);
const U256 priority_fee_per_gas = U256(1'000'000'000);

QString Hex(const ordo::Bytes& b) { return "0x" + QString::fromStdString(ordo::ToHex(b)); }

}  // namespace

class RpcErrorsTests : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  std::unique_ptr<OrdodProcess> m_node;
  std::vector<TestWallet> m_wallets;
  uint64_t m_chain_id = 0;
  uint64_t m_height_before = 0;
  const ordo::Address m_recipient = *ParseAddress("0x00000000000000000000000000000000000a11ce");

  RpcClient& rpc() { return m_node->rpc(); }

  TransferFields Valid(const TestWallet& w) {
    TransferFields f;
    f.chain_id = m_chain_id;
    f.nonce = rpc().Nonce(w.address_hex(), "pending").value_or(0);
    f.to = m_recipient;
    f.value = U256(1'000'000'000);
    f.max_fee_per_gas = max_fee_per_gas;
    f.max_priority_fee_per_gas = priority_fee_per_gas;
    return f;
  }

  uint64_t Rejected(const QString& reason) {
    const RpcReply r = rpc().Call("ordo_mempool");
    return static_cast<uint64_t>(r.result.toObject().value("rejected").toObject().value(reason).toInteger(-1));
  }

  // Sends raw hex, expects an error with `code` whose message contains `message_part`, and
  // ordo_mempool's counter for `reason` to have grown by one (when reason is not empty).
  void ExpectRejected(const QString& raw_hex, int code, const QString& message_part, const QString& reason) {
    const uint64_t before = reason.isEmpty() ? 0 : Rejected(reason);
    const RpcReply r = rpc().Call("eth_sendRawTransaction", {raw_hex});
    QVERIFY2(r.transport_error.isEmpty() && r.http_status == 200, qPrintable(r.Describe()));
    QVERIFY2(r.error_code.has_value(), qPrintable("accepted: " + QString::fromUtf8(r.body)));
    QCOMPARE(*r.error_code, code);
    QVERIFY2(r.error_message.contains(message_part, Qt::CaseInsensitive),
             qPrintable(QString("message '%1' does not say '%2'").arg(r.error_message, message_part)));
    if (!reason.isEmpty()) QCOMPARE(Rejected(reason), before + 1);
  }

  void ExpectError(const RpcReply& r, int code) {
    QVERIFY2(r.transport_error.isEmpty() && r.http_status == 200, qPrintable(r.Describe()));
    QVERIFY2(r.parsed && r.error_code.has_value(), qPrintable("no JSON-RPC error: " + QString::fromUtf8(r.body.left(300))));
    QCOMPARE(*r.error_code, code);
    QVERIFY(!r.error_message.isEmpty());
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_node = std::make_unique<OrdodProcess>(m_dir.path() + "/node");
    QString error;
    InitParams params;
    params.dev_accounts = 2;
    QVERIFY2(m_node->Init(params, &error), qPrintable(error));
    QVERIFY2(m_node->Start(&error), qPrintable(error));
    QVERIFY2(m_node->WaitForRpc(rpc_ready_timeout_ms, &error), qPrintable(error));
    QVERIFY2(m_node->WaitForHeight(1, block_wait_timeout_ms, &error), qPrintable(error));
    const RpcReply chain_id = rpc().Call("eth_chainId");
    QVERIFY2(chain_id.ok(), qPrintable(chain_id.Describe()));
    m_chain_id = QuantityToU64(chain_id.result).value_or(0);
    QCOMPARE(m_chain_id, uint64_t{1337});
    for (const DevAccountKey& k : m_node->DevAccounts(&error)) {
      auto w = TestWallet::FromDevAccount(k);
      QVERIFY(w.has_value());
      m_wallets.push_back(std::move(*w));
    }
    QCOMPARE(m_wallets.size(), size_t{2});
  }

  // Before each case: the height it must see exceeded afterwards.
  void init() {
    const auto h = rpc().BlockNumber();
    QVERIFY(h.has_value());
    m_height_before = *h;
  }

  // After each case: the node still answers and still commits.
  void cleanup() {
    QVERIFY2(m_node->running(), qPrintable("ordod died:\n" + m_node->OutputTail()));
    QString error;
    QVERIFY2(m_node->WaitForHeight(m_height_before + 1, block_wait_timeout_ms, &error), qPrintable(error));
  }

  // The control: the transaction the error cases distort is itself accepted and committed.
  void validTransferIsCommitted() {
    const ordo::chain::Transaction tx = m_wallets[0].Transfer(Valid(m_wallets[0]));
    const RpcReply sent = rpc().Call("eth_sendRawTransaction", {TestWallet::RawHex(tx)});
    QVERIFY2(sent.ok(), qPrintable(sent.Describe()));
    QCOMPARE(sent.result.toString(), Hex(ordo::Bytes(tx.hash.begin(), tx.hash.end())));
    QDeadlineTimer deadline(receipt_timeout_ms);
    RpcReply receipt;
    // Polled without a pause, so that the first moment the receipt shows is the one checked.
    do {
      receipt = rpc().Call("eth_getTransactionReceipt", {sent.result});
    } while (receipt.ok() && receipt.result.isNull() && !deadline.hasExpired());
    QVERIFY2(receipt.ok() && receipt.result.isObject(), qPrintable("no receipt: " + receipt.Describe()));
    QCOMPARE(receipt.result.toObject().value("status").toString(), QString("0x1"));
    // Whoever sees the receipt sees its block as committed: the head, the nonce and the balance.
    const auto receipt_height = QuantityToU64(receipt.result.toObject().value("blockNumber"));
    const auto head = rpc().BlockNumber();
    QVERIFY(receipt_height.has_value() && head.has_value());
    QVERIFY2(*head >= *receipt_height, qPrintable(QString("receipt in block %1 while eth_blockNumber is %2")
                                                      .arg(*receipt_height).arg(*head)));
    QCOMPARE(rpc().Nonce(m_wallets[0].address_hex(), "latest").value_or(0), tx.nonce + 1);
  }

  void malformedRlpIsRejected() {
    const ordo::chain::Transaction tx = m_wallets[0].Transfer(Valid(m_wallets[0]));
    ordo::Bytes truncated(tx.raw.begin(), tx.raw.end() - 5);
    ordo::Bytes trailing = tx.raw;
    trailing.push_back(0x00);
    QCOMPARE(tx.raw[1], uint8_t{0xf8});  // a long list: its length is the next byte
    ordo::Bytes bad_length = tx.raw;
    bad_length[2] = static_cast<uint8_t>(bad_length[2] + 1);  // claims a byte more than there is
    for (const ordo::Bytes& raw : {ordo::Bytes{0x02}, ordo::Bytes{0x02, 0xc0}, ordo::Bytes{0xc0}, ordo::Bytes{0x05, 0xc0},
                                   truncated, trailing, bad_length}) {
      ExpectRejected(Hex(raw), ordo::rpc::kServerError, "invalid transaction", "malformed");
    }
    // Not even hex: a parameter error, before any decoding.
    const RpcReply r = rpc().Call("eth_sendRawTransaction", {"0xnothex"});
    ExpectError(r, ordo::rpc::kInvalidParams);
    // None of them moved the sender's nonce.
    QCOMPARE(rpc().Nonce(m_wallets[0].address_hex(), "pending"), std::optional<uint64_t>(tx.nonce));
  }

  void wrongChainIdIsRejected() {
    TransferFields f = Valid(m_wallets[0]);
    f.chain_id = m_chain_id + 1;
    ExpectRejected(TestWallet::RawHex(m_wallets[0].Transfer(f)), ordo::rpc::kServerError, "chain id", "wrong_chain_id");
    f.type = ordo::chain::TxType::Legacy;  // EIP-155 puts the chain id into v
    ExpectRejected(TestWallet::RawHex(m_wallets[0].Transfer(f)), ordo::rpc::kServerError, "chain id", "wrong_chain_id");
  }

  void badSignatureIsRejected() {
    const TransferFields f = Valid(m_wallets[0]);
    const ordo::chain::Transaction tx = m_wallets[0].Transfer(f);
    // s is the last RLP item: 32 bytes behind its 0xa0 prefix unless it has a leading zero byte.
    QVERIFY2(tx.raw[tx.raw.size() - 33] == 0xa0, "s shorter than 32 bytes; rerun");
    ordo::Bytes high_s = tx.raw;
    high_s[high_s.size() - 32] ^= 0x80;  // s > n/2: EIP-2 forbids it
    ExpectRejected(Hex(high_s), ordo::rpc::kServerError, "signature", "malformed");
    // Another low s recovers some other, unfunded, key: never the original sender.
    ordo::Bytes other_s = tx.raw;
    other_s.back() ^= 0x01;
    const RpcReply r = rpc().Call("eth_sendRawTransaction", {Hex(other_s)});
    QVERIFY2(r.error_code.has_value(), qPrintable("a transaction with a damaged signature was admitted: " + r.Describe()));
    QCOMPARE(*r.error_code, ordo::rpc::kServerError);
    QCOMPARE(rpc().Nonce(m_wallets[0].address_hex(), "pending"), std::optional<uint64_t>(f.nonce));
  }

  void nonceTooLowIsRejected() {
    TransferFields f = Valid(m_wallets[0]);
    QVERIFY2(f.nonce >= 1, "the control transfer did not commit");
    f.nonce -= 1;
    f.value += 1;  // not the committed transaction again: a different one with a used nonce
    ExpectRejected(TestWallet::RawHex(m_wallets[0].Transfer(f)), ordo::rpc::kServerError, "nonce too low", "nonce_too_low");
  }

  void insufficientFundsIsRejected() {
    TransferFields f = Valid(m_wallets[1]);
    const auto balance = rpc().Balance(m_wallets[1].address_hex());
    QVERIFY(balance.has_value() && *balance > 0);
    f.value = *balance;  // the value alone is the whole balance; the gas cannot be paid
    ExpectRejected(TestWallet::RawHex(m_wallets[1].Transfer(f)), ordo::rpc::kServerError, "insufficient funds",
                   "insufficient_funds");
    QCOMPARE(rpc().Balance(m_wallets[1].address_hex()), balance);
  }

  void oversizeBodyGets413() {
    QByteArray body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[\"";
    body.append(QByteArray(oversize_body_bytes, 'a'));
    body.append("\"]}");
    QByteArray response;
    const int status = RawHttpPostStatus(m_node->rpc_port(), body, 30'000, &response);
    QVERIFY2(status == 413, qPrintable(QString("HTTP %1: %2").arg(status).arg(QString::fromUtf8(response.left(300)))));
  }

  void malformedJsonIsParseError() {
    for (const QByteArray& body : {QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\""), QByteArray("not json"),
                                   QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[}]")}) {
      const RpcReply r = rpc().Post(body);
      ExpectError(r, ordo::rpc::kParseError);
      QVERIFY2(QJsonDocument::fromJson(r.body).object().value("id").isNull(), "a parse error must answer with id null");
    }
  }

  void unknownMethodIsMethodNotFound() {
    ExpectError(rpc().Call("eth_noSuchMethod"), ordo::rpc::kMethodNotFound);
    ExpectError(rpc().Call("debug_traceTransaction", {QString("0x") + QString(64, '0')}), ordo::rpc::kMethodNotFound);
  }

  void badParamsIsInvalidParams() {
    ExpectError(rpc().Call("eth_getBalance", {"0x1234"}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_getBalance", {123}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_getTransactionCount", {m_wallets[0].address_hex(), "tomorrow"}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_getBlockByNumber", {"0xzz", false}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_getTransactionReceipt", {"0x1234"}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_sendRawTransaction", {}), ordo::rpc::kInvalidParams);
    ExpectError(rpc().Call("eth_sendRawTransaction", {42}), ordo::rpc::kInvalidParams);
  }

  void cleanupTestCase() {
    QVERIFY(m_node);
    QCOMPARE(m_node->Terminate(terminate_timeout_ms).value_or(-1), 0);
  }
};

QTEST_GUILESS_MAIN(RpcErrorsTests)
#include "rpc_errors_tests.moc"
