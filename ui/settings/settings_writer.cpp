#include "settings/settings_writer.h"

#include <QMetaObject>

namespace ordo::ui {

SettingsWriter::SettingsWriter(const QString& file, QSettings::Format format, QObject* parent)
    : QObject(parent), m_file(file), m_format(format) {
  m_thread.setObjectName(QStringLiteral("settings-writer"));
  m_worker = new QObject;
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  m_thread.start(QThread::LowPriority);
}

SettingsWriter::~SettingsWriter() {
  QMetaObject::invokeMethod(m_worker, [this] { m_settings.reset(); }, Qt::BlockingQueuedConnection);
  m_thread.quit();
  m_thread.wait();
}

void SettingsWriter::Write(const QString& group, const QVariantMap& values) {
  QMetaObject::invokeMethod(
      m_worker,
      [this, group, values] {
        if (!m_settings) m_settings = std::make_unique<QSettings>(m_file, m_format);
        m_settings->beginGroup(group);
        for (auto it = values.begin(); it != values.end(); ++it) m_settings->setValue(it.key(), it.value());
        m_settings->endGroup();
        m_settings->sync();
      },
      Qt::QueuedConnection);
}

void SettingsWriter::Flush() {
  QMetaObject::invokeMethod(m_worker, [this] {
    if (m_settings) m_settings->sync();
  }, Qt::BlockingQueuedConnection);
}

}  // namespace ordo::ui
