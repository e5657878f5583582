#include "testnet.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>

#include <set>

namespace ordo::integration {

namespace {

constexpr int testnet_cmd_timeout_ms = 60'000;
constexpr int port_base_attempts_max = 200;
constexpr quint16 port_range_min = 20'000;
constexpr quint16 port_range_max = 32'000;  // Linux's ephemeral range starts at 32768
const QString testnet_chain_id = "ordo-nettest";

QString Moniker(int i) { return "node" + QString::number(i); }

}  // namespace

quint16 FreePortBase(int count) {
  Q_ASSERT(count > 0 && count < port_range_max - port_range_min);
  for (int attempt = 0; attempt < port_base_attempts_max; ++attempt) {
    const auto base = static_cast<quint16>(QRandomGenerator::global()->bounded(port_range_min, port_range_max - count));
    bool all_free = true;
    for (int k = 0; k < count && all_free; ++k) {
      QTcpServer probe;
      all_free = probe.listen(QHostAddress::LocalHost, static_cast<quint16>(base + k));
    }
    if (all_free) return base;
  }
  return 0;
}

bool OrdodTestnet::Create(const QString& dir, const TestnetParams& params, QString* error) {
  Q_ASSERT(m_nodes.empty());
  // One run of consecutive ports: RPC first, then p2p.
  const quint16 base = FreePortBase(2 * params.validators);
  if (base == 0) {
    *error = "no run of free ports";
    return false;
  }
  const auto rpc_base = base;
  m_p2p_port_base = static_cast<quint16>(base + params.validators);
  m_dir = dir;
  m_chain_id = testnet_chain_id;
  QProcess cmd;
  cmd.setProcessChannelMode(QProcess::MergedChannels);
  cmd.start(OrdodProcess::ExecutablePath(),
            {"testnet", "--validators", QString::number(params.validators), "--output", dir, "--chain-id", m_chain_id,
             "--rpc-port", QString::number(rpc_base), "--p2p-port", QString::number(m_p2p_port_base), "--dev-accounts",
             QString::number(params.dev_accounts), "--block-interval-ms", QString::number(params.block_interval_ms)});
  if (!cmd.waitForFinished(testnet_cmd_timeout_ms) || cmd.exitStatus() != QProcess::NormalExit || cmd.exitCode() != 0) {
    *error = "ordod testnet failed: " + QString::fromUtf8(cmd.readAll());
    return false;
  }
  for (int i = 0; i < params.validators; ++i) {
    m_nodes.push_back(std::make_unique<OrdodProcess>(dir + "/" + Moniker(i), static_cast<quint16>(rpc_base + i)));
  }
  return true;
}

bool OrdodTestnet::SetConfigValueAll(const QString& key, const QString& value, QString* error) {
  for (auto& node : m_nodes) {
    if (!node->SetConfigValue(key, value, error)) return false;
  }
  return true;
}

bool OrdodTestnet::StartAll(QString* error) {
  for (auto& node : m_nodes) {
    if (!node->Start(error)) return false;
  }
  for (auto& node : m_nodes) {
    if (!node->WaitForRpc(rpc_ready_timeout_ms, error)) return false;
  }
  return true;
}

void OrdodTestnet::KillAll() {
  for (auto& node : m_nodes) {
    if (node->running()) node->Kill();
  }
}

std::vector<int> OrdodTestnet::LiveNodes() const {
  std::vector<int> live;
  for (int i = 0; i < size(); ++i) {
    if (m_nodes[static_cast<size_t>(i)]->running() && !m_nodes[static_cast<size_t>(i)]->paused()) live.push_back(i);
  }
  return live;
}

std::optional<uint64_t> OrdodTestnet::Height(int i) {
  const RpcReply r = node(i).rpc().Call("eth_blockNumber", {}, testnet_rpc_timeout_ms);
  return r.ok() ? QuantityToU64(r.result) : std::nullopt;
}

std::optional<QString> OrdodTestnet::BlockHash(int i, uint64_t height) {
  const RpcReply r =
      node(i).rpc().Call("eth_getBlockByNumber", {U64ToQuantity(height), false}, testnet_rpc_timeout_ms);
  if (!r.ok() || !r.result.isObject()) return std::nullopt;
  const QString hash = r.result.toObject().value("hash").toString();
  if (hash.size() != 66) return std::nullopt;
  return hash;
}

bool OrdodTestnet::WaitForHeight(const std::vector<int>& nodes, uint64_t height, int timeout_ms, QString* error) {
  QDeadlineTimer deadline(timeout_ms);
  for (;;) {
    QStringList behind;
    for (int i : nodes) {
      if (!node(i).running()) {
        *error = Moniker(i) + " exited while waiting for height " + QString::number(height) + ":\n" +
                 node(i).OutputTail();
        return false;
      }
      const auto h = Height(i);
      if (!h || *h < height) behind << Moniker(i) + " at " + (h ? QString::number(*h) : QString("?"));
    }
    if (behind.isEmpty()) return true;
    if (deadline.hasExpired()) {
      *error = "height " + QString::number(height) + " not reached in " + QString::number(timeout_ms) +
               " ms: " + behind.join(", ") + "\n" + OutputTails();
      return false;
    }
    QThread::msleep(testnet_poll_interval_ms);
  }
}

std::optional<uint64_t> OrdodTestnet::MaxHeight(const std::vector<int>& nodes) {
  std::optional<uint64_t> max;
  for (int i : nodes) {
    if (const auto h = Height(i); h && (!max || *h > *max)) max = h;
  }
  return max;
}

std::optional<QJsonObject> OrdodTestnet::Peers(int i, QString* error) {
  const RpcReply r = node(i).rpc().Call("ordo_peers", {}, testnet_rpc_timeout_ms);
  if (!r.ok() || !r.result.isObject()) {
    *error = Moniker(i) + ": ordo_peers failed: " + r.Describe();
    return std::nullopt;
  }
  return r.result.toObject();
}

std::optional<QString> OrdodTestnet::PeerId(int i, QString* error) {
  for (int j = 0; j < size(); ++j) {
    if (j == i || !node(j).running() || node(j).paused()) continue;
    const auto peers = Peers(j, error);
    if (!peers) continue;
    for (const QJsonValue& p : peers->value("peers").toArray()) {
      const QJsonObject o = p.toObject();
      if (o.value("moniker").toString() == Moniker(i) && o.value("id").toString().size() == 40) {
        return o.value("id").toString();
      }
    }
  }
  *error = "no node lists " + Moniker(i) + " among its peers";
  return std::nullopt;
}

bool OrdodTestnet::WaitForMesh(const std::vector<int>& nodes, int timeout_ms, QString* error) {
  QDeadlineTimer deadline(timeout_ms);
  for (;;) {
    QStringList missing;
    for (int i : nodes) {
      QString rpc_error;
      const auto peers = Peers(i, &rpc_error);
      if (!peers) {
        missing << rpc_error;
        continue;
      }
      std::set<QString> monikers;
      for (const QJsonValue& p : peers->value("peers").toArray()) {
        monikers.insert(p.toObject().value("moniker").toString());
      }
      for (int j : nodes) {
        if (j != i && !monikers.count(Moniker(j))) missing << Moniker(i) + " lacks " + Moniker(j);
      }
    }
    if (missing.isEmpty()) return true;
    if (deadline.hasExpired()) {
      *error = "peers not connected after " + QString::number(timeout_ms) + " ms: " + missing.join(", ") + "\n" +
               OutputTails();
      return false;
    }
    QThread::msleep(testnet_poll_interval_ms);
  }
}

QString OrdodTestnet::OutputTails(int chars_per_node) const {
  QString out;
  for (int i = 0; i < size(); ++i) {
    out += "---- " + Moniker(i) + (m_nodes[static_cast<size_t>(i)]->running() ? "" : " (not running)") + " ----\n" +
           m_nodes[static_cast<size_t>(i)]->OutputTail(chars_per_node) + "\n";
  }
  return out;
}

bool ChainAgreement::Check(QString* error) {
  for (int i : m_net.LiveNodes()) {
    const auto head = m_net.Height(i);
    if (!head) continue;  // not answering (just restarted): checked next time
    uint64_t& checked = m_checked[i];
    for (uint64_t h = checked + 1; h <= *head; ++h) {
      const auto hash = m_net.BlockHash(i, h);
      if (!hash) {
        *error = QString("node%1 reports height %2 but serves no block %3").arg(i).arg(*head).arg(h);
        return false;
      }
      auto [it, inserted] = m_hashes.try_emplace(h, *hash, i);
      if (!inserted && it->second.first != *hash) {
        *error = QString("fork at height %1: node%2 has %3, node%4 has %5")
                     .arg(h)
                     .arg(it->second.second)
                     .arg(it->second.first)
                     .arg(i)
                     .arg(*hash);
        return false;
      }
      checked = h;
    }
  }
  return true;
}

}  // namespace ordo::integration
