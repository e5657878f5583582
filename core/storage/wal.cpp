#include "ordo/storage/wal.h"

#include <algorithm>
#include <array>
#include <utility>

#include "ordo/codec/codec.h"
#include "ordo/util/crc32c.h"

namespace ordo::storage {

namespace {

constexpr std::array<uint8_t, 8> magic = {'O', 'R', 'D', 'O', 'W', 'A', 'L', 2};
constexpr uint64_t records_start = magic.size();
constexpr size_t header_bytes = 16;     // u32 length, u32 CRC-32C, u64 epoch, all big-endian
constexpr size_t v1_header_bytes = 8;   // u32 length, u32 CRC-32C of the payload
constexpr size_t zero_chunk_bytes = 64 * 1024;

uint32_t LoadU32BigEndian(ByteSpan in) {
  ORDO_ASSERT(in.size() >= 4);
  return uint32_t{in[0]} << 24 | uint32_t{in[1]} << 16 | uint32_t{in[2]} << 8 | uint32_t{in[3]};
}

uint64_t LoadU64BigEndian(ByteSpan in) {
  ORDO_ASSERT(in.size() >= 8);
  return uint64_t{LoadU32BigEndian(in)} << 32 | LoadU32BigEndian(in.subspan(4));
}

uint64_t RoundUpToGrowStep(uint64_t bytes) {
  return std::max(wal_grow_bytes, (bytes + wal_grow_bytes - 1) / wal_grow_bytes * wal_grow_bytes);
}

// The CRC covers the epoch too, so a header whose epoch bytes were damaged is not intact.
uint32_t RecordCrc(uint64_t epoch, ByteSpan payload) {
  codec::Writer e;
  e.PutU64(epoch);
  return Crc32c(payload, Crc32c(e.bytes()));
}

void PutFrame(codec::Writer* out, uint64_t epoch, ByteSpan payload) {
  out->PutU32(static_cast<uint32_t>(payload.size()));
  out->PutU32(RecordCrc(epoch, payload));
  out->PutU64(epoch);
  out->PutFixed(payload);
}

struct Parsed {
  uint64_t end = records_start;  // offset just past the last intact record
  uint64_t epoch = 0;            // the records' epoch (meaningful when any were found)
  bool torn = false;             // a damaged record of this log follows them
};

// Reads the intact records of a version 2 file in order: the first record names the epoch, and the
// log ends at the first record that is short, over wal_record_bytes_max, of zero length (the
// preallocated zeros; the CRC of an empty payload would otherwise let zeros pass), fails its CRC or
// belongs to another epoch (a previous height's record left behind).
Parsed ParseRecords(ByteSpan file, std::vector<Bytes>* records) {
  Parsed p;
  bool have_epoch = false;
  uint64_t pos = records_start;
  while (file.size() - pos >= header_bytes) {
    const ByteSpan header = file.subspan(pos, header_bytes);
    const uint32_t length = LoadU32BigEndian(header);
    const uint32_t crc = LoadU32BigEndian(header.subspan(4));
    const uint64_t epoch = LoadU64BigEndian(header.subspan(8));
    if (length == 0 || length > wal_record_bytes_max) break;
    if (have_epoch && epoch != p.epoch) break;
    if (file.size() - pos - header_bytes < length) break;
    const ByteSpan payload = file.subspan(pos + header_bytes, length);
    if (RecordCrc(epoch, payload) != crc) break;
    records->emplace_back(payload.begin(), payload.end());
    p.epoch = epoch;
    have_epoch = true;
    pos += header_bytes + length;
  }
  p.end = pos;
  // What stops the log is damage to one of its own records when the header there is not zeros and
  // either names this epoch, is cut short by the end of the file, or stands where the first record
  // should be. A header of another epoch is an older height's record: normal after Reset.
  const ByteSpan rest = file.subspan(pos, std::min<uint64_t>(file.size() - pos, header_bytes));
  if (std::any_of(rest.begin(), rest.end(), [](uint8_t b) { return b != 0; })) {
    p.torn = !have_epoch || rest.size() < header_bytes || LoadU64BigEndian(rest.subspan(8)) == p.epoch;
  }
  return p;
}

// Version 1 (earlier builds): [u32 length][u32 CRC-32C of payload][payload] from offset 0, the tail
// cut by truncation. Returns the length of the intact prefix.
size_t ParseVersion1Records(ByteSpan file, std::vector<Bytes>* records) {
  size_t pos = 0;
  while (file.size() - pos >= v1_header_bytes) {
    const uint32_t length = LoadU32BigEndian(file.subspan(pos, 4));
    const uint32_t crc = LoadU32BigEndian(file.subspan(pos + 4, 4));
    if (length == 0 || length > wal_record_bytes_max) break;
    if (file.size() - pos - v1_header_bytes < length) break;
    const ByteSpan payload = file.subspan(pos + v1_header_bytes, length);
    if (Crc32c(payload) != crc) break;
    records->emplace_back(payload.begin(), payload.end());
    pos += v1_header_bytes + length;
  }
  return pos;
}

Status WriteZeros(File& file, uint64_t from, uint64_t to) {
  static const std::array<uint8_t, zero_chunk_bytes> zeros{};
  for (uint64_t at = from; at < to;) {
    const size_t n = static_cast<size_t>(std::min<uint64_t>(zeros.size(), to - at));
    if (Status s = file.Write(at, ByteSpan(zeros.data(), n)); !s.ok()) return s;
    at += n;
  }
  return Status::Ok();
}

}  // namespace

// Nothing unsynced can be saved here: a caller that needed durability passed sync = true.
ConsensusWal::~ConsensusWal() = default;

uint64_t ConsensusWal::end_offset() const { return records_start + m_size; }

Result<std::unique_ptr<ConsensusWal>> ConsensusWal::Open(const std::string& path) { return Open(PosixFileSystem(), path); }

Result<std::unique_ptr<ConsensusWal>> ConsensusWal::Open(FileSystem& fs, const std::string& path) {
  std::unique_ptr<ConsensusWal> wal(new ConsensusWal());
  wal->m_path = path;
  Result<std::unique_ptr<File>> opened = fs.Open(path, OpenMode::ReadWrite);
  if (!opened.ok() && !opened.status().IsNotFound()) return opened.status();

  Bytes file;
  if (opened.ok()) {
    wal->m_file = std::move(opened).value();
    if (Status s = ReadAll(*wal->m_file, path, wal_file_bytes_max, &file); !s.ok()) return s;
  }
  const bool version2 = file.size() >= magic.size() && std::equal(magic.begin(), magic.end(), file.begin());
  if (!version2) {
    // No file yet (or one torn while being created), or version 1: write the version 2 file with
    // the intact records in a new epoch beside it, preallocated, and rename it into place.
    const size_t intact = ParseVersion1Records(file, &wal->m_recovered);
    wal->m_truncated = file.size() - intact;
    codec::Writer image;
    image.PutFixed(magic);
    for (const Bytes& r : wal->m_recovered) PutFrame(&image, wal->m_epoch, r);
    const uint64_t records_end = image.bytes().size();
    Bytes bytes = std::move(image).Take();
    bytes.resize(RoundUpToGrowStep(records_end), 0);
    wal->m_file.reset();
    if (Status s = fs.ReplaceSynced(path, bytes); !s.ok()) return s;
    Result<std::unique_ptr<File>> replaced = fs.Open(path, OpenMode::ReadWrite);
    if (!replaced.ok()) return replaced.status();
    wal->m_file = std::move(replaced).value();
    wal->m_size = records_end - records_start;
    wal->m_file_bytes = bytes.size();
    return wal;
  }

  const Parsed parsed = ParseRecords(file, &wal->m_recovered);
  if (!wal->m_recovered.empty()) wal->m_epoch = parsed.epoch;
  wal->m_size = parsed.end - records_start;
  wal->m_file_bytes = file.size();
  // Zero everything after the records, now, before anything is appended behind them: a torn
  // record's successors, or an older epoch's record that an append happened to end right in front
  // of, could otherwise be read as part of the log after the next crash.
  const auto last = std::find_if(file.rbegin(), file.rend() - static_cast<std::ptrdiff_t>(parsed.end),
                                 [](uint8_t b) { return b != 0; });
  const uint64_t dirty_end = file.size() - static_cast<uint64_t>(last - file.rbegin());
  if (dirty_end > parsed.end) {
    if (Status s = WriteZeros(*wal->m_file, parsed.end, dirty_end); !s.ok()) return s;
    if (Status s = wal->m_file->Sync(); !s.ok()) return s;
    if (parsed.torn) wal->m_truncated = dirty_end - parsed.end;
  }
  return wal;
}

Status ConsensusWal::Fail(Status status) {
  ORDO_ASSERT(!status.ok());
  m_failed = true;
  return status;
}

Status ConsensusWal::Grow(uint64_t end) {
  const uint64_t new_size = RoundUpToGrowStep(end);
  if (Status s = WriteZeros(*m_file, m_file_bytes, new_size); !s.ok()) return s;
  m_file_bytes = new_size;
  return Status::Ok();
}

Status ConsensusWal::Append(ByteSpan record, bool sync) {
  if (record.empty()) return Status::InvalidArgument("WAL record is empty");
  if (record.size() > wal_record_bytes_max) {
    return Status::InvalidArgument("WAL record of " + std::to_string(record.size()) + " bytes exceeds wal_record_bytes_max");
  }
  const uint64_t offset = records_start + m_size;
  const uint64_t end = offset + header_bytes + record.size();
  if (end > wal_file_bytes_max) return Status::InvalidArgument("WAL " + m_path + " would exceed wal_file_bytes_max");
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");

  // Zero-fill ahead in whole steps, so the appends after this one overwrite allocated blocks.
  if (end > m_file_bytes) {
    if (Status s = Grow(end); !s.ok()) return Fail(s);
  }
  // Header and payload in one write, so that a crash tears at most this record.
  codec::Writer frame;
  PutFrame(&frame, m_epoch, record);
  ORDO_ASSERT(frame.bytes().size() == header_bytes + record.size());
  if (Status s = m_file->Write(offset, frame.bytes()); !s.ok()) return Fail(s);
  // In place: the size and the block map are unchanged, so this is one data flush.
  if (sync) {
    if (Status s = m_file->Sync(); !s.ok()) return Fail(s);
  }
  m_size = end - records_start;
  return Status::Ok();
}

Status ConsensusWal::Sync() {
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");
  if (Status s = m_file->Sync(); !s.ok()) return Fail(s);
  return Status::Ok();
}

Status ConsensusWal::Reset() {
  if (m_failed) return Status::IoError("WAL " + m_path + " is unusable after an earlier I/O error; reopen it");
  // A new epoch from the first record on: the previous records stay in the file but end the log
  // for a reader as soon as one of the new epoch's records is in front of them. Before that (a crash
  // before the next synced Append) they may still be read, which is why every node record names its
  // height and the reader skips the ones of other heights.
  ++m_epoch;
  m_size = 0;
  return Status::Ok();
}

}  // namespace ordo::storage
