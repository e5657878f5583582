// JSON-RPC over HTTP and WebSocket against a live server on an ephemeral port: requests and
// batches, body and connection limits, bad bytes, /metrics and /health, newHeads subscriptions,
// slow WebSocket consumers, and Stop.

#include <QtTest/QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/read.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include "ordo/rpc/server.h"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using boost::system::error_code;
using ordo::rpc::Dispatcher;
using ordo::rpc::RpcResult;
using ordo::rpc::Server;
using ordo::rpc::ServerConfig;
using tcp = asio::ip::tcp;

namespace {

// Every client operation is bounded, so a server bug fails a test instead of hanging it.
constexpr std::chrono::seconds kClientTimeout{5};
constexpr std::chrono::seconds kShutdownTimeout{5};
constexpr char kMetricsText[] = "# TYPE ordo_height gauge\nordo_height 42\n";

tcp::endpoint Loopback(uint16_t port) { return tcp::endpoint(asio::ip::make_address("127.0.0.1"), port); }

// A Server on 127.0.0.1:0 whose io_context runs on two background threads, as in the node.
class TestServer {
 public:
  explicit TestServer(ServerConfig config = {}) : m_guard(asio::make_work_guard(m_io)) {
    config.bind_address = "127.0.0.1";
    config.port = 0;
    m_dispatcher.Register("echo", [](const json::value& params) -> RpcResult { return params; });
    m_dispatcher.RegisterOperator("op", [](const json::value&) -> RpcResult { return json::value("done"); });
    m_server = std::make_unique<Server>(m_io, config, m_dispatcher, [] { return std::string(kMetricsText); });
    const ordo::Status status = m_server->Start();
    if (!status.ok()) qFatal("server did not start: %s", status.ToString().c_str());
    for (int i = 0; i < 2; ++i) {
      m_threads.emplace_back([this] {
        m_io.run();
        ++m_threads_done;
      });
    }
  }
  ~TestServer() { Shutdown(); }

  Server& server() { return *m_server; }
  uint16_t port() const { return m_server->port(); }

  // Destroys the server and reports whether the io_context then ran out of work by itself, i.e.
  // whether Stop really closed every connection and cancelled every timer.
  bool Shutdown() {
    if (m_threads.empty()) return true;
    m_server.reset();
    m_guard.reset();
    const auto deadline = std::chrono::steady_clock::now() + kShutdownTimeout;
    while (m_threads_done.load() < m_threads.size() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const bool drained = m_threads_done.load() == m_threads.size();
    m_io.stop();
    for (std::thread& thread : m_threads) thread.join();
    m_threads.clear();
    return drained;
  }

 private:
  asio::io_context m_io;
  Dispatcher m_dispatcher;
  std::unique_ptr<Server> m_server;
  asio::executor_work_guard<asio::io_context::executor_type> m_guard;
  std::vector<std::thread> m_threads;
  std::atomic<size_t> m_threads_done{0};
};

// Blocking-style HTTP client over its own io_context, with a deadline on every operation.
class HttpClient {
 public:
  HttpClient() : m_stream(m_io) {}

  error_code Connect(uint16_t port) {
    m_stream.expires_after(kClientTimeout);
    return Wait([&](auto done) { m_stream.async_connect(Loopback(port), done); });
  }
  error_code Write(http::request<http::string_body> request) {
    request.prepare_payload();
    m_stream.expires_after(kClientTimeout);
    return Wait([&](auto done) { http::async_write(m_stream, request, WithSize(done)); });
  }
  error_code WriteRaw(std::string_view bytes) {
    m_stream.expires_after(kClientTimeout);
    return Wait([&](auto done) { asio::async_write(m_stream, asio::buffer(bytes), WithSize(done)); });
  }
  template <typename Body>
  error_code Read(http::response<Body>* response) {
    m_stream.expires_after(kClientTimeout);
    return Wait([&](auto done) { http::async_read(m_stream, m_buffer, *response, WithSize(done)); });
  }
  // Reads until the server closes; the error says how it closed (eof is clean).
  error_code ReadToEnd(std::string* out) {
    m_stream.expires_after(kClientTimeout);
    error_code ec = Wait([&](auto done) {
      asio::async_read(m_stream, asio::dynamic_buffer(*out), WithSize(done));
    });
    return ec;
  }
  void Close() { m_stream.close(); }

 private:
  template <typename Done>
  static auto WithSize(Done done) {
    return [done](const error_code& ec, size_t) { done(ec); };
  }
  template <typename Start>
  error_code Wait(Start start) {
    error_code result;
    start([&result](const error_code& ec) { result = ec; });
    m_io.restart();
    m_io.run();
    return result;
  }

  asio::io_context m_io;
  beast::tcp_stream m_stream;
  beast::flat_buffer m_buffer;
};

struct Reply {
  error_code ec;
  unsigned status = 0;
  std::string content_type;
  std::string allow;
  std::string body;
};

http::request<http::string_body> MakeRequest(http::verb verb, std::string_view target, std::string body = {},
                                             std::string_view content_type = "application/json") {
  http::request<http::string_body> request(verb, target, 11);
  request.set(http::field::host, "127.0.0.1");
  if (!content_type.empty()) request.set(http::field::content_type, content_type);
  request.body() = std::move(body);
  return request;
}

Reply Exchange(HttpClient& client, http::request<http::string_body> request) {
  Reply reply;
  if ((reply.ec = client.Write(std::move(request)))) return reply;
  http::response<http::string_body> response;
  if ((reply.ec = client.Read(&response))) return reply;
  reply.status = response.result_int();
  reply.content_type = std::string(response[http::field::content_type]);
  reply.allow = std::string(response[http::field::allow]);
  reply.body = response.body();
  return reply;
}

// One request on a fresh connection.
Reply Fetch(uint16_t port, http::request<http::string_body> request) {
  HttpClient client;
  Reply reply;
  if ((reply.ec = client.Connect(port))) return reply;
  return Exchange(client, std::move(request));
}

Reply Post(uint16_t port, std::string body) { return Fetch(port, MakeRequest(http::verb::post, "/", std::move(body))); }

// Blocking-style WebSocket client, also deadline-bound.
class WsClient {
 public:
  WsClient() : m_ws(m_io) {}

  error_code Connect(uint16_t port, std::string origin = {}, std::string authorization = {}) {
    m_ws.set_option(websocket::stream_base::decorator([origin, authorization](websocket::request_type& request) {
      if (!origin.empty()) request.set(http::field::origin, origin);
      if (!authorization.empty()) request.set(http::field::authorization, authorization);
    }));
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    if (error_code ec = Wait([&](auto done) {
          beast::get_lowest_layer(m_ws).async_connect(Loopback(port), done);
        })) {
      return ec;
    }
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    return Wait([&](auto done) { m_ws.async_handshake("127.0.0.1:" + std::to_string(port), "/", done); });
  }
  error_code Send(std::string_view text) {
    m_ws.text(true);
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    return Wait([&](auto done) {
      m_ws.async_write(asio::buffer(text), [done](const error_code& ec, size_t) { done(ec); });
    });
  }
  error_code SendBinary(std::string_view bytes) {
    m_ws.binary(true);
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    return Wait([&](auto done) {
      m_ws.async_write(asio::buffer(bytes), [done](const error_code& ec, size_t) { done(ec); });
    });
  }
  // Bytes straight onto the TCP stream, bypassing WebSocket framing.
  error_code SendRaw(std::string_view bytes) {
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    return Wait([&](auto done) {
      asio::async_write(beast::get_lowest_layer(m_ws), asio::buffer(bytes),
                        [done](const error_code& ec, size_t) { done(ec); });
    });
  }
  error_code Receive(std::string* message) {
    beast::get_lowest_layer(m_ws).expires_after(kClientTimeout);
    m_buffer.clear();
    error_code ec = Wait([&](auto done) {
      m_ws.async_read(m_buffer, [done](const error_code& read_ec, size_t) { done(read_ec); });
    });
    *message = beast::buffers_to_string(m_buffer.data());
    return ec;
  }
  // Sends a request and returns the parsed next message (null on error).
  json::value Call(std::string_view request) {
    std::string reply;
    if (Send(request) || Receive(&reply)) return nullptr;
    boost::system::error_code ec;
    json::value parsed = json::parse(reply, ec);
    return ec ? json::value(nullptr) : parsed;
  }

 private:
  template <typename Start>
  error_code Wait(Start start) {
    error_code result;
    start([&result](const error_code& ec) { result = ec; });
    m_io.restart();
    m_io.run();
    return result;
  }

  asio::io_context m_io;
  websocket::stream<beast::tcp_stream> m_ws;
  beast::flat_buffer m_buffer;
};

std::string EchoRequest(int id, std::string_view params = "[]") {
  return R"({"jsonrpc":"2.0","id":)" + std::to_string(id) + R"(,"method":"echo","params":)" + std::string(params) + "}";
}

}  // namespace

// Lets QCOMPARE print JSON values on failure (found by argument-dependent lookup).
namespace boost::json {
char* toString(const value& v) { return qstrdup(serialize(v).c_str()); }
}  // namespace boost::json

class ServerTests : public QObject {
  Q_OBJECT

 private slots:
  void postRequestAndBatch();
  void keepAliveServesSeveralRequests();
  void notificationsGetEmptyBody();
  void oversizeBodyIs413AndCloses();
  void oversizeDeclaredWithExpectIs413WithoutBody();
  void expectContinueIsHonoured();
  void hostAndOriginMustBeAllowed();
  void operatorMethodsNeedTheToken();
  void connectionsPerAddressAreCapped();
  void malformedJsonIsParseErrorAndServerKeepsServing();
  void metricsAndHealth();
  void wrongPathMethodOrContentType();
  void garbageHttpBytesDoNotKillTheServer();
  void connectionsBeyondMaxAreRefused();
  void subscriptionMethodsAreWebSocketOnly();
  void webSocketRequestsAndNewHeads();
  void webSocketSubscriptionLimitsAndParams();
  void webSocketGarbageDoesNotKillTheServer();
  void slowWebSocketConsumerIsDisconnected();
  void stopClosesSessionsAndRefusesConnections();
  void startFailsOnBusyPortAndBadAddress();
  void serverWithoutRunningIoIsDestroyedCleanly();
};

void ServerTests::postRequestAndBatch() {
  TestServer server;
  Reply reply = Post(server.port(), EchoRequest(1, "[1]"));
  QVERIFY2(!reply.ec, reply.ec.message().c_str());
  QCOMPARE(reply.status, 200u);
  QCOMPARE(reply.content_type, std::string("application/json"));
  QCOMPARE(reply.body, std::string(R"({"jsonrpc":"2.0","id":1,"result":[1]})"));

  const std::string notification = R"({"jsonrpc":"2.0","method":"echo"})";
  reply = Post(server.port(), "[" + EchoRequest(1) + "," + notification + "," + EchoRequest(2, "[2]") + "]");
  QCOMPARE(reply.status, 200u);
  QCOMPARE(reply.body, std::string(R"([{"jsonrpc":"2.0","id":1,"result":[]},{"jsonrpc":"2.0","id":2,"result":[2]}])"));
  QVERIFY(server.Shutdown());
}

void ServerTests::keepAliveServesSeveralRequests() {
  TestServer server;
  HttpClient client;
  QVERIFY(!client.Connect(server.port()));
  for (int id = 1; id <= 3; ++id) {
    const Reply reply = Exchange(client, MakeRequest(http::verb::post, "/", EchoRequest(id)));
    QVERIFY2(!reply.ec, reply.ec.message().c_str());
    QCOMPARE(reply.body, R"({"jsonrpc":"2.0","id":)" + std::to_string(id) + R"(,"result":[]})");
  }
  // Content-Type parameters and case do not matter.
  const Reply reply =
      Exchange(client, MakeRequest(http::verb::post, "/?x=1", EchoRequest(4), "Application/JSON; charset=utf-8"));
  QCOMPARE(reply.status, 200u);
  QVERIFY(server.Shutdown());
}

void ServerTests::notificationsGetEmptyBody() {
  TestServer server;
  const Reply reply = Post(server.port(), R"([{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","method":"nope"}])");
  QVERIFY(!reply.ec);
  QCOMPARE(reply.status, 200u);
  QCOMPARE(reply.body, std::string());
  QVERIFY(server.Shutdown());
}

void ServerTests::oversizeBodyIs413AndCloses() {
  ServerConfig config;
  config.body_bytes_max = 1024;
  TestServer server(config);
  const std::string padding(4096, ' ');
  HttpClient client;
  QVERIFY(!client.Connect(server.port()));
  const Reply reply = Exchange(client, MakeRequest(http::verb::post, "/", EchoRequest(1) + padding));
  QVERIFY2(!reply.ec, reply.ec.message().c_str());
  QCOMPARE(reply.status, 413u);
  QCOMPARE(reply.content_type, std::string("application/json"));
  const json::value body = json::parse(reply.body);
  QCOMPARE(body.at("error").at("code").as_int64(), int64_t{ordo::rpc::kInvalidRequest});
  QCOMPARE(std::string(body.at("error").at("message").as_string()), std::string("request body too large"));
  QVERIFY(body.at("id").is_null());
  std::string rest;
  QCOMPARE(client.ReadToEnd(&rest), error_code(asio::error::eof));
  QCOMPARE(rest, std::string());

  // A body just at the limit is served.
  std::string at_limit = EchoRequest(2);
  at_limit.append(config.body_bytes_max - at_limit.size(), ' ');
  QCOMPARE(Post(server.port(), at_limit).status, 200u);
  // A chunked body has no declared length; the limit still applies as it arrives.
  HttpClient chunked;
  QVERIFY(!chunked.Connect(server.port()));
  std::string raw =
      "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 4; ++i) raw += "200\r\n" + std::string(512, ' ') + "\r\n";
  raw += "0\r\n\r\n";
  QVERIFY(!chunked.WriteRaw(raw));
  http::response<http::string_body> response;
  QVERIFY(!chunked.Read(&response));
  QCOMPARE(response.result_int(), 413u);
  QVERIFY(server.Shutdown());
}

void ServerTests::oversizeDeclaredWithExpectIs413WithoutBody() {
  ServerConfig config;
  config.body_bytes_max = 1024;
  TestServer server(config);
  HttpClient client;
  QVERIFY(!client.Connect(server.port()));
  QVERIFY(!client.WriteRaw("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Content-Length: 10000000\r\nExpect: 100-continue\r\n\r\n"));
  http::response<http::string_body> response;
  QVERIFY(!client.Read(&response));
  QCOMPARE(response.result_int(), 413u);
  QVERIFY(server.Shutdown());
}

void ServerTests::expectContinueIsHonoured() {
  TestServer server;
  HttpClient client;
  QVERIFY(!client.Connect(server.port()));
  const std::string body = EchoRequest(7);
  QVERIFY(!client.WriteRaw("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
                           std::to_string(body.size()) + "\r\nExpect: 100-continue\r\n\r\n"));
  http::response<http::empty_body> interim;
  QVERIFY(!client.Read(&interim));
  QCOMPARE(interim.result_int(), 100u);
  QVERIFY(!client.WriteRaw(body));
  http::response<http::string_body> response;
  QVERIFY(!client.Read(&response));
  QCOMPARE(response.result_int(), 200u);
  QCOMPARE(response.body(), std::string(R"({"jsonrpc":"2.0","id":7,"result":[]})"));
  QVERIFY(server.Shutdown());
}

void ServerTests::malformedJsonIsParseErrorAndServerKeepsServing() {
  TestServer server;
  const Reply bad = Post(server.port(), R"({"jsonrpc":"2.0","id":1,"method":)");
  QVERIFY(!bad.ec);
  QCOMPARE(bad.status, 200u);
  const json::value body = json::parse(bad.body);
  QCOMPARE(body.at("error").at("code").as_int64(), int64_t{ordo::rpc::kParseError});
  QVERIFY(body.at("id").is_null());
  const Reply good = Post(server.port(), EchoRequest(2));
  QCOMPARE(good.body, std::string(R"({"jsonrpc":"2.0","id":2,"result":[]})"));
  QVERIFY(server.Shutdown());
}

void ServerTests::metricsAndHealth() {
  TestServer server;
  Reply reply = Fetch(server.port(), MakeRequest(http::verb::get, "/metrics", {}, {}));
  QVERIFY(!reply.ec);
  QCOMPARE(reply.status, 200u);
  QCOMPARE(reply.content_type, std::string("text/plain; version=0.0.4"));
  QCOMPARE(reply.body, std::string(kMetricsText));
  reply = Fetch(server.port(), MakeRequest(http::verb::get, "/health", {}, {}));
  QCOMPARE(reply.status, 200u);
  QCOMPARE(reply.body, std::string("ok"));
  QVERIFY(server.Shutdown());
}

void ServerTests::wrongPathMethodOrContentType() {
  TestServer server;
  Reply reply = Fetch(server.port(), MakeRequest(http::verb::get, "/nope", {}, {}));
  QCOMPARE(reply.status, 404u);
  reply = Fetch(server.port(), MakeRequest(http::verb::get, "/", {}, {}));
  QCOMPARE(reply.status, 405u);
  QCOMPARE(reply.allow, std::string("POST"));
  reply = Fetch(server.port(), MakeRequest(http::verb::post, "/metrics", "x"));
  QCOMPARE(reply.status, 405u);
  QCOMPARE(reply.allow, std::string("GET"));
  reply = Fetch(server.port(), MakeRequest(http::verb::put, "/health", "x"));
  QCOMPARE(reply.status, 405u);
  reply = Fetch(server.port(), MakeRequest(http::verb::post, "/", EchoRequest(1), "text/plain"));
  QCOMPARE(reply.status, 415u);
  reply = Fetch(server.port(), MakeRequest(http::verb::post, "/", EchoRequest(1), {}));
  QCOMPARE(reply.status, 415u);
  QVERIFY(server.Shutdown());
}

void ServerTests::garbageHttpBytesDoNotKillTheServer() {
  TestServer server;
  {
    HttpClient client;
    QVERIFY(!client.Connect(server.port()));
    QVERIFY(!client.WriteRaw("\x16\x03\x01 not http at all\r\n\r\n"));
    http::response<http::string_body> response;
    QVERIFY(!client.Read(&response));
    QCOMPARE(response.result_int(), 400u);
  }
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    HttpClient client;
    QVERIFY(!client.Connect(server.port()));
    std::string noise(1 + random() % 2000, '\0');
    for (char& c : noise) c = static_cast<char>(random() % 256);
    if (round % 2 == 0) noise = "POST / HTTP/1.1\r\n" + noise;
    (void)client.WriteRaw(noise);
    client.Close();
  }
  const Reply reply = Post(server.port(), EchoRequest(3));
  QCOMPARE(reply.status, 200u);
  QVERIFY(server.Shutdown());
}

// Issue 16, attack (i): a web page the operator opens (Origin: http://evil.example) or a DNS
// rebinding (Host: evil.example) reaches the RPC from the operator's own browser.
void ServerTests::hostAndOriginMustBeAllowed() {
  ServerConfig config;
  config.allowed_hosts = {"node.example"};
  config.allowed_origins = {"https://panel.example"};
  TestServer server(config);
  auto post_with = [&](std::string_view field, std::string_view value) {
    http::request<http::string_body> request = MakeRequest(http::verb::post, "/", EchoRequest(1));
    request.set(field, value);
    return Fetch(server.port(), std::move(request));
  };
  QCOMPARE(post_with("Host", "evil.example").status, 403u);
  QCOMPARE(post_with("Host", "evil.example:8545").status, 403u);
  QCOMPARE(post_with("Host", "localhost:8545").status, 200u);
  QCOMPARE(post_with("Host", "node.example").status, 200u);
  QCOMPARE(post_with("Origin", "http://evil.example").status, 403u);
  QCOMPARE(post_with("Origin", "null").status, 403u);
  QCOMPARE(post_with("Origin", "http://localhost:3000").status, 200u);
  QCOMPARE(post_with("Origin", "https://panel.example").status, 200u);
  WsClient evil;
  QVERIFY(evil.Connect(server.port(), "http://evil.example"));  // refused: the upgrade fails
  WsClient local;
  QVERIFY(!local.Connect(server.port(), "http://127.0.0.1:5173"));
  QCOMPARE(local.Call(EchoRequest(3)).at("id"), json::value(3));
  QVERIFY(server.Shutdown());
}

// Operator methods answer only with the bearer token, over HTTP and WebSocket alike.
void ServerTests::operatorMethodsNeedTheToken() {
  ServerConfig config;
  config.operator_token = "0123456789abcdef";
  TestServer server(config);
  const std::string call = R"({"jsonrpc":"2.0","id":1,"method":"op","params":[]})";
  auto post_as = [&](std::string_view authorization) {
    http::request<http::string_body> request = MakeRequest(http::verb::post, "/", call);
    if (!authorization.empty()) request.set(http::field::authorization, authorization);
    return json::parse(Fetch(server.port(), std::move(request)).body);
  };
  QCOMPARE(post_as("").at("error").at("code"), json::value(ordo::rpc::kUnauthorized));
  QCOMPARE(post_as("Bearer 0123456789abcdeX").at("error").at("code"), json::value(ordo::rpc::kUnauthorized));
  QCOMPARE(post_as("Basic 0123456789abcdef").at("error").at("code"), json::value(ordo::rpc::kUnauthorized));
  QCOMPARE(post_as("Bearer 0123456789abcdef").at("result"), json::value("done"));
  WsClient anonymous;
  QVERIFY(!anonymous.Connect(server.port()));
  QCOMPARE(anonymous.Call(call).at("error").at("code"), json::value(ordo::rpc::kUnauthorized));
  WsClient operator_client;
  QVERIFY(!operator_client.Connect(server.port(), {}, "Bearer 0123456789abcdef"));
  QCOMPARE(operator_client.Call(call).at("result"), json::value("done"));
  // Without a configured token nobody is the operator.
  TestServer open_server;
  const Reply reply = Post(open_server.port(), call);
  QCOMPARE(json::parse(reply.body).at("error").at("code"), json::value(ordo::rpc::kUnauthorized));
  QVERIFY(server.Shutdown());
}

void ServerTests::connectionsPerAddressAreCapped() {
  ServerConfig config;
  config.connections_per_address_max = 2;
  TestServer server(config);
  HttpClient a, b, c;
  for (HttpClient* client : {&a, &b}) {
    QVERIFY(!client->Connect(server.port()));
    QCOMPARE(Exchange(*client, MakeRequest(http::verb::post, "/", EchoRequest(1))).status, 200u);
  }
  QVERIFY(!c.Connect(server.port()));
  QVERIFY(Exchange(c, MakeRequest(http::verb::post, "/", EchoRequest(1))).ec);
  QVERIFY(server.Shutdown());
}

void ServerTests::connectionsBeyondMaxAreRefused() {
  ServerConfig config;
  config.connections_max = 2;
  TestServer server(config);
  HttpClient a;
  HttpClient b;
  for (HttpClient* client : {&a, &b}) {
    QVERIFY(!client->Connect(server.port()));
    QCOMPARE(Exchange(*client, MakeRequest(http::verb::post, "/", EchoRequest(1))).status, 200u);
  }
  HttpClient c;
  QVERIFY(!c.Connect(server.port()));  // the kernel completes the handshake; the server then closes
  const Reply refused = Exchange(c, MakeRequest(http::verb::post, "/", EchoRequest(1)));
  QVERIFY(refused.ec);
  QCOMPARE(refused.status, 0u);

  // A freed slot is usable again once the server has seen the close.
  a.Close();
  const auto deadline = std::chrono::steady_clock::now() + kClientTimeout;
  unsigned status = 0;
  while (status != 200 && std::chrono::steady_clock::now() < deadline) {
    status = Post(server.port(), EchoRequest(2)).status;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  QCOMPARE(status, 200u);
  QVERIFY(server.Shutdown());
}

void ServerTests::subscriptionMethodsAreWebSocketOnly() {
  TestServer server;
  const Reply reply = Post(server.port(), R"({"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]})");
  QCOMPARE(json::parse(reply.body).at("error").at("code").as_int64(), int64_t{ordo::rpc::kMethodNotFound});
  QVERIFY(server.Shutdown());
}

void ServerTests::webSocketRequestsAndNewHeads() {
  TestServer server;
  WsClient ws;
  QVERIFY(!ws.Connect(server.port()));
  QCOMPARE(ws.Call(EchoRequest(1, "[5]")), json::parse(R"({"jsonrpc":"2.0","id":1,"result":[5]})"));
  // Binary frames carry JSON-RPC too.
  QVERIFY(!ws.SendBinary(EchoRequest(2)));
  std::string text;
  QVERIFY(!ws.Receive(&text));
  QCOMPARE(text, std::string(R"({"jsonrpc":"2.0","id":2,"result":[]})"));

  const json::value subscribed = ws.Call(R"({"jsonrpc":"2.0","id":3,"method":"eth_subscribe","params":["newHeads"]})");
  QVERIFY2(subscribed.is_object(), json::serialize(subscribed).c_str());
  QCOMPARE(subscribed.at("id").as_int64(), int64_t{3});
  const std::string id(subscribed.at("result").as_string());
  QVERIFY2(std::regex_match(id, std::regex("0x[0-9a-f]{32}")), id.c_str());

  server.server().PublishNewHead(json::parse(R"({"number":"0x1","hash":"0xaa"})"));
  server.server().PublishNewHead(json::parse(R"({"number":"0x2","hash":"0xbb"})"));
  for (const char* number : {"0x1", "0x2"}) {
    QVERIFY(!ws.Receive(&text));
    const json::value notification = json::parse(text);
    QCOMPARE(notification.at("jsonrpc"), json::value("2.0"));
    QCOMPARE(notification.at("method"), json::value("eth_subscription"));
    QVERIFY(!notification.as_object().contains("id"));
    QCOMPARE(std::string(notification.at("params").at("subscription").as_string()), id);
    QCOMPARE(std::string(notification.at("params").at("result").at("number").as_string()), std::string(number));
  }

  QCOMPARE(ws.Call(R"({"jsonrpc":"2.0","id":4,"method":"eth_unsubscribe","params":[")" + id + R"("]})"),
           json::parse(R"({"jsonrpc":"2.0","id":4,"result":true})"));
  server.server().PublishNewHead(json::parse(R"({"number":"0x3"})"));
  // The publish is queued on the session before this request arrives, so a notification would
  // come first; the echo answer coming first shows there is none.
  QCOMPARE(ws.Call(EchoRequest(5)), json::parse(R"({"jsonrpc":"2.0","id":5,"result":[]})"));
  QCOMPARE(ws.Call(R"({"jsonrpc":"2.0","id":6,"method":"eth_unsubscribe","params":[")" + id + R"("]})"),
           json::parse(R"({"jsonrpc":"2.0","id":6,"result":false})"));
  QVERIFY(server.Shutdown());
}

void ServerTests::webSocketSubscriptionLimitsAndParams() {
  ServerConfig config;
  config.ws_subscriptions_max = 2;
  TestServer server(config);
  WsClient ws;
  QVERIFY(!ws.Connect(server.port()));
  const std::string subscribe = R"({"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]})";
  const json::value first = ws.Call(subscribe);
  const json::value second = ws.Call(subscribe);
  QVERIFY(first.at("result").is_string());
  QVERIFY(second.at("result").is_string());
  QVERIFY(first.at("result") != second.at("result"));
  QCOMPARE(ws.Call(subscribe).at("error").at("code").as_int64(), int64_t{ordo::rpc::kServerError});

  auto code_of = [&](const std::string& request) { return ws.Call(request).at("error").at("code").as_int64(); };
  const int64_t invalid_params = ordo::rpc::kInvalidParams;
  QCOMPARE(code_of(R"({"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["logs"]})"), invalid_params);
  QCOMPARE(code_of(R"({"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":[]})"), invalid_params);
  QCOMPARE(code_of(R"({"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":{"kind":"newHeads"}})"),
           invalid_params);
  QCOMPARE(code_of(R"({"jsonrpc":"2.0","id":2,"method":"eth_unsubscribe","params":[1]})"), invalid_params);

  // Each subscription gets its own notification; a batch may mix local and registered methods.
  const json::value batch = ws.Call(R"([{"jsonrpc":"2.0","id":7,"method":"eth_unsubscribe","params":[")" +
                                    std::string(first.at("result").as_string()) + R"("]},)" + EchoRequest(8) + "]");
  QCOMPARE(batch, json::parse(R"([{"jsonrpc":"2.0","id":7,"result":true},{"jsonrpc":"2.0","id":8,"result":[]}])"));
  server.server().PublishNewHead(json::value(7));
  std::string text;
  QVERIFY(!ws.Receive(&text));
  QCOMPARE(json::parse(text).at("params").at("subscription"), second.at("result"));
  QCOMPARE(json::parse(text).at("params").at("result"), json::value(7));
  QVERIFY(server.Shutdown());
}

void ServerTests::webSocketGarbageDoesNotKillTheServer() {
  TestServer server;
  WsClient ws;
  QVERIFY(!ws.Connect(server.port()));
  // Garbage inside well-formed frames is a JSON-RPC matter: answered, connection kept.
  const json::value parse_error = ws.Call("}{ not json");
  QCOMPARE(parse_error.at("error").at("code").as_int64(), int64_t{ordo::rpc::kParseError});
  QCOMPARE(ws.Call("[]").at("error").at("code").as_int64(), int64_t{ordo::rpc::kInvalidRequest});
  QCOMPARE(ws.Call(EchoRequest(1)), json::parse(R"({"jsonrpc":"2.0","id":1,"result":[]})"));

  // Garbage instead of frames ends only that connection.
  WsClient broken;
  QVERIFY(!broken.Connect(server.port()));
  QVERIFY(!broken.SendRaw(std::string("\xff\xff\x00\x01garbage garbage garbage", 27)));
  std::string text;
  QVERIFY(broken.Receive(&text));

  QCOMPARE(ws.Call(EchoRequest(2)), json::parse(R"({"jsonrpc":"2.0","id":2,"result":[]})"));
  QCOMPARE(Post(server.port(), EchoRequest(3)).status, 200u);
  QVERIFY(server.Shutdown());
}

void ServerTests::slowWebSocketConsumerIsDisconnected() {
  ServerConfig config;
  config.ws_send_queue_max = 4;
  TestServer server(config);
  WsClient slow;
  QVERIFY(!slow.Connect(server.port()));
  const json::value subscribed =
      slow.Call(R"({"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]})");
  QVERIFY(subscribed.at("result").is_string());
  WsClient bystander;
  QVERIFY(!bystander.Connect(server.port()));

  // More than socket buffers and the queue can hold, while the client reads nothing.
  constexpr int kHeads = 96;
  const json::value head{{"extra", std::string(256 * 1024, 'a')}};
  for (int i = 0; i < kHeads; ++i) server.server().PublishNewHead(head);
  int received = 0;
  std::string text;
  while (!slow.Receive(&text)) ++received;
  QVERIFY2(received < kHeads, qPrintable(QString::number(received)));

  QCOMPARE(bystander.Call(EchoRequest(2)), json::parse(R"({"jsonrpc":"2.0","id":2,"result":[]})"));
  QVERIFY(server.Shutdown());
}

void ServerTests::stopClosesSessionsAndRefusesConnections() {
  TestServer server;
  const uint16_t port = server.port();
  WsClient ws;
  QVERIFY(!ws.Connect(port));
  HttpClient idle;
  QVERIFY(!idle.Connect(port));
  QCOMPARE(Exchange(idle, MakeRequest(http::verb::post, "/", EchoRequest(1))).status, 200u);

  server.server().Stop();
  std::string text;
  const error_code ws_ec = ws.Receive(&text);
  QVERIFY(ws_ec);
  QVERIFY2(ws_ec != beast::error::timeout, ws_ec.message().c_str());
  std::string rest;
  const error_code http_ec = idle.ReadToEnd(&rest);
  QVERIFY2(http_ec != beast::error::timeout, http_ec.message().c_str());
  HttpClient late;
  QCOMPARE(late.Connect(port), error_code(asio::error::connection_refused));
  server.server().Stop();  // idempotent
  QVERIFY(server.Shutdown());
}

void ServerTests::startFailsOnBusyPortAndBadAddress() {
  TestServer server;
  asio::io_context io;
  Dispatcher dispatcher;
  ServerConfig config;
  config.port = server.port();
  Server busy(io, config, dispatcher, nullptr);
  const ordo::Status status = busy.Start();
  QVERIFY(status.IsIoError());
  QVERIFY2(status.message().find(std::to_string(server.port())) != std::string::npos, status.message().c_str());

  config.bind_address = "not an address";
  Server bad(io, config, dispatcher, nullptr);
  QVERIFY(bad.Start().IsInvalidArgument());
  QVERIFY(server.Shutdown());
}

// The destructor must not wait for an io_context nobody runs.
void ServerTests::serverWithoutRunningIoIsDestroyedCleanly() {
  asio::io_context io;
  Dispatcher dispatcher;
  ServerConfig config;
  config.port = 0;
  {
    Server never_started(io, config, dispatcher, nullptr);
  }
  {
    Server started(io, config, dispatcher, nullptr);
    QVERIFY(started.Start().ok());
    QVERIFY(started.port() != 0);
  }
  io.run();  // the aborted accept completes and releases the server's state
}

QTEST_APPLESS_MAIN(ServerTests)
#include "server_tests.moc"
