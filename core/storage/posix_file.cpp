#include "storage/posix_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <utility>

#include "ordo/storage/file_system.h"

namespace ordo::storage::detail {

Status ErrnoStatus(const char* what, const std::string& path, int err) {
  return Status::IoError(std::string(what) + " " + path + ": " + std::strerror(err));
}

Status PWriteAll(int fd, ByteSpan data, uint64_t offset, const std::string& path) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::pwrite(fd, data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus("pwrite", path, errno);
    }
    // pwrite() never returns 0 for a non-empty regular-file write; treat it as an error rather
    // than spin forever if a strange filesystem does.
    if (n == 0) return Status::IoError("pwrite " + path + ": wrote 0 bytes");
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status ReplaceFileSynced(const std::string& path, ByteSpan bytes) {
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus("create", tmp, errno);
  Status s = PWriteAll(fd, bytes, 0, tmp);
  if (s.ok() && ::fsync(fd) != 0) s = ErrnoStatus("fsync", tmp, errno);
  const Status closed = Close(fd, tmp);
  if (s.ok()) s = closed;
  // rename() atomically replaces the old file; the directory fsync makes the replacement itself
  // durable, so a later read can never see the older file once this returned.
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = ErrnoStatus("rename", tmp, errno);
  if (!s.ok()) {
    ::unlink(tmp.c_str());
    return s;
  }
  return SyncParentDirectory(path);
}

Status SyncParentDirectory(const std::string& path) {
  const std::string parent = std::filesystem::path(path).parent_path().string();
  const std::string dir = parent.empty() ? std::string(".") : parent;
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("open directory", dir, errno);
  if (::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    return ErrnoStatus("fsync directory", dir, err);
  }
  return Close(fd, dir);
}

Status Close(int fd, const std::string& path) {
  if (::close(fd) != 0 && errno != EINTR) return ErrnoStatus("close", path, errno);
  return Status::Ok();
}

}  // namespace ordo::storage::detail

namespace ordo::storage {

namespace {

class PosixFile final : public File {
 public:
  PosixFile(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) { ORDO_ASSERT(m_fd >= 0); }
  // Nothing unsynced can be saved here: a caller that needed durability called Sync.
  ~PosixFile() override { (void)detail::Close(m_fd, m_path); }
  PosixFile(const PosixFile&) = delete;
  PosixFile& operator=(const PosixFile&) = delete;

  Result<uint64_t> Size() override {
    struct stat st {};
    if (::fstat(m_fd, &st) != 0) return detail::ErrnoStatus("fstat", m_path, errno);
    ORDO_ASSERT(st.st_size >= 0);
    return static_cast<uint64_t>(st.st_size);
  }

  Status Read(uint64_t offset, size_t n, Bytes* out) override {
    // Sized by the file, not by n, so that "read everything from here" costs no more than the file.
    const Result<uint64_t> size = Size();
    if (!size.ok()) return size.status();
    const size_t want = static_cast<size_t>(std::min<uint64_t>(n, *size - std::min(offset, *size)));
    out->assign(want, 0);
    size_t done = 0;
    while (done < want) {
      const ssize_t got = ::pread(m_fd, out->data() + done, want - done, static_cast<off_t>(offset + done));
      if (got < 0) {
        if (errno == EINTR) continue;
        return detail::ErrnoStatus("read", m_path, errno);
      }
      if (got == 0) break;  // the end of the file
      done += static_cast<size_t>(got);
    }
    out->resize(done);
    return Status::Ok();
  }

  Status Write(uint64_t offset, ByteSpan data) override { return detail::PWriteAll(m_fd, data, offset, m_path); }

  Status Sync() override {
    if (::fdatasync(m_fd) != 0) return detail::ErrnoStatus("fdatasync", m_path, errno);
    return Status::Ok();
  }

 private:
  const int m_fd;
  const std::string m_path;
};

class Posix final : public FileSystem {
 public:
  Result<std::unique_ptr<File>> Open(const std::string& path, OpenMode mode) override {
    const int flags = (mode == OpenMode::ReadOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC;
    bool created = false;
    int fd = -1;
    if (mode == OpenMode::Create) {
      // O_EXCL tells a create from an open, and only a create needs the directory synced.
      fd = ::open(path.c_str(), flags | O_CREAT | O_EXCL, 0644);
      created = fd >= 0;
    }
    if (fd < 0 && (mode != OpenMode::Create || errno == EEXIST)) fd = ::open(path.c_str(), flags);
    if (fd < 0 && errno == ENOENT) return Status::NotFound(path + ": no such file");
    if (fd < 0) return detail::ErrnoStatus("open", path, errno);
    auto file = std::make_unique<PosixFile>(fd, path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) return detail::ErrnoStatus("fstat", path, errno);
    if (!S_ISREG(st.st_mode)) return Status::IoError(path + ": not a regular file");
    if (created) {
      if (Status s = detail::SyncParentDirectory(path); !s.ok()) return s;
    }
    return std::unique_ptr<File>(std::move(file));
  }

  bool Exists(const std::string& path) override {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
  }

  Status ReplaceSynced(const std::string& path, ByteSpan bytes) override { return detail::ReplaceFileSynced(path, bytes); }

  Status Remove(const std::string& path) override {
    if (::unlink(path.c_str()) != 0) {
      if (errno == ENOENT) return Status::NotFound(path + ": no such file");
      return detail::ErrnoStatus("unlink", path, errno);
    }
    return detail::SyncParentDirectory(path);
  }
};

}  // namespace

FileSystem& PosixFileSystem() {
  static Posix file_system;
  return file_system;
}

}  // namespace ordo::storage
