#pragma once
// A p2p peer under the test's control: its own net::Network (fresh node key, the chain's id) on
// two io threads, dialling one node. It speaks the transport correctly, so whatever it sends next
// (malformed, oversize or forged messages) reaches the node's message handling.
//
// Thread-safety: the public methods may be called from the test thread while the network's
// threads deliver messages.

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include "ordo/crypto/schnorr.h"
#include "ordo/net/network.h"

namespace ordo::integration {

// Frames this peer may send, so that it can send one above the node's 8 MiB limit.
inline constexpr size_t test_peer_message_bytes_max = 16 * 1024 * 1024;

// The node's Status message (p2p type 5): the height being decided and its round.
struct PeerStatus {
  uint64_t height = 0;
  int32_t round = 0;
};

class TestPeer {
 public:
  TestPeer();
  ~TestPeer();  // stops the network, then the io threads
  TestPeer(const TestPeer&) = delete;
  TestPeer& operator=(const TestPeer&) = delete;

  // Starts listening on an ephemeral port and dials `address` ("host:port") as a persistent peer.
  bool Start(const std::string& chain_id, const std::string& address, QString* error);
  // Waits until the dialled node has admitted us; its peer id then is remote_id().
  bool WaitConnected(int timeout_ms);
  // Waits until no node is connected (the node closed the connection).
  bool WaitDisconnected(int timeout_ms);
  bool connected() const { return m_connected.load(); }

  void Send(uint8_t type, const Bytes& payload);
  // The last Status the node sent, if any.
  std::optional<PeerStatus> LastStatus() const;

  net::PeerId self_id() const;
  net::PeerId remote_id() const;
  const crypto::SecretKey& key() const { return m_key; }

 private:
  void OnMessage(const net::PeerId& peer, uint8_t type, const Bytes& payload);
  void OnPeer(const net::PeerInfo& info, bool connected);

  // Constant after construction.
  crypto::SecretKey m_key;
  boost::asio::io_context m_io;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> m_work;
  std::vector<std::thread> m_threads;
  std::unique_ptr<net::Network> m_network;

  std::atomic<bool> m_connected{false};
  mutable std::mutex m_mutex;
  net::PeerId m_remote_id;                // guarded by m_mutex
  std::optional<PeerStatus> m_last_status;  // guarded by m_mutex
};

}  // namespace ordo::integration
