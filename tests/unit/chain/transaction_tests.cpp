// Ethereum transactions: the EIP-155 example, vectors signed by ethers (tests/interop) decoded
// field by field and re-signed byte for byte, every rejection a wallet can run into, and the fee
// arithmetic.

#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "ordo/chain/transaction.h"
#include "ordo/codec/rlp.h"
#include "ordo/crypto/keccak.h"
#include "ordo/util/bytes.h"

using namespace ordo;
using namespace ordo::chain;

namespace {

// The generator writes 12 vectors: 3 legacy, 3 type 1, 6 type 2. Anything else means the file is
// missing, truncated or from a different generator revision.
constexpr int kVectorCount = 12;
constexpr int kLegacyVectorCount = 3;
constexpr int kAccessListVectorCount = 3;
constexpr int kDynamicFeeVectorCount = 6;

const U256 kCurveOrder("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

// EIP-155 "Example" section, as published.
const char* const kEip155Key = "4646464646464646464646464646464646464646464646464646464646464646";
const char* const kEip155SigningData =
    "ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
const char* const kEip155SigningHash = "daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
const char* const kEip155SignedTx =
    "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd9"
    "39bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc6421"
    "4b297fb1966a3b6d83";
const char* const kEip155Sender = "0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f";

Bytes MustHex(std::string_view hex) {
  auto bytes = FromHex(hex);
  ORDO_ASSERT(bytes.has_value());
  return *bytes;
}

crypto::SecretKey MustKey(std::string_view hex) {
  auto key = crypto::SecretKey::FromBytes(MustHex(hex));
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

Address MustAddress(std::string_view hex) {
  auto a = AddressFromHex(hex);
  ORDO_ASSERT(a.has_value());
  return *a;
}

QString Hex(ByteSpan data) { return QString::fromStdString(ToHex(data)); }
QString Hex0x(ByteSpan data) { return "0x" + Hex(data); }
QString Dec(const U256& v) { return QString::fromStdString(v.str()); }
QString Str(const QJsonValue& v) { return v.toString(); }
U256 U(const QJsonValue& v) { return U256(v.toString().toStdString()); }
QByteArray ToQByteArray(const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); }
Bytes FromQByteArray(const QByteArray& b) { return Bytes(b.begin(), b.end()); }

// The unsigned transaction a vector describes, built from its JSON fields alone.
Transaction FromVectorFields(const QJsonObject& v) {
  Transaction tx;
  tx.type = static_cast<TxType>(v["type"].toInt());
  tx.chain_id = U(v["chainId"]).convert_to<uint64_t>();
  tx.nonce = U(v["nonce"]).convert_to<uint64_t>();
  if (!v["gasPrice"].isNull()) tx.gas_price = U(v["gasPrice"]);
  if (!v["maxPriorityFeePerGas"].isNull()) tx.max_priority_fee_per_gas = U(v["maxPriorityFeePerGas"]);
  if (!v["maxFeePerGas"].isNull()) tx.max_fee_per_gas = U(v["maxFeePerGas"]);
  tx.gas_limit = U(v["gasLimit"]).convert_to<uint64_t>();
  if (!v["to"].isNull()) tx.to = MustAddress(Str(v["to"]).toStdString());
  tx.value = U(v["value"]);
  tx.data = MustHex(Str(v["data"]).toStdString());
  for (const QJsonValue& entry : v["accessList"].toArray()) {
    AccessListEntry e;
    e.address = MustAddress(Str(entry["address"]).toStdString());
    for (const QJsonValue& key : entry["storageKeys"].toArray()) {
      e.storage_keys.push_back(*FromHexFixed<32>(Str(key).toStdString()));
    }
    tx.access_list.push_back(std::move(e));
  }
  return tx;
}

// Re-encodes `raw` after `edit` changes its RLP fields, keeping the type byte.
Bytes EditFields(const Bytes& raw, const std::function<void(std::vector<rlp::Item>&)>& edit) {
  const bool typed = raw[0] < 0xc0;
  auto decoded = rlp::Decode(ByteSpan(raw).subspan(typed ? 1 : 0));
  ORDO_ASSERT(decoded.ok());
  edit(decoded->items);
  Bytes out;
  if (typed) out.push_back(raw[0]);
  const Bytes fields = rlp::Encode(*decoded);
  out.insert(out.end(), fields.begin(), fields.end());
  return out;
}

// Replaces the encoding of field `index` with `encoding` verbatim, so the field can carry an RLP
// form that rlp::Encode would never produce.
Bytes ReplaceFieldEncoding(const Bytes& raw, size_t index, const Bytes& encoding) {
  const bool typed = raw[0] < 0xc0;
  auto decoded = rlp::Decode(ByteSpan(raw).subspan(typed ? 1 : 0));
  ORDO_ASSERT(decoded.ok());
  std::vector<Bytes> fields;
  for (const rlp::Item& item : decoded->items) fields.push_back(rlp::Encode(item));
  fields[index] = encoding;
  Bytes out;
  if (typed) out.push_back(raw[0]);
  const Bytes list = rlp::EncodeList(fields);
  out.insert(out.end(), list.begin(), list.end());
  return out;
}

rlp::Item RawItem(Bytes bytes) {
  rlp::Item item;
  item.bytes = std::move(bytes);
  return item;
}

rlp::Item UintItem(const U256& v) { return RawItem(U256ToBytes(v)); }

}  // namespace

class TransactionTests : public QObject {
  Q_OBJECT

 private:
  std::vector<QJsonObject> m_vectors;

  const QJsonObject& Vector(const QString& name) const {
    for (const QJsonObject& v : m_vectors) {
      if (v["name"].toString() == name) return v;
    }
    qFatal("no vector named %s", qPrintable(name));
  }

  Bytes VectorRaw(const QString& name) const { return MustHex(Str(Vector(name)["raw"]).toStdString()); }

 private slots:
  void initTestCase() {
    QFile file(ORDO_TEST_VECTORS_DIR "/eth-tx-vectors.json");
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc["generator"].toString().contains("ethers"));
    int per_type[3] = {0, 0, 0};
    for (const QJsonValue& v : doc["vectors"].toArray()) {
      const int type = v["type"].toInt(-1);
      QVERIFY(type >= 0 && type <= 2);
      ++per_type[type];
      m_vectors.push_back(v.toObject());
    }
    QCOMPARE(int(m_vectors.size()), kVectorCount);
    QCOMPARE(per_type[0], kLegacyVectorCount);
    QCOMPARE(per_type[1], kAccessListVectorCount);
    QCOMPARE(per_type[2], kDynamicFeeVectorCount);
  }

  // ---- EIP-155 example ----

  void eip155ExampleSigns() {
    Transaction tx;
    tx.type = TxType::Legacy;
    tx.chain_id = 1;
    tx.nonce = 9;
    tx.gas_price = U256(20) * 1'000'000'000;
    tx.gas_limit = 21000;
    tx.to = MustAddress("0x3535353535353535353535353535353535353535");
    tx.value = U256("1000000000000000000");

    QCOMPARE(Hex(crypto::Keccak256(MustHex(kEip155SigningData))), QString(kEip155SigningHash));
    QCOMPARE(Hex(SigningHash(tx)), QString(kEip155SigningHash));

    SignTransaction(tx, MustKey(kEip155Key));
    QCOMPARE(Hex(tx.signature.r), QStringLiteral("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"));
    QCOMPARE(Hex(tx.signature.s), QStringLiteral("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    QCOMPARE(int(tx.signature.y_parity), 0);  // v = 37
    QCOMPARE(Hex(tx.raw), QString(kEip155SignedTx));
    QCOMPARE(Hex(tx.hash), Hex(crypto::Keccak256(tx.raw)));
    QCOMPARE(AddressToHex(tx.sender), std::string(kEip155Sender));
  }

  void eip155ExampleDecodes() {
    const Bytes raw = MustHex(kEip155SignedTx);
    const auto tx = DecodeTransaction(raw);
    QVERIFY2(tx.ok(), tx.status().ToString().c_str());
    QVERIFY(tx->type == TxType::Legacy);
    QCOMPARE(tx->chain_id, uint64_t{1});
    QCOMPARE(tx->nonce, uint64_t{9});
    QCOMPARE(Dec(tx->gas_price), QStringLiteral("20000000000"));
    QCOMPARE(tx->gas_limit, uint64_t{21000});
    QVERIFY(tx->to.has_value());
    QCOMPARE(AddressToHex(*tx->to), std::string("0x3535353535353535353535353535353535353535"));
    QCOMPARE(Dec(tx->value), QStringLiteral("1000000000000000000"));
    QVERIFY(tx->data.empty());
    QVERIFY(tx->access_list.empty());
    QCOMPARE(Hex(SigningHash(*tx)), QString(kEip155SigningHash));
    QCOMPARE(AddressToHex(tx->sender), std::string(kEip155Sender));
    QCOMPARE(Hex(tx->raw), Hex(raw));
    QCOMPARE(Hex(tx->hash), Hex(crypto::Keccak256(raw)));
  }

  // ---- ethers vectors ----

  void ethersVectors_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < m_vectors.size(); ++i) {
      QTest::newRow(qPrintable(m_vectors[i]["name"].toString())) << int(i);
    }
  }

  void ethersVectors() {
    QFETCH(int, index);
    const QJsonObject& v = m_vectors[size_t(index)];
    const Bytes raw = MustHex(Str(v["raw"]).toStdString());
    const Transaction expected = FromVectorFields(v);

    const auto tx = DecodeTransaction(raw);
    QVERIFY2(tx.ok(), tx.status().ToString().c_str());
    QCOMPARE(int(tx->type), v["type"].toInt());
    QCOMPARE(tx->chain_id, expected.chain_id);
    QCOMPARE(tx->nonce, expected.nonce);
    QCOMPARE(Dec(tx->gas_price), Dec(expected.gas_price));
    QCOMPARE(Dec(tx->max_priority_fee_per_gas), Dec(expected.max_priority_fee_per_gas));
    QCOMPARE(Dec(tx->max_fee_per_gas), Dec(expected.max_fee_per_gas));
    QCOMPARE(tx->gas_limit, expected.gas_limit);
    QCOMPARE(tx->to.has_value(), !v["to"].isNull());
    if (tx->to) QCOMPARE(QString::fromStdString(AddressToHex(*tx->to)), Str(v["to"]));
    QCOMPARE(Dec(tx->value), Str(v["value"]));
    QCOMPARE(Hex0x(tx->data), Str(v["data"]));
    QCOMPARE(tx->access_list.size(), expected.access_list.size());
    QVERIFY(tx->access_list == expected.access_list);
    QCOMPARE(int(tx->signature.y_parity), v["yParity"].toInt());
    QCOMPARE(Hex0x(tx->signature.r), Str(v["r"]));
    QCOMPARE(Hex0x(tx->signature.s), Str(v["s"]));
    if (tx->type == TxType::Legacy) {
      QCOMPARE(Dec(U256(tx->chain_id) * 2 + 35 + tx->signature.y_parity), Str(v["v"]));
    }
    QCOMPARE(Hex0x(SigningHash(*tx)), Str(v["signingHash"]));
    QCOMPARE(Hex0x(tx->hash), Str(v["hash"]));
    QCOMPARE(*AddressFromHex(Str(v["sender"]).toStdString()), tx->sender);
    QCOMPARE(Hex(tx->raw), Hex(raw));
    QCOMPARE(Hex(EncodeTransaction(*tx)), Hex(raw));

    // RFC 6979 nonces are deterministic on both sides, so signing the same fields with the same
    // key must reproduce ethers' bytes exactly.
    Transaction resigned = expected;
    SignTransaction(resigned, MustKey(Str(v["privateKey"]).toStdString()));
    QCOMPARE(Hex0x(SigningHash(resigned)), Str(v["signingHash"]));
    QCOMPARE(Hex(resigned.raw), Hex(raw));
    QCOMPARE(Hex0x(resigned.hash), Str(v["hash"]));
    QCOMPARE(resigned.sender, tx->sender);
  }

  // ---- Rejections ----

  void rejections_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("message");
    const Bytes legacy = VectorRaw("legacy chain 5115 token transfer call, large nonce");
    const Bytes type1 = VectorRaw("type 1 chain 5115 access list with two entries");
    const Bytes type2 = VectorRaw("type 2 chain 5115 call with access list");
    auto row = [](const char* name, const Bytes& raw, const char* message) {
      QTest::newRow(name) << ToQByteArray(raw) << QString(message);
    };
    auto with_prefix = [](uint8_t prefix, const Bytes& body) {
      Bytes out{prefix};
      out.insert(out.end(), body.begin(), body.end());
      return out;
    };
    const Bytes type2_body(type2.begin() + 1, type2.end());

    row("empty", {}, "empty input");
    row("type byte only", {0x02}, "rlp: empty input");
    row("type 0x03", with_prefix(0x03, type2_body), "unsupported transaction type 0x03");
    row("type 0x00", with_prefix(0x00, legacy), "unsupported transaction type 0x00");
    row("type 0x7f", with_prefix(0x7f, type2_body), "unsupported transaction type 0x7f");
    row("RLP string instead of a list", MustHex("83646f67"), "unsupported transaction type 0x83");
    row("type 2 payload under type 1", with_prefix(0x01, type2_body), "type 1 transaction must have 11 fields, got 12");
    row("type 1 payload under type 2", with_prefix(0x02, Bytes(type1.begin() + 1, type1.end())),
        "type 2 transaction must have 12 fields, got 11");
    row("typed payload not a list", MustHex("0283646f67"), "type 2 transaction must be an RLP list");

    Bytes trailing = type2;
    trailing.push_back(0x00);
    row("trailing byte", trailing, "trailing bytes");
    row("truncated", Bytes(type2.begin(), type2.end() - 1), "truncated");

    row("legacy v = 27", EditFields(legacy, [](auto& f) { f[6] = UintItem(27); }),
        "without EIP-155 replay protection (v = 27 or 28)");
    row("legacy v = 28", EditFields(legacy, [](auto& f) { f[6] = UintItem(28); }),
        "without EIP-155 replay protection (v = 27 or 28)");
    row("legacy v = 30", EditFields(legacy, [](auto& f) { f[6] = UintItem(30); }), "v must be chain_id * 2 + 35");
    row("legacy v = 0", EditFields(legacy, [](auto& f) { f[6] = UintItem(0); }), "v must be chain_id * 2 + 35");
    row("legacy chain id over 64 bits",
        EditFields(legacy, [](auto& f) { f[6] = UintItem((U256(1) << 65) + 35); }), "chain id does not fit in 64 bits");
    row("legacy unsigned (6 fields)", EditFields(legacy, [](auto& f) { f.resize(6); }),
        "legacy transaction must have 9 fields, got 6");

    row("nonce with leading zero", EditFields(type2, [](auto& f) { f[1] = RawItem({0x00, 0x08}); }),
        "nonce: integer with a leading zero byte");
    row("zero nonce as 0x00", EditFields(type2, [](auto& f) { f[1] = RawItem({0x00}); }),
        "nonce: integer with a leading zero byte");
    row("y parity as 0x00", EditFields(type2, [](auto& f) { f[9] = RawItem({0x00}); }),
        "y parity: integer with a leading zero byte");
    row("value with leading zero", EditFields(type2, [](auto& f) { f[6] = RawItem({0x00, 0x01}); }),
        "value: integer with a leading zero byte");
    row("r with leading zero", EditFields(type2, [](auto& f) {
          Bytes r = f[10].bytes;
          r.insert(r.begin(), 0x00);
          f[10] = RawItem(r);
        }),
        "r: integer");
    row("nonce 8 as 0x81 0x08", ReplaceFieldEncoding(type2, 1, {0x81, 0x08}), "rlp: single byte below 0x80");
    Bytes long_form_to{0xb8, 0x14};
    long_form_to.insert(long_form_to.end(), 20, 0x11);
    row("to in long form", ReplaceFieldEncoding(type2, 5, long_form_to), "rlp: long form used for a payload under 56");
    row("nonce over 64 bits", EditFields(type2, [](auto& f) { f[1] = UintItem(U256(1) << 64); }),
        "nonce: integer out of range");
    row("gas limit over 64 bits", EditFields(type2, [](auto& f) { f[4] = UintItem(U256(1) << 64); }),
        "gas limit: integer out of range");
    row("chain id over 64 bits", EditFields(type2, [](auto& f) { f[0] = UintItem(U256(1) << 64); }),
        "chain id: integer out of range");
    row("value over 256 bits", EditFields(type2, [](auto& f) { f[6] = RawItem(Bytes(33, 0x01)); }),
        "value: integer out of range");
    row("y parity 2", EditFields(type2, [](auto& f) { f[9] = UintItem(2); }), "y parity must be 0 or 1");
    row("y parity 256", EditFields(type2, [](auto& f) { f[9] = UintItem(256); }), "y parity must be 0 or 1");
    row("to of 19 bytes", EditFields(type2, [](auto& f) { f[5] = RawItem(Bytes(19, 0x11)); }),
        "to: expected a 20-byte address");
    row("to as a list", EditFields(type2, [](auto& f) { f[5] = rlp::Decode(MustHex("c0")).value(); }),
        "to: expected a 20-byte address");
    row("data as a list", EditFields(type2, [](auto& f) { f[7] = rlp::Decode(MustHex("c0")).value(); }),
        "data: expected a byte string");
    row("access list as a string", EditFields(type2, [](auto& f) { f[8] = RawItem({}); }),
        "access list: expected a list");
    row("access list entry of 3 items",
        EditFields(type2, [](auto& f) { f[8].items[0].items.push_back(RawItem({})); }),
        "each entry must be [address, [storage keys]]");
    row("access list keys not a list", EditFields(type2, [](auto& f) { f[8].items[0].items[1] = RawItem({}); }),
        "each entry must be [address, [storage keys]]");
    row("storage key of 31 bytes", EditFields(type2, [](auto& f) { f[8].items[0].items[1].items[0].bytes.pop_back(); }),
        "storage keys must be 32 bytes");
    row("access list address of 21 bytes",
        EditFields(type2, [](auto& f) { f[8].items[0].items[0].bytes.push_back(0x00); }),
        "access list address: expected a 20-byte address");
    row("r zero", EditFields(type2, [](auto& f) { f[10] = UintItem(0); }), "r is zero or not below the curve order");
    row("s zero", EditFields(type2, [](auto& f) { f[11] = UintItem(0); }), "s is zero or not below the curve order");
    row("s = n", EditFields(type2, [](auto& f) { f[11] = UintItem(kCurveOrder); }),
        "s is zero or not below the curve order");
    row("r = 5 (not on the curve)", EditFields(type2, [](auto& f) { f[10] = UintItem(5); }),
        "does not recover a public key");
  }

  void rejections() {
    QFETCH(QByteArray, raw);
    QFETCH(QString, message);
    const auto tx = DecodeTransaction(FromQByteArray(raw));
    QVERIFY(!tx.ok());
    QVERIFY(tx.status().IsInvalidArgument());
    QVERIFY2(QString::fromStdString(tx.status().message()).startsWith("invalid transaction: "),
             tx.status().ToString().c_str());
    QVERIFY2(QString::fromStdString(tx.status().message()).contains(message), tx.status().ToString().c_str());
  }

  // The same signature with s negated and the parity flipped recovers the same sender; EIP-2
  // refuses it so that no transaction has a second valid encoding (and hash).
  void highSIsRejected() {
    for (const QJsonObject& v : m_vectors) {
      auto tx = DecodeTransaction(MustHex(Str(v["raw"]).toStdString()));
      QVERIFY(tx.ok());
      Transaction flipped = *tx;
      flipped.signature.s = U256ToWord(kCurveOrder - *U256FromBytes(tx->signature.s));
      flipped.signature.y_parity ^= 1;
      const auto decoded = DecodeTransaction(EncodeTransaction(flipped));
      QVERIFY(!decoded.ok());
      QVERIFY2(QString::fromStdString(decoded.status().message()).contains("EIP-2"),
               decoded.status().ToString().c_str());
    }
  }

  void everyTruncationIsRejected() {
    for (const QJsonObject& v : m_vectors) {
      const Bytes raw = MustHex(Str(v["raw"]).toStdString());
      for (size_t length = 0; length < raw.size(); ++length) {
        const auto tx = DecodeTransaction(ByteSpan(raw).first(length));
        QVERIFY2(!tx.ok(), qPrintable(QStringLiteral("%1 accepted at %2 bytes").arg(Str(v["name"])).arg(length)));
        QVERIFY(tx.status().IsInvalidArgument());
      }
    }
  }

  // Random bit flips: never a crash, and whatever still decodes is exactly its own canonical
  // encoding, hashed as such.
  void mutationsDecodeCanonicallyOrFail() {
    std::mt19937 rng(155);
    int accepted = 0;
    for (const QJsonObject& v : m_vectors) {
      const Bytes raw = MustHex(Str(v["raw"]).toStdString());
      for (int round = 0; round < 300; ++round) {
        Bytes mutated = raw;
        const int flips = 1 + int(rng() % 2);
        for (int i = 0; i < flips; ++i) mutated[rng() % mutated.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
        const auto tx = DecodeTransaction(mutated);
        if (!tx.ok()) {
          QVERIFY(tx.status().IsInvalidArgument());
          continue;
        }
        ++accepted;
        QCOMPARE(Hex(EncodeTransaction(*tx)), Hex(mutated));
        QCOMPARE(Hex(tx->hash), Hex(crypto::Keccak256(mutated)));
      }
    }
    // Flips inside data or value leave a valid transaction from another sender.
    QVERIFY(accepted > 0);
  }

  void sizeLimit() {
    const crypto::SecretKey key = MustKey(kEip155Key);
    Transaction tx = FromVectorFields(Vector("type 2 chain 1 plain transfer"));
    tx.data.assign(tx_raw_bytes_max - 200, 0x5a);
    SignTransaction(tx, key);
    // Grow the data to land exactly on the limit; the length prefixes keep their size here.
    tx.data.resize(tx.data.size() + (tx_raw_bytes_max - tx.raw.size()), 0x5a);
    SignTransaction(tx, key);
    QCOMPARE(tx.raw.size(), tx_raw_bytes_max);
    const auto at_limit = DecodeTransaction(tx.raw);
    QVERIFY2(at_limit.ok(), at_limit.status().ToString().c_str());

    tx.data.push_back(0x5a);
    SignTransaction(tx, key);
    QCOMPARE(tx.raw.size(), tx_raw_bytes_max + 1);
    const auto over = DecodeTransaction(tx.raw);
    QVERIFY(!over.ok());
    QVERIFY2(QString::fromStdString(over.status().message()).contains("exceeds the limit"),
             over.status().ToString().c_str());
  }

  // ---- Fees ----

  void intrinsicGas() {
    Transaction tx;
    tx.to = MustAddress("0x1111111111111111111111111111111111111111");
    QCOMPARE(IntrinsicGas(tx), uint64_t{21000});
    tx.data = {0x00, 0x00, 0x01, 0x02};
    QCOMPARE(IntrinsicGas(tx), uint64_t{21000 + 2 * 4 + 2 * 16});
    tx.access_list = {{MustAddress("0x2222222222222222222222222222222222222222"), {Hash32{}, Hash32{}}},
                      {MustAddress("0x3333333333333333333333333333333333333333"), {}}};
    QCOMPARE(IntrinsicGas(tx), uint64_t{21000 + 2 * 4 + 2 * 16 + 2 * 2400 + 2 * 1900});
    tx.to.reset();
    QCOMPARE(IntrinsicGas(tx), uint64_t{21000 + 32000 + 2 * 4 + 2 * 16 + 2 * 2400 + 2 * 1900});
  }

  void effectivePriceAndTip_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("fee");       // gas_price, or max_fee_per_gas for type 2
    QTest::addColumn<QString>("priority");  // type 2 only
    QTest::addColumn<QString>("base_fee");
    QTest::addColumn<QString>("price");     // empty when not payable
    QTest::addColumn<QString>("tip");
    const QString max = QString::fromStdString(std::numeric_limits<U256>::max().str());
    const QString max_minus_1 = QString::fromStdString((std::numeric_limits<U256>::max() - 1).str());
    QTest::newRow("type 2 tip fits") << 2 << "200" << "30" << "100" << "130" << "30";
    QTest::newRow("type 2 tip fits exactly") << 2 << "200" << "30" << "170" << "200" << "30";
    QTest::newRow("type 2 tip capped") << 2 << "200" << "30" << "190" << "200" << "10";
    QTest::newRow("type 2 at max fee") << 2 << "200" << "30" << "200" << "200" << "0";
    QTest::newRow("type 2 not payable") << 2 << "200" << "30" << "201" << "" << "0";
    QTest::newRow("type 2 priority above max fee") << 2 << "200" << "300" << "100" << "200" << "100";
    QTest::newRow("type 2 huge fees do not overflow") << 2 << max << max << "1" << max << max_minus_1;
    QTest::newRow("legacy") << 0 << "50" << "0" << "20" << "50" << "30";
    QTest::newRow("legacy at base fee") << 0 << "50" << "0" << "50" << "50" << "0";
    QTest::newRow("legacy not payable") << 0 << "50" << "0" << "60" << "" << "0";
    QTest::newRow("type 1") << 1 << "50" << "0" << "49" << "50" << "1";
  }

  void effectivePriceAndTip() {
    QFETCH(int, type);
    QFETCH(QString, fee);
    QFETCH(QString, priority);
    QFETCH(QString, base_fee);
    QFETCH(QString, price);
    QFETCH(QString, tip);
    Transaction tx;
    tx.type = static_cast<TxType>(type);
    if (tx.type == TxType::DynamicFee) {
      tx.max_fee_per_gas = U256(fee.toStdString());
      tx.max_priority_fee_per_gas = U256(priority.toStdString());
    } else {
      tx.gas_price = U256(fee.toStdString());
    }
    const U256 base(base_fee.toStdString());
    QCOMPARE(Dec(MaxFeePerGas(tx)), fee);
    QCOMPARE(Dec(EffectiveTip(tx, base)), tip);
    QCOMPARE(MaxFeePerGas(tx) >= base, !price.isEmpty());
    if (!price.isEmpty()) QCOMPARE(Dec(EffectiveGasPrice(tx, base)), price);
  }

  void maxCost() {
    Transaction tx;
    tx.gas_limit = 21000;
    tx.max_fee_per_gas = U256(40'000'000'000);
    tx.value = U256("1000000000000000000");
    QCOMPARE(Dec(MaxCost(tx)), QStringLiteral("1000840000000000000"));
    tx.type = TxType::Legacy;
    tx.gas_price = 1;
    QCOMPARE(Dec(MaxCost(tx)), QStringLiteral("1000000000000021000"));

    // 2 * 2^255 is 2^256, which would wrap to 0 without saturation.
    const U256 max = std::numeric_limits<U256>::max();
    tx.gas_limit = 2;
    tx.gas_price = U256(1) << 255;
    tx.value = 0;
    QCOMPARE(Dec(MaxCost(tx)), Dec(max));
    tx.gas_limit = 1;
    tx.gas_price = max - 1;
    tx.value = 1;
    QCOMPARE(Dec(MaxCost(tx)), Dec(max));
    tx.value = 2;
    QCOMPARE(Dec(MaxCost(tx)), Dec(max));
    tx.gas_limit = 0;
    tx.value = max;
    QCOMPARE(Dec(MaxCost(tx)), Dec(max));

    const auto largest = DecodeTransaction(VectorRaw("type 2 chain 5115 largest value and fees"));
    QVERIFY(largest.ok());
    QCOMPARE(Dec(MaxCost(*largest)), Dec(max));
  }
};

QTEST_APPLESS_MAIN(TransactionTests)
#include "transaction_tests.moc"
