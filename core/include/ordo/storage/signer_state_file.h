#pragma once
// Persistence of the double-sign guard's SignerState. Save writes a temporary file, fsyncs it,
// renames it over the old one and fsyncs the directory, so after a power loss the file holds
// either the old or the new state, never a torn one and never an older one once Save returned.
// The file carries a CRC-32C; Load rejects a corrupted file (Corruption) rather than trusting it.

#include <optional>
#include <string>

#include "ordo/consensus/double_sign_guard.h"
#include "ordo/util/status.h"

namespace ordo::storage {

// nullopt when the file does not exist (a new validator).
Result<std::optional<consensus::SignerState>> LoadSignerState(const std::string& path);
[[nodiscard]] Status SaveSignerState(const std::string& path, const consensus::SignerState& state);

}  // namespace ordo::storage
