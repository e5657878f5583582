#pragma once
// One peer connection: TCP, TLS 1.3, WebSocket, the Hello proof, then framed messages with
// pings, a bounded send queue and a rate limit. Each connection runs on its own strand; the
// methods below are thread-safe. Policy (bans, limits, duplicates, scores) belongs to the owner.
//
// Frames after the Hello: [u8 type][payload]. Types 0x00-0xEF are the upper layer's; 0xF0 ping
// and 0xF1 pong carry [u64 nonce][u64 sender Unix ms] (the pong echoes the ping); every other
// type from 0xF0 up is undecodable.

#include <cstdint>
#include <memory>
#include <string>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include "net/hello.h"
#include "ordo/net/network.h"

namespace ordo::net::internal {

inline constexpr uint8_t kPingType = 0xF0;
inline constexpr uint8_t kPongType = 0xF1;
inline constexpr uint8_t kReservedTypeMin = 0xF0;

// Which persistent-peer dialer started an outbound connection, and which of its attempts.
struct DialTicket {
  size_t dialer = 0;
  uint64_t attempt = 0;
};

class Connection;

// [type][payload] as one shared buffer, so a broadcast encodes once.
std::shared_ptr<const Bytes> MakeFrame(uint8_t type, ByteSpan payload);

// What a connection needs from the network that owns it. Thread-safe; called on connection strands.
class ConnectionOwner {
 public:
  virtual ~ConnectionOwner() = default;
  virtual const NetConfig& config() const = 0;
  virtual boost::asio::ssl::context& tls() = 0;
  // Our Hello, signed for the session with this exporter value.
  virtual Bytes SignedHello(const Hash32& exporter) const = 0;
  // Applies the identity policy to a connection whose Hello verified and registers it as the
  // peer's connection; an empty string when admitted, else the reason for refusing it.
  virtual std::string Admit(const std::shared_ptr<Connection>& conn) = 0;
  // A Hello whose signature did not verify arrived from address_key ("ip:listen port"). Logged
  // only: anyone could send it in another's name.
  virtual void OnInvalidSignature(const std::string& address_key, const std::string& detail) = 0;
  // The connection is closed for good; called exactly once, on its strand.
  virtual void OnClosed(const std::shared_ptr<Connection>& conn, const std::string& reason) = 0;
  // An admitted connection is about to deliver messages; called once, on its strand.
  virtual void OnConnected(const std::shared_ptr<Connection>& conn) = 0;
  virtual void Deliver(const PeerId& peer, uint8_t type, Bytes payload) = 0;
  virtual void Report(const PeerId& peer, Misbehaviour what, const std::string& detail) = 0;
};

class Connection {
 public:
  virtual ~Connection() = default;

  // An accepted socket; the socket's executor must be a strand of its own.
  static std::shared_ptr<Connection> Accepted(std::shared_ptr<ConnectionOwner> owner,
                                              boost::asio::ip::tcp::socket socket);
  // A connection to host:port, run on strand.
  static std::shared_ptr<Connection> Dialled(std::shared_ptr<ConnectionOwner> owner,
                                             boost::asio::any_io_executor strand, std::string host,
                                             std::string port, DialTicket ticket);

  // Begins the handshakes; the connection closes itself after handshake_timeout.
  virtual void Start() = 0;
  // Queues a frame; a queue longer than send_queue_max closes the connection.
  virtual void Send(std::shared_ptr<const Bytes> frame) = 0;
  // Closes (abruptly; no more deliveries from now on) and reports OnClosed.
  virtual void Close(std::string reason) = 0;

  virtual bool outbound() const = 0;
  virtual DialTicket ticket() const = 0;
  // A short description for log lines: "ip:port (in)" or "host:port (out)", plus the peer id
  // once known.
  virtual std::string Describe() const = 0;

  // Valid once the Hello has verified (before Admit) and constant afterwards.
  virtual const Hello& hello() const = 0;
  virtual const PeerId& peer_id() const = 0;
  // "ip:port" under which the peer listens: the dialled endpoint, or the remote IP with the
  // Hello's listen port.
  virtual std::string address_key() const = 0;
  // The remote IP address of the socket ("unknown" before an outbound connect).
  virtual std::string remote_ip() const = 0;
  // Counters and RTT; score is left 0 for the owner to fill in. Only for an admitted connection.
  virtual PeerInfo Snapshot() const = 0;
};

}  // namespace ordo::net::internal
