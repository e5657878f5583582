// Encoding primitives: exact big-endian and LEB128 bytes, and rejection of every non-canonical,
// truncated or oversize form without crashing or allocating the declared size.

#include <QtTest/QtTest>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>

#include "ordo/codec/codec.h"

using ordo::Bytes;
using ordo::ByteSpan;
using ordo::Status;
using ordo::codec::Reader;
using ordo::codec::Writer;

namespace {

Bytes Hex(const char* hex) {
  auto bytes = ordo::FromHex(hex);
  if (!bytes) qFatal("bad hex literal in test: %s", hex);
  return *bytes;
}

QByteArray ToQ(ByteSpan b) {
  return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

bool Contains(const Status& s, const QByteArray& needle) {
  return s.message().find(needle.toStdString()) != std::string::npos;
}

// A reader operation named in a table row, applied to its input.
enum class Op { U8, U16, U32, U64, I32, I64, Bool, Varint, Fixed4, Bytes, String, Count };

Status Apply(Op op, Reader& r) {
  uint8_t u8 = 0;
  uint16_t u16 = 0;
  uint32_t u32 = 0;
  uint64_t u64 = 0;
  int32_t i32 = 0;
  int64_t i64 = 0;
  bool b = false;
  std::array<uint8_t, 4> fixed{};
  Bytes bytes;
  std::string str;
  size_t count = 0;
  switch (op) {
    case Op::U8: return r.ReadU8(&u8);
    case Op::U16: return r.ReadU16(&u16);
    case Op::U32: return r.ReadU32(&u32);
    case Op::U64: return r.ReadU64(&u64);
    case Op::I32: return r.ReadI32(&i32);
    case Op::I64: return r.ReadI64(&i64);
    case Op::Bool: return r.ReadBool(&b);
    case Op::Varint: return r.ReadVarint(&u64);
    case Op::Fixed4: return r.ReadFixed(fixed);
    case Op::Bytes: return r.ReadBytes(&bytes, 16);
    case Op::String: return r.ReadString(&str, 16);
    case Op::Count: return r.ReadCount(&count, 16);
  }
  return Status::InvalidArgument("unknown op");
}

}  // namespace

Q_DECLARE_METATYPE(Op)

class CodecTests : public QObject {
  Q_OBJECT

 private slots:
  void fixedWidthLayout_data();
  void fixedWidthLayout();
  void fixedWidthRoundTrip();
  void varintLayout_data();
  void varintLayout();
  void varintRejected_data();
  void varintRejected();
  void boolValues();
  void truncationRejected_data();
  void truncationRejected();
  void lengthPrefixedRoundTrip();
  void lengthOverMaxRejected();
  void lengthOverRemainingRejected();
  void hugeLengthNotAllocated_data();
  void hugeLengthNotAllocated();
  void countBounds();
  void finishRejectsTrailingBytes();
};

void CodecTests::fixedWidthLayout_data() {
  QTest::addColumn<QByteArray>("encoded");
  QTest::addColumn<QByteArray>("expected");
  auto row = [](const char* name, const std::function<void(Writer&)>& put, const char* hex) {
    Writer w;
    put(w);
    QTest::newRow(name) << ToQ(w.bytes()) << ToQ(Hex(hex));
  };
  row("u8", [](Writer& w) { w.PutU8(0xab); }, "ab");
  row("u16", [](Writer& w) { w.PutU16(0x0102); }, "0102");
  row("u32", [](Writer& w) { w.PutU32(0x01020304); }, "01020304");
  row("u64", [](Writer& w) { w.PutU64(0x0102030405060708); }, "0102030405060708");
  row("i32 -1", [](Writer& w) { w.PutI32(-1); }, "ffffffff");
  row("i32 min", [](Writer& w) { w.PutI32(std::numeric_limits<int32_t>::min()); }, "80000000");
  row("i32 300", [](Writer& w) { w.PutI32(300); }, "0000012c");
  row("i64 -2", [](Writer& w) { w.PutI64(-2); }, "fffffffffffffffe");
  row("bool false", [](Writer& w) { w.PutBool(false); }, "00");
  row("bool true", [](Writer& w) { w.PutBool(true); }, "01");
  row("fixed", [](Writer& w) { w.PutFixed(Hex("c0ffee")); }, "c0ffee");
  row("bytes", [](Writer& w) { w.PutBytes(Hex("c0ffee")); }, "03c0ffee");
  row("empty bytes", [](Writer& w) { w.PutBytes({}); }, "00");
  row("string", [](Writer& w) { w.PutString("abc"); }, "03616263");
}

void CodecTests::fixedWidthLayout() {
  QFETCH(QByteArray, encoded);
  QFETCH(QByteArray, expected);
  QCOMPARE(encoded.toHex(), expected.toHex());
}

void CodecTests::fixedWidthRoundTrip() {
  const uint64_t u64s[] = {0, 1, 0x7f, 0x80, 0xff, 0x100, UINT32_MAX, UINT64_MAX};
  const int64_t i64s[] = {0, -1, 1, INT32_MIN, INT32_MAX, INT64_MIN, INT64_MAX};
  Writer w;
  for (uint64_t v : u64s) {
    w.PutU8(static_cast<uint8_t>(v));
    w.PutU16(static_cast<uint16_t>(v));
    w.PutU32(static_cast<uint32_t>(v));
    w.PutU64(v);
    w.PutVarint(v);
  }
  for (int64_t v : i64s) {
    w.PutI32(static_cast<int32_t>(v));
    w.PutI64(v);
  }
  Reader r(w.bytes());
  for (uint64_t v : u64s) {
    uint8_t u8 = 0;
    uint16_t u16 = 0;
    uint32_t u32 = 0;
    uint64_t u64 = 0;
    uint64_t varint = 0;
    QVERIFY(r.ReadU8(&u8).ok());
    QVERIFY(r.ReadU16(&u16).ok());
    QVERIFY(r.ReadU32(&u32).ok());
    QVERIFY(r.ReadU64(&u64).ok());
    QVERIFY(r.ReadVarint(&varint).ok());
    QCOMPARE(u8, static_cast<uint8_t>(v));
    QCOMPARE(u16, static_cast<uint16_t>(v));
    QCOMPARE(u32, static_cast<uint32_t>(v));
    QCOMPARE(u64, v);
    QCOMPARE(varint, v);
  }
  for (int64_t v : i64s) {
    int32_t i32 = 0;
    int64_t i64 = 0;
    QVERIFY(r.ReadI32(&i32).ok());
    QVERIFY(r.ReadI64(&i64).ok());
    QCOMPARE(i32, static_cast<int32_t>(v));
    QCOMPARE(i64, v);
  }
  QVERIFY(r.Finish().ok());
}

void CodecTests::varintLayout_data() {
  QTest::addColumn<quint64>("value");
  QTest::addColumn<QByteArray>("hex");
  QTest::newRow("0") << quint64{0} << QByteArray("00");
  QTest::newRow("1") << quint64{1} << QByteArray("01");
  QTest::newRow("127") << quint64{127} << QByteArray("7f");
  QTest::newRow("128") << quint64{128} << QByteArray("8001");
  QTest::newRow("300") << quint64{300} << QByteArray("ac02");
  QTest::newRow("16383") << quint64{16383} << QByteArray("ff7f");
  QTest::newRow("16384") << quint64{16384} << QByteArray("808001");
  QTest::newRow("2^32") << (quint64{1} << 32) << QByteArray("8080808010");
  QTest::newRow("2^63") << (quint64{1} << 63) << QByteArray("80808080808080808001");
  QTest::newRow("INT64_MAX") << quint64{INT64_MAX} << QByteArray("ffffffffffffffff7f");
  QTest::newRow("UINT64_MAX") << quint64{UINT64_MAX} << QByteArray("ffffffffffffffffff01");
}

void CodecTests::varintLayout() {
  QFETCH(quint64, value);
  QFETCH(QByteArray, hex);
  Writer w;
  w.PutVarint(value);
  QCOMPARE(ToQ(w.bytes()).toHex(), hex);

  const Bytes in = Hex(hex.constData());
  Reader r(in);
  uint64_t decoded = 0;
  QVERIFY(r.ReadVarint(&decoded).ok());
  QCOMPARE(decoded, uint64_t{value});
  QVERIFY(r.Finish().ok());
}

void CodecTests::varintRejected_data() {
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("message");
  QTest::newRow("empty") << QByteArray("") << QByteArray("truncated varint");
  QTest::newRow("lone continuation") << QByteArray("80") << QByteArray("truncated varint");
  QTest::newRow("two continuations") << QByteArray("ffff") << QByteArray("truncated varint");
  QTest::newRow("0 as 80 00") << QByteArray("8000") << QByteArray("non-minimal");
  QTest::newRow("127 as ff 00") << QByteArray("ff00") << QByteArray("non-minimal");
  QTest::newRow("0 as 80 80 00") << QByteArray("808000") << QByteArray("non-minimal");
  QTest::newRow("zero tenth byte") << QByteArray("ffffffffffffffffff00") << QByteArray("non-minimal");
  QTest::newRow("65 bits") << QByteArray("ffffffffffffffffff02") << QByteArray("64 bits");
  QTest::newRow("tenth continues") << QByteArray("ffffffffffffffffff81") << QByteArray("10 bytes");
  QTest::newRow("11 bytes") << QByteArray("8080808080808080808001") << QByteArray("10 bytes");
}

void CodecTests::varintRejected() {
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, message);
  const Bytes in = Hex(hex.constData());
  Reader r(in);
  uint64_t v = 0;
  const Status s = r.ReadVarint(&v);
  QVERIFY(s.IsCorruption());
  QVERIFY2(Contains(s, message), s.ToString().c_str());
}

void CodecTests::boolValues() {
  const Bytes in = Hex("0001");
  Reader r(in);
  bool a = true;
  bool b = false;
  QVERIFY(r.ReadBool(&a).ok());
  QVERIFY(r.ReadBool(&b).ok());
  QCOMPARE(a, false);
  QCOMPARE(b, true);

  for (const char* hex : {"02", "ff", "80"}) {
    const Bytes bad = Hex(hex);
    Reader rb(bad);
    bool v = false;
    const Status s = rb.ReadBool(&v);
    QVERIFY2(s.IsCorruption(), hex);
    QVERIFY2(Contains(s, "bool"), s.ToString().c_str());
  }
}

void CodecTests::truncationRejected_data() {
  QTest::addColumn<Op>("op");
  QTest::addColumn<QByteArray>("hex");
  QTest::addColumn<QByteArray>("message");
  QTest::newRow("u8 empty") << Op::U8 << QByteArray("") << QByteArray("truncated u8");
  QTest::newRow("u16 1 byte") << Op::U16 << QByteArray("01") << QByteArray("truncated u16");
  QTest::newRow("u32 3 bytes") << Op::U32 << QByteArray("010203") << QByteArray("truncated u32");
  QTest::newRow("u64 7 bytes") << Op::U64 << QByteArray("01020304050607") << QByteArray("truncated u64");
  QTest::newRow("i32 2 bytes") << Op::I32 << QByteArray("0102") << QByteArray("truncated i32");
  QTest::newRow("i64 empty") << Op::I64 << QByteArray("") << QByteArray("truncated i64");
  QTest::newRow("bool empty") << Op::Bool << QByteArray("") << QByteArray("truncated bool");
  QTest::newRow("varint") << Op::Varint << QByteArray("80") << QByteArray("truncated varint");
  QTest::newRow("fixed 3 of 4") << Op::Fixed4 << QByteArray("010203") << QByteArray("truncated fixed");
  QTest::newRow("bytes no length") << Op::Bytes << QByteArray("") << QByteArray("length");
  QTest::newRow("bytes short body") << Op::Bytes << QByteArray("030102") << QByteArray("remaining");
  QTest::newRow("string short body") << Op::String << QByteArray("0261") << QByteArray("remaining");
  QTest::newRow("count no varint") << Op::Count << QByteArray("") << QByteArray("element count");
}

void CodecTests::truncationRejected() {
  QFETCH(Op, op);
  QFETCH(QByteArray, hex);
  QFETCH(QByteArray, message);
  const Bytes in = Hex(hex.constData());
  Reader r(in);
  const Status s = Apply(op, r);
  QVERIFY(s.IsCorruption());
  QVERIFY2(Contains(s, message), s.ToString().c_str());
}

void CodecTests::lengthPrefixedRoundTrip() {
  const Bytes long_bytes(300, 0x5a);
  const std::string with_nul("a\0b", 3);
  Writer w;
  w.PutBytes({});
  w.PutBytes(long_bytes);
  w.PutString("");
  w.PutString(with_nul);
  QCOMPARE(w.bytes()[1], uint8_t{0xac});  // 300 as a varint: ac 02
  QCOMPARE(w.bytes()[2], uint8_t{0x02});

  Reader r(w.bytes());
  Bytes empty{1};
  Bytes got;
  std::string empty_str = "x";
  std::string got_str;
  QVERIFY(r.ReadBytes(&empty, 0).ok());
  QVERIFY(r.ReadBytes(&got, 300).ok());
  QVERIFY(r.ReadString(&empty_str, 0).ok());
  QVERIFY(r.ReadString(&got_str, 3).ok());
  QVERIFY(r.Finish().ok());
  QVERIFY(empty.empty());
  QVERIFY(got == long_bytes);
  QVERIFY(empty_str.empty());
  QVERIFY(got_str == with_nul);
}

void CodecTests::lengthOverMaxRejected() {
  const Bytes in = Hex("050102030405");
  Bytes out;
  std::string str;
  Reader r1(in);
  const Status s1 = r1.ReadBytes(&out, 4);
  QVERIFY(s1.IsCorruption());
  QVERIFY2(Contains(s1, "exceeds the maximum of 4"), s1.ToString().c_str());
  Reader r2(in);
  const Status s2 = r2.ReadString(&str, 4);
  QVERIFY(s2.IsCorruption());
  QVERIFY2(Contains(s2, "exceeds the maximum of 4"), s2.ToString().c_str());
  Reader r3(in);
  QVERIFY(r3.ReadBytes(&out, 5).ok());
  QVERIFY(r3.Finish().ok());
}

void CodecTests::lengthOverRemainingRejected() {
  const Bytes in = Hex("0501020304");
  Bytes out;
  Reader r(in);
  const Status s = r.ReadBytes(&out, 100);
  QVERIFY(s.IsCorruption());
  QVERIFY2(Contains(s, "remaining input of 4 bytes"), s.ToString().c_str());
}

void CodecTests::hugeLengthNotAllocated_data() {
  QTest::addColumn<Op>("op");
  QTest::addColumn<QByteArray>("prefix");
  // Lengths a reader that allocated first would die on (length_error or bad_alloc); the reads
  // below pass a maximum of SIZE_MAX so only the remaining-input check can stop them.
  QTest::newRow("bytes 2^62") << Op::Bytes << QByteArray("808080808080808040");
  QTest::newRow("bytes UINT64_MAX") << Op::Bytes << QByteArray("ffffffffffffffffff01");
  QTest::newRow("string 2^62") << Op::String << QByteArray("808080808080808040");
  QTest::newRow("count UINT64_MAX") << Op::Count << QByteArray("ffffffffffffffffff01");
}

void CodecTests::hugeLengthNotAllocated() {
  QFETCH(Op, op);
  QFETCH(QByteArray, prefix);
  Bytes in = Hex(prefix.constData());
  in.insert(in.end(), {1, 2, 3});
  Reader r(in);
  Bytes out;
  std::string str;
  size_t count = 0;
  constexpr size_t no_max = std::numeric_limits<size_t>::max();
  Status s;
  if (op == Op::Bytes) s = r.ReadBytes(&out, no_max);
  if (op == Op::String) s = r.ReadString(&str, no_max);
  if (op == Op::Count) s = r.ReadCount(&count, no_max);
  QVERIFY(s.IsCorruption());
  QVERIFY2(Contains(s, "remaining input of 3 bytes"), s.ToString().c_str());
  QVERIFY(out.capacity() == 0);
  QVERIFY(str.size() == 0);
}

void CodecTests::countBounds() {
  size_t count = 0;
  const Bytes three = Hex("03aabbcc");
  Reader ok(three);
  QVERIFY(ok.ReadCount(&count, 3).ok());
  QCOMPARE(count, size_t{3});

  Reader over_max(three);
  const Status s1 = over_max.ReadCount(&count, 2);
  QVERIFY(s1.IsCorruption());
  QVERIFY2(Contains(s1, "element count 3 exceeds the maximum of 2"), s1.ToString().c_str());

  // Every element takes at least one byte, so four elements cannot fit in three bytes.
  const Bytes four = Hex("04aabbcc");
  Reader over_input(four);
  const Status s2 = over_input.ReadCount(&count, 100);
  QVERIFY(s2.IsCorruption());
  QVERIFY2(Contains(s2, "remaining"), s2.ToString().c_str());

  const Bytes non_minimal = Hex("8100aa");
  Reader nm(non_minimal);
  const Status s3 = nm.ReadCount(&count, 100);
  QVERIFY(s3.IsCorruption());
  QVERIFY2(Contains(s3, "non-minimal"), s3.ToString().c_str());
}

void CodecTests::finishRejectsTrailingBytes() {
  const Bytes empty;
  QVERIFY(Reader(empty).Finish().ok());

  const Bytes in = Hex("0102");
  Reader r(in);
  uint8_t v = 0;
  QVERIFY(r.ReadU8(&v).ok());
  QCOMPARE(r.remaining(), size_t{1});
  const Status s = r.Finish();
  QVERIFY(s.IsCorruption());
  QVERIFY2(Contains(s, "1 trailing"), s.ToString().c_str());
  QVERIFY(r.ReadU8(&v).ok());
  QVERIFY(r.Finish().ok());
}

QTEST_APPLESS_MAIN(CodecTests)
#include "codec_tests.moc"
