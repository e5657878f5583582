#pragma once
// The consensus write-ahead log: every consensus input of the current height is appended (and
// synced) before it is applied, so a restarted node replays exactly what it had seen. Records are
// [u32 length BE][u32 CRC-32C of payload BE][payload]. At open, a torn or corrupted tail (short
// header, short payload, bad CRC, length over wal_record_bytes_max) is detected, cut off the file
// and reported; nothing after it is trusted. Not thread-safe: owned by the consensus strand.

#include <memory>
#include <string>
#include <vector>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage {

inline constexpr size_t wal_record_bytes_max = 4 * 1024 * 1024;
// One height's inputs stay far below this; the bound keeps Open's whole-file read finite.
inline constexpr uint64_t wal_file_bytes_max = uint64_t{1} << 30;

class ConsensusWal {
 public:
  ~ConsensusWal();
  static Result<std::unique_ptr<ConsensusWal>> Open(const std::string& path);

  // The intact records found at Open, in order.
  const std::vector<Bytes>& recovered() const { return m_recovered; }
  // Bytes cut from the tail at Open (0 when the file was clean).
  uint64_t truncated_bytes() const { return m_truncated; }

  // InvalidArgument for an empty or oversize record, or when the log would exceed
  // wal_file_bytes_max; IoError on write/fsync failure. After an IoError every later Append and
  // Reset fails too: the page cache may have dropped the unsynced bytes, so only a reopen (which
  // re-reads what is really on disk) can make the log trustworthy again.
  [[nodiscard]] Status Append(ByteSpan record, bool sync);
  // Makes every record appended so far durable (fdatasync). IoError on failure, after which the log
  // is unusable as after a failed Append. May run on another thread while its owner waits for it.
  [[nodiscard]] Status Sync();
  // Empties the log (new height). Not synced by itself: after a crash before the next synced
  // Append the old records may still be there, so callers must tell them apart (the node's
  // records carry their height). recovered() keeps the records found at Open.
  [[nodiscard]] Status Reset();

 private:
  ConsensusWal() = default;
  [[nodiscard]] Status Fail(Status status);
  int m_fd = -1;
  std::string m_path;
  std::vector<Bytes> m_recovered;
  uint64_t m_truncated = 0;
  uint64_t m_size = 0;  // bytes of intact records in the file
  bool m_failed = false;
};

}  // namespace ordo::storage
