#pragma once
// One `ordod` daemon under test: `ordod init` into a home directory (or a home that `ordod
// testnet` wrote), edits to its config.toml, start / SIGKILL / SIGTERM / SIGSTOP / SIGCONT of the
// process, and the JSON-RPC client that talks to it. The
// daemon's stdout and stderr go to files in the home (ordod.out), so a chatty log never blocks it
// and a refusal to start can be read back.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

#include "rpc_client.h"

namespace ordo::integration {

inline constexpr int process_start_timeout_ms = 10'000;
inline constexpr int rpc_ready_timeout_ms = 30'000;
inline constexpr int block_wait_timeout_ms = 30'000;

struct InitParams {
  QString chain_id = "1337";
  int dev_accounts = 4;
  int block_interval_ms = 100;
};

struct DevAccountKey {
  QString address;      // "0x…", lowercase
  QString private_key;  // "0x…"
};

// A free TCP port on 127.0.0.1 (bound and released; another process could take it meanwhile).
quint16 FreePort();

class OrdodProcess {
 public:
  explicit OrdodProcess(QString home);
  // Adopts a home that already exists (one node of `ordod testnet`) and serves RPC on rpc_port.
  OrdodProcess(QString home, quint16 rpc_port);
  ~OrdodProcess();  // SIGKILLs a daemon still running

  static QString ExecutablePath();

  // `ordod init` with fresh free ports; false and *error on failure.
  bool Init(const InitParams& params, QString* error);
  // Replaces the value of the first `key = ...` line of config.toml.
  bool SetConfigValue(const QString& key, const QString& value, QString* error);

  // Starts `ordod start --home DIR --rpc-port P` and returns at once.
  bool Start(QString* error);
  // Polls eth_blockNumber until it answers; false if the process exits or the time runs out.
  bool WaitForRpc(int timeout_ms, QString* error);
  // Waits until eth_blockNumber >= height.
  bool WaitForHeight(uint64_t height, int timeout_ms, QString* error);
  void Kill();  // SIGKILL and reap (a stopped process too)
  // SIGSTOP / SIGCONT: the process freezes with its sockets open, as a hung host would. False
  // when it is not running or the signal cannot be sent.
  bool Pause();
  bool Resume();
  bool paused() const { return m_paused; }
  // SIGTERM; returns the exit code, or nullopt if it did not exit within timeout_ms.
  std::optional<int> Terminate(int timeout_ms);
  // Waits for the process to exit by itself (a refusal to start); nullopt if still running.
  std::optional<int> WaitForExit(int timeout_ms);
  bool running() const;

  RpcClient& rpc() { return *m_rpc; }
  const QString& home() const { return m_home; }
  quint16 rpc_port() const { return m_rpc_port; }
  // Everything the daemon wrote to stdout and stderr, over all its runs.
  QString Output() const;
  QString OutputTail(int chars = 2000) const;

  std::vector<DevAccountKey> DevAccounts(QString* error) const;

 private:
  QString m_home;
  quint16 m_rpc_port = 0;
  std::unique_ptr<QProcess> m_process;
  std::unique_ptr<RpcClient> m_rpc;
  bool m_paused = false;
};

}  // namespace ordo::integration
