#include "net/connection.h"

#include <atomic>
#include <chrono>
#include <deque>
#include <iterator>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include "net/tls.h"
#include "net/token_bucket.h"
#include "ordo/codec/codec.h"

namespace ordo::net::internal {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using WsStream = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;
using SteadyClock = std::chrono::steady_clock;

// A peer from which nothing at all arrived for this many ping intervals is gone (half-open TCP,
// hung process) and is dropped so that its slot and the dialer are freed.
constexpr int kSilentPingIntervalsMax = 3;
constexpr size_t kPingFrameBytes = 1 + 8 + 8;

uint64_t UnixMs() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

std::string EndpointString(const tcp::endpoint& endpoint) {
  const std::string host = endpoint.address().is_v6() ? "[" + endpoint.address().to_string() + "]"
                                                      : endpoint.address().to_string();
  return host + ":" + std::to_string(endpoint.port());
}

std::string HexByte(uint8_t b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

class PeerConnection final : public Connection, public std::enable_shared_from_this<PeerConnection> {
 public:
  PeerConnection(std::shared_ptr<ConnectionOwner> owner, tcp::socket socket)
      : m_owner(std::move(owner)),
        m_config(m_owner->config()),
        m_outbound(false),
        m_ws(beast::tcp_stream(std::move(socket)), m_owner->tls()),
        m_deadline(m_ws.get_executor()),
        m_ping_timer(m_ws.get_executor()),
        m_resolver(m_ws.get_executor()),
        m_bucket(m_config.messages_per_second_max, SteadyClock::now()) {
    beast::error_code ec;
    const tcp::endpoint remote = beast::get_lowest_layer(m_ws).socket().remote_endpoint(ec);
    m_remote = ec ? std::string("unknown") : EndpointString(remote);
    m_remote_ip = ec ? std::string("unknown") : remote.address().to_string();
  }

  PeerConnection(std::shared_ptr<ConnectionOwner> owner, asio::any_io_executor strand, std::string host,
                 std::string port, DialTicket ticket)
      : m_owner(std::move(owner)),
        m_config(m_owner->config()),
        m_outbound(true),
        m_host(std::move(host)),
        m_port(std::move(port)),
        m_ticket(ticket),
        m_ws(strand, m_owner->tls()),
        m_deadline(m_ws.get_executor()),
        m_ping_timer(m_ws.get_executor()),
        m_resolver(m_ws.get_executor()),
        m_bucket(m_config.messages_per_second_max, SteadyClock::now()),
        m_remote(m_host + ":" + m_port) {}

  void Start() override {
    asio::dispatch(m_ws.get_executor(), [self = shared_from_this()] { self->Begin(); });
  }

  void Send(std::shared_ptr<const Bytes> frame) override {
    asio::post(m_ws.get_executor(), [self = shared_from_this(), frame = std::move(frame)] { self->Enqueue(frame); });
  }

  void Close(std::string reason) override {
    m_closing = true;  // stops deliveries at once, even before the strand gets to the close
    asio::post(m_ws.get_executor(),
               [self = shared_from_this(), reason = std::move(reason)] { self->CloseNow(reason); });
  }

  bool outbound() const override { return m_outbound; }
  DialTicket ticket() const override { return m_ticket; }
  std::string Describe() const override {
    std::string s = m_remote + (m_outbound ? " (out)" : " (in)");
    if (!m_peer_id.empty()) s += " peer " + m_peer_id;
    return s;
  }
  const Hello& hello() const override { return m_hello; }
  const PeerId& peer_id() const override { return m_peer_id; }
  std::string address_key() const override { return m_address_key; }
  std::string remote_ip() const override { return m_remote_ip; }

  PeerInfo Snapshot() const override {
    PeerInfo info;
    info.id = m_peer_id;
    info.node_key = m_hello.node_key;
    info.moniker = m_hello.moniker;
    info.address = m_remote;
    info.outbound = m_outbound;
    info.bytes_in = m_bytes_in.load();
    info.bytes_out = m_bytes_out.load();
    info.messages_in = m_messages_in.load();
    info.messages_out = m_messages_out.load();
    info.rtt_ms = m_rtt_ms.load();
    info.connected_since_ms = m_connected_since_ms;
    return info;
  }

 private:
  void Begin() {
    if (m_closed) return;
    m_deadline.expires_after(m_config.handshake_timeout);
    m_deadline.async_wait([self = shared_from_this()](const beast::error_code& ec) {
      if (!ec && !self->m_admitted) self->CloseNow("handshake timeout");
    });
    if (m_outbound) {
      m_resolver.async_resolve(m_host, m_port, beast::bind_front_handler(&PeerConnection::OnResolved, shared_from_this()));
      return;
    }
    SetNoDelay();
    m_ws.next_layer().async_handshake(asio::ssl::stream_base::server,
                                      beast::bind_front_handler(&PeerConnection::OnTlsHandshake, shared_from_this()));
  }

  void OnResolved(const beast::error_code& ec, const tcp::resolver::results_type& results) {
    if (m_closed) return;
    if (ec) return CloseNow("resolving: " + ec.message());
    beast::get_lowest_layer(m_ws).async_connect(
        results, beast::bind_front_handler(&PeerConnection::OnTcpConnected, shared_from_this()));
  }

  void OnTcpConnected(const beast::error_code& ec, const tcp::endpoint& endpoint) {
    if (m_closed) return;
    if (ec) return CloseNow("connecting: " + ec.message());
    m_remote = EndpointString(endpoint);
    m_remote_ip = endpoint.address().to_string();
    m_address_key = m_remote;  // the address we dialled is where the peer listens
    SetNoDelay();
    m_ws.next_layer().async_handshake(asio::ssl::stream_base::client,
                                      beast::bind_front_handler(&PeerConnection::OnTlsHandshake, shared_from_this()));
  }

  // Without it a 16 KiB message waits for the peer's delayed ACK (about 40-90 ms) under Nagle.
  void SetNoDelay() {
    beast::error_code ignored;
    beast::get_lowest_layer(m_ws).socket().set_option(tcp::no_delay(true), ignored);
  }

  void OnTlsHandshake(const beast::error_code& ec) {
    if (m_closed) return;
    if (ec) return CloseNow("TLS handshake: " + ec.message());
    m_ws.binary(true);
    m_ws.auto_fragment(false);
    m_ws.read_message_max(kHelloBytesMax);
    auto next = beast::bind_front_handler(&PeerConnection::OnWebSocketHandshake, shared_from_this());
    if (m_outbound) {
      m_ws.async_handshake(m_host + ":" + m_port, "/", std::move(next));
    } else {
      m_ws.async_accept(std::move(next));
    }
  }

  void OnWebSocketHandshake(const beast::error_code& ec) {
    if (m_closed) return;
    if (ec) return CloseNow("WebSocket handshake: " + ec.message());
    const std::optional<Hash32> exporter = ExportHelloBinding(m_ws.next_layer().native_handle());
    if (!exporter) return CloseNow("no TLS exporter value");
    m_exporter = *exporter;
    m_hello_out = std::make_shared<const Bytes>(m_owner->SignedHello(m_exporter));
    m_ws.async_write(asio::buffer(*m_hello_out),
                     beast::bind_front_handler(&PeerConnection::OnHelloSent, shared_from_this()));
  }

  void OnHelloSent(const beast::error_code& ec, size_t bytes) {
    if (m_closed) return;
    if (ec) return CloseNow("sending hello: " + ec.message());
    m_bytes_out += bytes;
    m_ws.async_read(m_read_buffer, beast::bind_front_handler(&PeerConnection::OnHelloReceived, shared_from_this()));
  }

  void OnHelloReceived(const beast::error_code& ec, size_t bytes) {
    if (m_closed) return;
    if (ec == websocket::error::message_too_big) return CloseNow("hello larger than " + std::to_string(kHelloBytesMax));
    if (ec) return CloseNow("reading hello: " + ec.message());
    m_bytes_in += bytes;
    if (!m_ws.got_binary()) return CloseNow("hello is not a binary frame");
    Result<Hello> hello = DecodeHello(ReadBufferSpan());
    m_read_buffer.consume(m_read_buffer.size());
    if (!hello.ok()) return CloseNow(hello.status().message());
    if (std::string refusal = CheckHello(*hello); !refusal.empty()) return CloseNow(refusal);
    m_hello = std::move(hello).value();
    m_peer_id = PeerIdOf(m_hello.node_key);
    m_connected_since_ms = UnixMs();
    if (std::string refusal = m_owner->Admit(shared_from_this()); !refusal.empty()) return CloseNow(refusal);
    m_admitted = true;
    m_deadline.cancel();
    m_ws.read_message_max(0);  // unlimited for Beast: ReadNext enforces m_frame_bytes_max
    m_ws.control_callback([this](websocket::frame_type kind, beast::string_view) {
      // Beast answers WebSocket pings by itself; they still cost us a write each.
      if (kind == websocket::frame_type::ping) TakeToken("WebSocket ping");
    });
    m_last_heard = SteadyClock::now();
    m_owner->OnConnected(shared_from_this());
    SendPing();
    SchedulePing();
    ReadNext();
  }

  // Everything that makes a Hello unacceptable for this connection regardless of who else is
  // connected; an empty string when it passes.
  std::string CheckHello(const Hello& hello) {
    if (hello.protocol_version != protocol_version) {
      return "protocol version " + std::to_string(hello.protocol_version) + ", ours " + std::to_string(protocol_version);
    }
    if (hello.chain_id != m_config.chain_id) {
      return "wrong chain id '" + hello.chain_id + "' (ours '" + m_config.chain_id + "')";
    }
    if (!m_outbound) m_address_key = m_remote_ip + ":" + std::to_string(hello.listen_port);
    if (!HelloSignatureValid(hello, m_exporter)) {
      const std::string detail = "invalid hello signature for key " + ToHex(hello.node_key);
      m_owner->OnInvalidSignature(m_address_key, detail);
      return detail;
    }
    return {};
  }

  // Reads a message in pieces and enforces the frame limit itself: Beast's read_message_max would
  // fail the connection with a close handshake whose TLS teardown error replaces message_too_big,
  // so an oversize frame could not be told from an ordinary disconnect. Asking for one byte more
  // than the limit reveals an oversize frame without buffering more of it.
  void ReadNext() {
    const size_t room = m_frame_bytes_max + 1 - m_read_buffer.size();
    m_ws.async_read_some(m_read_buffer, room, beast::bind_front_handler(&PeerConnection::OnRead, shared_from_this()));
  }

  void OnRead(const beast::error_code& ec, size_t bytes) {
    if (m_closed) return;
    if (ec == websocket::error::closed) return CloseNow("closed by peer");
    if (ec) return CloseNow(ec.message());
    m_bytes_in += bytes;
    m_last_heard = SteadyClock::now();
    if (m_read_buffer.size() > m_frame_bytes_max) {
      m_owner->Report(m_peer_id, Misbehaviour::OversizeFrame,
                      "frame above " + std::to_string(m_frame_bytes_max) + " bytes");
      return CloseNow("oversize frame");
    }
    if (!m_ws.is_message_done()) return ReadNext();
    HandleFrame(m_ws.got_binary(), ReadBufferSpan());
    m_read_buffer.consume(m_read_buffer.size());
    if (!m_closing) ReadNext();
  }

  void HandleFrame(bool binary, ByteSpan frame) {
    if (!binary || frame.empty()) {
      return m_owner->Report(m_peer_id, Misbehaviour::UndecodableFrame, binary ? "empty frame" : "text frame");
    }
    if (!TakeToken("messages")) return;
    const uint8_t type = frame[0];
    if (type < kReservedTypeMin) {
      ++m_messages_in;
      if (!m_closing) m_owner->Deliver(m_peer_id, type, Bytes(frame.begin() + 1, frame.end()));
      return;
    }
    if (type == kPingType && frame.size() == kPingFrameBytes) {
      return Enqueue(MakeFrame(kPongType, frame.subspan(1)));
    }
    if (type == kPongType && frame.size() == kPingFrameBytes) return OnPong(frame.subspan(1));
    m_owner->Report(m_peer_id, Misbehaviour::UndecodableFrame,
                    "frame type " + HexByte(type) + " of " + std::to_string(frame.size()) + " bytes");
  }

  bool TakeToken(const char* what) {
    if (m_bucket.Take(SteadyClock::now())) return true;
    m_owner->Report(m_peer_id, Misbehaviour::Flooding,
                    std::string(what) + " above " + std::to_string(m_config.messages_per_second_max) + " per second");
    return false;
  }

  void SendPing() {
    codec::Writer w;
    w.PutU64(++m_ping_nonce);
    w.PutU64(UnixMs());  // informational; the RTT uses our own monotonic clock
    m_ping_sent = SteadyClock::now();
    m_ping_outstanding = true;
    Enqueue(MakeFrame(kPingType, w.bytes()));
  }

  void OnPong(ByteSpan payload) {
    codec::Reader r(payload);
    uint64_t nonce = 0;
    if (!r.ReadU64(&nonce).ok() || !m_ping_outstanding || nonce != m_ping_nonce) return;  // stale: ignore
    m_ping_outstanding = false;
    m_rtt_ms = std::chrono::duration<double, std::milli>(SteadyClock::now() - m_ping_sent).count();
  }

  void SchedulePing() {
    m_ping_timer.expires_after(m_config.ping_interval);
    m_ping_timer.async_wait([self = shared_from_this()](const beast::error_code& ec) {
      if (ec || self->m_closed) return;
      self->OnPingTimer();
    });
  }

  void OnPingTimer() {
    if (SteadyClock::now() - m_last_heard > kSilentPingIntervalsMax * m_config.ping_interval) {
      return CloseNow("silent for " + std::to_string(kSilentPingIntervalsMax) + " ping intervals");
    }
    if (!m_ping_outstanding) SendPing();
    SchedulePing();
  }

  void Enqueue(std::shared_ptr<const Bytes> frame) {
    if (m_closed) return;
    if (m_queue.size() >= m_config.send_queue_max) {
      return CloseNow("send queue above " + std::to_string(m_config.send_queue_max) + " messages");
    }
    m_queue.push_back(std::move(frame));
    if (!m_writing) WriteNext();
  }

  void WriteNext() {
    m_writing = true;
    m_ws.async_write(asio::buffer(*m_queue.front()),
                     beast::bind_front_handler(&PeerConnection::OnWritten, shared_from_this()));
  }

  void OnWritten(const beast::error_code& ec, size_t bytes) {
    m_writing = false;
    if (m_closed) return;
    if (ec) return CloseNow("writing: " + ec.message());
    m_bytes_out += bytes;
    if ((*m_queue.front())[0] < kReservedTypeMin) ++m_messages_out;
    m_queue.pop_front();
    if (!m_queue.empty()) WriteNext();
  }

  // Abrupt on purpose: a peer we drop gets no say, and pending operations end with errors that
  // the m_closed checks swallow.
  void CloseNow(const std::string& reason) {
    if (m_closed) return;
    m_closed = true;
    m_closing = true;
    m_deadline.cancel();
    m_ping_timer.cancel();
    m_resolver.cancel();
    beast::error_code ignored;
    beast::get_lowest_layer(m_ws).socket().shutdown(tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(m_ws).close();
    // The frame being written must outlive the write: its completion may already be queued
    // with success, and the composed write would go on reading the buffer.
    m_queue.erase(m_writing ? std::next(m_queue.begin()) : m_queue.begin(), m_queue.end());
    m_owner->OnClosed(shared_from_this(), reason);
  }

  ByteSpan ReadBufferSpan() const {
    const auto data = m_read_buffer.data();
    return ByteSpan(static_cast<const uint8_t*>(data.data()), data.size());
  }

  // Constant after construction.
  const std::shared_ptr<ConnectionOwner> m_owner;
  const NetConfig& m_config;  // owned by m_owner
  const bool m_outbound;
  const std::string m_host;
  const std::string m_port;
  const DialTicket m_ticket{};
  const size_t m_frame_bytes_max = m_config.message_bytes_max + 1;  // + 1 for the type byte

  // Strand only.
  WsStream m_ws;
  asio::steady_timer m_deadline;
  asio::steady_timer m_ping_timer;
  tcp::resolver m_resolver;
  beast::flat_buffer m_read_buffer;
  TokenBucket m_bucket;
  Hash32 m_exporter{};
  std::shared_ptr<const Bytes> m_hello_out;
  std::deque<std::shared_ptr<const Bytes>> m_queue;
  bool m_writing = false;
  bool m_admitted = false;
  bool m_closed = false;
  uint64_t m_ping_nonce = 0;
  bool m_ping_outstanding = false;
  SteadyClock::time_point m_ping_sent{};
  SteadyClock::time_point m_last_heard{};

  // Written on the strand before admission, read by the owner only after Admit (whose mutex
  // orders the two): constant from then on.
  std::string m_remote;
  std::string m_remote_ip;
  std::string m_address_key;
  Hello m_hello;
  PeerId m_peer_id;
  uint64_t m_connected_since_ms = 0;

  // Any thread.
  std::atomic<bool> m_closing{false};
  std::atomic<uint64_t> m_bytes_in{0};
  std::atomic<uint64_t> m_bytes_out{0};
  std::atomic<uint64_t> m_messages_in{0};
  std::atomic<uint64_t> m_messages_out{0};
  std::atomic<double> m_rtt_ms{0};
};

}  // namespace

std::shared_ptr<const Bytes> MakeFrame(uint8_t type, ByteSpan payload) {
  auto frame = std::make_shared<Bytes>();
  frame->reserve(1 + payload.size());
  frame->push_back(type);
  frame->insert(frame->end(), payload.begin(), payload.end());
  return frame;
}

std::shared_ptr<Connection> Connection::Accepted(std::shared_ptr<ConnectionOwner> owner, tcp::socket socket) {
  return std::make_shared<PeerConnection>(std::move(owner), std::move(socket));
}

std::shared_ptr<Connection> Connection::Dialled(std::shared_ptr<ConnectionOwner> owner, asio::any_io_executor strand,
                                                std::string host, std::string port, DialTicket ticket) {
  return std::make_shared<PeerConnection>(std::move(owner), std::move(strand), std::move(host), std::move(port),
                                          ticket);
}

}  // namespace ordo::net::internal
