#include "interfaces/rpc_connection.h"

#include <algorithm>
#include <fstream>
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

namespace ordo::interfaces {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using tcp = asio::ip::tcp;

std::optional<RpcEndpoint> ParseRpcUrl(const std::string& url, std::string* error) {
  const std::string scheme = "http://";
  if (url.compare(0, scheme.size(), scheme) != 0) {
    *error = "the RPC URL must start with http:// (got '" + url + "')";
    return std::nullopt;
  }
  const std::string rest = url.substr(scheme.size());
  const size_t slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  RpcEndpoint e;
  e.target = slash == std::string::npos ? "/" : rest.substr(slash);
  std::string port_part;
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string::npos) {
      *error = "unterminated IPv6 address in '" + url + "'";
      return std::nullopt;
    }
    e.host = authority.substr(1, close - 1);
    port_part = authority.substr(close + 1);
  } else {
    const size_t colon = authority.find(':');
    e.host = authority.substr(0, colon);
    if (colon != std::string::npos) port_part = authority.substr(colon);
  }
  if (port_part.empty()) {
    e.port = "80";
  } else if (port_part.front() == ':' && port_part.size() >= 2 && port_part.size() <= 6 &&
             port_part.find_first_not_of("0123456789", 1) == std::string::npos && std::stoul(port_part.substr(1)) <= 65535) {
    e.port = port_part.substr(1);
  } else {
    *error = "bad port in '" + url + "'";
    return std::nullopt;
  }
  if (e.host.empty()) {
    *error = "no host in '" + url + "'";
    return std::nullopt;
  }
  return e;
}

void RpcConnection::Run() {
  m_io.restart();
  m_io.run();
}

void RpcConnection::Close() {
  if (m_stream) {
    beast::error_code ignored;
    m_stream->socket().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream->close();
  }
  m_stream.reset();
  m_buffer.clear();
}

bool RpcConnection::Connect(std::string* error) {
  tcp::resolver resolver(m_io);
  beast::error_code ec;
  tcp::resolver::results_type results;
  bool resolved = false;
  resolver.async_resolve(m_endpoint.host, m_endpoint.port,
                         [&](beast::error_code e, tcp::resolver::results_type r) {
                           ec = e;
                           results = std::move(r);
                           resolved = true;
                         });
  m_io.restart();
  m_io.run_for(rpc_connect_timeout_ms);
  if (!resolved) {
    resolver.cancel();
    Run();
    *error = "cannot resolve " + m_endpoint.host + ": timed out";
    return false;
  }
  if (ec) {
    *error = "cannot resolve " + m_endpoint.host + ": " + ec.message();
    return false;
  }
  m_stream.emplace(m_io);
  m_stream->expires_after(rpc_connect_timeout_ms);
  m_stream->async_connect(results, [&](beast::error_code e, const tcp::endpoint&) { ec = e; });
  Run();
  if (ec) {
    Close();
    *error = "cannot connect to " + m_endpoint.host + ":" + m_endpoint.port + ": " + ec.message();
    return false;
  }
  return true;
}

bool RpcConnection::Exchange(const std::string& body, std::string* response, std::string* error) {
  if (!m_stream && !Connect(error)) return false;
  http::request<http::string_body> request{http::verb::post, m_endpoint.target, 11};
  request.set(http::field::host, m_endpoint.host + ":" + m_endpoint.port);
  request.set(http::field::content_type, "application/json");
  if (!m_endpoint.cookie_file.empty()) {
    std::ifstream cookie(m_endpoint.cookie_file);
    std::string token;
    if (cookie && std::getline(cookie, token) && !token.empty() && token.size() <= 128) {
      request.set(http::field::authorization, "Bearer " + token);
    }
    std::fill(token.begin(), token.end(), '\0');
  }
  request.keep_alive(true);
  request.body() = body;
  request.prepare_payload();
  beast::error_code ec;
  m_stream->expires_after(rpc_io_timeout_ms);
  http::async_write(*m_stream, request, [&](beast::error_code e, size_t) { ec = e; });
  Run();
  if (ec) {
    Close();
    *error = "cannot send to " + m_endpoint.host + ":" + m_endpoint.port + ": " + ec.message();
    return false;
  }
  http::response_parser<http::string_body> parser;
  parser.header_limit(static_cast<uint32_t>(rpc_response_header_bytes_max));
  parser.body_limit(rpc_response_bytes_max);
  m_stream->expires_after(rpc_io_timeout_ms);
  http::async_read(*m_stream, m_buffer, parser, [&](beast::error_code e, size_t) { ec = e; });
  Run();
  if (ec) {
    Close();
    *error = "no answer from " + m_endpoint.host + ":" + m_endpoint.port + ": " + ec.message();
    return false;
  }
  http::response<http::string_body> res = parser.release();
  if (!res.keep_alive()) Close();
  if (res.result() != http::status::ok) {
    Close();
    *error = "HTTP " + std::to_string(res.result_int()) + " from " + m_endpoint.host + ":" + m_endpoint.port;
    return false;
  }
  *response = std::move(res.body());
  return true;
}

RpcReply RpcConnection::Call(const std::string& method, json::value params, bool idempotent) {
  RpcReply reply;
  json::object request;
  request["jsonrpc"] = "2.0";
  request["id"] = m_next_id++;
  request["method"] = method;
  request["params"] = std::move(params);
  const std::string body = json::serialize(request);
  std::string response;
  const bool reused = m_stream.has_value();
  bool ok = Exchange(body, &response, &reply.error);
  if (!ok && reused && idempotent) ok = Exchange(body, &response, &reply.error);
  if (!ok) return reply;
  beast::error_code ec;
  const json::value parsed = json::parse(response, ec);
  const json::object* o = !ec && parsed.is_object() ? &parsed.get_object() : nullptr;
  if (o == nullptr || (o->if_contains("result") == nullptr && o->if_contains("error") == nullptr)) {
    reply.error = method + ": the answer is not a JSON-RPC response";
    return reply;
  }
  reply.reached = true;
  if (const json::value* r = o->if_contains("result")) {
    reply.result = *r;
    return reply;
  }
  const json::value& err = o->at("error");
  const json::value* code = err.is_object() ? err.get_object().if_contains("code") : nullptr;
  const json::value* message = err.is_object() ? err.get_object().if_contains("message") : nullptr;
  if (code != nullptr && code->is_int64() && std::in_range<int>(code->get_int64())) {
    reply.error_code = static_cast<int>(code->get_int64());
  }
  reply.error = message != nullptr && message->is_string() ? std::string(message->get_string()) : method + " failed";
  return reply;
}

}  // namespace ordo::interfaces
