#pragma once
// A local multi-validator network of real `ordod` processes: `ordod testnet` writes the homes
// (node i: RPC on rpc_port_base + i, p2p on p2p_port_base + i, every other node a persistent
// peer), and each node is an OrdodProcess adopted from its home. Plus the queries the network
// suites poll: heights, block hashes, peer ids and whether every node sees all the others.

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "ordod_process.h"

namespace ordo::integration {

inline constexpr int testnet_poll_interval_ms = 100;
// Polling RPC calls are short so that a node that hangs cannot hold a whole wait loop.
inline constexpr int testnet_rpc_timeout_ms = 3'000;

struct TestnetParams {
  int validators = 4;
  int dev_accounts = 2;
  int block_interval_ms = 100;
};

// Base of `count` consecutive ports that are free on 127.0.0.1 right now, below the ephemeral
// range so that outgoing connections do not take them meanwhile; 0 when none was found.
quint16 FreePortBase(int count);

class OrdodTestnet {
 public:
  // `ordod testnet` into `dir` with free port bases; false and *error on failure.
  bool Create(const QString& dir, const TestnetParams& params, QString* error);
  // Sets a config.toml value on every node (before they start).
  bool SetConfigValueAll(const QString& key, const QString& value, QString* error);
  // Starts every node and waits until all serve RPC.
  bool StartAll(QString* error);
  // SIGKILLs every node still running (resuming none: SIGKILL ends stopped processes too).
  void KillAll();

  int size() const { return static_cast<int>(m_nodes.size()); }
  OrdodProcess& node(int i) { return *m_nodes.at(static_cast<size_t>(i)); }
  QString chain_id() const { return m_chain_id; }
  quint16 p2p_port(int i) const { return static_cast<quint16>(m_p2p_port_base + i); }
  // Running and not stopped with SIGSTOP: the nodes RPC can be asked.
  std::vector<int> LiveNodes() const;

  // eth_blockNumber of node i; nullopt when it does not answer.
  std::optional<uint64_t> Height(int i);
  // Hash of node i's block at `height` ("0x…"); nullopt when it has none or does not answer.
  std::optional<QString> BlockHash(int i, uint64_t height);
  // Waits until every node in `nodes` has committed `height`.
  bool WaitForHeight(const std::vector<int>& nodes, uint64_t height, int timeout_ms, QString* error);
  // Highest height among `nodes` that answer; nullopt when none answers.
  std::optional<uint64_t> MaxHeight(const std::vector<int>& nodes);

  // Node i's p2p peer id as the other nodes list it in ordo_peers (by its moniker "node<i>").
  std::optional<QString> PeerId(int i, QString* error);
  // Waits until each node in `nodes` has every other node of `nodes` among its ordo_peers.
  bool WaitForMesh(const std::vector<int>& nodes, int timeout_ms, QString* error);
  // The ordo_peers result of node i (an object with "peers" and "banned"); nullopt on failure.
  std::optional<QJsonObject> Peers(int i, QString* error);

  // The tail of every node's output, for a failure message.
  QString OutputTails(int chars_per_node = 1500) const;

 private:
  QString m_dir;
  QString m_chain_id;
  quint16 m_p2p_port_base = 0;
  std::vector<std::unique_ptr<OrdodProcess>> m_nodes;
};

// Rules out forks: remembers the first hash seen at each height and checks every live node's
// blocks against it, fetching only the heights not yet checked for that node (committed blocks
// never change, so each (node, height) is looked at once).
class ChainAgreement {
 public:
  explicit ChainAgreement(OrdodTestnet& net) : m_net(net) {}

  // Checks the live nodes' blocks up to their current heights; false and *error on two hashes
  // at one height, or on a node that cannot serve a block it has committed.
  bool Check(QString* error);
  uint64_t checked_height() const { return m_hashes.empty() ? 0 : m_hashes.rbegin()->first; }

 private:
  OrdodTestnet& m_net;
  std::map<uint64_t, std::pair<QString, int>> m_hashes;  // height -> (hash, node that served it first)
  std::map<int, uint64_t> m_checked;                      // node -> highest height compared
};

}  // namespace ordo::integration
