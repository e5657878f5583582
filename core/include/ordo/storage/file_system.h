#pragma once
// The storage layer's file I/O, behind two small interfaces, so that the very WAL and signer-state
// code the node runs can also run on a simulated disk that loses power (tests/sim/sim_disk.h).
// PosixFileSystem() is the real one. Only what the storage formats need: positional reads and
// writes, a data sync, and an atomic whole-file replacement.

#include <cstdint>
#include <memory>
#include <string>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::storage {

// An open regular file. A handle may be used from one thread at a time, except that Sync may run
// on another thread while the handle's owner waits for it.
class File {
 public:
  virtual ~File() = default;
  // The file's size in bytes. IoError on failure.
  virtual Result<uint64_t> Size() = 0;
  // Replaces *out with the min(n, size - offset) bytes at offset (none at or past the end).
  [[nodiscard]] virtual Status Read(uint64_t offset, size_t n, Bytes* out) = 0;
  // Writes every byte of data at offset; a write past the end grows the file (a gap reads as
  // zeros). Not durable until Sync. IoError on failure, after which what reached the file is unknown.
  [[nodiscard]] virtual Status Write(uint64_t offset, ByteSpan data) = 0;
  // Makes every completed Write to this file durable (fdatasync). IoError on failure.
  [[nodiscard]] virtual Status Sync() = 0;
};

enum class OpenMode {
  ReadOnly,   // Write fails
  ReadWrite,  // the file must exist
  Create,     // read-write, created empty when absent
};

// Paths name regular files. Changes to which files exist (a create, ReplaceSynced, Remove) are
// durable when the call returns; file contents are durable only after File::Sync. Thread-safe.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // NotFound when the file is absent and mode is not Create; IoError when path is not a regular
  // file or cannot be opened.
  virtual Result<std::unique_ptr<File>> Open(const std::string& path, OpenMode mode) = 0;
  virtual bool Exists(const std::string& path) = 0;
  // Replaces path with bytes, durably, so that a crash at any moment leaves either the old file or
  // the new one, both whole (POSIX: a temporary, fsync, rename, directory fsync). Handles open on
  // the old file keep reading the old file.
  [[nodiscard]] virtual Status ReplaceSynced(const std::string& path, ByteSpan bytes) = 0;
  // NotFound when absent.
  [[nodiscard]] virtual Status Remove(const std::string& path) = 0;
};

// The machine's own file system; lives as long as the process.
FileSystem& PosixFileSystem();

// Reads all of file into *out; path only names it in errors. Corruption when the file is larger
// than bytes_max, IoError when it shrinks while being read.
[[nodiscard]] Status ReadAll(File& file, const std::string& path, uint64_t bytes_max, Bytes* out);

}  // namespace ordo::storage
