#pragma once
// RocksDB with one column family per kind of record. The chain layer owns the key schema; this
// layer gives atomic, optionally synced batches across column families. Thread-safe (RocksDB is).

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage {

enum class Column : uint8_t {
  Blocks,      // block hash -> encoded block
  BlockIndex,  // height (u64 BE) -> block hash
  TxIndex,     // tx hash -> (height, index)
  Receipts,    // tx hash -> encoded receipt
  State,       // account / validator records
  Evidence,    // evidence hash -> encoded evidence
  Meta,        // chain head, genesis hash, schema version
};
inline constexpr int column_count = 7;
const char* ColumnName(Column c);

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

class Database {
 public:
  class Batch {
   public:
    Batch();
    ~Batch();
    void Put(Column c, ByteSpan key, ByteSpan value);
    void Delete(Column c, ByteSpan key);
    size_t count() const;

   private:
    friend class Database;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
  };

  ~Database();
  // Creates the directory and missing column families. IoError/Corruption with RocksDB's reason.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const DatabaseMemoryBudget& budget = DatabaseMemoryBudget{});

  // Applies the batch atomically; with sync the write is durable (fsync) before returning.
  [[nodiscard]] Status Write(Batch& batch, bool sync);
  // nullopt when absent.
  Result<std::optional<Bytes>> Get(Column c, ByteSpan key) const;
  // Calls fn for every key of c in order until fn returns false.
  [[nodiscard]] Status ForEach(Column c, const std::function<bool(ByteSpan key, ByteSpan value)>& fn) const;
  uint64_t synced_writes() const;

 private:
  Database();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::storage
