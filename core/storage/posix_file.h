#pragma once
// Small POSIX file helpers behind PosixFileSystem(). Every failure becomes an IoError naming the
// operation, the path and strerror(errno). Internal to storage.

#include <string>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage::detail {

// IoError "<what> <path>: <strerror(err)>".
Status ErrnoStatus(const char* what, const std::string& path, int err);

// Writes every byte at offset (pwrite), retrying short writes and EINTR.
[[nodiscard]] Status PWriteAll(int fd, ByteSpan data, uint64_t offset, const std::string& path);

// Replaces path with bytes so that a crash leaves either the old file or the new one, both whole:
// writes path + ".tmp", fsyncs it, renames it over path and fsyncs the directory. The temporary is
// removed on failure.
[[nodiscard]] Status ReplaceFileSynced(const std::string& path, ByteSpan bytes);

// fsyncs the directory holding path, so that a create or rename of path survives a power loss.
[[nodiscard]] Status SyncParentDirectory(const std::string& path);

// close() that retries nothing (Linux closes the descriptor even on EINTR) but reports the error.
[[nodiscard]] Status Close(int fd, const std::string& path);

}  // namespace ordo::storage::detail
