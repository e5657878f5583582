// RocksDB database: column families are separate key spaces, batches are atomic across them, data
// survives a reopen, iteration is in key order and stoppable, and synced writes are counted.

#include <QtTest/QtTest>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ordo/storage/database.h"

using ordo::AsBytes;
using ordo::Bytes;
using ordo::ByteSpan;
using ordo::storage::Column;
using ordo::storage::column_count;
using ordo::storage::ColumnName;
using ordo::storage::Database;

namespace {

Bytes B(std::string_view s) { return Bytes(s.begin(), s.end()); }

std::unique_ptr<Database> OpenOrFail(const std::string& path) {
  auto db = Database::Open(path);
  if (!db.ok()) qFatal("Database::Open(%s): %s", path.c_str(), db.status().ToString().c_str());
  return std::move(db).value();
}

std::optional<Bytes> GetOrFail(const Database& db, Column c, std::string_view key) {
  auto v = db.Get(c, AsBytes(key));
  if (!v.ok()) qFatal("Get: %s", v.status().ToString().c_str());
  return *v;
}

std::vector<std::pair<Bytes, Bytes>> Collect(const Database& db, Column c, size_t limit = SIZE_MAX) {
  std::vector<std::pair<Bytes, Bytes>> out;
  const auto s = db.ForEach(c, [&](ByteSpan k, ByteSpan v) {
    out.emplace_back(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
    return out.size() < limit;
  });
  if (!s.ok()) qFatal("ForEach: %s", s.ToString().c_str());
  return out;
}

}  // namespace

class DatabaseTests : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<QTemporaryDir> m_dir;
  std::string m_path;

 private slots:
  void init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A path below a missing directory: Open creates it.
    m_path = m_dir->filePath("node/db").toStdString();
  }

  void ColumnNamesAreDistinct() {
    QSet<QString> names;
    for (int i = 0; i < column_count; ++i) names.insert(QString::fromLatin1(ColumnName(static_cast<Column>(i))));
    QCOMPARE(names.size(), column_count);
    QCOMPARE(QString::fromLatin1(ColumnName(Column::BlockIndex)), QStringLiteral("block_index"));
  }

  void PutGetAcrossFamilies() {
    auto db = OpenOrFail(m_path);
    Database::Batch batch;
    for (int i = 0; i < column_count; ++i) {
      batch.Put(static_cast<Column>(i), AsBytes("key"), B("value of " + std::to_string(i)));
    }
    QCOMPARE(batch.count(), size_t(column_count));
    QVERIFY(db->Write(batch, false).ok());
    // The same key is a different record in every family.
    for (int i = 0; i < column_count; ++i) {
      QCOMPARE(GetOrFail(*db, static_cast<Column>(i), "key"), std::optional<Bytes>(B("value of " + std::to_string(i))));
    }
  }

  void MissingKeyIsNullopt() {
    auto db = OpenOrFail(m_path);
    QVERIFY(!GetOrFail(*db, Column::Blocks, "absent").has_value());
    Database::Batch batch;
    batch.Put(Column::Receipts, AsBytes("only-here"), AsBytes("r"));
    QVERIFY(db->Write(batch, false).ok());
    QVERIFY(!GetOrFail(*db, Column::Blocks, "only-here").has_value());
    // An empty value is present, not absent.
    Database::Batch empty_value;
    empty_value.Put(Column::Meta, AsBytes("empty"), ByteSpan());
    QVERIFY(db->Write(empty_value, false).ok());
    QCOMPARE(GetOrFail(*db, Column::Meta, "empty"), std::optional<Bytes>(Bytes()));
  }

  void BatchIsAppliedWhole() {
    auto db = OpenOrFail(m_path);
    Database::Batch setup;
    setup.Put(Column::State, AsBytes("gone"), AsBytes("x"));
    QVERIFY(db->Write(setup, true).ok());

    Database::Batch batch;
    batch.Put(Column::Blocks, AsBytes("h1"), AsBytes("block"));
    batch.Put(Column::BlockIndex, AsBytes("1"), AsBytes("h1"));
    batch.Delete(Column::State, AsBytes("gone"));
    batch.Put(Column::Meta, AsBytes("head"), AsBytes("h0"));
    batch.Put(Column::Meta, AsBytes("head"), AsBytes("h1"));  // later operations win
    QCOMPARE(batch.count(), size_t{5});
    // Nothing is visible before Write.
    QVERIFY(!GetOrFail(*db, Column::Blocks, "h1").has_value());
    QVERIFY(db->Write(batch, true).ok());
    QCOMPARE(GetOrFail(*db, Column::Blocks, "h1"), std::optional<Bytes>(B("block")));
    QCOMPARE(GetOrFail(*db, Column::BlockIndex, "1"), std::optional<Bytes>(B("h1")));
    QVERIFY(!GetOrFail(*db, Column::State, "gone").has_value());
    QCOMPARE(GetOrFail(*db, Column::Meta, "head"), std::optional<Bytes>(B("h1")));
  }

  void OperationsOnOneKeyKeepTheirOrder() {
    // Write replays a batch in key order; operations on one key must still apply in the order given.
    auto db = OpenOrFail(m_path);
    Database::Batch batch;
    for (int round = 0; round < 3; ++round) {
      for (int k = 9; k >= 0; --k) {
        const std::string key = "k" + std::to_string(k);
        if ((k + round) % 3 == 0) {
          batch.Delete(Column::TxIndex, AsBytes(key));
        } else {
          batch.Put(Column::TxIndex, AsBytes(key), AsBytes("r" + std::to_string(round)));
        }
        batch.Put(Column::Meta, AsBytes(key), AsBytes("m" + std::to_string(round)));
      }
    }
    QVERIFY(db->Write(batch, false).ok());
    for (int k = 0; k <= 9; ++k) {
      const std::string key = "k" + std::to_string(k);
      const std::optional<Bytes> expected = (k + 2) % 3 == 0 ? std::nullopt : std::optional<Bytes>(B("r2"));
      QCOMPARE(GetOrFail(*db, Column::TxIndex, key), expected);
      QCOMPARE(GetOrFail(*db, Column::Meta, key), std::optional<Bytes>(B("m2")));
    }
  }

  void EmptyBatchWrites() {
    auto db = OpenOrFail(m_path);
    Database::Batch batch;
    QCOMPARE(batch.count(), size_t{0});
    QVERIFY(db->Write(batch, true).ok());
  }

  void ReopenKeepsData() {
    {
      auto db = OpenOrFail(m_path);
      Database::Batch batch;
      for (int i = 0; i < 100; ++i) batch.Put(Column::TxIndex, B("tx" + std::to_string(i)), B(std::to_string(i)));
      batch.Put(Column::Evidence, AsBytes("e"), AsBytes("evidence"));
      QVERIFY(db->Write(batch, true).ok());
      // An unsynced write still survives a clean close (RocksDB's own WAL is never disabled).
      Database::Batch unsynced;
      unsynced.Put(Column::Meta, AsBytes("schema"), AsBytes("1"));
      QVERIFY(db->Write(unsynced, false).ok());
    }
    auto db = OpenOrFail(m_path);
    for (int i = 0; i < 100; ++i) {
      QCOMPARE(GetOrFail(*db, Column::TxIndex, "tx" + std::to_string(i)), std::optional<Bytes>(B(std::to_string(i))));
    }
    QCOMPARE(GetOrFail(*db, Column::Evidence, "e"), std::optional<Bytes>(B("evidence")));
    QCOMPARE(GetOrFail(*db, Column::Meta, "schema"), std::optional<Bytes>(B("1")));
    QCOMPARE(db->synced_writes(), uint64_t{0});  // the counter is per open database
  }

  void ForEachIsInKeyOrderAndStops() {
    auto db = OpenOrFail(m_path);
    Database::Batch batch;
    // Big-endian heights sort numerically; insertion order is scrambled on purpose.
    for (uint64_t h : {5, 1, 300, 2, 256, 0}) {
      Bytes key(8);
      for (int k = 0; k < 8; ++k) key[static_cast<size_t>(k)] = static_cast<uint8_t>(h >> (56 - 8 * k));
      batch.Put(Column::BlockIndex, key, B("hash" + std::to_string(h)));
    }
    batch.Put(Column::Blocks, AsBytes("other family"), AsBytes("x"));
    QVERIFY(db->Write(batch, false).ok());

    const auto all = Collect(*db, Column::BlockIndex);
    QCOMPARE(all.size(), size_t{6});
    const char* expected[] = {"hash0", "hash1", "hash2", "hash5", "hash256", "hash300"};
    for (size_t i = 0; i < all.size(); ++i) QCOMPARE(all[i].second, B(expected[i]));
    for (size_t i = 1; i < all.size(); ++i) QVERIFY(all[i - 1].first < all[i].first);

    const auto first_two = Collect(*db, Column::BlockIndex, 2);
    QCOMPARE(first_two.size(), size_t{2});
    QCOMPARE(first_two[1].second, B("hash1"));
    QVERIFY(Collect(*db, Column::Receipts).empty());
  }

  void SyncedWritesAreCounted() {
    auto db = OpenOrFail(m_path);
    QCOMPARE(db->synced_writes(), uint64_t{0});
    Database::Batch batch;
    batch.Put(Column::Meta, AsBytes("k"), AsBytes("v"));
    QVERIFY(db->Write(batch, false).ok());
    QCOMPARE(db->synced_writes(), uint64_t{0});
    QVERIFY(db->Write(batch, true).ok());
    QVERIFY(db->Write(batch, true).ok());
    QVERIFY(db->Write(batch, false).ok());
    QCOMPARE(db->synced_writes(), uint64_t{2});
  }

  // A second process (or a second Open in this one) must not share the files: RocksDB's LOCK.
  void SecondOpenIsRefused() {
    auto db = OpenOrFail(m_path);
    auto second = Database::Open(m_path);
    QVERIFY(!second.ok());
    QVERIFY(second.status().IsIoError());
    QVERIFY(!second.status().message().empty());
  }

  void OpenOverAFileIsIoError() {
    const QString file = m_dir->filePath("plain_file");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::Open(file.toStdString());
    QVERIFY(!db.ok());
    QVERIFY(db.status().IsIoError());
  }

  void CorruptedCurrentFileIsReported() {
    { OpenOrFail(m_path); }
    QFile current(QString::fromStdString(m_path + "/CURRENT"));
    QVERIFY(current.open(QIODevice::WriteOnly | QIODevice::Truncate));
    current.write("MANIFEST-999999\n");
    current.close();
    auto db = Database::Open(m_path);
    QVERIFY(!db.ok());
    QVERIFY2(db.status().IsIoError() || db.status().IsCorruption(), db.status().ToString().c_str());
  }
};

QTEST_APPLESS_MAIN(DatabaseTests)
#include "database_tests.moc"
