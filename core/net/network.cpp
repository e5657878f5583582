#include "ordo/net/network.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "net/connection.h"
#include "net/hello.h"
#include "net/tls.h"
#include "ordo/crypto/secure.h"
#include "ordo/crypto/sha256.h"

namespace ordo::net {

namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using internal::Connection;
using internal::DialTicket;

// How long Stop() waits for the io_context threads to close the sockets it handed them.
constexpr std::chrono::milliseconds kStopWaitMax{2'000};
// An accept error (EMFILE, ENOBUFS) retried at once would spin.
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};
// Bounds on the tables that remote peers can make grow.
constexpr size_t kBansMax = 4'096;
constexpr size_t kPeerIdBytes = 20;

uint64_t UnixMs() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

bool BansAtOnce(Misbehaviour m) {
  switch (m) {
    case Misbehaviour::InvalidSignature:
    case Misbehaviour::UndecodableFrame:
    case Misbehaviour::OversizeFrame:
      return true;
    case Misbehaviour::Flooding:
    case Misbehaviour::InvalidMessage:
      return false;
  }
  ::ordo::detail::AssertFail("unknown Misbehaviour", __FILE__, __LINE__);
}

const char* MisbehaviourName(Misbehaviour m) {
  switch (m) {
    case Misbehaviour::InvalidSignature: return "InvalidSignature";
    case Misbehaviour::UndecodableFrame: return "UndecodableFrame";
    case Misbehaviour::OversizeFrame: return "OversizeFrame";
    case Misbehaviour::Flooding: return "Flooding";
    case Misbehaviour::InvalidMessage: return "InvalidMessage";
  }
  ::ordo::detail::AssertFail("unknown Misbehaviour", __FILE__, __LINE__);
}

// "host:port" or "[v6]:port" into host and port; nullopt when malformed.
std::optional<std::pair<std::string, std::string>> SplitHostPort(const std::string& address) {
  const size_t colon = address.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == address.size()) return std::nullopt;
  std::string host = address.substr(0, colon);
  const std::string port = address.substr(colon + 1);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const unsigned long number = std::stoul(port);
  if (number == 0 || number > 65535) return std::nullopt;
  return std::make_pair(host, port);
}

crypto::SecretKey CopyKey(const crypto::SecretKey& key) {
  std::array<uint8_t, 32> bytes = key.ExposeBytes();
  Result<crypto::SecretKey> copy = crypto::SecretKey::FromBytes(bytes);
  crypto::SecureZero(bytes.data(), bytes.size());
  ORDO_ASSERT(copy.ok());  // it was a valid key a moment ago
  return std::move(copy).value();
}

// The Networks whose user handlers this thread is inside, so that Stop() called from a handler
// does not wait for itself.
thread_local std::vector<const void*> t_handler_owners;

}  // namespace

PeerId PeerIdOf(const crypto::XOnlyPublicKey& node_key) {
  const Hash32 digest = crypto::Sha256(node_key);
  return ToHex(ByteSpan(digest.data(), kPeerIdBytes));
}

int MisbehaviourPoints(Misbehaviour m) {
  switch (m) {
    case Misbehaviour::InvalidSignature:
    case Misbehaviour::UndecodableFrame:
    case Misbehaviour::OversizeFrame:
      return NetConfig{}.ban_score;  // Report() raises these to the configured ban_score
    case Misbehaviour::Flooding:
      return 20;
    case Misbehaviour::InvalidMessage:
      return 10;
  }
  ::ordo::detail::AssertFail("unknown Misbehaviour", __FILE__, __LINE__);
}

struct Network::Impl final : internal::ConnectionOwner, std::enable_shared_from_this<Network::Impl> {
  // A persistent peer. Touched only on m_strand.
  struct Dialer {
    std::string address;
    std::string host;
    std::string port;
    std::unique_ptr<asio::steady_timer> timer;
    std::chrono::milliseconds backoff{};
    uint64_t attempt = 0;
    bool dialing = false;          // attempt `attempt` is in flight
    std::optional<PeerId> peer;    // connected to the peer behind the address (either direction)
    std::optional<PeerId> known;   // the peer last seen behind the address
  };

  struct ConnectionRecord {
    std::weak_ptr<Connection> conn;
    bool outbound = false;
    bool admitted = false;
    std::string ip;  // inbound: the remote IP address, known at accept
  };

  struct PeerEntry {
    std::weak_ptr<Connection> conn;
    const Connection* raw = nullptr;
    bool outbound = false;
    bool reserved = false;
    std::string ip;
    int score = 0;
  };

  enum class Verdict { Admitted, Duplicate, Refused };
  struct Admission {
    Verdict verdict = Verdict::Refused;
    std::string reason;  // empty when admitted
  };

  Impl(asio::io_context& io, NetConfig config, const crypto::SecretKey& node_key, MessageHandler on_message,
       PeerHandler on_peer, LogHandler log)
      : m_io(io),
        m_config(std::move(config)),
        m_key(CopyKey(node_key)),
        m_self_key(m_key.PublicKey()),
        m_self_id(PeerIdOf(m_self_key)),
        m_on_message(std::move(on_message)),
        m_on_peer(std::move(on_peer)),
        m_log(std::move(log)),
        m_strand(asio::make_strand(io)),
        m_acceptor(m_strand),
        m_accept_retry(m_strand),
        m_dialers(MakeDialers()) {}

  // ConnectionOwner.
  const NetConfig& config() const override { return m_config; }
  asio::ssl::context& tls() override { return *m_tls; }

  Bytes SignedHello(const Hash32& exporter) const override {
    internal::Hello hello;
    hello.protocol_version = protocol_version;
    hello.chain_id = m_config.chain_id;
    hello.moniker = m_config.moniker;
    hello.listen_port = m_port.load();
    internal::SignHello(&hello, m_key, exporter);
    return internal::EncodeHello(hello);
  }

  std::string Admit(const std::shared_ptr<Connection>& conn) override {
    std::shared_ptr<Connection> replaced;
    Admission admission;
    {
      std::lock_guard lock(m_mutex);
      admission = AdmitLocked(conn, &replaced);
    }
    if (replaced) replaced->Close("replaced by the connection dialled by the lower peer id");
    if (conn->outbound() && admission.verdict != Verdict::Refused) {
      asio::post(m_strand, [self = shared_from_this(), ticket = conn->ticket(), id = conn->peer_id()] {
        self->OnDialReachedPeer(ticket, id);
      });
    }
    return admission.reason;
  }

  // Logged, never a ban: the Hello proves nothing, so anyone who can reach the port could send
  // one naming a victim's address and listen port to have the victim banned.
  void OnInvalidSignature(const std::string& address_key, const std::string& detail) override {
    Log("net: refused a hello from " + address_key + ": " + detail);
  }

  void OnConnected(const std::shared_ptr<Connection>& conn) override {
    PeerInfo info = conn->Snapshot();
    Log("net: connected " + conn->Describe() + " moniker '" + info.moniker + "'");
    CallHandler([&] {
      if (m_on_peer) m_on_peer(info, true);
    });
  }

  void OnClosed(const std::shared_ptr<Connection>& conn, const std::string& reason) override {
    bool admitted = false;
    std::optional<PeerInfo> gone;
    {
      std::lock_guard lock(m_mutex);
      if (auto it = m_connections.find(conn.get()); it != m_connections.end()) {
        admitted = it->second.admitted;
        m_connections.erase(it);
      }
      auto peer = admitted ? m_peers.find(conn->peer_id()) : m_peers.end();
      if (peer != m_peers.end() && peer->second.raw == conn.get()) {
        gone = conn->Snapshot();
        gone->score = peer->second.score;
        m_peers.erase(peer);
      }
    }
    m_quiet_cv.notify_all();
    Log("net: closed " + conn->Describe() + ": " + reason);
    if (gone) {
      CallHandler([&] {
        if (m_on_peer) m_on_peer(*gone, false);
      });
      asio::post(m_strand, [self = shared_from_this(), id = gone->id] { self->OnPeerGone(id); });
    } else if (conn->outbound() && !admitted) {
      asio::post(m_strand, [self = shared_from_this(), ticket = conn->ticket()] { self->OnDialFailed(ticket); });
    }
  }

  void Deliver(const PeerId& peer, uint8_t type, Bytes payload) override {
    CallHandler([&] {
      if (m_on_message) m_on_message(peer, type, std::move(payload));
    });
  }

  void Report(const PeerId& peer, Misbehaviour what, const std::string& detail) override {
    const int points = BansAtOnce(what) ? m_config.ban_score : MisbehaviourPoints(what);
    std::shared_ptr<Connection> to_close;
    int score = points;
    bool ban = false;
    {
      std::lock_guard lock(m_mutex);
      if (auto it = m_peers.find(peer); it != m_peers.end()) {
        it->second.score = std::min(m_config.ban_score, it->second.score + points);
        score = it->second.score;
      }
      ban = score >= m_config.ban_score;
      if (ban) to_close = BanLocked(peer, std::string(MisbehaviourName(what)) + ": " + detail);
    }
    Log("net: peer " + peer + " misbehaved: " + MisbehaviourName(what) + " (" + detail + "), score " +
        std::to_string(score) + "/" + std::to_string(m_config.ban_score));
    if (!ban) return;
    Log("net: banned " + peer + " for " + std::to_string(m_config.ban_duration.count()) + " s");
    if (to_close) to_close->Close(std::string("banned: ") + MisbehaviourName(what));
  }

  // Public API.
  Status Start() {
    {
      std::lock_guard lock(m_mutex);
      if (m_started || m_stopped) return Status::InvalidArgument("net: Start() called twice or after Stop()");
      m_started = true;
    }
    if (Status s = ValidateConfig(); !s.ok()) return s;
    Result<std::shared_ptr<asio::ssl::context>> tls = internal::MakeTlsContext();
    if (!tls.ok()) return tls.status();
    m_tls = *tls;
    if (Status s = Listen(); !s.ok()) return s;
    {
      std::lock_guard lock(m_mutex);
      m_listening = true;
    }
    Log("net: node " + m_self_id + " listening on " + m_config.bind_address + ":" + std::to_string(m_port.load()));
    asio::post(m_strand, [self = shared_from_this()] {
      self->Accept();
      for (size_t i = 0; i < self->m_dialers.size(); ++i) self->ScheduleDial(i, std::chrono::milliseconds(0));
    });
    return Status::Ok();
  }

  void Stop() {
    std::vector<std::shared_ptr<Connection>> conns;
    bool first = false;
    {
      std::lock_guard lock(m_mutex);
      first = !m_stopped;
      m_stopped = true;
      conns = AllConnectionsLocked();
    }
    if (first) Log("net: stopping");
    CloseHandlerGate();
    for (const auto& conn : conns) conn->Close("network stopped");
    asio::post(m_strand, [self = shared_from_this()] { self->StopOnStrand(); });
    // From an io_context thread the closes cannot run until we return; with the io_context
    // stopped they never will (its destruction releases them).
    if (m_io.stopped() || m_io.get_executor().running_in_this_thread()) return;
    std::unique_lock lock(m_mutex);
    m_quiet_cv.wait_for(lock, kStopWaitMax, [&] { return m_connections.empty() && !m_listening; });
  }

  void Send(const PeerId& peer, uint8_t type, const Bytes& payload) {
    if (!CheckOutgoing(type, payload)) return;
    std::shared_ptr<Connection> conn;
    {
      std::lock_guard lock(m_mutex);
      if (auto it = m_peers.find(peer); it != m_peers.end()) conn = it->second.conn.lock();
    }
    if (conn) conn->Send(internal::MakeFrame(type, payload));
  }

  void Broadcast(uint8_t type, const Bytes& payload, const PeerId& except = {}) {
    if (!CheckOutgoing(type, payload)) return;
    std::vector<std::shared_ptr<Connection>> conns;
    {
      std::lock_guard lock(m_mutex);
      for (const auto& [id, entry] : m_peers) {
        if (id == except) continue;
        if (auto conn = entry.conn.lock()) conns.push_back(std::move(conn));
      }
    }
    if (conns.empty()) return;
    const std::shared_ptr<const Bytes> frame = internal::MakeFrame(type, payload);
    for (const auto& conn : conns) conn->Send(frame);
  }

  void Multicast(const std::vector<PeerId>& peers, uint8_t type, const Bytes& payload) {
    if (!CheckOutgoing(type, payload)) return;
    std::vector<std::shared_ptr<Connection>> conns;
    {
      std::lock_guard lock(m_mutex);
      for (const PeerId& id : peers) {
        if (auto it = m_peers.find(id); it != m_peers.end()) {
          if (auto conn = it->second.conn.lock()) conns.push_back(std::move(conn));
        }
      }
    }
    if (conns.empty()) return;
    const std::shared_ptr<const Bytes> frame = internal::MakeFrame(type, payload);
    for (const auto& conn : conns) conn->Send(frame);
  }

  std::vector<PeerId> ConnectedIds() const {
    std::vector<PeerId> ids;
    std::lock_guard lock(m_mutex);
    for (const auto& [id, entry] : m_peers) {
      if (!entry.conn.expired()) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::vector<PeerInfo> Peers() const {
    std::vector<PeerInfo> peers;
    std::lock_guard lock(m_mutex);
    for (const auto& [id, entry] : m_peers) {
      if (auto conn = entry.conn.lock()) {
        PeerInfo info = conn->Snapshot();
        info.score = entry.score;
        peers.push_back(std::move(info));
      }
    }
    return peers;
  }

  std::vector<BannedPeer> Banned() {
    std::vector<BannedPeer> banned;
    std::lock_guard lock(m_mutex);
    PruneBansLocked();
    for (const auto& [id, ban] : m_bans) banned.push_back(ban);
    return banned;
  }

  void Disconnect(const PeerId& peer) {
    std::shared_ptr<Connection> conn;
    {
      std::lock_guard lock(m_mutex);
      if (auto it = m_peers.find(peer); it != m_peers.end()) conn = it->second.conn.lock();
    }
    if (conn) conn->Close("disconnected by request");
  }

  void Ban(const PeerId& peer, const std::string& reason) {
    std::shared_ptr<Connection> conn;
    {
      std::lock_guard lock(m_mutex);
      conn = BanLocked(peer, reason);
    }
    Log("net: banned " + peer + " for " + std::to_string(m_config.ban_duration.count()) + " s: " + reason);
    if (conn) conn->Close("banned: " + reason);
  }

  void Unban(const PeerId& peer) {
    {
      std::lock_guard lock(m_mutex);
      if (m_bans.erase(peer) == 0) return;
      std::erase_if(m_address_bans, [&](const auto& kv) { return kv.second.id == peer; });  // banned with it
    }
    Log("net: unbanned " + peer);
    asio::post(m_strand, [self = shared_from_this(), peer] {
      for (size_t i = 0; i < self->m_dialers.size(); ++i) {
        Dialer& d = self->m_dialers[i];
        if (d.known != peer || d.dialing || d.peer) continue;
        d.backoff = self->m_config.dial_backoff_min;
        self->ScheduleDial(i, std::chrono::milliseconds(0));
      }
    });
  }

  void SetPaused(bool paused) {
    std::vector<std::shared_ptr<Connection>> conns;
    {
      std::lock_guard lock(m_mutex);
      if (m_stopped || m_paused == paused) return;
      m_paused = paused;
      if (paused) conns = AllConnectionsLocked();
    }
    Log(paused ? "net: paused" : "net: resumed");
    for (const auto& conn : conns) conn->Close("networking paused");
    if (paused) return;
    asio::post(m_strand, [self = shared_from_this()] {
      for (size_t i = 0; i < self->m_dialers.size(); ++i) {
        Dialer& d = self->m_dialers[i];
        d.backoff = self->m_config.dial_backoff_min;
        if (!d.dialing && !d.peer) self->ScheduleDial(i, std::chrono::milliseconds(0));
      }
    });
  }

  // Constant after construction.
  asio::io_context& m_io;
  const NetConfig m_config;
  const crypto::SecretKey m_key;
  const crypto::XOnlyPublicKey m_self_key;
  const PeerId m_self_id;
  const MessageHandler m_on_message;
  const PeerHandler m_on_peer;
  const LogHandler m_log;
  const asio::strand<asio::io_context::executor_type> m_strand;  // acceptor and dialers

  // Set by Start() before any connection or handler exists.
  std::shared_ptr<asio::ssl::context> m_tls;
  std::atomic<uint16_t> m_port{0};

  // m_strand only (and Start(), before it posts the first handler). The dialers vector itself
  // is fixed at construction; its elements belong to m_strand.
  tcp::acceptor m_acceptor;
  asio::steady_timer m_accept_retry;
  std::vector<Dialer> m_dialers;

 private:
  // Runs f (a user handler) unless Stop() has begun; Stop() waits for the ones already running.
  template <typename F>
  void CallHandler(F&& f) {
    {
      std::lock_guard lock(m_gate_mutex);
      if (m_gate_closed) return;
      ++m_gate_active;
    }
    t_handler_owners.push_back(this);
    struct Leave {
      Impl* impl;
      ~Leave() {
        t_handler_owners.pop_back();
        {
          std::lock_guard lock(impl->m_gate_mutex);
          --impl->m_gate_active;
        }
        impl->m_gate_cv.notify_all();
      }
    } leave{this};
    f();
  }

  void CloseHandlerGate() {
    const auto mine =
        static_cast<size_t>(std::count(t_handler_owners.begin(), t_handler_owners.end(), static_cast<const void*>(this)));
    std::unique_lock lock(m_gate_mutex);
    m_gate_closed = true;
    m_gate_cv.wait(lock, [&] { return m_gate_active <= mine; });
  }

  void Log(const std::string& line) {
    CallHandler([&] {
      if (m_log) m_log(line);
    });
  }

  // One dialer per well-formed persistent peer; ValidateConfig() rejects the malformed ones.
  std::vector<Dialer> MakeDialers() {
    std::vector<Dialer> dialers;
    for (const std::string& address : m_config.persistent_peers) {
      auto host_port = SplitHostPort(address);
      if (!host_port) continue;
      Dialer d;
      d.address = address;
      d.host = host_port->first;
      d.port = host_port->second;
      d.timer = std::make_unique<asio::steady_timer>(m_strand);
      d.backoff = m_config.dial_backoff_min;
      dialers.push_back(std::move(d));
    }
    return dialers;
  }

  Status ValidateConfig() const {
    const NetConfig& c = m_config;
    for (const std::string& address : c.persistent_peers) {
      if (!SplitHostPort(address)) return Status::InvalidArgument("net: persistent peer '" + address + "' is not host:port");
    }
    if (c.chain_id.empty() || c.chain_id.size() > internal::kChainIdBytesMax) {
      return Status::InvalidArgument("net: chain_id must have 1.." + std::to_string(internal::kChainIdBytesMax) + " bytes");
    }
    if (c.moniker.size() > internal::kMonikerBytesMax) {
      return Status::InvalidArgument("net: moniker longer than " + std::to_string(internal::kMonikerBytesMax) + " bytes");
    }
    if (c.message_bytes_max == 0 || c.send_queue_max == 0 || c.messages_per_second_max == 0 || c.ban_score <= 0) {
      return Status::InvalidArgument("net: message_bytes_max, send_queue_max, messages_per_second_max and ban_score must be positive");
    }
    if (c.dial_backoff_min.count() <= 0 || c.dial_backoff_max < c.dial_backoff_min || c.ping_interval.count() <= 0 ||
        c.handshake_timeout.count() <= 0) {
      return Status::InvalidArgument("net: timeouts must be positive and dial_backoff_min <= dial_backoff_max");
    }
    return Status::Ok();
  }

  Status Listen() {
    boost::system::error_code ec;
    const asio::ip::address address = asio::ip::make_address(m_config.bind_address, ec);
    if (ec) return Status::InvalidArgument("net: bind_address '" + m_config.bind_address + "': " + ec.message());
    const tcp::endpoint endpoint(address, m_config.port);
    m_acceptor.open(endpoint.protocol(), ec);
    // A restarted node must get its port back while old connections sit in TIME_WAIT.
    if (!ec) m_acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) m_acceptor.bind(endpoint, ec);
    if (!ec) m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (!ec) m_port = m_acceptor.local_endpoint(ec).port();
    if (ec) {
      boost::system::error_code ignored;
      m_acceptor.close(ignored);
      return Status::IoError("net: cannot listen on " + m_config.bind_address + ":" + std::to_string(m_config.port) +
                             ": " + ec.message());
    }
    return Status::Ok();
  }

  void Accept() {
    m_acceptor.async_accept(asio::make_strand(m_io), [self = shared_from_this()](const boost::system::error_code& ec,
                                                                                 tcp::socket socket) {
      self->OnAccept(ec, std::move(socket));
    });
  }

  void OnAccept(const boost::system::error_code& ec, tcp::socket socket) {
    if (!m_acceptor.is_open()) return;
    if (ec) {
      Log("net: accept failed: " + ec.message());
      m_accept_retry.expires_after(kAcceptRetryDelay);
      m_accept_retry.async_wait([self = shared_from_this()](const boost::system::error_code& wait_ec) {
        if (!wait_ec && self->m_acceptor.is_open()) self->Accept();
      });
      return;
    }
    StartInbound(std::move(socket));
    Accept();
  }

  // Handshaking inbound connections are bounded by inbound_max as well, so that idle sockets cannot
  // pile up for handshake_timeout each.
  void StartInbound(tcp::socket socket) {
    std::shared_ptr<Connection> conn;
    {
      std::lock_guard lock(m_mutex);
      if (m_stopped || m_paused) return;  // the socket closes as it goes out of scope
      boost::system::error_code ec;
      const tcp::endpoint remote = socket.remote_endpoint(ec);
      if (ec) return;
      const std::string ip = remote.address().to_string();
      if (AddressBannedLocked(ip)) return;
      size_t pending = 0, pending_here = 0;
      for (const auto& [raw, record] : m_connections) {
        if (record.outbound || record.admitted) continue;
        ++pending;
        if (record.ip == ip) ++pending_here;
      }
      if (pending >= m_config.inbound_max || pending_here >= m_config.handshakes_per_address_max) return;
      conn = Connection::Accepted(shared_from_this(), std::move(socket));
      m_connections.emplace(conn.get(), ConnectionRecord{conn, false, false, ip});
    }
    conn->Start();
  }

  void ScheduleDial(size_t index, std::chrono::milliseconds delay) {
    Dialer& d = m_dialers[index];
    d.timer->expires_after(delay);
    d.timer->async_wait([self = shared_from_this(), index](const boost::system::error_code& ec) {
      if (!ec) self->Dial(index);
    });
  }

  std::chrono::milliseconds NextBackoff(std::chrono::milliseconds backoff) const {
    return std::min(backoff * 2, m_config.dial_backoff_max);
  }

  void Dial(size_t index) {
    Dialer& d = m_dialers[index];
    if (d.dialing || d.peer) return;
    std::shared_ptr<Connection> conn;
    {
      std::lock_guard lock(m_mutex);
      if (!m_listening || m_stopped || m_paused) return;  // m_listening: Start() has finished
      if (d.known && m_peers.count(*d.known) != 0) {
        d.peer = d.known;  // it dialled us; nothing to do until it goes
        return;
      }
      if (!d.known || !BannedLocked(*d.known)) {
        d.dialing = true;
        conn = Connection::Dialled(shared_from_this(), asio::make_strand(m_io), d.host, d.port,
                                   DialTicket{index, ++d.attempt});
        m_connections.emplace(conn.get(), ConnectionRecord{conn, true, false});
      }
    }
    if (!conn) {  // banned: look again later, or at once on Unban
      ScheduleDial(index, d.backoff);
      d.backoff = NextBackoff(d.backoff);
      return;
    }
    conn->Start();
  }

  void OnDialReachedPeer(DialTicket ticket, const PeerId& peer) {
    Dialer& d = m_dialers[ticket.dialer];
    if (ticket.attempt != d.attempt || !d.dialing) return;
    d.dialing = false;
    d.peer = peer;
    d.known = peer;
    d.backoff = m_config.dial_backoff_min;
  }

  void OnDialFailed(DialTicket ticket) {
    Dialer& d = m_dialers[ticket.dialer];
    if (ticket.attempt != d.attempt || !d.dialing) return;  // a duplicate already counted as reached
    d.dialing = false;
    ScheduleDial(ticket.dialer, d.backoff);
    d.backoff = NextBackoff(d.backoff);
  }

  void OnPeerGone(const PeerId& peer) {
    for (size_t i = 0; i < m_dialers.size(); ++i) {
      Dialer& d = m_dialers[i];
      if (d.peer != peer) continue;
      d.peer.reset();
      if (!d.dialing) ScheduleDial(i, d.backoff);
    }
  }

  void StopOnStrand() {
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_accept_retry.cancel();
    for (Dialer& d : m_dialers) d.timer->cancel();
    {
      std::lock_guard lock(m_mutex);
      m_listening = false;
    }
    m_quiet_cv.notify_all();
  }

  // Identity policy, in order: state, self, ban, duplicate (keep the connection dialled by the
  // lower peer id, so both ends keep the same one), direction limits.
  Admission AdmitLocked(const std::shared_ptr<Connection>& conn, std::shared_ptr<Connection>* replaced) {
    const PeerId& id = conn->peer_id();
    if (m_stopped || m_paused) return {Verdict::Refused, "networking is paused or stopped"};
    if (conn->hello().node_key == m_self_key) return {Verdict::Refused, "connected to ourselves"};
    if (BannedLocked(id)) return {Verdict::Refused, "peer is banned"};
    auto it = m_peers.find(id);
    std::shared_ptr<Connection> existing = it != m_peers.end() ? it->second.conn.lock() : nullptr;
    if (existing) {
      const PeerId& lower = std::min(m_self_id, id);
      const PeerId& existing_dialler = existing->outbound() ? m_self_id : id;
      const PeerId& new_dialler = conn->outbound() ? m_self_id : id;
      if (existing_dialler == lower && new_dialler != lower) {
        return {Verdict::Duplicate, "already connected (keeping the connection dialled by the lower peer id)"};
      }
    }
    // A reserved peer (a genesis validator's node, a persistent peer) has a slot whatever the
    // limits; the others count against the direction's limit and, inbound, their address's.
    const bool reserved = m_reserved_ids.contains(id) || m_reserved_addresses.contains(conn->address_key());
    const std::string ip = conn->remote_ip();
    if (!reserved) {
      size_t same_direction = 0, same_address = 0;
      for (const auto& [peer, entry] : m_peers) {
        if (entry.reserved || entry.raw == existing.get() || entry.outbound != conn->outbound()) continue;
        ++same_direction;
        if (entry.ip == ip) ++same_address;
      }
      const size_t limit = conn->outbound() ? m_config.outbound_max : m_config.inbound_max;
      if (same_direction >= limit) {
        return {Verdict::Refused,
                std::string(conn->outbound() ? "outbound_max" : "inbound_max") + " (" + std::to_string(limit) + ") reached"};
      }
      if (!conn->outbound() && same_address >= m_config.inbound_per_address_max) {
        return {Verdict::Refused, "inbound_per_address_max (" + std::to_string(m_config.inbound_per_address_max) +
                                      ") reached for " + ip};
      }
    }
    PeerEntry& entry = m_peers[id];
    if (!existing) entry.score = 0;  // a replacement keeps the points
    entry.conn = conn;
    entry.raw = conn.get();
    entry.outbound = conn->outbound();
    entry.reserved = reserved;
    entry.ip = ip;
    *replaced = std::move(existing);
    if (auto record = m_connections.find(conn.get()); record != m_connections.end()) record->second.admitted = true;
    return {Verdict::Admitted, {}};
  }

  // Records the ban and returns the peer's connection, for the caller to close outside the lock.
  std::shared_ptr<Connection> BanLocked(const PeerId& peer, const std::string& reason) {
    PruneBansLocked();
    if (m_bans.size() >= kBansMax && m_bans.count(peer) == 0) {
      auto soonest = std::min_element(m_bans.begin(), m_bans.end(),
                                      [](const auto& a, const auto& b) { return a.second.until_ms < b.second.until_ms; });
      m_bans.erase(soonest);
    }
    const auto duration_ms = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(m_config.ban_duration).count());
    m_bans[peer] = BannedPeer{peer, reason, UnixMs() + duration_ms};
    auto it = m_peers.find(peer);
    if (it == m_peers.end()) return nullptr;
    // The address too, so a fresh key from there does not walk back in; not when a reserved peer
    // shares it (one machine, one NAT), and never for a reserved peer itself.
    const std::string& ip = it->second.ip;
    const bool shared = std::any_of(m_peers.begin(), m_peers.end(), [&](const auto& kv) {
      return kv.second.reserved && kv.second.ip == ip;
    });
    if (!ip.empty() && ip != "unknown" && !shared) {
      if (m_address_bans.size() >= kBansMax && m_address_bans.count(ip) == 0) {
        m_address_bans.erase(std::min_element(m_address_bans.begin(), m_address_bans.end(), [](const auto& a, const auto& b) {
          return a.second.until_ms < b.second.until_ms;
        }));
      }
      m_address_bans[ip] = BannedPeer{peer, reason, UnixMs() + duration_ms, ip};
      m_bans[peer].address = ip;
    }
    return it->second.conn.lock();
  }

  bool AddressBannedLocked(const std::string& ip) {
    auto it = m_address_bans.find(ip);
    if (it == m_address_bans.end()) return false;
    if (it->second.until_ms > UnixMs()) return true;
    m_address_bans.erase(it);
    return false;
  }

  bool BannedLocked(const PeerId& peer) {
    auto it = m_bans.find(peer);
    if (it == m_bans.end()) return false;
    if (it->second.until_ms > UnixMs()) return true;
    m_bans.erase(it);
    return false;
  }

  void PruneBansLocked() {
    const uint64_t now = UnixMs();
    std::erase_if(m_bans, [now](const auto& kv) { return kv.second.until_ms <= now; });
    std::erase_if(m_address_bans, [now](const auto& kv) { return kv.second.until_ms <= now; });
  }

  std::vector<std::shared_ptr<Connection>> AllConnectionsLocked() const {
    std::vector<std::shared_ptr<Connection>> conns;
    for (const auto& [raw, record] : m_connections) {
      if (auto conn = record.conn.lock()) conns.push_back(std::move(conn));
    }
    return conns;
  }

  bool CheckOutgoing(uint8_t type, const Bytes& payload) {
    ORDO_ASSERT(type < internal::kReservedTypeMin);  // 0xF0 and up are the transport's own
    if (payload.size() <= m_config.message_bytes_max) return true;
    Log("net: not sending a type " + std::to_string(type) + " message of " + std::to_string(payload.size()) +
        " bytes: above message_bytes_max");
    return false;
  }

  // Guarded by m_mutex.
  mutable std::mutex m_mutex;
  std::condition_variable m_quiet_cv;  // m_connections shrank or the listener closed
  bool m_started = false;
  bool m_stopped = false;
  bool m_paused = false;
  bool m_listening = false;
  std::map<const Connection*, ConnectionRecord> m_connections;  // every open connection
  std::map<PeerId, PeerEntry> m_peers;                          // admitted ones, one per peer
  std::map<PeerId, BannedPeer> m_bans;
  std::map<std::string, BannedPeer> m_address_bans;  // IP address -> the peer ban it came with

  // Constant after construction.
  const std::set<PeerId> m_reserved_ids{m_config.reserved_peers.begin(), m_config.reserved_peers.end()};
  const std::set<std::string> m_reserved_addresses{m_config.persistent_peers.begin(), m_config.persistent_peers.end()};

  // Guarded by m_gate_mutex.
  std::mutex m_gate_mutex;
  std::condition_variable m_gate_cv;
  bool m_gate_closed = false;
  size_t m_gate_active = 0;
};

Network::Network(asio::io_context& io, NetConfig config, const crypto::SecretKey& node_key,
                 MessageHandler on_message, PeerHandler on_peer, LogHandler log)
    : m_impl(std::make_shared<Impl>(io, std::move(config), node_key, std::move(on_message), std::move(on_peer),
                                    std::move(log))) {}

Network::~Network() {
  if (m_impl) m_impl->Stop();
}

Status Network::Start() { return m_impl->Start(); }
void Network::Stop() { m_impl->Stop(); }
uint16_t Network::port() const { return m_impl->m_port.load(); }
PeerId Network::self_id() const { return m_impl->m_self_id; }
void Network::Broadcast(uint8_t type, const Bytes& payload) { m_impl->Broadcast(type, payload); }

void Network::BroadcastExcept(uint8_t type, const Bytes& payload, const PeerId& except) {
  m_impl->Broadcast(type, payload, except);
}
void Network::Send(const PeerId& peer, uint8_t type, const Bytes& payload) { m_impl->Send(peer, type, payload); }
void Network::Multicast(const std::vector<PeerId>& peers, uint8_t type, const Bytes& payload) {
  m_impl->Multicast(peers, type, payload);
}
std::vector<PeerId> Network::ConnectedIds() const { return m_impl->ConnectedIds(); }
void Network::Report(const PeerId& peer, Misbehaviour what, const std::string& detail) {
  m_impl->Report(peer, what, detail);
}
std::vector<PeerInfo> Network::Peers() const { return m_impl->Peers(); }
std::vector<BannedPeer> Network::Banned() const { return m_impl->Banned(); }
void Network::Disconnect(const PeerId& peer) { m_impl->Disconnect(peer); }
void Network::Ban(const PeerId& peer, const std::string& reason) { m_impl->Ban(peer, reason); }
void Network::Unban(const PeerId& peer) { m_impl->Unban(peer); }
void Network::SetPaused(bool paused) { m_impl->SetPaused(paused); }

}  // namespace ordo::net
