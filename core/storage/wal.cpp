#include "ordo/storage/wal.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "ordo/codec/codec.h"
#include "ordo/util/crc32c.h"
#include "storage/posix_file.h"

namespace ordo::storage {

namespace {

constexpr size_t header_bytes = 8;  // u32 length + u32 CRC-32C, both big-endian

uint32_t LoadU32BigEndian(ByteSpan in) {
  ORDO_ASSERT(in.size() >= 4);
  return uint32_t{in[0]} << 24 | uint32_t{in[1]} << 16 | uint32_t{in[2]} << 8 | uint32_t{in[3]};
}

// Appends every intact record of file to records, in order, and returns the length of the intact
// prefix. Stops at the first short header, zero or oversize length, short payload or CRC mismatch.
// A zero length is never written by Append; rejecting it also matters because the CRC of an
// empty payload is 0, so a zero-filled tail (which some filesystems expose after a crash) would
// otherwise parse as an endless run of valid empty records.
size_t ParseRecords(ByteSpan file, std::vector<Bytes>* records) {
  size_t pos = 0;
  while (file.size() - pos >= header_bytes) {
    const uint32_t length = LoadU32BigEndian(file.subspan(pos, 4));
    const uint32_t crc = LoadU32BigEndian(file.subspan(pos + 4, 4));
    if (length == 0 || length > wal_record_bytes_max) break;
    if (file.size() - pos - header_bytes < length) break;
    const ByteSpan payload = file.subspan(pos + header_bytes, length);
    if (Crc32c(payload) != crc) break;
    records->emplace_back(payload.begin(), payload.end());
    pos += header_bytes + length;
  }
  ORDO_ASSERT(pos <= file.size());
  return pos;
}

}  // namespace

ConsensusWal::~ConsensusWal() {
  // Nothing unsynced can be saved here: a caller that needed durability passed sync = true.
  if (m_fd >= 0) ::close(m_fd);
}

Result<std::unique_ptr<ConsensusWal>> ConsensusWal::Open(const std::string& path) {
  std::unique_ptr<ConsensusWal> wal(new ConsensusWal());
  wal->m_path = path;
  // O_APPEND: every record lands at the current end, also after the tail cut and Reset below.
  wal->m_fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
  if (wal->m_fd < 0 && errno == ENOENT) {
    wal->m_fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (wal->m_fd < 0) return detail::ErrnoStatus("create", path, errno);
    // Without this a power loss could drop the new directory entry, and the records synced into
    // the file with it.
    if (::fsync(wal->m_fd) != 0) return detail::ErrnoStatus("fsync", path, errno);
    if (Status s = detail::SyncParentDirectory(path); !s.ok()) return s;
  }
  if (wal->m_fd < 0) return detail::ErrnoStatus("open", path, errno);

  Bytes file;
  if (Status s = detail::ReadAll(wal->m_fd, path, wal_file_bytes_max, &file); !s.ok()) return s;
  const size_t intact = ParseRecords(file, &wal->m_recovered);
  if (intact < file.size()) {
    // Cut the tail now, before anything is appended behind it: records after a bad one could
    // never be read back, since recovery cannot resynchronise past a corrupted length.
    if (::ftruncate(wal->m_fd, static_cast<off_t>(intact)) != 0) return detail::ErrnoStatus("ftruncate", path, errno);
    if (::fsync(wal->m_fd) != 0) return detail::ErrnoStatus("fsync", path, errno);
    wal->m_truncated = file.size() - intact;
  }
  wal->m_size = intact;
  return wal;
}

Status ConsensusWal::Fail(Status status) {
  ORDO_ASSERT(!status.ok());
  m_failed = true;
  return status;
}

Status ConsensusWal::Append(ByteSpan record, bool sync) {
  if (record.empty()) return Status::InvalidArgument("WAL record is empty");
  if (record.size() > wal_record_bytes_max) {
    return Status::InvalidArgument("WAL record of " + std::to_string(record.size()) + " bytes exceeds wal_record_bytes_max");
  }
  if (m_size + header_bytes + record.size() > wal_file_bytes_max) {
    return Status::InvalidArgument("WAL " + m_path + " would exceed wal_file_bytes_max");
  }
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");

  // Header and payload in one write(), so that a crash tears at most this record's tail.
  codec::Writer frame;
  frame.PutU32(static_cast<uint32_t>(record.size()));
  frame.PutU32(Crc32c(record));
  frame.PutFixed(record);
  ORDO_ASSERT(frame.bytes().size() == header_bytes + record.size());
  if (Status s = detail::WriteAll(m_fd, frame.bytes(), m_path); !s.ok()) return Fail(s);
  // fdatasync also flushes the new file size, which is all the metadata a reader needs.
  if (sync && ::fdatasync(m_fd) != 0) return Fail(detail::ErrnoStatus("fdatasync", m_path, errno));
  m_size += frame.bytes().size();
  return Status::Ok();
}

Status ConsensusWal::Sync() {
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");
  if (::fdatasync(m_fd) != 0) return Fail(detail::ErrnoStatus("fdatasync", m_path, errno));
  return Status::Ok();
}

Status ConsensusWal::Reset() {
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");
  if (::ftruncate(m_fd, 0) != 0) return Fail(detail::ErrnoStatus("ftruncate", m_path, errno));
  // Not synced: the next synced Append persists the new size with its data. Until then a crash may
  // bring back the previous records, which is why every record names its height and the reader
  // skips the ones of other heights.
  m_size = 0;
  return Status::Ok();
}

}  // namespace ordo::storage
