#pragma once
// A blocking JSON-RPC 2.0 client over one keep-alive HTTP/1.1 connection (Boost.Beast), for the
// panel's remote node. Every step (resolve, connect, write, read) has a deadline and the response
// a size bound; the connection is dropped after any failure and reopened by the next call.
//
// Not thread-safe: the owner serialises calls.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/json/value.hpp>

namespace ordo::interfaces {

inline constexpr std::chrono::milliseconds rpc_connect_timeout_ms{2000};
inline constexpr std::chrono::milliseconds rpc_io_timeout_ms{2000};
inline constexpr size_t rpc_response_bytes_max = 16 * 1024 * 1024;
inline constexpr size_t rpc_response_header_bytes_max = 16 * 1024;

struct RpcEndpoint {
  std::string host;
  std::string port;
  std::string target;  // "/" unless the URL has a path
  // The node's rpc.cookie: its token goes with every request as a bearer token, so the operator
  // methods answer. Read again for each request (the node writes a new one at each start).
  std::string cookie_file;
};

// "http://host:port[/path]" (host may be a bracketed IPv6 address; the port defaults to 80).
// nullopt with `error` for anything else (https is not served by ordod).
std::optional<RpcEndpoint> ParseRpcUrl(const std::string& url, std::string* error);

struct RpcReply {
  std::optional<boost::json::value> result;  // set on success (possibly JSON null)
  bool reached = false;                      // a JSON-RPC response arrived (error or not)
  std::optional<int> error_code;             // the JSON-RPC error code when the call failed remotely
  std::string error;                         // transport or JSON-RPC error message
};

class RpcConnection {
 public:
  explicit RpcConnection(RpcEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}
  RpcConnection(const RpcConnection&) = delete;
  RpcConnection& operator=(const RpcConnection&) = delete;

  // Sends one request and waits for its response. An `idempotent` call that fails on a reused
  // connection (the server may have closed it meanwhile) is retried once on a new one. Never throws.
  RpcReply Call(const std::string& method, boost::json::value params, bool idempotent);

 private:
  bool Connect(std::string* error);
  bool Exchange(const std::string& body, std::string* response, std::string* error);
  void Close();
  void Run();  // runs m_io until the pending operation completes (its deadline bounds it)

  const RpcEndpoint m_endpoint;
  boost::asio::io_context m_io;
  std::optional<boost::beast::tcp_stream> m_stream;  // engaged while connected
  boost::beast::flat_buffer m_buffer;
  uint64_t m_next_id = 1;
};

}  // namespace ordo::interfaces
