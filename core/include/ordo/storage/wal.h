#pragma once
// The consensus write-ahead log: every consensus input of the current height is appended (and
// synced) before it is applied, so a restarted node replays exactly what it had seen.
//
// Format (version 2): the file starts with the 8-byte magic "ORDOWAL\x02", then records
// [u32 length BE][u32 CRC-32C of (epoch ‖ payload) BE][u64 epoch BE][payload], then zeros. The
// file is preallocated (zero-filled, in wal_grow_bytes steps) and records are written in place, so
// a synced append changes neither the file's size nor its block map: fdatasync is one data flush,
// not a journal commit as well. Reset starts a new epoch at the first record instead of truncating;
// a reader takes the epoch of the first record and stops at the first record that is not intact or
// belongs to another epoch, so the previous heights' records left behind are never read as current.
//
// At Open, a torn or corrupted record of the current epoch is reported (truncated_bytes), and
// everything after the intact records is zeroed and synced, so no older record can ever line up
// behind a later append. A version 1 file (records without magic or epoch, written by earlier
// builds) is read and rewritten in this format. Not thread-safe: owned by the consensus strand.
// All I/O goes through a FileSystem, so the log runs unchanged on a simulated disk.

#include <memory>
#include <string>
#include <vector>

#include "ordo/storage/file_system.h"
#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage {

inline constexpr size_t wal_record_bytes_max = 4 * 1024 * 1024;
// One height's inputs stay far below this; the bound keeps Open's whole-file read finite.
inline constexpr uint64_t wal_file_bytes_max = uint64_t{1} << 30;
// Preallocation step: a new log has this many bytes, and a log grows by whole steps.
inline constexpr uint64_t wal_grow_bytes = uint64_t{1} << 20;

class ConsensusWal {
 public:
  ~ConsensusWal();
  // Opens the log at path on fs, creating it when absent; fs must outlive the log. IoError when it
  // cannot be read or written, Corruption when it is larger than wal_file_bytes_max.
  static Result<std::unique_ptr<ConsensusWal>> Open(FileSystem& fs, const std::string& path);
  // The same on PosixFileSystem().
  static Result<std::unique_ptr<ConsensusWal>> Open(const std::string& path);

  // The intact records found at Open, in order.
  const std::vector<Bytes>& recovered() const { return m_recovered; }
  // Bytes of a torn or corrupted record of the current log (or of an unreadable version 1 tail)
  // found after the intact records at Open and zeroed; 0 when the log was clean. Older epochs'
  // records behind the current ones are normal and not counted.
  uint64_t truncated_bytes() const { return m_truncated; }
  // File offset just past the last record (the magic included).
  uint64_t end_offset() const;

  // InvalidArgument for an empty or oversize record, or when the log would exceed
  // wal_file_bytes_max; IoError on write/fsync failure. After an IoError every later Append and
  // Reset fails too: the page cache may have dropped the unsynced bytes, so only a reopen (which
  // re-reads what is really on disk) can make the log trustworthy again.
  [[nodiscard]] Status Append(ByteSpan record, bool sync);
  // Makes every record appended so far durable (fdatasync). IoError on failure, after which the log
  // is unusable as after a failed Append. May run on another thread while its owner waits for it.
  [[nodiscard]] Status Sync();
  // Empties the log (new height) by starting a new epoch; no I/O. Not synced by itself: after a
  // crash before the next synced Append the old records may still be read, so callers must tell
  // them apart (the node's records carry their height). recovered() keeps the records found at Open.
  [[nodiscard]] Status Reset();

 private:
  ConsensusWal() = default;
  [[nodiscard]] Status Fail(Status status);
  // Zero-fills the file from m_file_bytes to at least end, in whole wal_grow_bytes steps.
  [[nodiscard]] Status Grow(uint64_t end);
  std::unique_ptr<File> m_file;
  std::string m_path;
  std::vector<Bytes> m_recovered;
  uint64_t m_truncated = 0;
  uint64_t m_size = 0;        // bytes of this epoch's records, from the end of the magic
  uint64_t m_file_bytes = 0;  // the file's size (records and the zeros after them)
  uint64_t m_epoch = 1;
  bool m_failed = false;
};

}  // namespace ordo::storage
