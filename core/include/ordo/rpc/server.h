#pragma once
// JSON-RPC 2.0 over HTTP and WebSocket (Boost.Beast), and Prometheus text at GET /metrics.
// Bound to 127.0.0.1 by default. Every request is bounded: body size, batch length, connections
// in all and per client address, per-WebSocket send queue. Host and Origin are checked against
// allow-lists (local names by default), and operator methods need the operator's bearer token. Handlers run on the server's io_context threads and must be
// thread-safe.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/json/value.hpp>

#include "ordo/util/status.h"

namespace ordo::rpc {

// JSON-RPC 2.0 error codes (spec section 5.1) and the server range used for rejected input.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerError = -32000;  // transaction rejected, resource not found, ...
inline constexpr int kUnauthorized = -32001;  // an operator method without the operator token

// Who is calling: anyone who can reach the port, or the operator (the bearer token of the node's
// rpc.cookie, or an in-process caller).
enum class Access { Public, Operator };

struct RpcError {
  int code = kInternalError;
  std::string message;
  std::optional<boost::json::value> data;
};

using RpcResult = std::variant<boost::json::value, RpcError>;
// params: the request's "params" (an array, or an empty array when absent; an object is passed
// as is). A handler validates its params and answers kInvalidParams when they are wrong.
using Handler = std::function<RpcResult(const boost::json::value& params)>;

class Dispatcher {
 public:
  explicit Dispatcher(size_t batch_max = 100) : m_batch_max(batch_max) {}
  void Register(std::string method, Handler handler);  // before the server starts
  // A method only the operator may call (bans, pausing the network, ...): a Public caller gets
  // kUnauthorized.
  void RegisterOperator(std::string method, Handler handler);
  // A whole HTTP body: single request or batch. Returns the response body, or an empty string
  // when every request was a notification (no id). Never throws.
  std::string HandleBody(std::string_view body, Access access = Access::Operator) const;
  // One parsed request object -> response object (or nullopt for a notification).
  std::optional<boost::json::value> HandleOne(const boost::json::value& request, Access access = Access::Operator) const;

  // Connection-scoped methods a transport answers itself (the WebSocket session's eth_subscribe),
  // consulted before the registered handlers: nullopt means "not mine". Called synchronously.
  using LocalMethods =
      std::function<std::optional<RpcResult>(std::string_view method, const boost::json::value& params)>;
  // HandleBody, with `local` answering the methods it knows. Never throws.
  std::string HandleBody(std::string_view body, const LocalMethods& local, Access access = Access::Operator) const;

 private:
  std::optional<boost::json::value> Answer(const boost::json::value& request, const LocalMethods* local, Access access) const;
  RpcResult Invoke(std::string_view method, const boost::json::value& params, const LocalMethods* local, Access access) const;
  std::string HandleBodyWith(std::string_view body, const LocalMethods* local, Access access) const;

  size_t m_batch_max;
  std::map<std::string, Handler, std::less<>> m_handlers;
  std::set<std::string, std::less<>> m_operator_methods;
};

struct ServerConfig {
  std::string bind_address = "127.0.0.1";
  uint16_t port = 8545;                       // 0: pick a free port (see Server::port)
  size_t body_bytes_max = 5 * 1024 * 1024;
  size_t connections_max = 256;
  size_t ws_send_queue_max = 1024;            // messages queued per WebSocket before it is dropped
  size_t ws_subscriptions_max = 16;           // per connection
  size_t connections_per_address_max = 32;    // per client IP address
  // Browsers: a request or WebSocket upgrade with an Origin header is served only when the
  // origin's host is a local name (localhost, 127.0.0.1, [::1]) or listed here ("*": any), so a
  // web page the operator opens cannot drive the node.
  std::vector<std::string> allowed_origins;
  // DNS rebinding: the Host header must name a local name, the bind address or one listed here
  // ("*": any). A request without Host is served.
  std::vector<std::string> allowed_hosts;
  // "Authorization: Bearer <token>" with this token calls operator methods; empty: nobody can.
  std::string operator_token;
};

class Server {
 public:
  using MetricsFn = std::function<std::string()>;  // Prometheus text exposition

  Server(boost::asio::io_context& io, ServerConfig config, const Dispatcher& dispatcher, MetricsFn metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts accepting. IoError (address in use, ...) with the reason; InvalidArgument
  // when bind_address is not an IP address. Call once (again only after a failure).
  [[nodiscard]] Status Start();
  // Closes the listening socket before returning, then every connection on its own strand.
  // Idempotent, callable from any thread. The destructor stops too, and also waits for handler
  // and metrics calls running on other threads, so the Dispatcher may be destroyed right after.
  void Stop();
  uint16_t port() const;  // the bound port
  // Sends an eth_subscription notification with `head` to every "newHeads" subscriber.
  // Thread-safe; a subscriber whose queue is full is disconnected.
  void PublishNewHead(const boost::json::value& head);

 private:
  struct Impl;
  std::shared_ptr<Impl> m_impl;
};

}  // namespace ordo::rpc
