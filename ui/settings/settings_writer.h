#pragma once
// Writes QSettings values on its own thread. QSettings writes its file and syncs it (a lock file
// and a new file, each fdatasynced) in the thread that owns the object; on the GUI thread that
// cost tens of milliseconds whenever the node's databases on the same disk were flushing. The
// writer keeps its own QSettings instance on the same file (QSettings merges the changes of
// several instances when it syncs) and only ever touches it from its thread.

#include <QObject>
#include <QSettings>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <memory>

namespace ordo::ui {

class SettingsWriter : public QObject {
  Q_OBJECT

 public:
  SettingsWriter(const QString& file, QSettings::Format format, QObject* parent = nullptr);
  // Writes what is still queued, syncs, and stops the thread.
  ~SettingsWriter() override;

  // Queues group/key = value for every entry, then a sync; returns at once. Any thread.
  void Write(const QString& group, const QVariantMap& values);
  // Blocks until everything queued so far is on disk (for tests and shutdown).
  void Flush();

 private:
  const QString m_file;
  const QSettings::Format m_format;
  QThread m_thread;
  QObject* m_worker = nullptr;                 // lives in m_thread
  std::unique_ptr<QSettings> m_settings;       // created, used and destroyed in m_thread only
};

}  // namespace ordo::ui
