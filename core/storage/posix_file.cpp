#include "storage/posix_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

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

Status ReadAll(int fd, const std::string& path, size_t bytes_max, Bytes* out) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return ErrnoStatus("fstat", path, errno);
  if (!S_ISREG(st.st_mode)) return Status::IoError(path + ": not a regular file");
  ORDO_ASSERT(st.st_size >= 0);
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size > bytes_max) {
    return Status::Corruption(path + ": " + std::to_string(size) + " bytes, more than " + std::to_string(bytes_max));
  }
  out->assign(static_cast<size_t>(size), 0);
  size_t done = 0;
  while (done < out->size()) {
    const ssize_t n = ::pread(fd, out->data() + done, out->size() - done, static_cast<off_t>(done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus("read", path, errno);
    }
    // The file shrank under us: nobody else may write these files, so say so loudly.
    if (n == 0) return Status::IoError("read " + path + ": file shrank while reading");
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status SyncParentDirectory(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
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
