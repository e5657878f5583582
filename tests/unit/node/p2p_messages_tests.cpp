// The node's p2p payloads that carry peer-supplied lists or blobs: transaction batches (with and
// without their recipients), candidate blocks and block sync responses decode only when
// well-formed and within their bounds.

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
  void candidateBlockRoundTripAndRefusals() {
    const CandidateBlockMsg m{42, 3, Bytes(300, 0x5a)};
    const Bytes msg = EncodeCandidateBlockMsg(m);
    auto decoded = DecodeCandidateBlockMsg(msg);
    QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
    QCOMPARE(decoded->height, uint64_t{42});
    QCOMPARE(decoded->round, 3);
    QVERIFY(decoded->block == m.block);
    for (size_t cut = 0; cut < msg.size(); ++cut) QVERIFY(!DecodeCandidateBlockMsg(ByteSpan(msg.data(), cut)).ok());
    Bytes trailing = msg;
    trailing.push_back(0);
    QVERIFY(!DecodeCandidateBlockMsg(trailing).ok());
    QVERIFY(!DecodeCandidateBlockMsg(EncodeCandidateBlockMsg({42, -1, Bytes(10, 1)})).ok());  // round out of range
    QVERIFY(!DecodeCandidateBlockMsg(EncodeCandidateBlockMsg({42, consensus::round_max + 1, Bytes(10, 1)})).ok());
    QVERIFY(!DecodeCandidateBlockMsg(EncodeCandidateBlockMsg({42, 0, Bytes{}})).ok());  // no block
  }

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

  void txBatchWithRecipientsRoundTrip() {
    std::vector<std::shared_ptr<const Bytes>> txs;
    for (uint8_t i = 1; i <= 3; ++i) txs.push_back(std::make_shared<const Bytes>(Bytes(i * 7u, i)));
    const std::vector<net::PeerId> recipients = {std::string(40, 'a'), "0123456789abcdef0123456789abcdef01234567"};
    auto decoded = DecodeTxsToMsg(EncodeTxsToMsg(recipients, txs), 1000);
    QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
    QVERIFY(decoded->recipients == recipients);
    QCOMPARE(decoded->txs.size(), txs.size());
    for (size_t i = 0; i < txs.size(); ++i) QVERIFY(decoded->txs[i] == *txs[i]);
    // No recipients (a sender with no other peer listed) is a valid batch.
    auto none = DecodeTxsToMsg(EncodeTxsToMsg({}, txs), 1000);
    QVERIFY(none.ok() && none->recipients.empty() && none->txs.size() == 3);
    // More recipients than the bound: the first txs_recipients_max are listed.
    std::vector<net::PeerId> many(txs_recipients_max + 5, std::string(40, 'b'));
    auto capped = DecodeTxsToMsg(EncodeTxsToMsg(many, txs), 1000);
    QVERIFY(capped.ok());
    QCOMPARE(capped->recipients.size(), txs_recipients_max);
  }

  void txBatchWithRecipientsRefusals() {
    const std::vector<std::shared_ptr<const Bytes>> txs = {std::make_shared<const Bytes>(Bytes(50, 9))};
    const Bytes msg = EncodeTxsToMsg({std::string(40, 'c')}, txs);
    for (size_t cut = 0; cut < msg.size(); ++cut) {
      QVERIFY(!DecodeTxsToMsg(ByteSpan(msg.data(), cut), 1000).ok());  // every truncation
    }
    Bytes trailing = msg;
    trailing.push_back(0);
    QVERIFY(!DecodeTxsToMsg(trailing, 1000).ok());
    QVERIFY(!DecodeTxsToMsg(msg, 49).ok());  // a transaction over the size limit
    // A recipient count over the bound, or one that runs past the end, is refused up front.
    codec::Writer over;
    over.PutVarint(txs_recipients_max + 1);
    for (size_t i = 0; i <= txs_recipients_max; ++i) over.PutFixed(Bytes(20, 1));
    over.PutFixed(EncodeTxsMsg(txs));
    QVERIFY(!DecodeTxsToMsg(over.bytes(), 1000).ok());
    codec::Writer past;
    past.PutVarint(200);
    past.PutFixed(Bytes(20, 1));
    QVERIFY(!DecodeTxsToMsg(past.bytes(), 1000).ok());
    // Recipients but no transactions.
    codec::Writer empty;
    empty.PutVarint(1);
    empty.PutFixed(Bytes(20, 1));
    empty.PutVarint(0);
    QVERIFY(!DecodeTxsToMsg(empty.bytes(), 1000).ok());
  }
};

QTEST_APPLESS_MAIN(P2pMessagesTests)
#include "p2p_messages_tests.moc"
