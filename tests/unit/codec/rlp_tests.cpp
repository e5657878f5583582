// RLP: the yellow-paper and wiki examples in both directions, integer and address readings, every
// non-canonical or malformed form the strict decoder must refuse, and its depth and item limits.

#include <QtTest>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "ordo/codec/rlp.h"
#include "ordo/util/bytes.h"

using namespace ordo;
using ordo::rlp::Item;

namespace {

Bytes MustHex(std::string_view hex) {
  auto bytes = FromHex(hex);
  ORDO_ASSERT(bytes.has_value());
  return *bytes;
}

Item Str(std::string_view s) {
  Item item;
  item.bytes.assign(s.begin(), s.end());
  return item;
}

Item Raw(Bytes bytes) {
  Item item;
  item.bytes = std::move(bytes);
  return item;
}

Item List(std::vector<Item> items) {
  Item item;
  item.is_list = true;
  item.items = std::move(items);
  return item;
}

// A readable structural form: strings as hex in quotes, lists in brackets.
std::string Describe(const Item& item) {
  if (!item.is_list) return '"' + ToHex(item.bytes) + '"';
  std::string out = "[";
  for (size_t i = 0; i < item.items.size(); ++i) out += (i ? "," : "") + Describe(item.items[i]);
  return out + "]";
}

QString Hex(ByteSpan data) { return QString::fromStdString(ToHex(data)); }

// `levels` lists nested inside each other around an empty list, built from the inside out
// without re-copying the growing payload.
Bytes NestedLists(size_t levels) {
  std::vector<Bytes> headers;
  size_t payload = 1;  // the innermost c0
  for (size_t i = 0; i < levels; ++i) {
    Bytes header;
    rlp::AppendListHeader(header, payload);
    payload += header.size();
    headers.push_back(std::move(header));
  }
  Bytes out;
  out.reserve(payload);
  for (auto it = headers.rbegin(); it != headers.rend(); ++it) out.insert(out.end(), it->begin(), it->end());
  out.push_back(0xc0);
  return out;
}

Bytes ListOfSingleBytes(size_t count) {
  Bytes out;
  rlp::AppendListHeader(out, count);
  out.insert(out.end(), count, 0x01);
  return out;
}

const std::string kLorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";  // 56 bytes

}  // namespace

Q_DECLARE_METATYPE(ordo::rlp::Item)

class RlpTests : public QObject {
  Q_OBJECT

 private slots:
  void examples_data() {
    QTest::addColumn<Item>("item");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("dog") << Str("dog") << "83646f67";
    QTest::newRow("[cat, dog]") << List({Str("cat"), Str("dog")}) << "c88363617483646f67";
    QTest::newRow("empty string") << Str("") << "80";
    QTest::newRow("empty list") << List({}) << "c0";
    QTest::newRow("integer 0") << Raw({}) << "80";
    QTest::newRow("byte 0x00") << Raw({0x00}) << "00";
    QTest::newRow("integer 15") << Raw({0x0f}) << "0f";
    QTest::newRow("byte 0x7f") << Raw({0x7f}) << "7f";
    QTest::newRow("byte 0x80") << Raw({0x80}) << "8180";
    QTest::newRow("integer 1024") << Raw({0x04, 0x00}) << "820400";
    QTest::newRow("set-theoretical three")
        << List({List({}), List({List({})}), List({List({}), List({List({})})})}) << "c7c0c1c0c3c0c1c0";
    QTest::newRow("55-byte string") << Str(kLorem.substr(0, 55))
                                    << "b7" + Hex(AsBytes(kLorem.substr(0, 55)));
    QTest::newRow("56-byte string (long form)") << Str(kLorem) << "b838" + Hex(AsBytes(kLorem));
    QTest::newRow("1024-byte string") << Raw(Bytes(1024, 0xaa)) << "b90400" + QString(2048, QLatin1Char('a'));
    // 18 two-byte strings (three bytes encoded) make a 54-byte payload; two more bytes cross
    // into the long form.
    std::vector<Item> cats(18, Str("ab"));
    QTest::newRow("list payload 54") << List(cats) << "f6" + QStringLiteral("826162").repeated(18);
    std::vector<Item> cats_and_byte = cats;
    cats_and_byte.push_back(Raw({0x01}));
    QTest::newRow("list payload 55") << List(cats_and_byte) << "f7" + QStringLiteral("826162").repeated(18) + "01";
    cats_and_byte.push_back(Raw({0x02}));
    QTest::newRow("list payload 56 (long form)")
        << List(cats_and_byte) << "f838" + QStringLiteral("826162").repeated(18) + "0102";
    QTest::newRow("lorem in a list") << List({Str(kLorem)}) << "f83ab838" + Hex(AsBytes(kLorem));
  }

  void examples() {
    QFETCH(Item, item);
    QFETCH(QString, encoding);
    QCOMPARE(Hex(rlp::Encode(item)), encoding);
    const auto decoded = rlp::Decode(MustHex(encoding.toStdString()));
    QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
    QCOMPARE(Describe(*decoded), Describe(item));
  }

  void encodeListMatchesItemEncoding() {
    Bytes cat;
    rlp::AppendString(cat, AsBytes("cat"));
    Bytes dog;
    rlp::AppendString(dog, AsBytes("dog"));
    QCOMPARE(Hex(rlp::EncodeList({cat, dog})), QStringLiteral("c88363617483646f67"));
    QCOMPARE(Hex(rlp::EncodeList({})), QStringLiteral("c0"));
  }

  void integers_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("0") << "0" << "80";
    QTest::newRow("1") << "1" << "01";
    QTest::newRow("15") << "15" << "0f";
    QTest::newRow("127") << "127" << "7f";
    QTest::newRow("128") << "128" << "8180";
    QTest::newRow("1024") << "1024" << "820400";
    QTest::newRow("2^64-1") << "18446744073709551615" << "88ffffffffffffffff";
    QTest::newRow("2^64") << "18446744073709551616" << "89010000000000000000";
    QTest::newRow("2^256-1") << "115792089237316195423570985008687907853269984665640564039457584007913129639935"
                             << "a0" + QString(64, QLatin1Char('f'));
  }

  void integers() {
    QFETCH(QString, value);
    QFETCH(QString, encoding);
    const U256 v(value.toStdString());
    Bytes out;
    rlp::AppendUint(out, v);
    QCOMPARE(Hex(out), encoding);

    const auto item = rlp::Decode(out);
    QVERIFY(item.ok());
    const auto as_u256 = rlp::ToU256(*item, "value");
    QVERIFY(as_u256.ok());
    QVERIFY(*as_u256 == v);
    const auto as_u64 = rlp::ToUint64(*item, "value");
    QCOMPARE(as_u64.ok(), v <= std::numeric_limits<uint64_t>::max());
    if (as_u64.ok()) QVERIFY(U256(*as_u64) == v);
  }

  void integerReadingsRejectNonCanonical_data() {
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("as_u64");
    QTest::addColumn<QString>("message");
    QTest::newRow("leading zero u64") << "820004" << true << "leading zero";
    QTest::newRow("zero as 0x00 u64") << "00" << true << "leading zero";
    QTest::newRow("leading zero u256") << "820004" << false << "leading zero";
    QTest::newRow("zero as 0x00 u256") << "00" << false << "leading zero";
    QTest::newRow("9 bytes u64") << "89010000000000000000" << true << "out of range";
    QTest::newRow("33 bytes u256") << "a101" + QString(64, QLatin1Char('0')) << false << "out of range";
    QTest::newRow("list u64") << "c0" << true << "got a list";
    QTest::newRow("list u256") << "c180" << false << "got a list";
  }

  void integerReadingsRejectNonCanonical() {
    QFETCH(QString, encoding);
    QFETCH(bool, as_u64);
    QFETCH(QString, message);
    const auto item = rlp::Decode(MustHex(encoding.toStdString()));
    QVERIFY2(item.ok(), item.status().ToString().c_str());
    const Status s = as_u64 ? rlp::ToUint64(*item, "nonce").status() : rlp::ToU256(*item, "nonce").status();
    QVERIFY(s.IsCorruption());
    QVERIFY2(QString::fromStdString(s.message()).contains("nonce"), s.ToString().c_str());
    QVERIFY2(QString::fromStdString(s.message()).contains(message), s.ToString().c_str());
  }

  void addresses() {
    const Bytes twenty(20, 0x35);
    Bytes encoded;
    rlp::AppendString(encoded, twenty);
    const auto ok = rlp::ToAddress(*rlp::Decode(encoded), "to");
    QVERIFY(ok.ok());
    QCOMPARE(Hex(*ok), Hex(twenty));

    for (const Item& bad : {Raw(Bytes(19, 0x35)), Raw(Bytes(21, 0x35)), Raw({}), List({})}) {
      const auto address = rlp::ToAddress(bad, "to");
      QVERIFY(!address.ok());
      QVERIFY(address.status().IsCorruption());
      QVERIFY(QString::fromStdString(address.status().message()).startsWith("to:"));
    }
  }

  void rejections_data() {
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty input") << "" << "empty input";
    QTest::newRow("0x81 0x05: single byte wrapped") << "8105" << "encoded as itself";
    QTest::newRow("0x81 0x00: single byte wrapped") << "8100" << "encoded as itself";
    QTest::newRow("long form for 3 bytes") << "b803646f67" << "long form";
    QTest::newRow("long form for empty string") << "b800" << "leading zero";
    QTest::newRow("long list form for 1 byte") << "f80180" << "long form";
    QTest::newRow("leading zero in length")
        << "b90038" + QString(112, QLatin1Char('a')) << "leading zero";
    QTest::newRow("leading zero in list length") << "f90038" + QString(112, QLatin1Char('0')) << "leading zero";
    QTest::newRow("truncated string") << "83646f" << "truncated string";
    QTest::newRow("truncated list") << "c8836361748364" << "truncated list";
    QTest::newRow("truncated long string") << "b838" + QString(20, QLatin1Char('a')) << "truncated string";
    QTest::newRow("truncated length") << "b9" << "truncated length";
    QTest::newRow("truncated length bytes") << "ba0100" << "truncated length";
    QTest::newRow("declared 2^64-1 bytes") << "bfffffffffffffffff" << "truncated string";
    QTest::newRow("declared 2^64-1 list") << "ffffffffffffffffff" << "truncated list";
    QTest::newRow("child overruns its list") << "c283646f67" << "truncated string";
    QTest::newRow("trailing byte") << "83646f6700" << "trailing bytes";
    QTest::newRow("two items") << "8080" << "trailing bytes";
  }

  void rejections() {
    QFETCH(QString, encoding);
    QFETCH(QString, message);
    const auto decoded = rlp::Decode(MustHex(encoding.toStdString()));
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.status().IsCorruption());
    QVERIFY2(QString::fromStdString(decoded.status().message()).contains(message),
             decoded.status().ToString().c_str());
  }

  void depthLimit() {
    // NestedLists(k) has k + 1 lists, the innermost empty one included.
    const auto at_limit = rlp::Decode(NestedLists(rlp::rlp_depth_max - 1));
    QVERIFY2(at_limit.ok(), at_limit.status().ToString().c_str());
    const auto over_limit = rlp::Decode(NestedLists(rlp::rlp_depth_max));
    QVERIFY(!over_limit.ok());
    QVERIFY2(QString::fromStdString(over_limit.status().message()).contains("nested too deep"),
             over_limit.status().ToString().c_str());
  }

  // A well-formed depth bomb: deep enough to overflow the stack of an unbounded recursive decoder.
  void depthBomb() {
    const Bytes bomb = NestedLists(100'000);
    const auto decoded = rlp::Decode(bomb);
    QVERIFY(!decoded.ok());
    QVERIFY(QString::fromStdString(decoded.status().message()).contains("nested too deep"));
  }

  void itemLimit() {
    // The list itself counts as one item.
    const auto at_limit = rlp::Decode(ListOfSingleBytes(rlp::rlp_items_max - 1));
    QVERIFY2(at_limit.ok(), at_limit.status().ToString().c_str());
    QCOMPARE(at_limit->items.size(), rlp::rlp_items_max - 1);
    const auto over_limit = rlp::Decode(ListOfSingleBytes(rlp::rlp_items_max));
    QVERIFY(!over_limit.ok());
    QVERIFY(QString::fromStdString(over_limit.status().message()).contains("rlp_items_max"));
  }

  // Random and mutated inputs: never a crash, and whatever decodes re-encodes to the same bytes
  // (the strict decoder accepts exactly one encoding per item).
  void arbitraryInputRoundTripsOrFails() {
    std::mt19937 rng(20240601);
    const std::vector<Bytes> seeds = {MustHex("c88363617483646f67"), MustHex("c7c0c1c0c3c0c1c0"),
                                MustHex("f83ab838" + ToHex(AsBytes(kLorem))), MustHex("820400")};
    int decoded_count = 0;
    for (int round = 0; round < 20000; ++round) {
      Bytes input;
      if (round % 2 == 0) {
        input.resize(rng() % 12);
        for (uint8_t& b : input) b = static_cast<uint8_t>(rng());
      } else {
        input = seeds[rng() % seeds.size()];
        const size_t flips = 1 + rng() % 3;
        for (size_t i = 0; i < flips; ++i) input[rng() % input.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
      }
      const auto decoded = rlp::Decode(input);
      if (!decoded.ok()) {
        QVERIFY(decoded.status().IsCorruption());
        continue;
      }
      ++decoded_count;
      QCOMPARE(Hex(rlp::Encode(*decoded)), Hex(input));
    }
    QVERIFY(decoded_count > 0);
  }
};

QTEST_APPLESS_MAIN(RlpTests)
#include "rlp_tests.moc"
