// The node's p2p payloads that carry peer-supplied lists: transaction batches and block sync
// responses decode only when well-formed and within their bounds.

#include <QtTest>

#include <memory>
#include <vector>

#include "node/p2p_messages.h"
#include "ordo/codec/codec.h"

using namespace ordo;
using namespace ordo::node;

class P2pMessagesTests : public QObject {
  Q_OBJECT

 private slots:
  void txBatchRoundTrip() {
    std::vector<std::shared_ptr<const Bytes>> txs;
    for (uint8_t i = 1; i <= 5; ++i) txs.push_back(std::make_shared<const Bytes>(Bytes(i * 10u, i)));
    const Bytes msg = EncodeTxsMsg(txs);
    auto decoded = DecodeTxsMsg(msg, 1000);
    QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
    QCOMPARE(decoded->size(), txs.size());
    for (size_t i = 0; i < txs.size(); ++i) QVERIFY((*decoded)[i] == *txs[i]);
  }

  void txBatchRefusals() {
    std::vector<std::shared_ptr<const Bytes>> txs = {std::make_shared<const Bytes>(Bytes(100, 7))};
    const Bytes msg = EncodeTxsMsg(txs);
    QVERIFY(!DecodeTxsMsg(msg, 99).ok());  // a transaction over the size limit
    for (size_t cut = 0; cut < msg.size(); ++cut) {
      QVERIFY(!DecodeTxsMsg(ByteSpan(msg.data(), cut), 1000).ok());  // every truncation
    }
    Bytes trailing = msg;
    trailing.push_back(0);
    QVERIFY(!DecodeTxsMsg(trailing, 1000).ok());
    QVERIFY(!DecodeTxsMsg(Bytes{0x00}, 1000).ok());  // an empty batch
    // More than txs_per_message_max entries is refused before anything is allocated for them.
    codec::Writer w;
    w.PutVarint(txs_per_message_max + 1);
    for (size_t i = 0; i <= txs_per_message_max; ++i) w.PutBytes(Bytes{1});
    QVERIFY(!DecodeTxsMsg(w.bytes(), 1000).ok());
  }
};

QTEST_APPLESS_MAIN(P2pMessagesTests)
#include "p2p_messages_tests.moc"
