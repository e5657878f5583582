#include "settings/app_settings.h"

#include <algorithm>

#include <QSettings>
#include <QStandardPaths>

namespace ordo::ui {

const QString AppSettings::key_mode = QStringLiteral("mode");
const QString AppSettings::key_data_dir = QStringLiteral("data_dir");
const QString AppSettings::key_rpc_port_base = QStringLiteral("rpc_port_base");
const QString AppSettings::key_p2p_port_base = QStringLiteral("p2p_port_base");
const QString AppSettings::key_genesis_file = QStringLiteral("join/genesis_file");
const QString AppSettings::key_peers = QStringLiteral("join/peers");
const QString AppSettings::key_ordod_path = QStringLiteral("ordod/path");
const QString AppSettings::key_ordod_home = QStringLiteral("ordod/home");
const QString AppSettings::key_theme = QStringLiteral("theme");
const QString AppSettings::key_language = QStringLiteral("language");
const QString AppSettings::key_first_run_done = QStringLiteral("first_run_done");

AppSettings::AppSettings(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings != nullptr ? settings : new QSettings), m_owns_settings(settings == nullptr) {}

AppSettings::~AppSettings() {
  if (m_owns_settings) delete m_settings;
}

QString AppSettings::DefaultDataDir() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QVariant AppSettings::Value(const QString& key, const QVariant& fallback) const {
  auto it = m_overrides.constFind(key);
  if (it != m_overrides.constEnd()) return *it;
  return m_settings->value(key, fallback);
}

QVariant AppSettings::StoredValue(const QString& key, const QVariant& fallback) const {
  return m_settings->value(key, fallback);
}

void AppSettings::Store(const QString& key, const QVariant& value) {
  if (m_settings->contains(key) && m_settings->value(key) == value) return;
  m_settings->setValue(key, value);
  if (!IsOverridden(key)) Q_EMIT changed(key);
}

void AppSettings::SetOverride(const QString& key, const QVariant& value, const QString& flag) {
  m_overrides.insert(key, value);
  QString f = flag;
  if (f.isEmpty()) {
    f = key.section(QLatin1Char('/'), -1);
    f.replace(QLatin1Char('_'), QLatin1Char('-'));
    f.prepend(QStringLiteral("--"));
  }
  m_override_flags.insert(key, f);
  Q_EMIT changed(key);
}

bool AppSettings::IsOverridden(const QString& key) const { return m_overrides.contains(key); }

QString AppSettings::OverrideFlag(const QString& key) const { return m_override_flags.value(key); }

NetworkMode AppSettings::mode() const {
  return static_cast<NetworkMode>(std::clamp(Value(key_mode, 0).toInt(), 0, 2));
}
void AppSettings::setMode(NetworkMode mode) { Store(key_mode, static_cast<int>(mode)); }

QString AppSettings::dataDir() const {
  const QString dir = Value(key_data_dir, QString()).toString();
  return dir.isEmpty() ? DefaultDataDir() : dir;
}
void AppSettings::setDataDir(const QString& dir) { Store(key_data_dir, dir); }

quint16 AppSettings::rpcPortBase() const {
  const int port = Value(key_rpc_port_base, rpc_port_base_default).toInt();
  return port > 0 && port < 65536 ? static_cast<quint16>(port) : rpc_port_base_default;
}
void AppSettings::setRpcPortBase(quint16 port) { Store(key_rpc_port_base, port); }

quint16 AppSettings::p2pPortBase() const {
  const int port = Value(key_p2p_port_base, p2p_port_base_default).toInt();
  return port > 0 && port < 65536 ? static_cast<quint16>(port) : p2p_port_base_default;
}
void AppSettings::setP2pPortBase(quint16 port) { Store(key_p2p_port_base, port); }

QString AppSettings::genesisFile() const { return Value(key_genesis_file, QString()).toString(); }
void AppSettings::setGenesisFile(const QString& path) { Store(key_genesis_file, path); }

QStringList AppSettings::peers() const { return Value(key_peers, QStringList()).toStringList(); }
void AppSettings::setPeers(const QStringList& peers) { Store(key_peers, peers); }

QString AppSettings::ordodPath() const { return Value(key_ordod_path, QString()).toString(); }
void AppSettings::setOrdodPath(const QString& path) { Store(key_ordod_path, path); }

QString AppSettings::ordodHome() const { return Value(key_ordod_home, QString()).toString(); }
void AppSettings::setOrdodHome(const QString& path) { Store(key_ordod_home, path); }

Theme AppSettings::theme() const {
  return static_cast<Theme>(std::clamp(Value(key_theme, 0).toInt(), 0, 2));
}
void AppSettings::setTheme(Theme theme) {
  const Theme before = this->theme();
  Store(key_theme, static_cast<int>(theme));
  if (this->theme() != before) Q_EMIT themeChanged(this->theme());
}

QString AppSettings::language() const { return Value(key_language, QString()).toString(); }
void AppSettings::setLanguage(const QString& language) {
  const QString before = this->language();
  Store(key_language, language);
  if (this->language() != before) Q_EMIT languageChanged(this->language());
}

bool AppSettings::firstRunDone() const { return Value(key_first_run_done, false).toBool(); }
void AppSettings::setFirstRunDone(bool done) { Store(key_first_run_done, done); }

}  // namespace ordo::ui
