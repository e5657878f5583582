#include "test_peer.h"

#include <QDeadlineTimer>
#include <QThread>

#include "ordo/codec/codec.h"

namespace ordo::integration {

namespace {

constexpr int io_threads = 2;  // as in the node
constexpr int wait_poll_interval_ms = 10;
constexpr uint8_t status_type = 5;

crypto::SecretKey NewKey() {
  auto key = crypto::SecretKey::Generate();
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

template <typename Pred>
bool WaitUntil(Pred pred, int timeout_ms) {
  QDeadlineTimer deadline(timeout_ms);
  while (!pred()) {
    if (deadline.hasExpired()) return false;
    QThread::msleep(wait_poll_interval_ms);
  }
  return true;
}

}  // namespace

TestPeer::TestPeer() : m_key(NewKey()) {}

TestPeer::~TestPeer() {
  if (m_network) m_network->Stop();
  m_work.reset();
  m_io.stop();
  for (std::thread& t : m_threads) t.join();
  m_network.reset();
}

bool TestPeer::Start(const std::string& chain_id, const std::string& address, QString* error) {
  ORDO_ASSERT(!m_network);
  net::NetConfig config;
  config.chain_id = chain_id;
  config.moniker = "test-peer";
  config.port = 0;
  config.persistent_peers = {address};
  config.message_bytes_max = test_peer_message_bytes_max;
  m_network = std::make_unique<net::Network>(
      m_io, config, m_key,
      [this](const net::PeerId& peer, uint8_t type, Bytes payload) { OnMessage(peer, type, payload); },
      [this](const net::PeerInfo& info, bool connected) { OnPeer(info, connected); }, nullptr);
  if (Status s = m_network->Start(); !s.ok()) {
    *error = QString::fromStdString("test peer: " + s.ToString());
    return false;
  }
  m_work.emplace(m_io.get_executor());
  for (int i = 0; i < io_threads; ++i) m_threads.emplace_back([this] { m_io.run(); });
  return true;
}

bool TestPeer::WaitConnected(int timeout_ms) {
  return WaitUntil([this] { return m_connected.load(); }, timeout_ms);
}

bool TestPeer::WaitDisconnected(int timeout_ms) {
  return WaitUntil([this] { return !m_connected.load(); }, timeout_ms);
}

void TestPeer::Send(uint8_t type, const Bytes& payload) { m_network->Send(remote_id(), type, payload); }

std::optional<PeerStatus> TestPeer::LastStatus() const {
  std::lock_guard lock(m_mutex);
  return m_last_status;
}

net::PeerId TestPeer::self_id() const { return net::PeerIdOf(m_key.PublicKey()); }

net::PeerId TestPeer::remote_id() const {
  std::lock_guard lock(m_mutex);
  return m_remote_id;
}

void TestPeer::OnMessage(const net::PeerId&, uint8_t type, const Bytes& payload) {
  if (type != status_type) return;
  codec::Reader r(payload);
  PeerStatus s;
  if (!r.ReadU64(&s.height).ok() || !r.ReadI32(&s.round).ok() || !r.Finish().ok()) return;
  std::lock_guard lock(m_mutex);
  m_last_status = s;
}

void TestPeer::OnPeer(const net::PeerInfo& info, bool connected) {
  {
    std::lock_guard lock(m_mutex);
    if (connected) m_remote_id = info.id;
  }
  m_connected = connected;
}

}  // namespace ordo::integration
