// CRC-32C: the published check value and RFC 3720 (iSCSI) vectors, and chaining equivalence.

#include <QtTest/QtTest>

#include <cstdint>
#include <string_view>

#include "ordo/util/crc32c.h"

using ordo::AsBytes;
using ordo::Bytes;
using ordo::ByteSpan;
using ordo::Crc32c;

class Crc32cTests : public QObject {
  Q_OBJECT

 private slots:
  void CheckValue() { QCOMPARE(Crc32c(AsBytes("123456789")), 0xE3069283u); }

  void EmptyInputIsZero() {
    QCOMPARE(Crc32c(ByteSpan()), 0u);
    QCOMPARE(Crc32c(ByteSpan(), 0xE3069283u), 0xE3069283u);
  }

  // RFC 3720, appendix B.4.
  void IscsiVectors() {
    QCOMPARE(Crc32c(Bytes(32, 0x00)), 0x8A9136AAu);
    QCOMPARE(Crc32c(Bytes(32, 0xFF)), 0x62A8AB43u);
    Bytes ascending(32);
    Bytes descending(32);
    for (uint8_t i = 0; i < 32; ++i) {
      ascending[i] = i;
      descending[i] = static_cast<uint8_t>(31 - i);
    }
    QCOMPARE(Crc32c(ascending), 0x46DD794Eu);
    QCOMPARE(Crc32c(descending), 0x113FDB5Cu);
  }

  void IncrementalEqualsOneShot() {
    Bytes data(1000);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint8_t>(i * 131 + 7);
    const uint32_t whole = Crc32c(data);
    const ByteSpan span(data);
    for (size_t split : {size_t{0}, size_t{1}, size_t{7}, size_t{500}, size_t{999}, size_t{1000}}) {
      QCOMPARE(Crc32c(span.subspan(split), Crc32c(span.first(split))), whole);
    }
    uint32_t bytewise = 0;
    for (size_t i = 0; i < data.size(); ++i) bytewise = Crc32c(span.subspan(i, 1), bytewise);
    QCOMPARE(bytewise, whole);
  }

  void DetectsEverySingleBitFlip() {
    Bytes data(64, 0x5A);
    const uint32_t clean = Crc32c(data);
    for (size_t bit = 0; bit < data.size() * 8; ++bit) {
      data[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
      QVERIFY(Crc32c(data) != clean);
      data[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    }
    QCOMPARE(Crc32c(data), clean);
  }
};

QTEST_APPLESS_MAIN(Crc32cTests)
#include "crc32c_tests.moc"
