// secp256k1 ECDSA with recovery as Ethereum uses it: the EIP-155 example signature, deterministic
// low-s signing, address derivation, and every signature value recovery must refuse.

#include <QtTest>

#include <string>
#include <utility>

#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/keccak.h"
#include "ordo/util/bytes.h"
#include "ordo/util/primitives.h"

using namespace ordo;
using namespace ordo::crypto;

namespace {

// secp256k1 group order n, and floor(n / 2).
const U256 kN("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
const U256 kHalfN("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

SecretKey MustKey(std::string_view hex) {
  auto bytes = FromHex(hex);
  ORDO_ASSERT(bytes.has_value());
  auto key = SecretKey::FromBytes(*bytes);
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

Hash32 MustWord(std::string_view hex) {
  auto word = FromHexFixed<32>(hex);
  ORDO_ASSERT(word.has_value());
  return *word;
}

U256 ToU256(const Hash32& word) { return *U256FromBytes(word); }

QString Hex(ByteSpan data) { return QString::fromStdString(ToHex(data)); }

// EIP-155's example: the signing hash of its transaction and the key that signs it.
const char* const kEip155SigningHash = "daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
const char* const kEip155Key = "4646464646464646464646464646464646464646464646464646464646464646";

}  // namespace

class EcdsaTests : public QObject {
  Q_OBJECT

 private slots:
  void signsTheEip155Example() {
    const SecretKey key = MustKey(kEip155Key);
    const Hash32 digest = MustWord(kEip155SigningHash);
    const RecoverableSignature sig = EcdsaSignRecoverable(key, digest);
    QCOMPARE(Hex(sig.r), QStringLiteral("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"));
    QCOMPARE(Hex(sig.s), QStringLiteral("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    QCOMPARE(int(sig.y_parity), 0);  // v = 37 = 1 * 2 + 35 + 0

    const auto sender = EcdsaRecoverAddress(digest, sig);
    QVERIFY2(sender.ok(), sender.status().ToString().c_str());
    QCOMPARE(AddressToHex(*sender), QStringLiteral("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f").toStdString());
  }

  void ethereumAddressKnownKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("address");
    QTest::newRow("1") << "0000000000000000000000000000000000000000000000000000000000000001"
                       << "0x7e5f4552091a69125d5dfcb7b8c2659029395bdf";
    QTest::newRow("n-1") << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140"
                         << "0x80c0dbf239224071c59dd8970ab9d542e3414ab2";
    QTest::newRow("0x46..46") << kEip155Key << "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f";
  }

  void ethereumAddressKnownKeys() {
    QFETCH(QString, key);
    QFETCH(QString, address);
    QCOMPARE(QString::fromStdString(AddressToHex(EthereumAddress(MustKey(key.toStdString())))), address);
  }

  // RFC 6979: the same key and digest always give the same signature, always with low s, and it
  // recovers to the signer.
  void signingIsDeterministicLowSAndRecovers() {
    for (int i = 0; i < 64; ++i) {
      auto key = SecretKey::Generate();
      QVERIFY(key.ok());
      const Hash32 digest = Keccak256(AsBytes("message " + std::to_string(i)));
      const RecoverableSignature first = EcdsaSignRecoverable(*key, digest);
      const RecoverableSignature second = EcdsaSignRecoverable(*key, digest);
      QCOMPARE(Hex(first.r), Hex(second.r));
      QCOMPARE(Hex(first.s), Hex(second.s));
      QCOMPARE(first.y_parity, second.y_parity);
      QVERIFY(ToU256(first.s) <= kHalfN);
      QVERIFY(first.y_parity <= 1);
      const auto recovered = EcdsaRecoverAddress(digest, first);
      QVERIFY2(recovered.ok(), recovered.status().ToString().c_str());
      QCOMPARE(*recovered, EthereumAddress(*key));
    }
  }

  void recoveryOfAnotherDigestGivesAnotherAddress() {
    const SecretKey key = MustKey(kEip155Key);
    const RecoverableSignature sig = EcdsaSignRecoverable(key, MustWord(kEip155SigningHash));
    Hash32 other = MustWord(kEip155SigningHash);
    other[31] ^= 1;
    const auto recovered = EcdsaRecoverAddress(other, sig);
    QVERIFY(recovered.ok());
    QVERIFY(*recovered != EthereumAddress(key));
  }

  void recoveryRejectsBadValues_data() {
    QTest::addColumn<QString>("r");
    QTest::addColumn<QString>("s");
    QTest::addColumn<int>("y_parity");
    QTest::addColumn<QString>("message");
    const SecretKey key = MustKey(kEip155Key);
    const RecoverableSignature good = EcdsaSignRecoverable(key, MustWord(kEip155SigningHash));
    const QString r = Hex(good.r);
    const QString s = Hex(good.s);
    const QString zero(64, QLatin1Char('0'));
    const QString n = QString::fromStdString(ToHex(U256ToWord(kN)));
    const QString high_s = QString::fromStdString(ToHex(U256ToWord(kN - ToU256(good.s))));
    const QString half_n_plus_1 = QString::fromStdString(ToHex(U256ToWord(kHalfN + 1)));
    // x = 5 is not the x coordinate of any curve point (5^3 + 7 is not a square mod p).
    const QString r_off_curve = QString::fromStdString(ToHex(U256ToWord(5)));
    QTest::newRow("r zero") << zero << s << 0 << "r is zero";
    QTest::newRow("s zero") << r << zero << 0 << "s is zero";
    QTest::newRow("r = n") << n << s << 0 << "r is zero or not below";
    QTest::newRow("s = n") << r << n << 0 << "s is zero or not below";
    QTest::newRow("r = 2^256-1") << QString(64, QLatin1Char('f')) << s << 0 << "r is zero or not below";
    // The same signature with s negated and the parity flipped is mathematically valid; EIP-2
    // refuses it so that a signed transaction cannot be given a second hash.
    QTest::newRow("high s (n - s, flipped parity)") << r << high_s << 1 << "EIP-2";
    QTest::newRow("s = n/2 + 1") << r << half_n_plus_1 << 0 << "EIP-2";
    QTest::newRow("y parity 2") << r << s << 2 << "y parity";
    QTest::newRow("y parity 27") << r << s << 27 << "y parity";
    QTest::newRow("r not on the curve") << r_off_curve << s << 0 << "does not recover";
  }

  void recoveryRejectsBadValues() {
    QFETCH(QString, r);
    QFETCH(QString, s);
    QFETCH(int, y_parity);
    QFETCH(QString, message);
    RecoverableSignature sig;
    sig.r = MustWord(r.toStdString());
    sig.s = MustWord(s.toStdString());
    sig.y_parity = static_cast<uint8_t>(y_parity);
    const auto recovered = EcdsaRecoverAddress(MustWord(kEip155SigningHash), sig);
    QVERIFY(!recovered.ok());
    QVERIFY(recovered.status().IsInvalidArgument());
    QVERIFY2(QString::fromStdString(recovered.status().message()).contains(message),
             recovered.status().ToString().c_str());
  }

  // s = floor(n/2) is the largest low s and must stay accepted.
  void recoveryAcceptsSAtHalfOrder() {
    RecoverableSignature sig = EcdsaSignRecoverable(MustKey(kEip155Key), MustWord(kEip155SigningHash));
    sig.s = U256ToWord(kHalfN);
    QVERIFY(EcdsaRecoverAddress(MustWord(kEip155SigningHash), sig).ok());
  }
};

QTEST_APPLESS_MAIN(EcdsaTests)
#include "ecdsa_tests.moc"
