// BIP-340 Schnorr signing and verification against the official vectors, secret key handling, and
// the SHA-256 primitives the signatures depend on.

#include <QtTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ordo/crypto/schnorr.h"
#include "ordo/crypto/secure.h"
#include "ordo/crypto/sha256.h"
#include "ordo/util/bytes.h"

using namespace ordo;
using namespace ordo::crypto;

namespace {

// The official file (bitcoin/bips bip-0340/test-vectors.csv, 2022-12 revision) has 19 vectors;
// anything else means the file is missing, truncated or a different revision.
constexpr size_t kBip340VectorCount = 19;
constexpr size_t kBip340ColumnCount = 8;

// secp256k1 group order n.
constexpr std::string_view kCurveOrderHex =
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141";

struct Bip340Vector {
  std::string index;
  std::string secret_key;
  std::string public_key;
  std::string aux_rand;
  std::string message;
  std::string signature;
  std::string result;
  std::string comment;
};

// The comment is the last column and is kept whole, so a comma inside it cannot shift fields.
std::optional<Bip340Vector> ParseVectorLine(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();  // the official file uses CRLF
  std::vector<std::string> fields;
  size_t start = 0;
  while (fields.size() + 1 < kBip340ColumnCount) {
    const size_t comma = line.find(',', start);
    if (comma == std::string::npos) return std::nullopt;
    fields.push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
  fields.push_back(line.substr(start));
  return Bip340Vector{fields[0], fields[1], fields[2], fields[3],
                      fields[4], fields[5], fields[6], fields[7]};
}

QString Hex(ByteSpan data) { return QString::fromStdString(ToHex(data)); }

template <size_t N>
QString Hex(const std::array<uint8_t, N>& a) {
  return Hex(ByteSpan(a.data(), a.size()));
}

Bytes MustHex(std::string_view hex) {
  auto bytes = FromHex(hex);
  ORDO_ASSERT(bytes.has_value());
  return *bytes;
}

SecretKey MustKey(std::string_view hex) {
  auto key = SecretKey::FromBytes(MustHex(hex));
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

bool IsAllZero(const std::array<uint8_t, 32>& bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0; });
}

}  // namespace

class SchnorrTests : public QObject {
  Q_OBJECT

 private:
  std::vector<Bip340Vector> m_vectors;

 private slots:
  void initTestCase() {
    const std::string path = ORDO_TEST_VECTORS_DIR "/bip340-test-vectors.csv";
    std::ifstream in(path);
    QVERIFY2(in.is_open(), qPrintable(QStringLiteral("cannot open %1").arg(QString::fromStdString(path))));
    std::string line;
    QVERIFY2(std::getline(in, line).good(), "vector file is empty");
    QVERIFY2(line.rfind("index,secret key,public key,aux_rand,message,signature", 0) == 0,
             "vector file header is not the BIP-340 one");
    while (std::getline(in, line)) {
      if (line.empty() || line == "\r") continue;
      auto vector = ParseVectorLine(line);
      QVERIFY2(vector.has_value(), qPrintable(QString::fromStdString("malformed line: " + line)));
      QVERIFY2(vector->result == "TRUE" || vector->result == "FALSE",
               qPrintable(QString::fromStdString("bad verification result: " + vector->result)));
      m_vectors.push_back(std::move(*vector));
    }
    QCOMPARE(m_vectors.size(), kBip340VectorCount);
  }

  void bip340Vectors_data() {
    QTest::addColumn<QString>("secret_key");
    QTest::addColumn<QString>("public_key");
    QTest::addColumn<QString>("aux_rand");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<bool>("expected");
    for (const Bip340Vector& v : m_vectors) {
      QTest::addRow("vector %s", v.index.c_str())
          << QString::fromStdString(v.secret_key) << QString::fromStdString(v.public_key)
          << QString::fromStdString(v.aux_rand) << QString::fromStdString(v.message)
          << QString::fromStdString(v.signature) << (v.result == "TRUE");
    }
  }

  void bip340Vectors() {
    QFETCH(QString, secret_key);
    QFETCH(QString, public_key);
    QFETCH(QString, aux_rand);
    QFETCH(QString, message);
    QFETCH(QString, signature);
    QFETCH(bool, expected);

    const auto pub = FromHexFixed<32>(public_key.toStdString());
    const auto msg = FromHex(message.toStdString());
    const auto sig = FromHexFixed<64>(signature.toStdString());
    QVERIFY(pub.has_value());
    QVERIFY(msg.has_value());
    QVERIFY(sig.has_value());

    if (!secret_key.isEmpty()) {
      const auto secret = FromHex(secret_key.toStdString());
      const auto aux = FromHexFixed<32>(aux_rand.toStdString());
      QVERIFY(secret.has_value());
      QVERIFY(aux.has_value());
      auto key = SecretKey::FromBytes(*secret);
      QVERIFY(key.ok());
      QCOMPARE(Hex(key->PublicKey()), Hex(*pub));
      QCOMPARE(Hex(SchnorrSign(*key, *msg, *aux)), Hex(*sig));
    }
    QCOMPARE(SchnorrVerify(*pub, *msg, *sig), expected);
  }

  void fromBytesRejectsKeysOutsideTheGroup_data() {
    QTest::addColumn<QString>("key_hex");
    QTest::newRow("zero") << QString(64, QLatin1Char('0'));
    QTest::newRow("n") << QString::fromLatin1(kCurveOrderHex.data(), kCurveOrderHex.size());
    QTest::newRow("n+1") << QStringLiteral("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364142");
    QTest::newRow("2^256-1") << QString(64, QLatin1Char('F'));
  }

  void fromBytesRejectsKeysOutsideTheGroup() {
    QFETCH(QString, key_hex);
    const auto key = SecretKey::FromBytes(MustHex(key_hex.toStdString()));
    QVERIFY(!key.ok());
    QVERIFY(key.status().IsInvalidArgument());
  }

  void fromBytesRejectsWrongLengths() {
    for (size_t size : {size_t{0}, size_t{1}, size_t{31}, size_t{33}, size_t{64}}) {
      const Bytes bytes(size, 0x01);
      const auto key = SecretKey::FromBytes(bytes);
      QVERIFY2(!key.ok(), qPrintable(QStringLiteral("accepted %1 bytes").arg(size)));
      QVERIFY(key.status().IsInvalidArgument());
    }
  }

  // The accepted edges of [1, n-1] pin the rejections above to the range check itself.
  void fromBytesAcceptsGroupBoundaries() {
    const SecretKey one = MustKey("0000000000000000000000000000000000000000000000000000000000000001");
    // 1·G is the generator, whose x coordinate is published in SEC 2.
    QCOMPARE(Hex(one.PublicKey()),
             QStringLiteral("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
    const SecretKey n_minus_one =
        MustKey("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140");
    // (n-1)·G = -G has the same x coordinate as G.
    QCOMPARE(Hex(n_minus_one.PublicKey()), Hex(one.PublicKey()));
  }

  void generatedKeySignsWithRandomAux() {
    auto key = SecretKey::Generate();
    QVERIFY(key.ok());
    QVERIFY(!IsAllZero(key->ExposeBytes()));
    const XOnlyPublicKey pub = key->PublicKey();
    const Bytes msg = MustHex("6f72646f20766f7465");

    const SchnorrSignature first = SchnorrSign(*key, msg);
    const SchnorrSignature second = SchnorrSign(*key, msg);
    QVERIFY(SchnorrVerify(pub, msg, first));
    QVERIFY(SchnorrVerify(pub, msg, second));
    // Equal signatures would mean the fresh aux never reached the nonce derivation.
    QVERIFY(first != second);

    const SchnorrSignature empty_msg_sig = SchnorrSign(*key, ByteSpan{});
    QVERIFY(SchnorrVerify(pub, ByteSpan{}, empty_msg_sig));
    QVERIFY(!SchnorrVerify(pub, msg, empty_msg_sig));
  }

  void tamperingBreaksVerification() {
    const SecretKey key = MustKey("B7E151628AED2A6ABF7158809CF4F3C762E7160F38B4DA56A784D9045190CFEF");
    const XOnlyPublicKey pub = key.PublicKey();
    Bytes msg = MustHex("0102030405060708090A0B0C0D0E0F1011");
    std::array<uint8_t, 32> aux{};
    aux.fill(0x5a);
    SchnorrSignature sig = SchnorrSign(key, msg, aux);
    QVERIFY(SchnorrVerify(pub, msg, sig));

    for (size_t bit = 0; bit < sig.size() * 8; ++bit) {
      sig[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
      QVERIFY2(!SchnorrVerify(pub, msg, sig), qPrintable(QStringLiteral("signature bit %1").arg(bit)));
      sig[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    }
    for (size_t bit = 0; bit < msg.size() * 8; ++bit) {
      msg[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
      QVERIFY2(!SchnorrVerify(pub, msg, sig), qPrintable(QStringLiteral("message bit %1").arg(bit)));
      msg[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    }
    QVERIFY(!SchnorrVerify(pub, Bytes(msg.begin(), msg.end() - 1), sig));

    const SecretKey other = MustKey("C90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B14E5C9");
    QVERIFY(!SchnorrVerify(other.PublicKey(), msg, sig));
    QVERIFY(SchnorrVerify(pub, msg, sig));
  }

  void verifyRejectsMalformedPublicKeys() {
    const SecretKey key = MustKey("0000000000000000000000000000000000000000000000000000000000000003");
    const Bytes msg = MustHex("00");
    const SchnorrSignature sig = SchnorrSign(key, msg, std::array<uint8_t, 32>{});
    QVERIFY(SchnorrVerify(key.PublicKey(), msg, sig));

    XOnlyPublicKey zero{};
    QVERIFY(!SchnorrVerify(zero, msg, sig));  // x = 0 has no point: 0^3 + 7 is not a square mod p
    XOnlyPublicKey field_size{};
    std::copy_n(MustHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F").begin(), 32,
                field_size.begin());
    QVERIFY(!SchnorrVerify(field_size, msg, sig));
    XOnlyPublicKey all_ff{};
    all_ff.fill(0xff);
    QVERIFY(!SchnorrVerify(all_ff, msg, sig));
  }

  void moveZeroesTheSource() {
    const std::string hex = "0B432B2677937381AEF05BB02A66ECD012773062CF3FA2549E44F58ED2401710";
    const Bytes original = MustHex(hex);

    SecretKey source = MustKey(hex);
    SecretKey constructed(std::move(source));
    QVERIFY(IsAllZero(source.ExposeBytes()));  // NOLINT(bugprone-use-after-move): the point
    QCOMPARE(Hex(constructed.ExposeBytes()), Hex(original));

    SecretKey assigned = MustKey("0000000000000000000000000000000000000000000000000000000000000003");
    assigned = std::move(constructed);
    QVERIFY(IsAllZero(constructed.ExposeBytes()));  // NOLINT(bugprone-use-after-move): the point
    QCOMPARE(Hex(assigned.ExposeBytes()), Hex(original));
  }

  void secureZeroClearsBuffer() {
    std::array<uint8_t, 48> buffer{};
    buffer.fill(0xa5);
    SecureZero(buffer.data() + 8, 32);
    for (size_t i = 0; i < buffer.size(); ++i) {
      const uint8_t want = (i >= 8 && i < 40) ? 0x00 : 0xa5;
      QCOMPARE(buffer[i], want);
    }
    SecureZero(buffer.data(), 0);  // a no-op, and must not crash
    QCOMPARE(buffer[0], uint8_t{0xa5});
  }

  // FIPS 180-2 appendix B examples.
  void sha256KnownAnswers() {
    QCOMPARE(Hex(Sha256(AsBytes(""))),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Hex(Sha256(AsBytes("abc"))),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Hex(Sha256(AsBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
             QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
  }

  // Expected values computed with Python's hashlib as sha256(sha256(tag) * 2 + data).
  void taggedHashMatchesIndependentComputation() {
    QCOMPARE(Hex(TaggedHash("BIP0340/challenge", AsBytes("ordo tagged hash test"))),
             QStringLiteral("a5837117cd9a8de5c71c9d8f07c147a4aff69dc75e09622cef55b7b3653bb5f7"));
    QCOMPARE(Hex(TaggedHash("", ByteSpan{})),
             QStringLiteral("2dba5dbc339e7316aea2683faf839c1b7b1ee2313db792112588118df066aa35"));
  }

  void sha256HasherIncrementalMatchesOneShot() {
    Bytes data(1000);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint8_t>(i * 31 + 7);
    const Hash32 one_shot = Sha256(data);

    Sha256Hasher hasher;
    size_t offset = 0;
    size_t chunk = 0;
    while (offset < data.size()) {
      const size_t take = std::min(chunk, data.size() - offset);  // sizes 0, 1, 2, ... straddle blocks
      hasher.Update(ByteSpan(data.data() + offset, take));
      offset += take;
      ++chunk;
    }
    QCOMPARE(Hex(hasher.Finish()), Hex(one_shot));

    // Finish resets, so the same hasher starts a fresh digest.
    hasher.Update(AsBytes("abc"));
    QCOMPARE(Hex(hasher.Finish()), Hex(Sha256(AsBytes("abc"))));
  }
};

QTEST_APPLESS_MAIN(SchnorrTests)
#include "schnorr_tests.moc"
