// Consensus WAL: records come back in order after reopen; every kind of torn or corrupted record is
// reported and everything after the last intact record zeroed; a reset log never hands back an
// older height's records; appends within the preallocation leave the file's size alone; a version 1
// log is read and rewritten; and a process killed mid-append, again and again on the same log,
// leaves a log whose recovered records are all intact and in order.

#include <QtTest/QtTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "ordo/storage/wal.h"
#include "ordo/util/crc32c.h"

using ordo::Bytes;
using ordo::ByteSpan;
using ordo::storage::ConsensusWal;
using ordo::storage::wal_grow_bytes;
using ordo::storage::wal_record_bytes_max;

namespace {

constexpr size_t header_bytes = 16;
constexpr qint64 records_start = 8;
const QByteArray magic = QByteArray::fromHex("4f52444f57414c02");  // "ORDOWAL\x02"

// Record i: its index (8 bytes BE) then a pattern derived from it, so a record that comes back
// intact but from the wrong place is caught too. Every 32nd is large enough to span many pages,
// which gives a SIGKILL the chance to land inside one write().
Bytes MakeRecord(uint64_t i) {
  const size_t length = (i % 32 == 31) ? 48 * 1024 + i % 1000 : 8 + (i * 37) % 500;
  Bytes r(length);
  for (size_t k = 0; k < 8; ++k) r[k] = static_cast<uint8_t>(i >> (56 - 8 * k));
  for (size_t k = 8; k < length; ++k) r[k] = static_cast<uint8_t>(i * 31 + k * 7);
  return r;
}

std::unique_ptr<ConsensusWal> OpenOrFail(const std::string& path) {
  auto wal = ConsensusWal::Open(path);
  if (!wal.ok()) qFatal("ConsensusWal::Open(%s): %s", path.c_str(), wal.status().ToString().c_str());
  return std::move(wal).value();
}

qint64 FileSize(const std::string& path) { return QFileInfo(QString::fromStdString(path)).size(); }

void Resize(const std::string& path, qint64 size) {
  QFile f(QString::fromStdString(path));
  if (!f.resize(size)) qFatal("resize %s failed", path.c_str());
}

void XorByte(const std::string& path, qint64 offset, uint8_t mask) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadWrite)) qFatal("open %s failed", path.c_str());
  f.seek(offset);
  char c = 0;
  if (!f.getChar(&c)) qFatal("read at %lld failed", offset);
  f.seek(offset);
  f.putChar(static_cast<char>(static_cast<uint8_t>(c) ^ mask));
}

QByteArray ReadFile(const std::string& path) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) qFatal("open %s failed", path.c_str());
  return f.readAll();
}

bool AllZeroFrom(const std::string& path, qint64 offset) {
  const QByteArray file = ReadFile(path);
  return std::all_of(file.begin() + offset, file.end(), [](char c) { return c == 0; });
}

// Offset just past the last non-zero byte: the end of what was written, as far as the file tells.
qint64 WrittenEnd(const std::string& path) {
  const QByteArray file = ReadFile(path);
  qint64 end = file.size();
  while (end > 0 && file[end - 1] == 0) --end;
  return end;
}

void Overwrite(const std::string& path, qint64 offset, const QByteArray& bytes) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadWrite)) qFatal("open %s failed", path.c_str());
  f.seek(offset);
  if (f.write(bytes) != bytes.size()) qFatal("write %s failed", path.c_str());
}

// The child of the crash test: appends records from the recovered count on, until killed. Never
// returns; only async-signal-safe-enough calls after fork (no Qt).
[[noreturn]] void AppendUntilKilled(const std::string& path, int ready_fd, uint64_t records_max) {
  auto opened = ConsensusWal::Open(path);
  if (!opened.ok()) _exit(2);
  ConsensusWal& wal = **opened;
  const uint64_t first = wal.recovered().size();
  const char ready = 1;
  if (write(ready_fd, &ready, 1) != 1) _exit(3);
  for (uint64_t i = first; i < first + records_max; ++i) {
    if (!wal.Append(MakeRecord(i), i % 4 == 0).ok()) _exit(4);
  }
  // Done before the kill: wait for it, so the parent always sees SIGKILL.
  for (;;) pause();
}

}  // namespace

class WalTests : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  std::string m_path;

  // Writes records 0..n-1 into a fresh log and returns the file offset where each record starts.
  std::vector<qint64> WriteRecords(size_t n) {
    std::vector<qint64> offsets;
    auto wal = OpenOrFail(m_path);
    qint64 offset = records_start;
    for (size_t i = 0; i < n; ++i) {
      offsets.push_back(offset);
      const Bytes r = MakeRecord(i);
      if (!wal->Append(r, true).ok()) qFatal("append failed");
      offset += static_cast<qint64>(header_bytes + r.size());
    }
    if (static_cast<qint64>(wal->end_offset()) != offset) qFatal("unexpected WAL end");
    return offsets;
  }

  // Reopens after damage and checks that exactly records 0..intact-1 survive, that the damage is
  // reported and everything after them zeroed, and that appending continues cleanly behind them.
  void ExpectCutAfter(size_t intact, qint64 damaged_end) {
    qint64 intact_end = records_start;
    for (size_t i = 0; i < intact; ++i) intact_end += static_cast<qint64>(header_bytes + MakeRecord(i).size());
    {
      auto wal = OpenOrFail(m_path);
      QCOMPARE(wal->recovered().size(), intact);
      for (size_t i = 0; i < intact; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
      QVERIFY(wal->truncated_bytes() > 0);
      QVERIFY(wal->truncated_bytes() <= static_cast<uint64_t>(damaged_end - intact_end));
      QCOMPARE(static_cast<qint64>(wal->end_offset()), intact_end);
      QVERIFY(AllZeroFrom(m_path, intact_end));
      QVERIFY(wal->Append(MakeRecord(intact), true).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
    QCOMPARE(wal->recovered().size(), intact + 1);
    for (size_t i = 0; i <= intact; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
  }

 private slots:
  void init() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath("consensus.wal").toStdString();
    QFile::remove(QString::fromStdString(m_path));
  }

  void NewLogIsEmpty() {
    auto wal = OpenOrFail(m_path);
    QVERIFY(wal->recovered().empty());
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
    QVERIFY(QFileInfo::exists(QString::fromStdString(m_path)));
    // Preallocated: the magic, then zeros.
    QCOMPARE(FileSize(m_path), static_cast<qint64>(wal_grow_bytes));
    QVERIFY(ReadFile(m_path).startsWith(magic));
    QVERIFY(AllZeroFrom(m_path, records_start));
    QCOMPARE(static_cast<qint64>(wal->end_offset()), records_start);
  }

  void ReopenRecoversInOrder() {
    {
      auto wal = OpenOrFail(m_path);
      for (uint64_t i = 0; i < 40; ++i) QVERIFY(wal->Append(MakeRecord(i), i % 2 == 0).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
    QCOMPARE(wal->recovered().size(), size_t{40});
    for (uint64_t i = 0; i < 40; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
    // Appending to a reopened log continues after the recovered records.
    QVERIFY(wal->Append(MakeRecord(40), true).ok());
    wal.reset();
    QCOMPARE(OpenOrFail(m_path)->recovered().size(), size_t{41});
  }

  // Magic, then length, CRC-32C over (epoch ‖ payload), epoch, payload; zeros after. The CRC was
  // computed independently (bitwise CRC-32C, polynomial 0x82F63B78).
  void RecordLayoutIsLengthCrcEpochPayload() {
    QVERIFY(OpenOrFail(m_path)->Append(ordo::AsBytes("123456789"), true).ok());
    const QByteArray expected = magic + QByteArray::fromHex("000000094958226c0000000000000001") + QByteArray("123456789");
    QVERIFY(ReadFile(m_path).startsWith(expected));
    QVERIFY(AllZeroFrom(m_path, expected.size()));
  }

  void TornHeaderIsCut() {
    const auto offsets = WriteRecords(3);
    const qint64 damaged = offsets[2] + 5;
    Resize(m_path, damaged);
    ExpectCutAfter(2, damaged);
    QCOMPARE(FileSize(m_path), static_cast<qint64>(wal_grow_bytes));  // grew back by a whole step
  }

  void TornPayloadIsCut() {
    const auto offsets = WriteRecords(3);
    const qint64 damaged = offsets[2] + static_cast<qint64>(header_bytes) + 3;
    Resize(m_path, damaged);
    ExpectCutAfter(2, damaged);
  }

  void FlippedPayloadByteIsCut() {
    const auto offsets = WriteRecords(4);
    const qint64 size = WrittenEnd(m_path);
    XorByte(m_path, offsets[1] + static_cast<qint64>(header_bytes) + 4, 0x01);
    ExpectCutAfter(1, size);
  }

  void FlippedCrcIsCut() {
    const auto offsets = WriteRecords(4);
    const qint64 size = WrittenEnd(m_path);
    XorByte(m_path, offsets[2] + 6, 0x80);
    ExpectCutAfter(2, size);
  }

  void GarbageLengthIsCut() {
    const auto offsets = WriteRecords(4);
    const qint64 size = WrittenEnd(m_path);
    Overwrite(m_path, offsets[3], QByteArray::fromHex("ffffffff"));
    ExpectCutAfter(3, size);
  }

  // A length that fits the file but not the bound is as untrustworthy as one that does not fit.
  void LengthOverBoundIsCut() {
    const auto offsets = WriteRecords(2);
    // Length over the bound, any CRC, this log's epoch (1), and payload bytes to match.
    QByteArray huge = QByteArray::fromHex("00400001") + QByteArray(4, '\0') + QByteArray::fromHex("0000000000000001");
    huge += QByteArray(static_cast<qsizetype>(wal_record_bytes_max + 1), 'x');
    const qint64 start = offsets[1] + static_cast<qint64>(header_bytes + MakeRecord(1).size());
    Overwrite(m_path, start, huge);
    ExpectCutAfter(2, start + huge.size());
  }

  // The CRC of an empty payload is 0, so the preallocated zeros would pass as empty records if a
  // zero length were accepted; they are the log's normal end, not damage, also past a whole step.
  void ZeroFilledTailEndsTheLog() {
    WriteRecords(3);
    Resize(m_path, FileSize(m_path) + 4096);
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->recovered().size(), size_t{3});
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
  }

  void CorruptFirstRecordLeavesEmptyLog() {
    WriteRecords(2);
    const qint64 size = WrittenEnd(m_path);
    XorByte(m_path, records_start + 9, 0x10);  // the epoch's bytes are covered by the CRC
    ExpectCutAfter(0, size);
  }

  // A version 1 log (earlier builds: no magic, no epoch) keeps its records: read, rewritten in the
  // current format with its torn tail dropped, and appended to as usual.
  void Version1LogIsReadAndRewritten() {
    QByteArray v1;
    for (uint64_t i = 0; i < 5; ++i) {
      const Bytes r = MakeRecord(i);
      const uint32_t crc = ordo::Crc32c(r);
      const uint32_t length = static_cast<uint32_t>(r.size());
      for (int k = 3; k >= 0; --k) v1.append(static_cast<char>(length >> (8 * k)));
      for (int k = 3; k >= 0; --k) v1.append(static_cast<char>(crc >> (8 * k)));
      v1.append(reinterpret_cast<const char*>(r.data()), static_cast<qsizetype>(r.size()));
    }
    v1.append("\x00\x00\x07", 3);
    Overwrite(m_path, 0, v1);
    {
      auto wal = OpenOrFail(m_path);
      QCOMPARE(wal->recovered().size(), size_t{5});
      for (uint64_t i = 0; i < 5; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
      QCOMPARE(wal->truncated_bytes(), uint64_t{3});
      QVERIFY(ReadFile(m_path).startsWith(magic));
      QVERIFY(!QFileInfo::exists(QString::fromStdString(m_path + ".tmp")));
      QVERIFY(wal->Append(MakeRecord(5), true).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
    QCOMPARE(wal->recovered().size(), size_t{6});
    for (uint64_t i = 0; i < 6; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
  }

  // The point of the format: synced appends write into preallocated blocks, so the file's size only
  // changes when a whole step is added, and a log that grew keeps every record.
  void AppendsStayWithinThePreallocation() {
    auto wal = OpenOrFail(m_path);
    for (uint64_t i = 0; i < 100; ++i) QVERIFY(wal->Append(Bytes(200, static_cast<uint8_t>(i)), i % 10 == 0).ok());
    QCOMPARE(FileSize(m_path), static_cast<qint64>(wal_grow_bytes));
    uint64_t count = 100;
    while (wal->end_offset() <= wal_grow_bytes + 1000) QVERIFY(wal->Append(MakeRecord(count++), false).ok());
    QVERIFY(wal->Sync().ok());
    QCOMPARE(FileSize(m_path), static_cast<qint64>(2 * wal_grow_bytes));
    wal.reset();
    auto reopened = OpenOrFail(m_path);
    QCOMPARE(reopened->recovered().size(), static_cast<size_t>(count));
    for (uint64_t i = 0; i < 100; ++i) QCOMPARE(reopened->recovered()[i], Bytes(200, static_cast<uint8_t>(i)));
    for (uint64_t i = 100; i < count; ++i) QCOMPARE(reopened->recovered()[i], MakeRecord(i));
  }

  // Records after a damaged one may have reached the disk before it did. Open zeroes them, so an
  // append of the same size in the damaged record's place cannot bring them back into the log.
  void RecordsAfterDamageNeverComeBack() {
    const auto offsets = WriteRecords(4);
    XorByte(m_path, offsets[1] + static_cast<qint64>(header_bytes) + 2, 0x04);
    const Bytes replacement(MakeRecord(1).size(), 0x5A);
    {
      auto wal = OpenOrFail(m_path);
      QCOMPARE(wal->recovered().size(), size_t{1});
      QVERIFY(wal->Append(replacement, true).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->recovered().size(), size_t{2});
    QCOMPARE(wal->recovered()[0], MakeRecord(0));
    QCOMPARE(wal->recovered()[1], replacement);
  }

  void ResetEmpties() {
    {
      auto wal = OpenOrFail(m_path);
      for (uint64_t i = 0; i < 5; ++i) QVERIFY(wal->Append(MakeRecord(i), false).ok());
      QVERIFY(wal->Reset().ok());
      QCOMPARE(static_cast<qint64>(wal->end_offset()), records_start);
      QVERIFY(wal->Append(MakeRecord(0), true).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->truncated_bytes(), uint64_t{0});
    QCOMPARE(wal->recovered().size(), size_t{1});
    QCOMPARE(wal->recovered()[0], MakeRecord(0));
  }

  // Reset leaves the older records in the file. Here the new epoch's record ends exactly where an
  // older record begins, so only the epoch tells them apart: the reader must stop there, across a
  // reopen (no crash) and across a log that was never reopened in between.
  void ResetNeverHandsBackOlderRecords() {
    const Bytes first(MakeRecord(0).size(), 0xA5);
    {
      auto wal = OpenOrFail(m_path);
      for (uint64_t i = 0; i < 3; ++i) QVERIFY(wal->Append(MakeRecord(i), true).ok());
      QVERIFY(wal->Reset().ok());
      QVERIFY(wal->Append(first, true).ok());
    }
    {
      auto wal = OpenOrFail(m_path);
      QCOMPARE(wal->truncated_bytes(), uint64_t{0});  // older records are not damage
      QCOMPARE(wal->recovered().size(), size_t{1});
      QCOMPARE(wal->recovered()[0], first);
      // Two more heights on the reopened log, the last one shorter than the one before.
      QVERIFY(wal->Reset().ok());
      for (uint64_t i = 0; i < 3; ++i) QVERIFY(wal->Append(MakeRecord(i), true).ok());
      QVERIFY(wal->Reset().ok());
      QVERIFY(wal->Append(first, true).ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->recovered().size(), size_t{1});
    QCOMPARE(wal->recovered()[0], first);
  }

  // Unsynced appends made durable by one Sync, called from another thread as the node does while
  // its strand flushes the signer state.
  void SyncFromAnotherThreadKeepsAppends() {
    {
      auto wal = OpenOrFail(m_path);
      for (uint64_t i = 0; i < 3; ++i) QVERIFY(wal->Append(MakeRecord(i), false).ok());
      ordo::Status synced = ordo::Status::IoError("not run");
      std::thread t([&] { synced = wal->Sync(); });
      t.join();
      QVERIFY2(synced.ok(), synced.ToString().c_str());
      QVERIFY(wal->Append(MakeRecord(3), false).ok());
      QVERIFY(wal->Sync().ok());
    }
    auto wal = OpenOrFail(m_path);
    QCOMPARE(wal->recovered().size(), size_t{4});
    for (uint64_t i = 0; i < 4; ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
  }

  void RejectsEmptyAndOversizeRecords() {
    auto wal = OpenOrFail(m_path);
    QVERIFY(wal->Append(ByteSpan(), true).IsInvalidArgument());
    QVERIFY(wal->Append(Bytes(wal_record_bytes_max + 1, 0xAB), true).IsInvalidArgument());
    QCOMPARE(static_cast<qint64>(wal->end_offset()), records_start);
    QVERIFY(AllZeroFrom(m_path, records_start));
    // The bound itself is allowed, and the rejections did not disturb the log.
    QVERIFY(wal->Append(Bytes(wal_record_bytes_max, 0xCD), true).ok());
    wal.reset();
    auto reopened = OpenOrFail(m_path);
    QCOMPARE(reopened->recovered().size(), size_t{1});
    QCOMPARE(reopened->recovered()[0], Bytes(wal_record_bytes_max, 0xCD));
  }

  void OpenFailsInMissingDirectory() {
    auto wal = ConsensusWal::Open(m_dir.filePath("no/such/dir/consensus.wal").toStdString());
    QVERIFY(!wal.ok());
    QVERIFY(wal.status().IsIoError());
  }

  // SIGKILL at a random moment, repeatedly, on the same log: each run recovers what the previous
  // ones left and appends behind it. Every recovered record must be exactly record i at index i.
  void SurvivesKillDuringAppend() {
    constexpr int runs = 8;
    constexpr uint64_t records_per_run_max = 3000;
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<int> delay_us(0, 30000);
    std::uniform_int_distribution<qint64> chop_bytes(1, 64 * 1024);
    uint64_t cut_runs = 0;
    for (int run = 0; run < runs; ++run) {
      int pipe_fds[2];
      QCOMPARE(pipe(pipe_fds), 0);
      const pid_t child = fork();
      QVERIFY(child >= 0);
      if (child == 0) {
        close(pipe_fds[0]);
        AppendUntilKilled(m_path, pipe_fds[1], records_per_run_max);
      }
      close(pipe_fds[1]);
      char ready = 0;
      const ssize_t got = read(pipe_fds[0], &ready, 1);
      close(pipe_fds[0]);
      std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
      QCOMPARE(kill(child, SIGKILL), 0);
      int status = 0;
      QCOMPARE(waitpid(child, &status, 0), child);
      QCOMPARE(got, ssize_t{1});
      QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
               qPrintable(QStringLiteral("child exited with status %1").arg(status)));

      // A SIGKILL loses nothing already in the page cache, and on Linux it did not split a
      // write() in practice; so on odd runs also zero a random stretch at the end of what was
      // written, as a power loss of unsynced bytes would, to make later runs recover from and
      // append behind a real tear.
      if (run % 2 == 1) {
        const qint64 end = WrittenEnd(m_path);
        const qint64 from = std::max<qint64>(records_start, end - chop_bytes(rng));
        if (end > from) Overwrite(m_path, from, QByteArray(end - from, '\0'));
      }
      auto wal = OpenOrFail(m_path);
      for (size_t i = 0; i < wal->recovered().size(); ++i) QCOMPARE(wal->recovered()[i], MakeRecord(i));
      if (wal->truncated_bytes() > 0) ++cut_runs;
    }
    auto wal = OpenOrFail(m_path);
    QVERIFY(!wal->recovered().empty());
    QVERIFY(cut_runs > 0);
    qInfo("%zu records after %d kills; %llu recoveries cut a torn tail", wal->recovered().size(), runs,
          static_cast<unsigned long long>(cut_runs));
  }
};

QTEST_APPLESS_MAIN(WalTests)
#include "wal_tests.moc"
