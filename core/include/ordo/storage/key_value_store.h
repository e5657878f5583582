#pragma once
// The block store's view of its database: atomic, optionally synced batches across column
// families, point reads and ordered scans. Database (RocksDB) is the real one; a simulated disk
// offers another (tests/sim/sim_disk.h), so the code above it runs there unchanged.

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

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

// Operations staged for one atomic KeyValueStore::Write, kept in the order they were staged (for
// one key, the last one wins). Filled before it meets a store, so any store can apply it.
class WriteBatch {
 public:
  struct Operation {
    Column column;
    bool is_delete;
    ByteSpan key;
    ByteSpan value;  // empty for a delete
  };

  void Put(Column c, ByteSpan key, ByteSpan value);
  void Delete(Column c, ByteSpan key);
  size_t count() const { return m_ops.size(); }
  // The index-th operation staged (index < count()). Its spans point into the batch and stay valid
  // until the next Put or Delete.
  Operation operation(size_t index) const;

 private:
  // Keys and values live in one buffer: a block's commit stages thousands of small records.
  struct Staged {
    Column column;
    bool is_delete;
    size_t key_at, key_size, value_at, value_size;
  };
  std::vector<Staged> m_ops;
  Bytes m_data;
};

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  // Applies the batch atomically; with sync the write is durable before this returns, and so is
  // every write before it. IoError/Corruption with the store's reason.
  [[nodiscard]] virtual Status Write(const WriteBatch& batch, bool sync) = 0;
  // nullopt when absent.
  virtual Result<std::optional<Bytes>> Get(Column c, ByteSpan key) const = 0;
  // Calls fn for every key of c in bytewise order until fn returns false.
  [[nodiscard]] virtual Status ForEach(Column c, const std::function<bool(ByteSpan key, ByteSpan value)>& fn) const = 0;
};

}  // namespace ordo::storage
