// ordo: the Ordo control panel. Runs the node core in this process (a local network of four
// validators by default, or one node joined to a network) and shows it.
//
//   ordo                          first run asks; later runs use the stored choice
//   ordo --local-network          straight to the local network (what `packaging/dev.sh run` does)
//   ordo --join GENESIS --peers host:port,...   join a network with this genesis
//   ordo --datadir DIR --rpc-port P --p2p-port P --language de --theme dark

#include <memory>
#include <string>
#include <thread>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>

#include "main_window.h"
#include "ordo/interfaces/node.h"
#include "panel.h"
#include "settings/app_settings.h"
#include "settings/theme.h"
#include "settings/translator.h"
#include "wizards/first_run_dialog.h"

namespace {

using ordo::ui::AppSettings;
using ordo::ui::NetworkMode;

struct StartResult {
  std::shared_ptr<ordo::interfaces::Node> node;
  QString error;
};

// Opens the node for the chosen mode. Runs on a plain thread: opening RocksDB and binding sockets
// must not stall the GUI thread.
StartResult StartNode(NetworkMode mode, const QString& data_dir, quint16 rpc_base, quint16 p2p_base,
                      const QString& genesis_file, const QStringList& peers) {
  StartResult r;
  std::string error;
  switch (mode) {
    case NetworkMode::LocalNetwork: {
      ordo::interfaces::LocalNetworkOptions o;
      o.data_dir = (data_dir + QStringLiteral("/local-network")).toStdString();
      o.rpc_port_base = rpc_base;
      o.p2p_port_base = p2p_base;
      r.node = ordo::interfaces::MakeLocalNetwork(o, &error);
      break;
    }
    case NetworkMode::JoinNetwork:
    case NetworkMode::Ordod: {
      const std::string home = (data_dir + QStringLiteral("/node")).toStdString();
      if (!QFileInfo::exists(QString::fromStdString(home) + QStringLiteral("/genesis.json"))) {
        std::vector<std::string> peer_list;
        for (const QString& p : peers) peer_list.push_back(p.trimmed().toStdString());
        if (!ordo::interfaces::PrepareJoinHome(home, genesis_file.toStdString(), peer_list, &error)) break;
      }
      r.node = ordo::interfaces::MakeNodeFromHome(home, &error);
      break;
    }
  }
  if (!r.node) r.error = QString::fromStdString(error);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Ordo"));
  QApplication::setApplicationName(QStringLiteral("ordo"));
  QApplication::setApplicationDisplayName(QStringLiteral("Ordo"));
  QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Ordo control panel: runs and shows a sequencer node"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption local_opt(QStringLiteral("local-network"),
                                     QApplication::translate("main", "Run the embedded local network without asking"));
  const QCommandLineOption join_opt(QStringLiteral("join"), QApplication::translate("main", "Join the network of this genesis file"),
                                    QStringLiteral("genesis"));
  const QCommandLineOption peers_opt(QStringLiteral("peers"), QApplication::translate("main", "Peers to join, host:port,..."),
                                     QStringLiteral("peers"));
  const QCommandLineOption datadir_opt(QStringLiteral("datadir"), QApplication::translate("main", "Data directory"),
                                       QStringLiteral("dir"));
  const QCommandLineOption rpc_opt(QStringLiteral("rpc-port"), QApplication::translate("main", "JSON-RPC port of the first node"),
                                   QStringLiteral("port"));
  const QCommandLineOption p2p_opt(QStringLiteral("p2p-port"), QApplication::translate("main", "P2P port of the first node"),
                                   QStringLiteral("port"));
  const QCommandLineOption lang_opt(QStringLiteral("language"), QApplication::translate("main", "Language: en, de, es, zh_CN"),
                                    QStringLiteral("lang"));
  const QCommandLineOption theme_opt(QStringLiteral("theme"), QApplication::translate("main", "Theme: system, light, dark"),
                                     QStringLiteral("theme"));
  parser.addOptions({local_opt, join_opt, peers_opt, datadir_opt, rpc_opt, p2p_opt, lang_opt, theme_opt});
  parser.process(app);

  QSettings state;
  AppSettings settings(&state);
  if (parser.isSet(local_opt)) settings.SetOverride(AppSettings::key_mode, static_cast<int>(NetworkMode::LocalNetwork), QStringLiteral("--local-network"));
  if (parser.isSet(join_opt)) {
    settings.SetOverride(AppSettings::key_mode, static_cast<int>(NetworkMode::JoinNetwork), QStringLiteral("--join"));
    settings.SetOverride(AppSettings::key_genesis_file, parser.value(join_opt), QStringLiteral("--join"));
  }
  if (parser.isSet(peers_opt)) settings.SetOverride(AppSettings::key_peers, parser.value(peers_opt).split(QLatin1Char(',')), QStringLiteral("--peers"));
  if (parser.isSet(datadir_opt)) settings.SetOverride(AppSettings::key_data_dir, QDir(parser.value(datadir_opt)).absolutePath(), QStringLiteral("--datadir"));
  bool ok = false;
  if (parser.isSet(rpc_opt)) {
    const uint port = parser.value(rpc_opt).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
      QMessageBox::critical(nullptr, QApplication::translate("main", "Ordo"), QApplication::translate("main", "--rpc-port needs a port number"));
      return 2;
    }
    settings.SetOverride(AppSettings::key_rpc_port_base, port, QStringLiteral("--rpc-port"));
  }
  if (parser.isSet(p2p_opt)) {
    const uint port = parser.value(p2p_opt).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
      QMessageBox::critical(nullptr, QApplication::translate("main", "Ordo"), QApplication::translate("main", "--p2p-port needs a port number"));
      return 2;
    }
    settings.SetOverride(AppSettings::key_p2p_port_base, port, QStringLiteral("--p2p-port"));
  }
  if (parser.isSet(lang_opt)) settings.SetOverride(AppSettings::key_language, parser.value(lang_opt), QStringLiteral("--language"));
  if (parser.isSet(theme_opt)) {
    const QString t = parser.value(theme_opt).toLower();
    const ordo::ui::Theme theme = t == QStringLiteral("dark") ? ordo::ui::Theme::Dark
                                  : t == QStringLiteral("light") ? ordo::ui::Theme::Light : ordo::ui::Theme::System;
    settings.SetOverride(AppSettings::key_theme, static_cast<int>(theme), QStringLiteral("--theme"));
  }

  ordo::ui::Translator translator;
  translator.SetLanguage(settings.language());
  QObject::connect(&settings, &AppSettings::languageChanged, &translator, [&translator](const QString& l) { translator.SetLanguage(l); });
  ordo::ui::ApplyTheme(settings.theme());
  QObject::connect(&settings, &AppSettings::themeChanged, &app, [](ordo::ui::Theme t) { ordo::ui::ApplyTheme(t); });

  const bool asked_on_command_line = parser.isSet(local_opt) || parser.isSet(join_opt);
  if (!asked_on_command_line && !settings.firstRunDone()) {
    ordo::ui::FirstRunDialog dialog(settings.dataDir());
    if (dialog.exec() != QDialog::Accepted) return 0;
    const ordo::ui::FirstRunChoice choice = dialog.choice();
    settings.setMode(choice.mode);
    settings.setDataDir(choice.data_dir);
    settings.setGenesisFile(choice.genesis_file);
    settings.setPeers(choice.peers);
    settings.setOrdodPath(choice.ordod_path);
    settings.setOrdodHome(choice.ordod_home);
    settings.setFirstRunDone(true);
  }

  QProgressDialog starting(QApplication::translate("main", "Starting the node…"), QString(), 0, 0);
  starting.setWindowTitle(QApplication::translate("main", "Ordo"));
  starting.setMinimumDuration(300);
  starting.setValue(0);

  std::unique_ptr<ordo::ui::Panel> panel;
  const NetworkMode mode = settings.mode();
  std::thread opener([&app, &panel, &settings, &state, &starting, mode, data_dir = settings.dataDir(),
                      rpc = settings.rpcPortBase(), p2p = settings.p2pPortBase(), genesis = settings.genesisFile(),
                      peers = settings.peers()] {
    StartResult r = StartNode(mode, data_dir, rpc, p2p, genesis, peers);
    QMetaObject::invokeMethod(&app, [&, r = std::move(r)] {
      starting.reset();
      if (!r.node) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ordo"),
                              QApplication::translate("main", "The node could not start:\n%1").arg(r.error));
        QApplication::exit(1);
        return;
      }
      panel = std::make_unique<ordo::ui::Panel>(r.node, &settings, &state);
      // Another network mode: remember it and start again.
      QObject::connect(panel->window(), &ordo::ui::MainWindow::modeRequested, &app, [&settings](int m) {
        settings.setMode(static_cast<NetworkMode>(m));
        settings.setFirstRunDone(m == static_cast<int>(NetworkMode::LocalNetwork));
        QProcess::startDetached(QApplication::applicationFilePath(), {});
        QApplication::quit();
      });
      panel->window()->show();
    }, Qt::QueuedConnection);
  });
  const int rc = app.exec();
  opener.join();
  panel.reset();
  return rc;
}
