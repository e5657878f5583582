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

static_assert(static_cast<int>(Column::Meta) + 1 == column_count, "column_count must cover every Column");

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

const char* ColumnName(Column c) {
  switch (c) {
    case Column::Blocks: return "blocks";
    case Column::BlockIndex: return "block_index";
    case Column::TxIndex: return "tx_index";
    case Column::Receipts: return "receipts";
    case Column::State: return "state";
    case Column::Evidence: return "evidence";
    case Column::Meta: return "meta";
  }
  ORDO_ASSERT(false && "unknown Column");
  return "";
}

struct Database::Batch::Impl {
  // A Batch is filled before it meets a Database, but rocksdb::WriteBatch names column families
  // through handles that only an open DB owns. So operations are staged here with their Column and
  // Database::Write replays them into a single rocksdb::WriteBatch: atomicity stays RocksDB's.
  // Keys and values live in one buffer (a block's commit stages thousands of small records).
  struct Op {
    Column column;
    bool is_delete;
    size_t key_at, key_size, value_at, value_size;
  };
  std::vector<Op> ops;
  Bytes data;

  ByteSpan Key(const Op& op) const { return ByteSpan(data).subspan(op.key_at, op.key_size); }
  ByteSpan Value(const Op& op) const { return ByteSpan(data).subspan(op.value_at, op.value_size); }
  void Stage(Column c, bool is_delete, ByteSpan key, ByteSpan value) {
    Op op{c, is_delete, data.size(), key.size(), data.size() + key.size(), value.size()};
    data.insert(data.end(), key.begin(), key.end());
    data.insert(data.end(), value.begin(), value.end());
    ops.push_back(op);
  }
};

Database::Batch::Batch() : m_impl(std::make_unique<Impl>()) {}
Database::Batch::~Batch() = default;

void Database::Batch::Put(Column c, ByteSpan key, ByteSpan value) { m_impl->Stage(c, false, key, value); }

void Database::Batch::Delete(Column c, ByteSpan key) { m_impl->Stage(c, true, key, {}); }

size_t Database::Batch::count() const { return m_impl->ops.size(); }

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

Status Database::Write(Batch& batch, bool sync) {
  const Batch::Impl& staged = *batch.m_impl;
  // Replayed in key order within each column family: the memtable's skip list then finds each
  // insert position near the previous one instead of searching from the top for every random key
  // (a block's transaction index and state leaves are random hashes). The sort is stable, so
  // several operations on one key keep their order and the last still wins.
  std::vector<uint32_t> order(staged.ops.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Batch::Impl::Op& x = staged.ops[a];
    const Batch::Impl::Op& y = staged.ops[b];
    if (x.column != y.column) return x.column < y.column;
    const ByteSpan kx = staged.Key(x), ky = staged.Key(y);
    return std::lexicographical_compare(kx.begin(), kx.end(), ky.begin(), ky.end());
  });
  rocksdb::WriteBatch wb(staged.data.size() + staged.ops.size() * 16);
  for (uint32_t i : order) {
    const Batch::Impl::Op& op = staged.ops[i];
    rocksdb::ColumnFamilyHandle* h = m_impl->Handle(op.column);
    const rocksdb::Status s =
        op.is_delete ? wb.Delete(h, ToSlice(staged.Key(op))) : wb.Put(h, ToSlice(staged.Key(op)), ToSlice(staged.Value(op)));
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
