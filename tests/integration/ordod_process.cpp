#include "ordod_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <csignal>

namespace ordo::integration {

namespace {

constexpr int poll_interval_ms = 50;
constexpr int init_timeout_ms = 30'000;

QString OutputPath(const QString& home) { return home + "/ordod.out"; }

}  // namespace

quint16 FreePort() {
  QTcpServer server;
  if (!server.listen(QHostAddress::LocalHost, 0)) return 0;
  return server.serverPort();
}

OrdodProcess::OrdodProcess(QString home) : m_home(std::move(home)) {}

OrdodProcess::OrdodProcess(QString home, quint16 rpc_port) : m_home(std::move(home)), m_rpc_port(rpc_port) {}

OrdodProcess::~OrdodProcess() {
  if (running()) Kill();
}

QString OrdodProcess::ExecutablePath() { return QString(ORDOD_PATH); }

bool OrdodProcess::Init(const InitParams& params, QString* error) {
  m_rpc_port = FreePort();
  const quint16 p2p_port = FreePort();
  if (m_rpc_port == 0 || p2p_port == 0) {
    *error = "no free port";
    return false;
  }
  QProcess init;
  init.setProcessChannelMode(QProcess::MergedChannels);
  init.start(ExecutablePath(), {"init", "--home", m_home, "--chain-id", params.chain_id, "--dev-accounts",
                                QString::number(params.dev_accounts), "--block-interval-ms",
                                QString::number(params.block_interval_ms), "--rpc-port", QString::number(m_rpc_port),
                                "--p2p-port", QString::number(p2p_port)});
  if (!init.waitForFinished(init_timeout_ms) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
    *error = "ordod init failed: " + QString::fromUtf8(init.readAll());
    return false;
  }
  return true;
}

bool OrdodProcess::SetConfigValue(const QString& key, const QString& value, QString* error) {
  QFile f(m_home + "/config.toml");
  if (!f.open(QIODevice::ReadOnly)) {
    *error = "cannot read config.toml";
    return false;
  }
  QString text = QString::fromUtf8(f.readAll());
  f.close();
  const QRegularExpression line("^" + QRegularExpression::escape(key) + " = .*$", QRegularExpression::MultilineOption);
  if (!text.contains(line)) {
    *error = "config.toml has no line for " + key;
    return false;
  }
  text.replace(line, key + " = " + value);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
    *error = "cannot write config.toml";
    return false;
  }
  return true;
}

bool OrdodProcess::Start(QString* error) {
  if (running()) {
    *error = "already running";
    return false;
  }
  m_process = std::make_unique<QProcess>();
  m_process->setProcessChannelMode(QProcess::MergedChannels);
  m_process->setStandardOutputFile(OutputPath(m_home), QIODevice::Append);
  m_process->start(ExecutablePath(), {"start", "--home", m_home, "--rpc-port", QString::number(m_rpc_port)});
  if (!m_process->waitForStarted(process_start_timeout_ms)) {
    *error = "cannot start ordod: " + m_process->errorString();
    return false;
  }
  // A fresh client per process: connections kept alive to the previous one are dead.
  m_rpc = std::make_unique<RpcClient>(m_rpc_port);
  m_rpc->SetCookieFile(m_home + "/rpc.cookie");  // the operator's client
  return true;
}

bool OrdodProcess::WaitForRpc(int timeout_ms, QString* error) {
  QDeadlineTimer deadline(timeout_ms);
  RpcReply last;
  while (!deadline.hasExpired()) {
    if (!running()) {
      *error = "ordod exited (code " + QString::number(m_process ? m_process->exitCode() : -1) +
               ") before serving RPC:\n" + OutputTail();
      return false;
    }
    last = m_rpc->Call("eth_blockNumber", {}, 2000);
    if (last.ok()) return true;
    QThread::msleep(poll_interval_ms);
  }
  *error = "RPC not answering after " + QString::number(timeout_ms) + " ms (" + last.Describe() + ")\n" + OutputTail();
  return false;
}

bool OrdodProcess::WaitForHeight(uint64_t height, int timeout_ms, QString* error) {
  QDeadlineTimer deadline(timeout_ms);
  RpcReply last;
  while (!deadline.hasExpired()) {
    if (!running()) {
      *error = "ordod exited while waiting for height " + QString::number(height) + ":\n" + OutputTail();
      return false;
    }
    last = m_rpc->Call("eth_blockNumber");
    if (auto h = last.ok() ? QuantityToU64(last.result) : std::nullopt; h && *h >= height) return true;
    QThread::msleep(poll_interval_ms);
  }
  *error = "height " + QString::number(height) + " not reached in " + QString::number(timeout_ms) + " ms (last: " +
           last.Describe() + " " + last.result.toString() + ")\n" + OutputTail();
  return false;
}

void OrdodProcess::Kill() {
  if (!m_process) return;
  m_process->kill();  // SIGKILL, which also ends a stopped process
  m_process->waitForFinished(process_start_timeout_ms);
  m_paused = false;
}

bool OrdodProcess::Pause() {
  if (!running() || m_paused || ::kill(static_cast<pid_t>(m_process->processId()), SIGSTOP) != 0) return false;
  m_paused = true;
  return true;
}

bool OrdodProcess::Resume() {
  if (!running() || !m_paused || ::kill(static_cast<pid_t>(m_process->processId()), SIGCONT) != 0) return false;
  m_paused = false;
  return true;
}

std::optional<int> OrdodProcess::Terminate(int timeout_ms) {
  if (!running()) return std::nullopt;
  if (m_paused) Resume();  // a stopped process would hold SIGTERM until the end of time
  m_process->terminate();  // SIGTERM
  if (!m_process->waitForFinished(timeout_ms)) return std::nullopt;
  if (m_process->exitStatus() != QProcess::NormalExit) return -1;
  return m_process->exitCode();
}

std::optional<int> OrdodProcess::WaitForExit(int timeout_ms) {
  if (!m_process) return std::nullopt;
  if (running() && !m_process->waitForFinished(timeout_ms)) return std::nullopt;
  if (m_process->exitStatus() != QProcess::NormalExit) return -1;
  return m_process->exitCode();
}

bool OrdodProcess::running() const { return m_process && m_process->state() != QProcess::NotRunning; }

QString OrdodProcess::Output() const {
  QFile f(OutputPath(m_home));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

QString OrdodProcess::OutputTail(int chars) const { return Output().right(chars); }

std::vector<DevAccountKey> OrdodProcess::DevAccounts(QString* error) const {
  QFile f(m_home + "/dev-accounts.json");
  if (!f.open(QIODevice::ReadOnly)) {
    *error = "cannot read dev-accounts.json";
    return {};
  }
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
  std::vector<DevAccountKey> out;
  for (const QJsonValue& v : doc.array()) {
    DevAccountKey k{v.toObject().value("address").toString().toLower(), v.toObject().value("privateKey").toString()};
    if (k.address.size() != 42 || k.private_key.size() != 66) {
      *error = "dev-accounts.json: malformed entry";
      return {};
    }
    out.push_back(k);
  }
  if (out.empty()) *error = "dev-accounts.json lists no account";
  return out;
}

}  // namespace ordo::integration
