#include "settings/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>

namespace ordo::ui {

namespace {

QString Tr(const char* text) { return QCoreApplication::translate("ordo::ui::Validation", text); }

QString ExistingAncestor(const QString& path) {
  QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
  for (int depth = 0; depth < 256 && !info.exists(); ++depth) {
    const QString parent = info.absolutePath();
    if (parent == info.absoluteFilePath()) break;
    info = QFileInfo(parent);
  }
  return info.exists() ? info.absoluteFilePath() : QString();
}

}  // namespace

quint64 FreeBytesAt(const QString& path) {
  if (path.isEmpty()) return 0;
  const QString existing = ExistingAncestor(path);
  if (existing.isEmpty()) return 0;
  const QStorageInfo storage(existing);
  if (!storage.isValid()) return 0;
  return static_cast<quint64>(std::max<qint64>(storage.bytesAvailable(), 0));
}

QString ValidatePeers(const QString& text, QStringList* peers) {
  static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
  static const QRegularExpression host_re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
  const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
  if (parts.isEmpty()) return Tr("Enter at least one peer as host:port.");
  if (parts.size() > peers_max) return Tr("At most %1 peers, please.").arg(peers_max);
  QStringList out;
  for (const QString& part : parts) {
    const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) return Tr("“%1” is not host:port.").arg(part);
    const QString host = part.left(colon);
    bool ok = false;
    const int port = part.mid(colon + 1).toInt(&ok);
    if (!host_re.match(host).hasMatch()) return Tr("“%1” is not a valid host name or IPv4 address.").arg(host);
    if (!ok || port < 1 || port > 65535) return Tr("“%1” has no valid port (1–65535).").arg(part);
    if (!out.contains(part)) out.push_back(part);
  }
  if (peers != nullptr) *peers = out;
  return {};
}

QString ValidateGenesisFile(const QString& path) {
  if (path.trimmed().isEmpty()) return Tr("Choose the network's genesis file (genesis.json).");
  const QFileInfo info(path);
  if (!info.exists()) return Tr("The genesis file %1 does not exist.").arg(path);
  if (!info.isFile() || !info.isReadable()) return Tr("The genesis file %1 cannot be read.").arg(path);
  return {};
}

QString ValidateFreeSpace(quint64 free_bytes) {
  if (free_bytes >= data_dir_free_min_bytes) return {};
  return Tr("Only %1 free there; the node needs at least %2. Choose a directory on another disk or free some space.")
      .arg(QLocale().formattedDataSize(static_cast<qint64>(free_bytes), 1),
           QLocale().formattedDataSize(static_cast<qint64>(data_dir_free_min_bytes), 0));
}

QString ValidateDataDir(const QString& path) {
  if (path.trimmed().isEmpty()) return Tr("Choose a data directory.");
  const QFileInfo info(path);
  if (info.exists() && !info.isDir()) return Tr("%1 is a file, not a directory.").arg(path);
  const QString existing = ExistingAncestor(path);
  if (existing.isEmpty() || !QFileInfo(existing).isWritable()) return Tr("%1 cannot be created or written.").arg(path);
  return ValidateFreeSpace(FreeBytesAt(path));
}

QString ValidateOrdodPath(const QString& path) {
  if (path.trimmed().isEmpty()) return Tr("Choose the ordod program.");
  const QFileInfo info(path);
  if (!info.exists()) return Tr("%1 does not exist.").arg(path);
  if (!info.isFile() || !info.isExecutable()) return Tr("%1 is not an executable program.").arg(path);
  return {};
}

}  // namespace ordo::ui
