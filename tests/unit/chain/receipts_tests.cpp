// A block's receipts in one stored record: the round trip, and every malformed record (each
// truncation, trailing bytes, an unknown version, a count larger than what follows, an oversized
// element) refused with Corruption rather than read past.

#include <QtTest>

#include "ordo/chain/execution.h"
#include "ordo/codec/codec.h"

using namespace ordo;
using namespace ordo::chain;

namespace {

std::vector<Receipt> Sample(size_t n) {
  std::vector<Receipt> out;
  for (size_t i = 0; i < n; ++i) {
    Receipt r;
    r.tx_hash.fill(static_cast<uint8_t>(i + 1));
    r.index = static_cast<uint32_t>(i);
    r.status = i % 3 == 0 ? 0 : 1;
    r.gas_used = 21'000 + i;
    r.cumulative_gas_used = 21'000 * (i + 1);
    r.effective_gas_price = U256(1'000'000'007ULL) * (i + 1);
    r.executed = i % 5 != 4;
    r.from.fill(static_cast<uint8_t>(0x40 + i));
    if (i % 2 == 0) r.to = Address{};
    r.type = i % 2 ? TxType::Legacy : TxType::DynamicFee;
    out.push_back(r);
  }
  return out;
}

}  // namespace

class ReceiptsTests : public QObject {
  Q_OBJECT

 private slots:
  void roundTrip() {
    for (size_t n : {0, 1, 7, 300}) {
      const std::vector<Receipt> receipts = Sample(n);
      auto decoded = DecodeBlockReceipts(EncodeBlockReceipts(receipts));
      QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
      QCOMPARE(decoded->size(), n);
      QVERIFY(*decoded == receipts);
    }
  }

  void everyTruncationIsRefused() {
    const Bytes full = EncodeBlockReceipts(Sample(4));
    for (size_t len = 0; len < full.size(); ++len) {
      auto r = DecodeBlockReceipts(ByteSpan(full.data(), len));
      QVERIFY2(!r.ok(), ("accepted a record cut to " + std::to_string(len) + " bytes").c_str());
      QVERIFY(r.status().IsCorruption());
    }
  }

  void malformedRecordsAreRefused() {
    Bytes trailing = EncodeBlockReceipts(Sample(2));
    trailing.push_back(0);
    QVERIFY(!DecodeBlockReceipts(trailing).ok());

    Bytes version = EncodeBlockReceipts(Sample(2));
    version[0] = 2;
    QVERIFY(!DecodeBlockReceipts(version).ok());

    // A count far beyond what follows (and beyond the bound) does not reserve or read past the end.
    codec::Writer huge;
    huge.PutU8(1);
    huge.PutVarint(uint64_t{1} << 40);
    QVERIFY(!DecodeBlockReceipts(huge.bytes()).ok());

    // An element longer than any receipt.
    codec::Writer oversized;
    oversized.PutU8(1);
    oversized.PutVarint(1);
    oversized.PutBytes(Bytes(4096, 0x01));
    QVERIFY(!DecodeBlockReceipts(oversized.bytes()).ok());

    // An element that is not a receipt.
    codec::Writer garbage;
    garbage.PutU8(1);
    garbage.PutVarint(1);
    garbage.PutBytes(Bytes{1, 2, 3});
    QVERIFY(!DecodeBlockReceipts(garbage.bytes()).ok());
  }
};

QTEST_APPLESS_MAIN(ReceiptsTests)
#include "receipts_tests.moc"
