#pragma once
// Checks of what the operator types into the first-run dialog and the settings page. Each returns
// an empty string when the input is fine, else a translated message that says what to fix.

#include <QString>
#include <QStringList>

namespace ordo::ui {

inline constexpr quint64 data_dir_free_min_bytes = quint64{1} << 30;  // refuse a data directory below 1 GiB free
inline constexpr int peers_max = 64;                                   // peers accepted in one list

// Free bytes on the file system that holds `path`, or would hold it (the nearest existing
// ancestor); 0 when it cannot be determined.
quint64 FreeBytesAt(const QString& path);
// Splits "host:port, host:port" (commas, spaces or new lines) into `peers` (may be null).
QString ValidatePeers(const QString& text, QStringList* peers);
QString ValidateGenesisFile(const QString& path);
// A data directory: set, creatable or writable, and with data_dir_free_min_bytes free.
QString ValidateDataDir(const QString& path);
// Just the free-space part of ValidateDataDir.
QString ValidateFreeSpace(quint64 free_bytes);
QString ValidateOrdodPath(const QString& path);

}  // namespace ordo::ui
