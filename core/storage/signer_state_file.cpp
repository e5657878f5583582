#include "ordo/storage/signer_state_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <utility>

#include "ordo/codec/codec.h"
#include "ordo/util/crc32c.h"
#include "storage/posix_file.h"

namespace ordo::storage {

namespace {

using consensus::SignerState;
using consensus::SignStep;

constexpr uint8_t signer_file_version = 1;
// version u8 + height u64 + round i32 + step u8 + sign_bytes_hash 32 + signed_any bool.
constexpr size_t payload_bytes = 1 + 8 + 4 + 1 + 32 + 1;
constexpr size_t crc_bytes = 4;
constexpr size_t file_bytes = payload_bytes + crc_bytes;

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

// Writes bytes to path and fsyncs them; on failure the partial file is left for the caller to
// remove.
Status WriteSynced(const std::string& path, ByteSpan bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return detail::ErrnoStatus("create", path, errno);
  Status s = detail::WriteAll(fd, bytes, path);
  if (s.ok() && ::fsync(fd) != 0) s = detail::ErrnoStatus("fsync", path, errno);
  const Status closed = detail::Close(fd, path);
  return s.ok() ? closed : s;
}

}  // namespace

Result<std::optional<SignerState>> LoadSignerState(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) return std::optional<SignerState>();
  if (fd < 0) return detail::ErrnoStatus("open", path, errno);
  Bytes file;
  const Status read = detail::ReadAll(fd, path, file_bytes, &file);
  const Status closed = detail::Close(fd, path);
  if (!read.ok()) return read;
  if (!closed.ok()) return closed;
  Result<SignerState> state = Decode(file, path);
  if (!state.ok()) return state.status();
  return std::optional<SignerState>(std::move(state).value());
}

Status SaveSignerState(const std::string& path, const SignerState& state) {
  ORDO_ASSERT(IsValidStep(static_cast<uint8_t>(state.step)));
  ORDO_ASSERT(state.round >= consensus::kNilRound);
  const Bytes bytes = Encode(state);
  const std::string tmp = path + ".tmp";
  if (Status s = WriteSynced(tmp, bytes); !s.ok()) {
    ::unlink(tmp.c_str());
    return s;
  }
  // rename() atomically replaces the old file; the directory fsync makes the replacement itself
  // durable, so a later Load can never see the older state once Save returned.
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const Status s = detail::ErrnoStatus("rename", tmp, errno);
    ::unlink(tmp.c_str());
    return s;
  }
  return detail::SyncParentDirectory(path);
}

}  // namespace ordo::storage
