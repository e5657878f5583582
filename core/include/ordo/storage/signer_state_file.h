#pragma once
// Persistence of the double-sign guard's SignerState. Save writes a temporary file, fsyncs it,
// renames it over the old one and fsyncs the directory, so after a power loss the file holds
// either the old or the new state, never a torn one and never an older one once Save returned.
// The file carries a CRC-32C; Load rejects a corrupted file (Corruption) rather than trusting it.
//
// SignerStateFile is the node's fast path: the file holds the record twice, in two 4 KiB pages,
// each copy with a sequence number and a CRC-32C. A save overwrites both copies in place and
// fdatasyncs once — one flush instead of two fsyncs and a rename per signature. After a save
// returned both copies are the newest; a crash during a save can tear one page, and the other
// then holds the previous state (that save never returned, so no signature depended on it).
// So one damaged page is survivable either way (open() reports it in damaged()); two are
// Corruption. LoadSignerState reads both formats; the first save converts a version 1 file by
// rename. All I/O goes through a FileSystem (the overloads without one use PosixFileSystem()).

#include <memory>
#include <optional>
#include <string>

#include "ordo/consensus/double_sign_guard.h"
#include "ordo/storage/file_system.h"
#include "ordo/util/status.h"

namespace ordo::storage {

// nullopt when the file does not exist (a new validator).
Result<std::optional<consensus::SignerState>> LoadSignerState(FileSystem& fs, const std::string& path);
Result<std::optional<consensus::SignerState>> LoadSignerState(const std::string& path);
[[nodiscard]] Status SaveSignerState(FileSystem& fs, const std::string& path, const consensus::SignerState& state);
[[nodiscard]] Status SaveSignerState(const std::string& path, const consensus::SignerState& state);

class SignerStateFile {
 public:
  // Reads the state (either format; nullopt when the file does not exist) and keeps the file open.
  // fs must outlive the returned object.
  static Result<std::unique_ptr<SignerStateFile>> Open(FileSystem& fs, const std::string& path);
  static Result<std::unique_ptr<SignerStateFile>> Open(const std::string& path);
  ~SignerStateFile();
  SignerStateFile(const SignerStateFile&) = delete;
  SignerStateFile& operator=(const SignerStateFile&) = delete;

  const std::optional<consensus::SignerState>& state() const { return m_state; }
  // Non-empty when Open found one copy unusable (and says why): the next Save rewrites it.
  const std::string& damaged() const { return m_damaged; }
  // Durable when it returns Ok. After an IoError every later Save fails: reopen to go on.
  [[nodiscard]] Status Save(const consensus::SignerState& state);

 private:
  explicit SignerStateFile(FileSystem& fs) : m_fs(fs) {}
  FileSystem& m_fs;
  std::string m_path;
  std::unique_ptr<File> m_file;  // open once the file is in the slotted format
  uint64_t m_sequence = 0;       // of the newest record
  bool m_failed = false;
  std::optional<consensus::SignerState> m_state;
  std::string m_damaged;
  int m_damaged_page = -1;  // the unusable page found at Open, rewritten first by the next Save
};

}  // namespace ordo::storage
