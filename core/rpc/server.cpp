// HTTP/1.1 and WebSocket transport for the JSON-RPC dispatcher (Boost.Beast).
//
// Threads: the io_context may be run by several threads. Every connection lives on its own strand
// (the accepted socket's executor), so a session's handlers never run concurrently and need no
// locks. What is shared between connections and foreign threads - the acceptor, the registry of
// live connections, the stopped flag and the count of dispatcher calls in flight - sits in
// ServerCore behind one mutex. Foreign threads reach a session only by posting onto its strand
// (Connection::Close, Connection::PublishNewHead).

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include "ordo/rpc/server.h"

namespace ordo::rpc {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = asio::ip::tcp;
using boost::system::error_code;

// A client gets this long to send a whole request (headers and body), and an idle keep-alive
// connection is dropped after it, so slow or silent peers cannot pin connection slots.
constexpr std::chrono::seconds http_read_timeout_s{30};
constexpr std::chrono::seconds http_write_timeout_s{30};
constexpr size_t http_header_bytes_max = 16 * 1024;
// After an error response that closes the connection, the rest of the request is read and
// discarded for a moment before closing: closing with unread input makes the kernel send RST,
// which can destroy the response before the client reads it (the 413 for an oversize body).
constexpr std::chrono::seconds http_drain_timeout_s{2};
constexpr size_t http_drain_bytes_max = 1024 * 1024;
constexpr size_t http_drain_chunk_bytes = 16 * 1024;
// Accept errors such as EMFILE repeat at once while the connection waits in the backlog; a pause
// keeps the acceptor from spinning.
constexpr std::chrono::milliseconds accept_retry_delay_ms{100};
constexpr std::chrono::seconds ws_handshake_timeout_s{30};
// With keep-alive pings a peer is pinged after half of this without traffic and dropped after
// the rest, so dead WebSocket peers free their slot and send queue.
constexpr std::chrono::seconds ws_idle_timeout_s{60};
// Unsupported subscription names are echoed, but never an arbitrary amount of them.
constexpr size_t subscription_name_echo_bytes_max = 64;

constexpr std::string_view json_content_type = "application/json";
constexpr std::string_view metrics_content_type = "text/plain; version=0.0.4";
constexpr std::string_view text_content_type = "text/plain; charset=utf-8";
constexpr std::string_view body_too_large_body =
    R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"request body too large"}})";

// Set while this thread runs a dispatcher or metrics call, so a Server destroyed from inside one
// does not wait for itself.
thread_local bool t_in_call = false;

class ServerCore;

// A live client connection. Close and PublishNewHead may be called from any thread; they post
// onto the connection's strand.
// The host part of a Host header or an origin's authority ("name", "name:port", "[v6]:port").
std::string_view HostPart(std::string_view authority) {
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    return close == std::string_view::npos ? authority : authority.substr(0, close + 1);
  }
  const size_t colon = authority.find(':');
  return colon == std::string_view::npos ? authority : authority.substr(0, colon);
}

bool IsLocalName(std::string_view host) {
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]" || host == "::1";
}

bool Listed(const std::vector<std::string>& list, std::string_view entry) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& e) { return e == "*" || e == entry; });
}

// Why a request must not be served, from its Host and Origin headers; empty when it may be.
std::string RefusalOf(const ServerConfig& config, std::string_view host_header, std::string_view origin) {
  if (!host_header.empty()) {
    const std::string_view host = HostPart(host_header);
    if (!IsLocalName(host) && host != config.bind_address && !Listed(config.allowed_hosts, host)) {
      return "host not allowed (rpc.allowed_hosts)\n";
    }
  }
  if (!origin.empty()) {
    const size_t scheme = origin.find("://");
    const std::string_view host = scheme == std::string_view::npos ? std::string_view() : HostPart(origin.substr(scheme + 3));
    if (!IsLocalName(host) && !Listed(config.allowed_origins, origin)) return "origin not allowed (rpc.allowed_origins)\n";
  }
  return {};
}

// Operator access for a request that carries the operator token as a bearer token. Compared in
// constant time.
Access AccessOf(const ServerConfig& config, std::string_view authorization) {
  constexpr std::string_view prefix = "Bearer ";
  if (config.operator_token.empty() || authorization.substr(0, prefix.size()) != prefix) return Access::Public;
  const std::string_view token = authorization.substr(prefix.size());
  if (token.size() != config.operator_token.size()) return Access::Public;
  unsigned char diff = 0;
  for (size_t i = 0; i < token.size(); ++i) diff |= static_cast<unsigned char>(token[i] ^ config.operator_token[i]);
  return diff == 0 ? Access::Operator : Access::Public;
}

class Connection {
 public:
  explicit Connection(std::shared_ptr<ServerCore> core) : m_core(std::move(core)) {}
  virtual ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  virtual void Close() = 0;
  virtual void PublishNewHead(const std::shared_ptr<const std::string>& head_json) = 0;

 protected:
  friend class ServerCore;
  const std::shared_ptr<ServerCore> m_core;
  uint64_t m_id = 0;  // 0 while not (or no longer) in the registry; written under the core's mutex
  std::string m_ip;   // the client's address, set before Register and kept across HandOver
};

class ServerCore : public std::enable_shared_from_this<ServerCore> {
 public:
  ServerCore(asio::io_context& io, ServerConfig config, const Dispatcher& dispatcher, Server::MetricsFn metrics)
      : m_io(io),
        m_config(std::move(config)),
        m_dispatcher(dispatcher),
        m_metrics(std::move(metrics)),
        m_acceptor(io),
        m_accept_retry_timer(io) {}

  const ServerConfig& config() const { return m_config; }
  const Dispatcher& dispatcher() const { return m_dispatcher; }
  bool has_metrics() const { return m_metrics != nullptr; }
  uint16_t port() const { return m_port.load(); }

  Status Start();
  void Stop();
  void PublishNewHead(const json::value& head);
  // Waits until no dispatcher or metrics call is running (except one on this very thread), so
  // the caller may destroy them.
  void WaitForCalls();

  // Runs fn, a call into the dispatcher or metrics callback, unless the server has stopped.
  template <typename Fn>
  bool Call(Fn&& fn) {
    {
      std::lock_guard lock(m_mutex);
      if (m_stopped) return false;
      ++m_calls_in_flight;
    }
    struct Done {
      ServerCore* core;
      ~Done() {
        t_in_call = false;
        std::lock_guard lock(core->m_mutex);
        --core->m_calls_in_flight;
        core->m_calls_idle.notify_all();
      }
    } done{this};
    t_in_call = true;
    fn();
    return true;
  }
  std::string Metrics() const { return m_metrics(); }

  // Adds an accepted connection to the registry, or refuses it (stopped, connections_max).
  bool Register(const std::shared_ptr<Connection>& connection);
  void Unregister(uint64_t id);
  // Moves `from`'s registry slot to `to` (HTTP session upgraded to WebSocket); false once stopped.
  bool HandOver(Connection& from, const std::shared_ptr<Connection>& to);

 private:
  void AcceptLocked();
  void OnAccept(const error_code& ec, tcp::socket socket);
  void Admit(tcp::socket socket);
  std::vector<std::shared_ptr<Connection>> LiveConnections();

  // Constant after construction.
  asio::io_context& m_io;
  const ServerConfig m_config;
  const Dispatcher& m_dispatcher;
  const Server::MetricsFn m_metrics;
  std::atomic<uint16_t> m_port{0};

  // Guarded by m_mutex. The acceptor and timer are touched by Stop on a foreign thread as well as
  // by accept handlers, so every use of them holds the mutex.
  std::mutex m_mutex;
  std::condition_variable m_calls_idle;
  tcp::acceptor m_acceptor;
  asio::steady_timer m_accept_retry_timer;
  bool m_started = false;
  bool m_stopped = false;
  uint64_t m_next_id = 1;
  struct Registered {
    std::weak_ptr<Connection> conn;
    std::string ip;
  };
  std::map<uint64_t, Registered> m_connections;
  std::map<std::string, size_t> m_per_address;  // open connections by client address
  size_t m_calls_in_flight = 0;
};

Connection::~Connection() {
  if (m_id != 0) m_core->Unregister(m_id);
}

// ---------------------------------------------------------------------------------------------
// WebSocket session: each text or binary message is a JSON-RPC body; eth_subscribe("newHeads")
// and eth_unsubscribe are answered here because subscriptions belong to the connection.

class WsSession : public Connection, public std::enable_shared_from_this<WsSession> {
 public:
  WsSession(std::shared_ptr<ServerCore> core, beast::tcp_stream&& stream)
      : Connection(std::move(core)), m_ws(std::move(stream)), m_random(std::random_device{}()) {}

  // On the strand, with the upgrade request already read by the HTTP session.
  void Start(http::request<http::string_body> request) {
    m_upgrade_request = std::move(request);
    m_access = AccessOf(m_core->config(), m_upgrade_request[http::field::authorization]);
    // The tcp_stream's own deadline would fire under the WebSocket timeouts set below.
    beast::get_lowest_layer(m_ws).expires_never();
    m_ws.set_option(websocket::stream_base::timeout{ws_handshake_timeout_s, ws_idle_timeout_s, true});
    m_ws.read_message_max(m_core->config().body_bytes_max);
    m_ws.async_accept(m_upgrade_request, beast::bind_front_handler(&WsSession::OnAccept, shared_from_this()));
  }

  void Close() override {
    asio::post(m_ws.get_executor(), [self = shared_from_this()] { self->CloseNow(); });
  }

  void PublishNewHead(const std::shared_ptr<const std::string>& head_json) override {
    if (!m_subscribed.load()) return;
    asio::post(m_ws.get_executor(), [self = shared_from_this(), head_json] { self->DeliverNewHead(*head_json); });
  }

 private:
  void OnAccept(const error_code& ec) {
    if (ec) return CloseNow();
    Read();
  }

  void Read() {
    m_ws.async_read(m_read_buffer, beast::bind_front_handler(&WsSession::OnRead, shared_from_this()));
  }

  void OnRead(const error_code& ec, size_t /*bytes*/) {
    if (ec) return CloseNow();  // closed by the peer, timeout, oversize or malformed frame
    const std::string body = beast::buffers_to_string(m_read_buffer.data());
    m_read_buffer.consume(m_read_buffer.size());
    const Dispatcher::LocalMethods local = [this](std::string_view method,
                                                 const json::value& params) -> std::optional<RpcResult> {
      if (method == "eth_subscribe") return Subscribe(params);
      if (method == "eth_unsubscribe") return Unsubscribe(params);
      return std::nullopt;
    };
    std::string response;
    if (!m_core->Call([&] { response = m_core->dispatcher().HandleBody(body, local, m_access); })) return CloseNow();
    if (!response.empty()) Send(std::move(response));
    if (!m_closed) Read();
  }

  RpcResult Subscribe(const json::value& params) {
    const json::array* args = params.if_array();
    if (args == nullptr || args->size() != 1 || !(*args)[0].is_string()) {
      return RpcError{kInvalidParams, R"(eth_subscribe expects ["newHeads"])", std::nullopt};
    }
    const json::string& kind = (*args)[0].get_string();
    if (kind != "newHeads") {
      std::string name(kind.subview().substr(0, subscription_name_echo_bytes_max));
      return RpcError{kInvalidParams, "unsupported subscription: " + name, std::nullopt};
    }
    if (m_subscriptions.size() >= m_core->config().ws_subscriptions_max) {
      return RpcError{kServerError,
                      "too many subscriptions on this connection (at most " +
                          std::to_string(m_core->config().ws_subscriptions_max) + ")",
                      std::nullopt};
    }
    std::string id = NewSubscriptionId();
    m_subscriptions.push_back(id);
    m_subscribed.store(true);
    return json::value(std::move(id));
  }

  RpcResult Unsubscribe(const json::value& params) {
    const json::array* args = params.if_array();
    if (args == nullptr || args->size() != 1 || !(*args)[0].is_string()) {
      return RpcError{kInvalidParams, "eth_unsubscribe expects [subscription id]", std::nullopt};
    }
    const json::string& id = (*args)[0].get_string();
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
      if (*it != id) continue;
      m_subscriptions.erase(it);
      m_subscribed.store(!m_subscriptions.empty());
      return json::value(true);
    }
    return json::value(false);
  }

  // 128 random bits as 0x-prefixed hex, the shape geth uses. Ids only need to be unique on this
  // connection (nothing else can name them), so a seeded PRNG is enough.
  std::string NewSubscriptionId() {
    static constexpr char digits[] = "0123456789abcdef";
    for (;;) {
      std::string id = "0x";
      for (int word = 0; word < 2; ++word) {
        const uint64_t bits = m_random();
        for (int shift = 60; shift >= 0; shift -= 4) id.push_back(digits[(bits >> shift) & 0xf]);
      }
      bool taken = false;
      for (const std::string& existing : m_subscriptions) taken = taken || existing == id;
      if (!taken) return id;
    }
  }

  void DeliverNewHead(const std::string& head_json) {
    for (const std::string& id : m_subscriptions) {
      if (m_closed) return;
      // Subscription ids are hex, so they need no JSON escaping.
      Send(R"({"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":")" + id +
           R"(","result":)" + head_json + "}}");
    }
  }

  // Queues one outgoing message; a peer that lets ws_send_queue_max messages pile up is too slow
  // to keep and is disconnected rather than buffered without bound.
  void Send(std::string message) {
    if (m_closed) return;
    if (m_send_queue.size() >= m_core->config().ws_send_queue_max) return CloseNow();
    m_send_queue.push_back(std::move(message));
    if (!m_writing) Write();
  }

  // One write at a time: Beast allows a single outstanding write per WebSocket stream.
  void Write() {
    m_writing = true;
    m_ws.text(true);
    m_ws.async_write(asio::buffer(m_send_queue.front()),
                     beast::bind_front_handler(&WsSession::OnWrite, shared_from_this()));
  }

  void OnWrite(const error_code& ec, size_t /*bytes*/) {
    m_writing = false;
    if (ec) return CloseNow();
    m_send_queue.pop_front();
    if (!m_send_queue.empty() && !m_closed) Write();
  }

  // Closes the socket outright: a close handshake would have to queue behind a stalled write.
  // Pending operations complete with an error and release the session.
  void CloseNow() {
    m_closed = true;
    m_subscribed.store(false);
    beast::get_lowest_layer(m_ws).close();
  }

  websocket::stream<beast::tcp_stream> m_ws;
  http::request<http::string_body> m_upgrade_request;
  Access m_access = Access::Public;  // from the upgrade request's bearer token
  beast::flat_buffer m_read_buffer;
  std::deque<std::string> m_send_queue;
  bool m_writing = false;
  bool m_closed = false;
  std::vector<std::string> m_subscriptions;  // newHeads subscription ids, at most ws_subscriptions_max
  std::atomic<bool> m_subscribed{false};     // read by PublishNewHead on foreign threads
  std::mt19937_64 m_random;
};

// ---------------------------------------------------------------------------------------------
// HTTP session: keep-alive request loop; hands the socket to a WsSession on an upgrade request.

std::string_view PathOf(std::string_view target) { return target.substr(0, target.find('?')); }

// "application/json", in any case, with or without parameters such as "; charset=utf-8".
bool IsJsonContentType(std::string_view value) {
  value = value.substr(0, value.find(';'));
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  return beast::iequals(value, json_content_type);
}

bool IsHttpParseError(const error_code& ec) {
  return ec.category() == make_error_code(http::error::bad_target).category();
}

class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(std::shared_ptr<ServerCore> core, tcp::socket socket)
      : Connection(std::move(core)), m_stream(std::move(socket)) {}

  void Start() {
    asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }

  void Close() override {
    asio::post(m_stream.get_executor(), [self = shared_from_this()] { self->m_stream.close(); });
  }

  void PublishNewHead(const std::shared_ptr<const std::string>& /*head_json*/) override {}

 private:
  void ReadHeader() {
    m_parser.emplace();
    m_parser->header_limit(static_cast<uint32_t>(http_header_bytes_max));
    m_parser->body_limit(m_core->config().body_bytes_max);
    m_stream.expires_after(http_read_timeout_s);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            beast::bind_front_handler(&HttpSession::OnHeader, shared_from_this()));
  }

  void OnHeader(const error_code& ec, size_t /*bytes*/) {
    if (ec) return OnReadError(ec);
    if (m_parser->is_done()) return OnRequest();
    // curl and others wait for "100 Continue" before sending a body over 1 KiB.
    if (beast::iequals(m_parser->get()[http::field::expect], "100-continue")) {
      m_continue.emplace(http::status::continue_, m_parser->get().version());
      m_stream.expires_after(http_write_timeout_s);
      return http::async_write(m_stream, *m_continue,
                               beast::bind_front_handler(&HttpSession::OnContinueWritten, shared_from_this()));
    }
    ReadBody();
  }

  void OnContinueWritten(const error_code& ec, size_t /*bytes*/) {
    if (ec) return m_stream.close();
    ReadBody();
  }

  void ReadBody() {
    m_stream.expires_after(http_read_timeout_s);
    http::async_read(m_stream, m_buffer, *m_parser,
                     beast::bind_front_handler(&HttpSession::OnBody, shared_from_this()));
  }

  void OnBody(const error_code& ec, size_t /*bytes*/) {
    if (ec) return OnReadError(ec);
    OnRequest();
  }

  void OnReadError(const error_code& ec) {
    if (ec == http::error::body_limit) {
      return Respond(http::status::payload_too_large, json_content_type, std::string(body_too_large_body), false);
    }
    if (ec == http::error::header_limit) {
      return Respond(http::status::request_header_fields_too_large, text_content_type, "header too large\n", false);
    }
    // A clean close between requests, a peer gone mid-request, or a timeout: nobody to answer.
    if (ec == http::error::end_of_stream || ec == http::error::partial_message || !IsHttpParseError(ec)) {
      return m_stream.close();
    }
    Respond(http::status::bad_request, text_content_type, "bad request\n", false);
  }

  void OnRequest() {
    const http::request<http::string_body>& request = m_parser->get();
    const std::string_view path = PathOf(request.target());
    if (std::string why = RefusalOf(m_core->config(), request[http::field::host], request[http::field::origin]); !why.empty()) {
      return Respond(http::status::forbidden, text_content_type, std::move(why), false);
    }
    if (websocket::is_upgrade(request)) {
      if (path != "/") return Respond(http::status::not_found, text_content_type, "not found\n", false);
      return Upgrade();
    }
    const bool keep_alive = request.keep_alive();
    if (path == "/") {
      if (request.method() != http::verb::post) return MethodNotAllowed("POST", keep_alive);
      if (!IsJsonContentType(request[http::field::content_type])) {
        return Respond(http::status::unsupported_media_type, text_content_type,
                       "content type must be application/json\n", keep_alive);
      }
      std::string body;
      const Access access = AccessOf(m_core->config(), request[http::field::authorization]);
      if (!m_core->Call([&] { body = m_core->dispatcher().HandleBody(request.body(), access); })) return m_stream.close();
      return Respond(http::status::ok, json_content_type, std::move(body), keep_alive);
    }
    if (path == "/metrics" && m_core->has_metrics()) {
      if (request.method() != http::verb::get) return MethodNotAllowed("GET", keep_alive);
      return RespondMetrics(keep_alive);
    }
    if (path == "/health") {
      if (request.method() != http::verb::get) return MethodNotAllowed("GET", keep_alive);
      return Respond(http::status::ok, text_content_type, "ok", keep_alive);
    }
    Respond(http::status::not_found, text_content_type, "not found\n", keep_alive);
  }

  void RespondMetrics(bool keep_alive) {
    std::string text;
    bool failed = false;
    const bool ran = m_core->Call([&] {
      try {
        text = m_core->Metrics();
      } catch (...) {
        failed = true;
      }
    });
    if (!ran) return m_stream.close();
    if (failed) return Respond(http::status::internal_server_error, text_content_type, "metrics failed\n", keep_alive);
    Respond(http::status::ok, metrics_content_type, std::move(text), keep_alive);
  }

  void MethodNotAllowed(std::string_view allow, bool keep_alive) {
    Respond(http::status::method_not_allowed, text_content_type, "method not allowed\n", keep_alive, allow);
  }

  void Upgrade() {
    auto ws = std::make_shared<WsSession>(m_core, std::move(m_stream));
    if (!m_core->HandOver(*this, ws)) return;  // stopped meanwhile: the socket closes with `ws`
    ws->Start(m_parser->release());
  }

  void Respond(http::status status, std::string_view content_type, std::string body, bool keep_alive,
               std::string_view allow = {}) {
    const unsigned version = m_parser && m_parser->get().version() != 0 ? m_parser->get().version() : 11;
    m_response = http::response<http::string_body>(status, version);
    m_response.set(http::field::content_type, content_type);
    if (!allow.empty()) m_response.set(http::field::allow, allow);
    m_response.keep_alive(keep_alive);
    m_response.body() = std::move(body);
    m_response.prepare_payload();
    m_stream.expires_after(http_write_timeout_s);
    http::async_write(m_stream, m_response, beast::bind_front_handler(&HttpSession::OnWrite, shared_from_this()));
  }

  void OnWrite(const error_code& ec, size_t /*bytes*/) {
    if (ec) return m_stream.close();
    if (m_response.need_eof()) return Drain();
    ReadHeader();
  }

  // Half-closes, then discards what the client still sends until it closes too, the byte budget
  // is spent or the deadline passes (see http_drain_timeout_s).
  void Drain() {
    error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    m_drained_bytes = 0;
    m_buffer.clear();
    m_stream.expires_after(http_drain_timeout_s);
    DrainSome();
  }

  void DrainSome() {
    m_stream.async_read_some(m_buffer.prepare(http_drain_chunk_bytes),
                             beast::bind_front_handler(&HttpSession::OnDrained, shared_from_this()));
  }

  void OnDrained(const error_code& ec, size_t bytes) {
    m_drained_bytes += bytes;
    if (ec || m_drained_bytes >= http_drain_bytes_max) return m_stream.close();
    DrainSome();
  }

  beast::tcp_stream m_stream;
  beast::flat_buffer m_buffer;
  std::optional<http::request_parser<http::string_body>> m_parser;
  std::optional<http::response<http::empty_body>> m_continue;
  http::response<http::string_body> m_response;
  size_t m_drained_bytes = 0;
};

// ---------------------------------------------------------------------------------------------

Status ServerCore::Start() {
  error_code ec;
  const asio::ip::address address = asio::ip::make_address(m_config.bind_address, ec);
  if (ec) return Status::InvalidArgument("rpc: bad bind address \"" + m_config.bind_address + "\": " + ec.message());
  const tcp::endpoint endpoint(address, m_config.port);
  const std::string where = m_config.bind_address + ":" + std::to_string(m_config.port);

  std::lock_guard lock(m_mutex);
  ORDO_ASSERT(!m_started);
  m_started = true;
  if (m_stopped) return Status::Unavailable("rpc: server already stopped");
  auto fail = [&](const char* step) {
    error_code ignored;
    m_acceptor.close(ignored);
    m_started = false;  // the port may free up; let the caller try again
    return Status::IoError("rpc: " + std::string(step) + " " + where + ": " + ec.message());
  };
  if (m_acceptor.open(endpoint.protocol(), ec); ec) return fail("open");
  // Lets a restarted node bind while connections of its previous run sit in TIME_WAIT.
  if (m_acceptor.set_option(asio::socket_base::reuse_address(true), ec); ec) return fail("set SO_REUSEADDR on");
  if (m_acceptor.bind(endpoint, ec); ec) return fail("bind");
  if (m_acceptor.listen(asio::socket_base::max_listen_connections, ec); ec) return fail("listen on");
  const tcp::endpoint bound = m_acceptor.local_endpoint(ec);
  if (ec) return fail("query the port of");
  m_port.store(bound.port());
  AcceptLocked();
  return Status::Ok();
}

void ServerCore::AcceptLocked() {
  // Each connection gets its own strand, so its handlers never run concurrently.
  m_acceptor.async_accept(asio::make_strand(m_io),
                          beast::bind_front_handler(&ServerCore::OnAccept, shared_from_this()));
}

void ServerCore::OnAccept(const error_code& ec, tcp::socket socket) {
  if (ec == asio::error::operation_aborted) return;
  if (!ec) Admit(std::move(socket));
  std::lock_guard lock(m_mutex);
  if (m_stopped) return;
  if (!ec) return AcceptLocked();
  m_accept_retry_timer.expires_after(accept_retry_delay_ms);
  m_accept_retry_timer.async_wait([self = shared_from_this()](const error_code& wait_ec) {
    if (wait_ec) return;
    std::lock_guard relock(self->m_mutex);
    if (!self->m_stopped) self->AcceptLocked();
  });
}

void ServerCore::Admit(tcp::socket socket) {
  error_code ignored;
  // Responses are single small writes; Nagle would hold them back waiting for an ACK.
  socket.set_option(tcp::no_delay(true), ignored);
  error_code ec;
  const tcp::endpoint remote = socket.remote_endpoint(ec);
  if (ec) return;
  auto session = std::make_shared<HttpSession>(shared_from_this(), std::move(socket));
  session->m_ip = remote.address().to_string();
  if (!Register(session)) return;  // refused: the socket closes as `session` dies here
  session->Start();
}

bool ServerCore::Register(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(m_mutex);
  if (m_stopped || m_connections.size() >= m_config.connections_max) return false;
  if (m_per_address[connection->m_ip] >= m_config.connections_per_address_max) return false;
  connection->m_id = m_next_id++;
  ++m_per_address[connection->m_ip];
  // Weak, so a session lives exactly as long as its pending operations.
  m_connections.emplace(connection->m_id, Registered{connection, connection->m_ip});
  return true;
}

void ServerCore::Unregister(uint64_t id) {
  std::lock_guard lock(m_mutex);
  auto it = m_connections.find(id);
  if (it == m_connections.end()) return;
  if (auto per = m_per_address.find(it->second.ip); per != m_per_address.end() && --per->second == 0) m_per_address.erase(per);
  m_connections.erase(it);
}

bool ServerCore::HandOver(Connection& from, const std::shared_ptr<Connection>& to) {
  std::lock_guard lock(m_mutex);
  if (m_stopped || from.m_id == 0) return false;
  to->m_id = from.m_id;
  to->m_ip = from.m_ip;
  from.m_id = 0;
  m_connections[to->m_id].conn = to;
  return true;
}

// Shared pointers are taken under the mutex but released by the caller after it is unlocked,
// because a connection's destructor takes the mutex to unregister.
std::vector<std::shared_ptr<Connection>> ServerCore::LiveConnections() {
  std::vector<std::shared_ptr<Connection>> live;
  std::lock_guard lock(m_mutex);
  live.reserve(m_connections.size());
  for (const auto& [id, registered] : m_connections) {
    if (std::shared_ptr<Connection> connection = registered.conn.lock()) live.push_back(std::move(connection));
  }
  return live;
}

void ServerCore::Stop() {
  {
    std::lock_guard lock(m_mutex);
    if (m_stopped) return;
    m_stopped = true;
    error_code ignored;
    m_acceptor.close(ignored);
    m_accept_retry_timer.cancel();
  }
  for (const std::shared_ptr<Connection>& connection : LiveConnections()) connection->Close();
}

void ServerCore::PublishNewHead(const json::value& head) {
  const auto head_json = std::make_shared<const std::string>(json::serialize(head));
  for (const std::shared_ptr<Connection>& connection : LiveConnections()) connection->PublishNewHead(head_json);
}

void ServerCore::WaitForCalls() {
  std::unique_lock lock(m_mutex);
  const size_t own = t_in_call ? 1 : 0;
  m_calls_idle.wait(lock, [&] { return m_calls_in_flight <= own; });
}

}  // namespace

struct Server::Impl : ServerCore {
  using ServerCore::ServerCore;
};

Server::Server(boost::asio::io_context& io, ServerConfig config, const Dispatcher& dispatcher, MetricsFn metrics)
    : m_impl(std::make_shared<Impl>(io, std::move(config), dispatcher, std::move(metrics))) {}

// Sessions may outlive the Server (they hold the core until their handlers run), but after this
// returns none of them calls the dispatcher or the metrics callback again.
Server::~Server() {
  m_impl->Stop();
  m_impl->WaitForCalls();
}

Status Server::Start() { return m_impl->Start(); }

void Server::Stop() { m_impl->Stop(); }

uint16_t Server::port() const { return m_impl->port(); }

void Server::PublishNewHead(const boost::json::value& head) { m_impl->PublishNewHead(head); }

}  // namespace ordo::rpc
