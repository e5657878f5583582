// Keccak-256 known answers, including the padding that sets it apart from FIPS 202 SHA3-256 and
// inputs around the 136-byte rate where the sponge absorbs a second block.

#include <QtTest>

#include <string>

#include "ordo/crypto/keccak.h"
#include "ordo/util/bytes.h"

using namespace ordo;
using namespace ordo::crypto;

class KeccakTests : public QObject {
  Q_OBJECT

 private slots:
  void knownAnswers_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    // SHA3-256 of the empty string would be a7ffc6f8...: the padding differs.
    QTest::newRow("empty") << QByteArray()
                           << "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
    QTest::newRow("abc") << QByteArray("abc")
                         << "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
    QTest::newRow("quick brown fox")
        << QByteArray("The quick brown fox jumps over the lazy dog")
        << "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15";
    // The next three were computed with ethers (tests/interop) as an independent implementation.
    QTest::newRow("rate - 1") << QByteArray(135, 'a')
                              << "34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446";
    QTest::newRow("rate") << QByteArray(136, 'a')
                          << "a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e";
    QTest::newRow("rate + 1") << QByteArray(137, 'a')
                              << "d869f639c7046b4929fc92a4d988a8b22c55fbadb802c0c66ebcd484f1915f39";
  }

  void knownAnswers() {
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Hash32 digest = Keccak256(AsBytes(std::string_view(input.constData(), size_t(input.size()))));
    QCOMPARE(QString::fromStdString(ToHex(digest)), expected);
  }
};

QTEST_APPLESS_MAIN(KeccakTests)
#include "keccak_tests.moc"
