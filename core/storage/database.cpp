#include "ordo/storage/database.h"

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace ordo::storage {

namespace {

// Bounded open table files; memory is bounded by Database::MemoryBudget.
constexpr int open_files_max = 512;
constexpr int background_jobs_max = 2;
constexpr size_t info_log_files_max = 4;
constexpr double bloom_bits_per_key = 10.0;

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  ORDO_ASSERT(!s.ok());
  std::string msg = what + ": " + s.ToString();
  if (s.IsCorruption()) return Status::Corruption(std::move(msg));
  return Status::IoError(std::move(msg));
}

rocksdb::Slice ToSlice(ByteSpan b) {
  return rocksdb::Slice(reinterpret_cast<const char*>(b.data()), b.size());
}

ByteSpan ToSpan(const rocksdb::Slice& s) {
  return ByteSpan(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

Bytes ToBytes(ByteSpan b) { return Bytes(b.begin(), b.end()); }

size_t ColumnIndex(Column c) {
  const auto index = static_cast<size_t>(c);
  ORDO_ASSERT(index < column_count);
  return index;
}

rocksdb::ColumnFamilyOptions MakeColumnFamilyOptions(const std::shared_ptr<rocksdb::Cache>& cache, size_t write_buffer_bytes) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  // Point lookups by hash dominate (blocks, receipts, tx index), so a bloom filter saves most of
  // the disk reads for absent keys; its blocks live in the bounded cache rather than the heap.
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(bloom_bits_per_key));
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.write_buffer_size = write_buffer_bytes;
  return options;
}

rocksdb::DBOptions MakeDbOptions(size_t db_write_buffer_bytes) {
  rocksdb::DBOptions options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  options.max_open_files = open_files_max;
  options.max_background_jobs = background_jobs_max;
  options.db_write_buffer_size = db_write_buffer_bytes;
  options.keep_log_file_num = info_log_files_max;
  return options;
}

}  // namespace

struct Database::Impl {
  std::unique_ptr<rocksdb::DB> db;
  // Indexed by Column. Families found on disk that this version does not know (a newer schema)
  // must still be opened, since RocksDB refuses a partial open; they sit in other_handles.
  std::array<rocksdb::ColumnFamilyHandle*, column_count> handles{};
  std::vector<rocksdb::ColumnFamilyHandle*> other_handles;
  std::atomic<uint64_t> synced_writes{0};

  rocksdb::ColumnFamilyHandle* Handle(Column c) const {
    rocksdb::ColumnFamilyHandle* h = handles[ColumnIndex(c)];
    ORDO_ASSERT(h != nullptr);
    return h;
  }

  ~Impl() {
    if (!db) return;
    for (rocksdb::ColumnFamilyHandle* h : handles) {
      if (h != nullptr) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
    for (rocksdb::ColumnFamilyHandle* h : other_handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    // Close() only fails for unreleased snapshots, which this class never takes; every
    // acknowledged write is already in RocksDB's own WAL, so nothing is lost either way.
    db->Close().PermitUncheckedError();
  }
};

Database::Database() : m_impl(std::make_unique<Impl>()) {}
Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const DatabaseMemoryBudget& budget) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) return Status::IoError("create directory " + path + ": " + ec.message());

  // Every family on disk plus ours; a fresh database lists none (the call fails) and gets ours.
  std::set<std::string> names = {rocksdb::kDefaultColumnFamilyName};
  std::vector<std::string> existing;
  if (rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &existing).ok()) {
    names.insert(existing.begin(), existing.end());
  }
  for (int i = 0; i < column_count; ++i) names.insert(ColumnName(static_cast<Column>(i)));

  auto cache = rocksdb::NewLRUCache(budget.block_cache_bytes);
  const rocksdb::ColumnFamilyOptions cf_options = MakeColumnFamilyOptions(cache, budget.write_buffer_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) descriptors.emplace_back(name, cf_options);

  std::vector<rocksdb::ColumnFamilyHandle*> opened;
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s = rocksdb::DB::Open(MakeDbOptions(budget.db_write_buffer_bytes), path, descriptors, &opened, &raw);
  if (!s.ok()) return FromRocks(s, "open " + path);

  std::unique_ptr<Database> database(new Database());
  Impl& impl = *database->m_impl;
  impl.db.reset(raw);
  ORDO_ASSERT(opened.size() == descriptors.size());
  for (rocksdb::ColumnFamilyHandle* h : opened) {
    bool ours = false;
    for (int i = 0; i < column_count; ++i) {
      if (h->GetName() == ColumnName(static_cast<Column>(i))) {
        impl.handles[static_cast<size_t>(i)] = h;
        ours = true;
      }
    }
    if (!ours) impl.other_handles.push_back(h);
  }
  for (rocksdb::ColumnFamilyHandle* h : impl.handles) ORDO_ASSERT(h != nullptr);
  return database;
}

Status Database::Write(const WriteBatch& batch, bool sync) {
  // Replayed in key order within each column family: the memtable's skip list then finds each
  // insert position near the previous one instead of searching from the top for every random key
  // (a block's transaction index and state leaves are random hashes). The sort is stable, so
  // several operations on one key keep their order and the last still wins. The batch names
  // columns, not handles (it is filled before it meets a database), so it is staged here into one
  // rocksdb::WriteBatch: atomicity stays RocksDB's.
  std::vector<WriteBatch::Operation> ops;
  ops.reserve(batch.count());
  size_t bytes = 0;
  for (size_t i = 0; i < batch.count(); ++i) {
    ops.push_back(batch.operation(i));
    bytes += ops.back().key.size() + ops.back().value.size();
  }
  std::stable_sort(ops.begin(), ops.end(), [](const WriteBatch::Operation& x, const WriteBatch::Operation& y) {
    if (x.column != y.column) return x.column < y.column;
    return std::lexicographical_compare(x.key.begin(), x.key.end(), y.key.begin(), y.key.end());
  });
  rocksdb::WriteBatch wb(bytes + ops.size() * 16);
  for (const WriteBatch::Operation& op : ops) {
    rocksdb::ColumnFamilyHandle* h = m_impl->Handle(op.column);
    const rocksdb::Status s = op.is_delete ? wb.Delete(h, ToSlice(op.key)) : wb.Put(h, ToSlice(op.key), ToSlice(op.value));
    if (!s.ok()) return FromRocks(s, "stage batch");
  }
  rocksdb::WriteOptions options;
  options.sync = sync;
  const rocksdb::Status s = m_impl->db->Write(options, &wb);
  if (!s.ok()) return FromRocks(s, "write batch");
  if (sync) m_impl->synced_writes.fetch_add(1, std::memory_order_relaxed);
  return Status::Ok();
}

Result<std::optional<Bytes>> Database::Get(Column c, ByteSpan key) const {
  rocksdb::PinnableSlice value;
  const rocksdb::Status s = m_impl->db->Get(rocksdb::ReadOptions(), m_impl->Handle(c), ToSlice(key), &value);
  if (s.IsNotFound()) return std::optional<Bytes>();
  if (!s.ok()) return FromRocks(s, "get");
  return std::optional<Bytes>(ToBytes(ToSpan(value)));
}

Status Database::ForEach(Column c, const std::function<bool(ByteSpan key, ByteSpan value)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(m_impl->db->NewIterator(rocksdb::ReadOptions(), m_impl->Handle(c)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (!fn(ToSpan(it->key()), ToSpan(it->value()))) break;
  }
  // Valid() turns false on an I/O error or corruption as well as at the end; only status() tells.
  const rocksdb::Status s = it->status();
  if (!s.ok()) return FromRocks(s, "iterate");
  return Status::Ok();
}

uint64_t Database::synced_writes() const { return m_impl->synced_writes.load(std::memory_order_relaxed); }

}  // namespace ordo::storage
