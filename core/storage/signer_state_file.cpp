#include "ordo/storage/signer_state_file.h"

#include <algorithm>
#include <utility>

#include "ordo/codec/codec.h"
#include "ordo/util/crc32c.h"

namespace ordo::storage {

namespace {

using consensus::SignerState;
using consensus::SignStep;

constexpr uint8_t signer_file_version = 1;
// version u8 + height u64 + round i32 + step u8 + sign_bytes_hash 32 + signed_any bool.
constexpr size_t payload_bytes = 1 + 8 + 4 + 1 + 32 + 1;
constexpr size_t crc_bytes = 4;
constexpr size_t file_bytes = payload_bytes + crc_bytes;
constexpr size_t slotted_file_bytes = 2 * 4096;

bool IsValidStep(uint8_t step) {
  switch (static_cast<SignStep>(step)) {
    case SignStep::Proposal:
    case SignStep::Prevote:
    case SignStep::Precommit:
      return true;
  }
  return false;
}

Bytes Encode(const SignerState& state) {
  codec::Writer w;
  w.PutU8(signer_file_version);
  w.PutU64(state.height);
  w.PutI32(state.round);
  w.PutU8(static_cast<uint8_t>(state.step));
  w.PutFixed(state.sign_bytes_hash);
  w.PutBool(state.signed_any);
  ORDO_ASSERT(w.bytes().size() == payload_bytes);
  w.PutU32(Crc32c(w.bytes()));
  ORDO_ASSERT(w.bytes().size() == file_bytes);
  return w.Take();
}

Result<SignerState> Decode(ByteSpan file, const std::string& path) {
  if (file.size() != file_bytes) {
    return Status::Corruption(path + ": " + std::to_string(file.size()) + " bytes, expected " + std::to_string(file_bytes));
  }
  const ByteSpan payload = file.first(payload_bytes);
  uint32_t crc = 0;
  for (uint8_t b : file.last(crc_bytes)) crc = crc << 8 | b;
  // No field is looked at before the checksum vouches for it.
  if (Crc32c(payload) != crc) return Status::Corruption(path + ": CRC-32C mismatch");

  codec::Reader r(payload);
  uint8_t version = 0;
  uint8_t step = 0;
  SignerState state;
  Status s = r.ReadU8(&version);
  if (s.ok() && version != signer_file_version) {
    return Status::Corruption(path + ": unknown version " + std::to_string(version));
  }
  if (s.ok()) s = r.ReadU64(&state.height);
  if (s.ok()) s = r.ReadI32(&state.round);
  if (s.ok()) s = r.ReadU8(&step);
  if (s.ok()) s = r.ReadFixed(state.sign_bytes_hash);
  if (s.ok()) s = r.ReadBool(&state.signed_any);
  if (s.ok()) s = r.Finish();
  if (!s.ok()) return Status::Corruption(path + ": " + s.message());
  if (!IsValidStep(step)) return Status::Corruption(path + ": invalid sign step " + std::to_string(step));
  if (state.round < consensus::kNilRound) return Status::Corruption(path + ": invalid round " + std::to_string(state.round));
  state.step = static_cast<SignStep>(step);
  return state;
}



// The slotted format (version 2), written in place by SignerStateFile: two 4 KiB pages, each
// holding at its start the same record [version 2, sequence u64, the v1 fields, CRC-32C] and zeros
// after it. A save writes the next record to both pages and fdatasyncs once; the file never
// changes size, so that is one data flush, without the rename and the directory sync.
constexpr uint8_t slotted_version = 2;
constexpr size_t slot_payload_bytes = 1 + 8 + 8 + 4 + 1 + 32 + 1;
constexpr size_t slot_record_bytes = slot_payload_bytes + crc_bytes;
constexpr size_t slot_page_bytes = 4096;

Bytes EncodeSlot(uint64_t sequence, const SignerState& state) {
  codec::Writer w;
  w.PutU8(slotted_version);
  w.PutU64(sequence);
  w.PutU64(state.height);
  w.PutI32(state.round);
  w.PutU8(static_cast<uint8_t>(state.step));
  w.PutFixed(state.sign_bytes_hash);
  w.PutBool(state.signed_any);
  ORDO_ASSERT(w.bytes().size() == slot_payload_bytes);
  w.PutU32(Crc32c(w.bytes()));
  ORDO_ASSERT(w.bytes().size() == slot_record_bytes);
  return w.Take();
}

struct Slot {
  bool empty = false;
  std::string damage;  // why the record is unusable; empty when it is valid (or the slot empty)
  uint64_t sequence = 0;
  SignerState state;
};

Slot DecodeSlot(ByteSpan page) {
  Slot slot;
  const ByteSpan record = page.first(slot_record_bytes);
  if (std::all_of(page.begin(), page.end(), [](uint8_t b) { return b == 0; })) {
    slot.empty = true;
    return slot;
  }
  if (!std::all_of(page.begin() + slot_record_bytes, page.end(), [](uint8_t b) { return b == 0; })) {
    slot.damage = "bytes after the record";
    return slot;
  }
  const ByteSpan payload = record.first(slot_payload_bytes);
  uint32_t crc = 0;
  for (uint8_t b : record.last(crc_bytes)) crc = crc << 8 | b;
  if (Crc32c(payload) != crc) {
    slot.damage = "CRC-32C mismatch";
    return slot;
  }
  codec::Reader r(payload);
  uint8_t version = 0, step = 0;
  Status s = r.ReadU8(&version);
  if (s.ok() && version != slotted_version) s = Status::Corruption("unknown version " + std::to_string(version));
  if (s.ok()) s = r.ReadU64(&slot.sequence);
  if (s.ok()) s = r.ReadU64(&slot.state.height);
  if (s.ok()) s = r.ReadI32(&slot.state.round);
  if (s.ok()) s = r.ReadU8(&step);
  if (s.ok()) s = r.ReadFixed(slot.state.sign_bytes_hash);
  if (s.ok()) s = r.ReadBool(&slot.state.signed_any);
  if (s.ok()) s = r.Finish();
  if (s.ok() && !IsValidStep(step)) s = Status::Corruption("invalid sign step " + std::to_string(step));
  if (s.ok() && slot.state.round < consensus::kNilRound) s = Status::Corruption("invalid round");
  if (s.ok() && slot.sequence == 0) s = Status::Corruption("sequence 0");
  if (!s.ok()) {
    slot.damage = s.message();
    return slot;
  }
  slot.state.step = static_cast<SignStep>(step);
  return slot;
}

struct Slotted {
  uint64_t sequence = 0;
  SignerState state;
  std::string damaged;  // set when one page was unusable and the other was used
  int damaged_page = -1;  // which
};

// Both pages hold the newest record after a save returned. One unusable page is either a save torn
// by a crash (the other page then holds the previous record, and no signature depended on the
// torn one) or damage after a save (the other page holds the newest record): the intact page is
// right in both cases. Two unusable pages, or two records more than one save apart, are Corruption.
Result<Slotted> DecodeSlotted(ByteSpan file, const std::string& path) {
  ORDO_ASSERT(file.size() == slotted_file_bytes);
  const Slot slots[2] = {DecodeSlot(file.first(slot_page_bytes)), DecodeSlot(file.subspan(slot_page_bytes))};
  const bool valid[2] = {!slots[0].empty && slots[0].damage.empty(), !slots[1].empty && slots[1].damage.empty()};
  auto corrupt = [&](const std::string& why) { return Status::Corruption(path + ": " + why); };
  if (valid[0] && valid[1]) {
    const uint64_t a = slots[0].sequence, b = slots[1].sequence;
    if (a != b && a + 1 != b && b + 1 != a) return corrupt("the two copies are more than one save apart");
    const Slot& newest = a >= b ? slots[0] : slots[1];
    return Slotted{newest.sequence, newest.state, {}};
  }
  for (int i = 0; i < 2; ++i) {
    if (!valid[i]) continue;
    const Slot& other = slots[1 - i];
    return Slotted{slots[i].sequence, slots[i].state,
                   "page " + std::to_string(1 - i) + " " + (other.empty ? std::string("empty") : other.damage), 1 - i};
  }
  std::string why = "no intact copy";
  for (int i = 0; i < 2; ++i) {
    why += "; page " + std::to_string(i) + ": " + (slots[i].empty ? std::string("empty") : slots[i].damage);
  }
  return corrupt(why);
}

}  // namespace

Result<std::optional<SignerState>> LoadSignerState(FileSystem& fs, const std::string& path) {
  Result<std::unique_ptr<File>> opened = fs.Open(path, OpenMode::ReadOnly);
  if (!opened.ok() && opened.status().IsNotFound()) return std::optional<SignerState>();
  if (!opened.ok()) return opened.status();
  Bytes file;
  if (Status s = ReadAll(**opened, path, slotted_file_bytes, &file); !s.ok()) return s;
  if (file.size() == slotted_file_bytes) {
    Result<Slotted> slotted = DecodeSlotted(file, path);
    if (!slotted.ok()) return slotted.status();
    return std::optional<SignerState>(slotted->state);
  }
  Result<SignerState> state = Decode(file, path);
  if (!state.ok()) return state.status();
  return std::optional<SignerState>(std::move(state).value());
}

Result<std::optional<SignerState>> LoadSignerState(const std::string& path) { return LoadSignerState(PosixFileSystem(), path); }

Status SaveSignerState(FileSystem& fs, const std::string& path, const SignerState& state) {
  ORDO_ASSERT(IsValidStep(static_cast<uint8_t>(state.step)));
  ORDO_ASSERT(state.round >= consensus::kNilRound);
  // A later Load can never see the older state once this returned.
  return fs.ReplaceSynced(path, Encode(state));
}

Status SaveSignerState(const std::string& path, const SignerState& state) {
  return SaveSignerState(PosixFileSystem(), path, state);
}

}  // namespace ordo::storage

namespace ordo::storage {

Result<std::unique_ptr<SignerStateFile>> SignerStateFile::Open(FileSystem& fs, const std::string& path) {
  std::unique_ptr<SignerStateFile> f(new SignerStateFile(fs));
  f->m_path = path;
  Result<std::unique_ptr<File>> opened = fs.Open(path, OpenMode::ReadWrite);
  if (!opened.ok() && opened.status().IsNotFound()) return f;  // a new validator: the first Save creates the file
  if (!opened.ok()) return opened.status();
  Bytes file;
  if (Status s = ReadAll(**opened, path, slotted_file_bytes, &file); !s.ok()) return s;
  if (file.size() == slotted_file_bytes) {
    Result<Slotted> slotted = DecodeSlotted(file, path);
    if (!slotted.ok()) return slotted.status();
    f->m_file = std::move(opened).value();
    f->m_sequence = slotted->sequence;
    f->m_state = slotted->state;
    f->m_damaged = slotted->damaged;
    f->m_damaged_page = slotted->damaged_page;
    return f;
  }
  // Version 1 (one record, replaced by rename): read now, rewritten slotted by the first Save.
  Result<SignerState> state = Decode(file, path);
  if (!state.ok()) return state.status();
  f->m_state = *state;
  return f;
}

Result<std::unique_ptr<SignerStateFile>> SignerStateFile::Open(const std::string& path) { return Open(PosixFileSystem(), path); }

SignerStateFile::~SignerStateFile() = default;

Status SignerStateFile::Save(const SignerState& state) {
  ORDO_ASSERT(IsValidStep(static_cast<uint8_t>(state.step)));
  ORDO_ASSERT(state.round >= consensus::kNilRound);
  if (m_failed) return Status::IoError(m_path + " is unusable after an earlier I/O error; reopen it");
  if (!m_file) {
    // First save (no file, or a version 1 file): build the slotted file beside it and rename it
    // into place, as SaveSignerState does, so the switch itself cannot tear.
    Bytes file(slotted_file_bytes, 0);
    const Bytes record = EncodeSlot(1, state);
    std::copy(record.begin(), record.end(), file.begin());
    std::copy(record.begin(), record.end(), file.begin() + slot_page_bytes);
    if (Status s = m_fs.ReplaceSynced(m_path, file); !s.ok()) return s;
    Result<std::unique_ptr<File>> opened = m_fs.Open(m_path, OpenMode::ReadWrite);
    if (!opened.ok()) return opened.status();
    m_file = std::move(opened).value();
    m_sequence = 1;
    m_state = state;
    return Status::Ok();
  }
  const uint64_t sequence = m_sequence + 1;
  const Bytes record = EncodeSlot(sequence, state);
  if (m_damaged_page >= 0) {
    // One page is unusable: rewrite it alone and flush before touching the only intact copy, or
    // a save torn now would leave none (and the validator could never start again).
    const Status s = m_file->Write(static_cast<uint64_t>(m_damaged_page) * slot_page_bytes, record);
    if (!s.ok() || !m_file->Sync().ok()) {
      m_failed = true;
      return s.ok() ? Status::IoError(m_path + ": sync failed") : s;
    }
    m_damaged_page = -1;
  }
  for (size_t page = 0; page < 2; ++page) {
    if (Status s = m_file->Write(page * slot_page_bytes, record); !s.ok()) {
      m_failed = true;
      return s;
    }
  }
  // The file's size never changes, so fdatasync is one data flush (no journal commit).
  if (Status s = m_file->Sync(); !s.ok()) {
    m_failed = true;
    return s;
  }
  m_sequence = sequence;
  m_state = state;
  return Status::Ok();
}

}  // namespace ordo::storage
