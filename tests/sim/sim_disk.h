#pragma once
// SimDisk: an in-memory, deterministic disk for the simulator, on which the production consensus
// WAL, signer-state file and block store run unchanged, and which can lose power.
//
// Each file holds its durable bytes and the writes made since its last Sync, in order; reads see
// both. A process crash (kill -9) keeps every completed write: the page cache survives it. A power
// loss keeps only what a sync covered for sure, and of each file's later writes a choice made from
// the seed alone: none, all, a random subset of its dirty 4 KiB pages (so a later write can survive
// an earlier one), or a torn prefix (the first k writes whole, then part of the next). Creating,
// replacing and removing files is durable at once, as PosixFileSystem() makes it.
//
// A key-value store (OpenKv) models RocksDB over its log: a synced Write is durable when it returns
// and makes every earlier write durable too; a power loss keeps a seeded prefix of the unsynced
// writes, since the log is written in order.
//
// After either crash every handle from before it fails each call with IoError: the process that
// held it is gone. Single-threaded, except that a File's Sync may run on another thread (the WAL's
// flush while its owner waits): every call takes one mutex.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ordo/storage/file_system.h"
#include "ordo/storage/key_value_store.h"

namespace ordo::sim {

// The granularity at which a power loss keeps or loses a file's unsynced writes.
inline constexpr uint64_t sim_disk_page_bytes = 4096;

class SimDisk final : public storage::FileSystem {
 public:
  SimDisk();
  ~SimDisk() override;
  SimDisk(const SimDisk&) = delete;
  SimDisk& operator=(const SimDisk&) = delete;

  Result<std::unique_ptr<storage::File>> Open(const std::string& path, storage::OpenMode mode) override;
  bool Exists(const std::string& path) override;
  [[nodiscard]] Status ReplaceSynced(const std::string& path, ByteSpan bytes) override;
  [[nodiscard]] Status Remove(const std::string& path) override;

  // The store called name, created empty on first use; owned by the disk. The reference fails
  // every call with IoError after the next crash: call OpenKv again for the surviving store.
  storage::KeyValueStore& OpenKv(const std::string& name);

  // kill -9: every completed write stays (still unsynced, so a later power loss may lose it).
  void ProcessCrash();
  // Power loss: what each sync covered survives, and of the writes after it what seed chooses.
  void PowerLoss(uint64_t seed);

  // Power fails during the nth sync from now (File::Sync, a synced KV write or ReplaceSynced):
  // that sync and every write after it reach no platter, though each call still returns Ok to the
  // dying process (which can no longer tell anyone). The caller then calls PowerLoss, which keeps
  // what the seed chooses of the writes made before the failing sync. A crash disarms it.
  void FailPowerAtSync(uint64_t nth);
  bool powered_off() const;

  // Bytes made durable by File::Sync, ReplaceSynced and synced KV writes since the disk was made.
  uint64_t bytes_synced() const;
  // Unsynced file writes and KV writes, across files and stores.
  uint64_t pending_writes() const;
  // Of the pending writes at the last power loss, those that did not survive whole.
  uint64_t pending_writes_lost() const;

 private:
  struct Inode;
  struct KvData;
  class FileHandle;
  class KvHandle;

  void LosePendingWrites(Inode& inode, uint64_t choice_seed);
  void LosePendingKvWrites(KvData& kv, uint64_t choice_seed);

  mutable std::mutex m_mutex;
  // Guarded by m_mutex.
  std::map<std::string, std::shared_ptr<Inode>> m_files;
  std::map<std::string, std::unique_ptr<KvData>> m_kvs;
  std::vector<std::unique_ptr<KvHandle>> m_kv_handles;  // every one handed out, so none dangles
  uint64_t m_generation = 0;                            // crashes so far; a handle's must match
  uint64_t m_bytes_synced = 0;
  uint64_t m_pending_writes_lost = 0;
  uint64_t m_syncs_until_power_fails = 0;  // 0: not armed
  bool m_powered_off = false;
  // Called with m_mutex held: false when this sync is the one the power fails in, or after it.
  bool SyncReachesDisk();
};

}  // namespace ordo::sim
