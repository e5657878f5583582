// ordo: the Ordo control panel. Runs the node core in this process (a local network of four
// validators by default, or one node joined to a network) and shows it.
//
//   ordo                          first run asks; later runs use the stored choice
//   ordo --local-network          straight to the local network (what `packaging/dev.sh run` does)
//   ordo --join GENESIS --peers host:port,...   join a network with this genesis
//   ordo --ordod [--ordod-home DIR]   control a headless ordod (started here unless one already
//                                     serves JSON-RPC on --rpc-port)
//   ordo --datadir DIR --rpc-port P --p2p-port P --language de --theme dark

#include <chrono>
#include <csignal>
#include <memory>
#include <string>
#include <thread>

#include <sys/types.h>
#include <unistd.h>

#include "allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QSocketNotifier>
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

constexpr int ordod_start_wait_ms = 20000;
constexpr int ordod_stop_wait_ms = 15000;

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
    case NetworkMode::Ordod:
      break;  // StartOrdod
    case NetworkMode::JoinNetwork: {
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

// The headless ordod this panel controls: reuse one already serving on `rpc_port`, else start
// `ordod start --home HOME --rpc-port PORT` (initialising HOME as a single-validator chain first if
// it is empty) and wait for its JSON-RPC. `*started_pid` is set when this panel started it.
StartResult StartOrdod(const QString& ordod_path, const QString& home, quint16 rpc_port, qint64* started_pid) {
  StartResult r;
  std::string error;
  const std::string url = "http://127.0.0.1:" + std::to_string(rpc_port);
  const std::string cookie = home.toStdString() + "/rpc.cookie";  // node::rpc_cookie_file: the operator commands need it
  r.node = ordo::interfaces::MakeRemoteNode(url, &error, cookie);
  if (r.node) return r;
  if (!QFileInfo(ordod_path).isExecutable()) {
    r.error = QApplication::translate("main", "ordod not found at %1").arg(ordod_path);
    return r;
  }
  if (!QFileInfo::exists(home + QStringLiteral("/genesis.json"))) {
    QProcess init;
    init.start(ordod_path, {QStringLiteral("init"), QStringLiteral("--home"), home, QStringLiteral("--chain-id"),
                            QStringLiteral("ordo-single"), QStringLiteral("--dev-accounts"), QStringLiteral("10")});
    if (!init.waitForFinished(30000) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
      r.error = QApplication::translate("main", "ordod init failed: %1").arg(QString::fromUtf8(init.readAllStandardError()));
      return r;
    }
  }
  QProcess daemon;
  daemon.setProgram(ordod_path);
  daemon.setArguments({QStringLiteral("start"), QStringLiteral("--home"), home, QStringLiteral("--rpc-port"), QString::number(rpc_port)});
  daemon.setStandardOutputFile(home + QStringLiteral("/ordod.out"), QIODevice::Append);
  daemon.setStandardErrorFile(home + QStringLiteral("/ordod.out"), QIODevice::Append);
  if (!daemon.startDetached(started_pid)) {
    r.error = QApplication::translate("main", "cannot start %1").arg(ordod_path);
    return r;
  }
  for (int i = 0; i < ordod_start_wait_ms / 250 && !r.node; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    r.node = ordo::interfaces::MakeRemoteNode(url, &error, cookie);
  }
  if (!r.node) r.error = QString::fromStdString(error) + QApplication::translate("main", " (see %1/ordod.out)").arg(home);
  return r;
}

// Stops the ordod this panel started: SIGTERM, then up to ordod_stop_wait_ms for it to exit.
void StopOrdod(qint64 pid) {
  if (pid <= 0) return;
  ::kill(static_cast<pid_t>(pid), SIGTERM);
  for (int i = 0; i < ordod_stop_wait_ms / 100 && ::kill(static_cast<pid_t>(pid), 0) == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

// SIGINT/SIGTERM quit the event loop cleanly (the nodes stop, a started ordod is stopped): the
// handler only writes to a pipe that a QSocketNotifier on the GUI thread reads.
int quit_pipe[2] = {-1, -1};

void OnQuitSignal(int) {
  const char c = 1;
  [[maybe_unused]] const ssize_t n = ::write(quit_pipe[1], &c, 1);
}

void QuitOnSignals(QApplication* app) {
  if (::pipe(quit_pipe) != 0) return;
  auto* notifier = new QSocketNotifier(quit_pipe[0], QSocketNotifier::Read, app);
  QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QApplication::quit(); });
  struct sigaction sa {};
  sa.sa_handler = OnQuitSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  ordo::app::UseOwnArena();  // the GUI thread allocates apart from the node threads
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Ordo"));
  QApplication::setApplicationName(QStringLiteral("ordo"));
  QApplication::setApplicationDisplayName(QStringLiteral("Ordo"));
  QApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
  QuitOnSignals(&app);

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
  const QCommandLineOption ordod_opt(QStringLiteral("ordod"), QApplication::translate("main", "Control a headless ordod over JSON-RPC"));
  const QCommandLineOption ordod_home_opt(QStringLiteral("ordod-home"), QApplication::translate("main", "Home directory of the ordod to control"),
                                          QStringLiteral("dir"));
  parser.addOptions({local_opt, join_opt, peers_opt, datadir_opt, rpc_opt, p2p_opt, lang_opt, theme_opt, ordod_opt, ordod_home_opt});
  parser.process(app);

  QSettings state;
  AppSettings settings(&state);
  if (parser.isSet(local_opt)) settings.SetOverride(AppSettings::key_mode, static_cast<int>(NetworkMode::LocalNetwork), QStringLiteral("--local-network"));
  if (parser.isSet(join_opt)) {
    settings.SetOverride(AppSettings::key_mode, static_cast<int>(NetworkMode::JoinNetwork), QStringLiteral("--join"));
    settings.SetOverride(AppSettings::key_genesis_file, parser.value(join_opt), QStringLiteral("--join"));
  }
  if (parser.isSet(ordod_opt)) settings.SetOverride(AppSettings::key_mode, static_cast<int>(NetworkMode::Ordod), QStringLiteral("--ordod"));
  if (parser.isSet(ordod_home_opt)) settings.SetOverride(AppSettings::key_ordod_home, QDir(parser.value(ordod_home_opt)).absolutePath(), QStringLiteral("--ordod-home"));
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

  const bool asked_on_command_line = parser.isSet(local_opt) || parser.isSet(join_opt) || parser.isSet(ordod_opt);
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
  qint64 ordod_pid = 0;  // the ordod this panel started, stopped on exit
  const QString ordod_path = settings.ordodPath().isEmpty()
                                 ? QApplication::applicationDirPath() + QStringLiteral("/ordod") : settings.ordodPath();
  const QString ordod_home = settings.ordodHome().isEmpty() ? settings.dataDir() + QStringLiteral("/ordod") : settings.ordodHome();
  std::thread opener([&app, &panel, &settings, &state, &starting, &ordod_pid, ordod_path, ordod_home, mode, data_dir = settings.dataDir(),
                      rpc = settings.rpcPortBase(), p2p = settings.p2pPortBase(), genesis = settings.genesisFile(),
                      peers = settings.peers()] {
    StartResult r = mode == NetworkMode::Ordod ? StartOrdod(ordod_path, ordod_home, rpc, &ordod_pid)
                                               : StartNode(mode, data_dir, rpc, p2p, genesis, peers);
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
  StopOrdod(ordod_pid);
  return rc;
}
