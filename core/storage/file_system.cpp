#include "ordo/storage/file_system.h"

namespace ordo::storage {

Status ReadAll(File& file, const std::string& path, uint64_t bytes_max, Bytes* out) {
  Result<uint64_t> size = file.Size();
  if (!size.ok()) return size.status();
  if (*size > bytes_max) {
    return Status::Corruption(path + ": " + std::to_string(*size) + " bytes, more than " + std::to_string(bytes_max));
  }
  if (Status s = file.Read(0, static_cast<size_t>(*size), out); !s.ok()) return s;
  // Nobody else may write these files, so a file that shrank under us is said loudly.
  if (out->size() != *size) return Status::IoError("read " + path + ": file shrank while reading");
  return Status::Ok();
}

}  // namespace ordo::storage
