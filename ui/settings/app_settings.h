#pragma once
// AppSettings: the panel's persistent settings (QSettings), with command-line overrides that win
// for this run without replacing what is stored. Theme and language changes are announced so the
// application applies them at once; the network settings apply at the next start.

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace ordo::ui {

enum class NetworkMode { LocalNetwork = 0, JoinNetwork = 1, Ordod = 2 };
enum class Theme { System = 0, Light = 1, Dark = 2 };

class AppSettings : public QObject {
  Q_OBJECT

 public:
  // Keys, as stored and as named by SetOverride.
  static const QString key_mode;
  static const QString key_data_dir;
  static const QString key_rpc_port_base;
  static const QString key_p2p_port_base;
  static const QString key_genesis_file;
  static const QString key_peers;
  static const QString key_ordod_path;
  static const QString key_ordod_home;
  static const QString key_theme;
  static const QString key_language;
  static const QString key_first_run_done;

  static constexpr quint16 rpc_port_base_default = 8545;
  static constexpr quint16 p2p_port_base_default = 26656;

  // `settings` is not owned and must outlive this object; null: a default QSettings() owned here.
  explicit AppSettings(QSettings* settings = nullptr, QObject* parent = nullptr);
  ~AppSettings() override;

  NetworkMode mode() const;
  void setMode(NetworkMode mode);
  QString dataDir() const;
  void setDataDir(const QString& dir);
  quint16 rpcPortBase() const;
  void setRpcPortBase(quint16 port);
  quint16 p2pPortBase() const;
  void setP2pPortBase(quint16 port);
  QString genesisFile() const;  // joining a network
  void setGenesisFile(const QString& path);
  QStringList peers() const;    // joining a network: "host:port"
  void setPeers(const QStringList& peers);
  QString ordodPath() const;
  void setOrdodPath(const QString& path);
  QString ordodHome() const;
  void setOrdodHome(const QString& path);
  Theme theme() const;
  void setTheme(Theme theme);
  QString language() const;     // "" = the system's, "en", "de", "es", "zh_CN"
  void setLanguage(const QString& language);
  bool firstRunDone() const;
  void setFirstRunDone(bool done);

  // `value` wins over the stored one until the panel exits; `flag` names the option for the UI
  // ("--datadir"; default "--" + key with '_' as '-').
  void SetOverride(const QString& key, const QVariant& value, const QString& flag = QString());
  bool IsOverridden(const QString& key) const;
  QString OverrideFlag(const QString& key) const;
  // The stored value, whether or not overridden.
  QVariant StoredValue(const QString& key, const QVariant& fallback = QVariant()) const;

  static QString DefaultDataDir();

 Q_SIGNALS:
  // The effective value of `key` may have changed.
  void changed(const QString& key);
  void themeChanged(ordo::ui::Theme theme);
  void languageChanged(const QString& language);

 private:
  QVariant Value(const QString& key, const QVariant& fallback) const;
  void Store(const QString& key, const QVariant& value);

  QSettings* m_settings;
  bool m_owns_settings;
  QHash<QString, QVariant> m_overrides;
  QHash<QString, QString> m_override_flags;
};

}  // namespace ordo::ui
