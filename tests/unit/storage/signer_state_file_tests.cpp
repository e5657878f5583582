// Signer state file: exact round trips, atomic replacement without leftovers, and rejection of any
// damaged or foreign file (a signer must never trust a state it cannot vouch for).

#include <QtTest/QtTest>

#include <string>

#include "ordo/storage/signer_state_file.h"
#include "ordo/util/crc32c.h"

using ordo::Bytes;
using ordo::Hash32;
using ordo::consensus::SignerState;
using ordo::consensus::SignStep;
using ordo::storage::LoadSignerState;
using ordo::storage::SaveSignerState;
using ordo::storage::SignerStateFile;

namespace {

constexpr qint64 file_bytes = 51;  // 47-byte payload + CRC-32C

SignerState Sample(uint64_t height, int32_t round, SignStep step, uint8_t fill) {
  Hash32 hash{};
  for (size_t i = 0; i < hash.size(); ++i) hash[i] = static_cast<uint8_t>(fill + i);
  return SignerState{height, round, step, hash, true};
}

QByteArray ReadFile(const std::string& path) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) qFatal("open %s failed", path.c_str());
  return f.readAll();
}

void WriteFile(const std::string& path, const QByteArray& bytes) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("open %s failed", path.c_str());
  if (f.write(bytes) != bytes.size()) qFatal("write %s failed", path.c_str());
}

// Re-seals a payload with a correct CRC, to reach the checks behind the checksum.
QByteArray Seal(QByteArray payload) {
  const uint32_t crc = ordo::Crc32c(ordo::ByteSpan(reinterpret_cast<const uint8_t*>(payload.data()),
                                                   static_cast<size_t>(payload.size())));
  for (int shift = 24; shift >= 0; shift -= 8) payload.append(static_cast<char>(crc >> shift));
  return payload;
}

}  // namespace

class SignerStateFileTests : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  std::string m_path;

  void ExpectCorruption() {
    auto loaded = LoadSignerState(m_path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.status().IsCorruption(), loaded.status().ToString().c_str());
  }

 private slots:
  void init() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath("signer_state").toStdString();
    QFile::remove(QString::fromStdString(m_path));
  }

  void MissingFileIsNullopt() {
    auto loaded = LoadSignerState(m_path);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->has_value());
  }

  void RoundTrip() {
    const SignerState states[] = {
        SignerState{},
        Sample(1, 0, SignStep::Proposal, 0x10),
        Sample(987654321012345ull, 7, SignStep::Prevote, 0xA0),
        Sample(UINT64_MAX, ordo::consensus::round_max, SignStep::Precommit, 0xF0),
    };
    for (const SignerState& state : states) {
      QVERIFY(SaveSignerState(m_path, state).ok());
      auto loaded = LoadSignerState(m_path);
      QVERIFY(loaded.ok());
      QVERIFY(loaded->has_value());
      QVERIFY(**loaded == state);
    }
  }

  void LayoutIsPinned() {
    QVERIFY(SaveSignerState(m_path, Sample(0x0102030405060708ull, 9, SignStep::Prevote, 0)).ok());
    const QByteArray file = ReadFile(m_path);
    QCOMPARE(file.size(), file_bytes);
    QByteArray payload = QByteArray::fromHex("01" "0102030405060708" "00000009" "02");
    for (int i = 0; i < 32; ++i) payload.append(static_cast<char>(i));
    payload.append('\x01');
    QCOMPARE(file, Seal(payload));
  }

  void OverwriteReplacesAndLeavesNoTemporary() {
    const SignerState first = Sample(10, 0, SignStep::Prevote, 1);
    const SignerState second = Sample(10, 1, SignStep::Proposal, 2);
    QVERIFY(SaveSignerState(m_path, first).ok());
    QVERIFY(SaveSignerState(m_path, second).ok());
    auto loaded = LoadSignerState(m_path);
    QVERIFY(loaded.ok() && loaded->has_value());
    QVERIFY(**loaded == second);
    QVERIFY(!QFileInfo::exists(QString::fromStdString(m_path + ".tmp")));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"signer_state"});
  }

  // A .tmp left by a crash in the middle of Save is neither read nor in the way.
  void StaleTemporaryIsIgnoredAndReplaced() {
    const SignerState state = Sample(5, 2, SignStep::Precommit, 3);
    QVERIFY(SaveSignerState(m_path, state).ok());
    WriteFile(m_path + ".tmp", "torn");
    auto loaded = LoadSignerState(m_path);
    QVERIFY(loaded.ok() && loaded->has_value() && **loaded == state);
    QVERIFY(SaveSignerState(m_path, Sample(6, 0, SignStep::Proposal, 4)).ok());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(m_path + ".tmp")));
  }

  void EveryFlippedByteIsCorruption() {
    QVERIFY(SaveSignerState(m_path, Sample(42, 3, SignStep::Prevote, 9)).ok());
    const QByteArray good = ReadFile(m_path);
    for (int i = 0; i < good.size(); ++i) {
      QByteArray bad = good;
      bad[i] = static_cast<char>(bad[i] ^ 0x04);
      WriteFile(m_path, bad);
      ExpectCorruption();
    }
  }

  void TruncatedOrExtendedIsCorruption() {
    QVERIFY(SaveSignerState(m_path, Sample(42, 3, SignStep::Prevote, 9)).ok());
    const QByteArray good = ReadFile(m_path);
    for (int size : {0, 1, 46, 47, 50}) {
      WriteFile(m_path, good.left(size));
      ExpectCorruption();
    }
    WriteFile(m_path, good + QByteArray(1, '\0'));
    ExpectCorruption();
  }

  // Fields a valid CRC cannot excuse: an unknown version, step or bool encoding, or a round below nil.
  void InvalidFieldsBehindValidCrcAreCorruption() {
    QVERIFY(SaveSignerState(m_path, Sample(42, 3, SignStep::Prevote, 9)).ok());
    const QByteArray payload = ReadFile(m_path).left(47);
    const struct {
      int offset;
      QByteArray bytes;
    } cases[] = {
        {0, QByteArray(1, '\x02')},              // version 2
        {0, QByteArray(1, '\x00')},              // version 0
        {13, QByteArray(1, '\x00')},             // step 0
        {13, QByteArray(1, '\x04')},             // step 4
        {46, QByteArray(1, '\x02')},             // signed_any not 0/1
        {9, QByteArray::fromHex("fffffffe")},    // round -2
    };
    for (const auto& c : cases) {
      QByteArray bad = payload;
      bad.replace(c.offset, c.bytes.size(), c.bytes);
      WriteFile(m_path, Seal(bad));
      ExpectCorruption();
    }
    // The sealing itself is sound: the unmodified payload loads.
    WriteFile(m_path, Seal(payload));
    QVERIFY(LoadSignerState(m_path).ok());
  }

  // The node's in-place file: both copies written by every save, one flush.
  void SlottedFileRoundTripsAndReopens() {
    auto f = SignerStateFile::Open(m_path);
    QVERIFY(f.ok());
    QVERIFY(!(*f)->state().has_value());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(m_path)));  // created by the first save
    const SignerState states[] = {Sample(1, 0, SignStep::Proposal, 1), Sample(1, 0, SignStep::Prevote, 2),
                                  Sample(2, 3, SignStep::Precommit, 3)};
    for (const SignerState& state : states) {
      QVERIFY((*f)->Save(state).ok());
      QVERIFY((*f)->state() == state);
      const QByteArray file = ReadFile(m_path);
      QCOMPARE(file.size(), 8192);
      QCOMPARE(file.mid(0, 4096), file.mid(4096, 4096));
      auto loaded = LoadSignerState(m_path);
      QVERIFY(loaded.ok() && loaded->has_value() && **loaded == state);
    }
    f->reset();
    auto reopened = SignerStateFile::Open(m_path);
    QVERIFY(reopened.ok());
    QVERIFY((*reopened)->state() == states[2]);
    QVERIFY((*reopened)->damaged().empty());
    QVERIFY((*reopened)->Save(Sample(3, 0, SignStep::Proposal, 4)).ok());
    QVERIFY(**LoadSignerState(m_path) == Sample(3, 0, SignStep::Proposal, 4));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"signer_state"});
  }

  void SlottedLayoutIsPinned() {
    auto f = SignerStateFile::Open(m_path);
    QVERIFY(f.ok());
    QVERIFY((*f)->Save(Sample(0x0102030405060708ull, 9, SignStep::Prevote, 0)).ok());
    QByteArray payload = QByteArray::fromHex("02" "0000000000000001" "0102030405060708" "00000009" "02");
    for (int i = 0; i < 32; ++i) payload.append(static_cast<char>(i));
    payload.append('\x01');
    QByteArray page = Seal(payload);
    page.append(QByteArray(4096 - page.size(), '\0'));
    QCOMPARE(ReadFile(m_path), page + page);
  }

  // A version 1 file (one record, replaced by rename) is read, and the first save converts it.
  void Version1FileIsConverted() {
    const SignerState old_state = Sample(7, 1, SignStep::Precommit, 5);
    QVERIFY(SaveSignerState(m_path, old_state).ok());
    QCOMPARE(ReadFile(m_path).size(), file_bytes);
    auto f = SignerStateFile::Open(m_path);
    QVERIFY(f.ok());
    QVERIFY((*f)->state() == old_state);
    QVERIFY((*f)->Save(Sample(8, 0, SignStep::Proposal, 6)).ok());
    QCOMPARE(ReadFile(m_path).size(), 8192);
    QVERIFY(**LoadSignerState(m_path) == Sample(8, 0, SignStep::Proposal, 6));
  }

  // A crash tears at most one copy; the other is the state before the save that never returned
  // (or, for damage after a save, the newest state itself).
  void OneDamagedCopyUsesTheOther() {
    auto f = SignerStateFile::Open(m_path);
    QVERIFY(f.ok());
    QVERIFY((*f)->Save(Sample(5, 0, SignStep::Prevote, 1)).ok());
    const QByteArray before = ReadFile(m_path);
    QVERIFY((*f)->Save(Sample(5, 0, SignStep::Precommit, 2)).ok());
    const QByteArray after = ReadFile(m_path);
    f->reset();
    QByteArray torn = after.left(4096) + before.mid(4096);  // page 0 written, page 1 not yet
    torn[4096 + 20] = static_cast<char>(torn[4096 + 20] ^ 0x10);  // and page 1 half-written
    WriteFile(m_path, torn);
    auto opened = SignerStateFile::Open(m_path);
    QVERIFY(opened.ok());
    QVERIFY((*opened)->state() == Sample(5, 0, SignStep::Precommit, 2));
    QVERIFY(!(*opened)->damaged().empty());
    opened->reset();
    torn = before.left(4096) + after.mid(4096);
    torn[10] = static_cast<char>(torn[10] ^ 0x01);  // page 0 torn: page 1 is the state after the save
    WriteFile(m_path, torn);
    QVERIFY(**LoadSignerState(m_path) == Sample(5, 0, SignStep::Precommit, 2));
    torn = after.left(4096) + before.mid(4096);  // both intact, one save apart: the newer
    WriteFile(m_path, torn);
    QVERIFY(**LoadSignerState(m_path) == Sample(5, 0, SignStep::Precommit, 2));
    auto rewritten = SignerStateFile::Open(m_path);
    QVERIFY(rewritten.ok());
    QVERIFY((*rewritten)->Save(Sample(6, 0, SignStep::Proposal, 3)).ok());
    const QByteArray repaired = ReadFile(m_path);
    QCOMPARE(repaired.mid(0, 4096), repaired.mid(4096, 4096));
  }

  void BothCopiesDamagedOrFarApartIsCorruption() {
    auto f = SignerStateFile::Open(m_path);
    QVERIFY(f.ok());
    QVERIFY((*f)->Save(Sample(5, 0, SignStep::Prevote, 1)).ok());
    const QByteArray first = ReadFile(m_path);
    QVERIFY((*f)->Save(Sample(5, 0, SignStep::Precommit, 2)).ok());
    QVERIFY((*f)->Save(Sample(6, 0, SignStep::Prevote, 3)).ok());
    const QByteArray third = ReadFile(m_path);
    f->reset();
    // Every byte of the record flipped in both copies.
    for (int i = 0; i < 59; ++i) {
      QByteArray bad = third;
      bad[i] = static_cast<char>(bad[i] ^ 0x04);
      bad[4096 + i] = static_cast<char>(bad[4096 + i] ^ 0x04);
      WriteFile(m_path, bad);
      ExpectCorruption();
      QVERIFY(!SignerStateFile::Open(m_path).ok());
    }
    // Non-zero bytes after the record in both pages.
    QByteArray padded = third;
    padded[100] = 1;
    padded[4096 + 4000] = 1;
    WriteFile(m_path, padded);
    ExpectCorruption();
    // Intact copies two saves apart: not something a save can leave.
    WriteFile(m_path, first.left(4096) + third.mid(4096));
    ExpectCorruption();
    WriteFile(m_path, QByteArray(8192, '\0'));
    ExpectCorruption();
  }

  void UnreadablePathIsIoError() {
    const std::string dir_path = m_dir.filePath("a_directory").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(dir_path)));
    auto loaded = LoadSignerState(dir_path);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.status().IsIoError());
    QVERIFY(SaveSignerState(m_dir.filePath("missing/dir/state").toStdString(), SignerState{}).IsIoError());
  }
};

QTEST_APPLESS_MAIN(SignerStateFileTests)
#include "signer_state_file_tests.moc"
