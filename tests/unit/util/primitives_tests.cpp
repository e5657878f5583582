// Addresses and 256-bit integers: hex forms, minimal big-endian bytes, 32-byte words and the
// JSON-RPC quantity syntax with its rejections.

#include <QtTest>

#include <string>

#include "ordo/util/bytes.h"
#include "ordo/util/primitives.h"

using namespace ordo;

namespace {

const char* const kU256MaxDecimal =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

}  // namespace

class PrimitivesTests : public QObject {
  Q_OBJECT

 private slots:
  void addressHexRoundTrip() {
    const auto a = AddressFromHex("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");  // EIP-55 checksum case
    QVERIFY(a.has_value());
    QCOMPARE(AddressToHex(*a), std::string("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"));
    const auto bare = AddressFromHex("9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");
    QVERIFY(bare.has_value());
    QVERIFY(*bare == *a);
    const auto upper = AddressFromHex("0X9D8A62F656A8D1615C1294FD71E9CFB3E4855A4F");
    QVERIFY(upper.has_value());
    QVERIFY(*upper == *a);
  }

  void addressFromHexRejects_data() {
    QTest::addColumn<QString>("hex");
    QTest::newRow("empty") << "";
    QTest::newRow("prefix only") << "0x";
    QTest::newRow("39 digits") << "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4";
    QTest::newRow("41 digits") << "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f0";
    QTest::newRow("42 digits") << "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f00";
    QTest::newRow("non-hex digit") << "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4g";
    QTest::newRow("double prefix") << "0x0x8a62f656a8d1615c1294fd71e9cfb3e4855a4f";
  }

  void addressFromHexRejects() {
    QFETCH(QString, hex);
    QVERIFY(!AddressFromHex(hex.toStdString()).has_value());
  }

  void u256Bytes_data() {
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("minimal_hex");
    QTest::newRow("0") << "0" << "";
    QTest::newRow("1") << "1" << "01";
    QTest::newRow("255") << "255" << "ff";
    QTest::newRow("256") << "256" << "0100";
    QTest::newRow("1 ether") << "1000000000000000000" << "0de0b6b3a7640000";
    QTest::newRow("2^256-1") << kU256MaxDecimal << QString(64, QLatin1Char('f'));
  }

  void u256Bytes() {
    QFETCH(QString, decimal);
    QFETCH(QString, minimal_hex);
    const U256 v(decimal.toStdString());
    QCOMPARE(QString::fromStdString(ToHex(U256ToBytes(v))), minimal_hex);
    const auto back = U256FromBytes(*FromHex(minimal_hex.toStdString()));
    QVERIFY(back.has_value());
    QVERIFY(*back == v);

    const Hash32 word = U256ToWord(v);
    QCOMPARE(QString::fromStdString(ToHex(word)), QString(64 - minimal_hex.size(), QLatin1Char('0')) + minimal_hex);
    QVERIFY(*U256FromBytes(word) == v);
  }

  void u256FromBytesLimits() {
    QVERIFY(U256FromBytes(Bytes(33, 0x00)) == std::nullopt);
    // Leading zeros are only a canonicality question for RLP; as raw bytes they are fine.
    QVERIFY(*U256FromBytes(*FromHex("000001")) == 1);
  }

  void quantities_data() {
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("quantity");
    QTest::newRow("0") << "0" << "0x0";
    QTest::newRow("1") << "1" << "0x1";
    QTest::newRow("15") << "15" << "0xf";
    QTest::newRow("1024") << "1024" << "0x400";
    QTest::newRow("65535") << "65535" << "0xffff";
    QTest::newRow("2^256-1") << kU256MaxDecimal << "0x" + QString(64, QLatin1Char('f'));
  }

  void quantities() {
    QFETCH(QString, decimal);
    QFETCH(QString, quantity);
    const U256 v(decimal.toStdString());
    QCOMPARE(QString::fromStdString(U256ToQuantity(v)), quantity);
    const auto back = U256FromQuantity(quantity.toStdString());
    QVERIFY(back.has_value());
    QVERIFY(*back == v);
    const auto upper = U256FromQuantity(quantity.toUpper().toStdString());
    QVERIFY(upper.has_value());
    QVERIFY(*upper == v);
  }

  // The JSON-RPC spec's own invalid examples, plus range and syntax errors.
  void quantityRejects_data() {
    QTest::addColumn<QString>("quantity");
    QTest::newRow("empty") << "";
    QTest::newRow("no digits") << "0x";
    QTest::newRow("leading zero") << "0x0400";
    QTest::newRow("zero with leading zero") << "0x00";
    QTest::newRow("no prefix") << "ff";
    QTest::newRow("non-hex digit") << "0x1g";
    QTest::newRow("sign") << "-0x1";
    QTest::newRow("65 digits") << "0x1" + QString(64, QLatin1Char('0'));
  }

  void quantityRejects() {
    QFETCH(QString, quantity);
    QVERIFY(!U256FromQuantity(quantity.toStdString()).has_value());
  }
};

QTEST_APPLESS_MAIN(PrimitivesTests)
#include "primitives_tests.moc"
