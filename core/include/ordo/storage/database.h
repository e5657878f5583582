#pragma once
// RocksDB with one column family per kind of record: the node's KeyValueStore. The chain layer
// owns the key schema; this layer gives atomic, optionally synced batches across column families.
// Thread-safe (RocksDB is).

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "ordo/storage/key_value_store.h"
#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage {

// Memory RocksDB may hold: one block cache for all families and memtables capped per family and
// in total. The defaults suit one node on its machine; several nodes in one process (the control
// panel's local network) take less each: their block caches filled for minutes and their
// memtables rose and fell by 8 MiB each, which showed as resident memory climbing and swinging.
struct DatabaseMemoryBudget {
  size_t block_cache_bytes = 64 * 1024 * 1024;
  size_t write_buffer_bytes = 16 * 1024 * 1024;     // per column family
  size_t db_write_buffer_bytes = 64 * 1024 * 1024;  // all families together
  static DatabaseMemoryBudget Small() { return {2 * 1024 * 1024, 1024 * 1024, 4 * 1024 * 1024}; }
};

class Database final : public KeyValueStore {
 public:
  // The name every caller knew the batch by before it moved out to serve any KeyValueStore.
  using Batch = WriteBatch;

  ~Database() override;
  // Creates the directory and missing column families. IoError/Corruption with RocksDB's reason.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const DatabaseMemoryBudget& budget = DatabaseMemoryBudget{});

  // With sync, RocksDB's log is fsynced before this returns.
  [[nodiscard]] Status Write(const WriteBatch& batch, bool sync) override;
  Result<std::optional<Bytes>> Get(Column c, ByteSpan key) const override;
  [[nodiscard]] Status ForEach(Column c, const std::function<bool(ByteSpan key, ByteSpan value)>& fn) const override;
  uint64_t synced_writes() const;

 private:
  Database();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::storage
