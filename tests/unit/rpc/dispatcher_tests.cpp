// JSON-RPC 2.0 dispatch: every error case of the spec with its exact code and id, batches,
// notifications, params shapes, handler failures, id kinds, and no crash on arbitrary bytes.

#include <QtTest/QtTest>

#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>

#include <boost/json.hpp>

#include "ordo/rpc/server.h"

namespace json = boost::json;
using ordo::rpc::Dispatcher;
using ordo::rpc::RpcError;
using ordo::rpc::RpcResult;

namespace {

constexpr size_t kTestBatchMax = 3;

// Error messages are prose for people; the table pins everything else. Every error must still
// carry a non-empty message, which is checked here before it is blanked.
bool BlankMessages(json::value& response, QString* why) {
  if (json::array* batch = response.if_array()) {
    for (json::value& element : *batch) {
      if (!BlankMessages(element, why)) return false;
    }
    return true;
  }
  json::object* object = response.if_object();
  if (object == nullptr) {
    *why = "response is neither an object nor an array";
    return false;
  }
  json::value* error = object->if_contains("error");
  if (error == nullptr) return true;
  json::value* message = error->is_object() ? error->get_object().if_contains("message") : nullptr;
  if (message == nullptr || !message->is_string() || message->get_string().empty()) {
    *why = "error without a non-empty message";
    return false;
  }
  *message = "";
  return true;
}

std::string ErrorMessage(const std::string& body) {
  const json::value response = json::parse(body);
  return std::string(response.at("error").at("message").as_string());
}

}  // namespace

class DispatcherTests : public QObject {
  Q_OBJECT

 public:
  DispatcherTests() : m_dispatcher(kTestBatchMax) {
    m_dispatcher.Register("echo", [](const json::value& params) -> RpcResult { return params; });
    m_dispatcher.Register("fail", [](const json::value&) -> RpcResult {
      return RpcError{ordo::rpc::kServerError, "nope", json::value{{"why", 1}}};
    });
    m_dispatcher.Register("throw", [](const json::value&) -> RpcResult { throw std::runtime_error("disk on fire"); });
    m_dispatcher.Register("throw_int", [](const json::value&) -> RpcResult { throw 42; });
    m_dispatcher.Register("count", [this](const json::value&) -> RpcResult { return ++m_count; });
  }

 private slots:
  void handleBody_data();
  void handleBody();
  void successIsExactText();
  void idKindsArePreserved();
  void notificationsRunWithoutAnswer();
  void oversizeBatchSaysWhy();
  void handlerExceptionIsInternalError();
  void localMethodsComeFirst();
  void arbitraryBytesNeverThrow();

 private:
  Dispatcher m_dispatcher;
  int64_t m_count = 0;
};

void DispatcherTests::handleBody_data() {
  QTest::addColumn<QByteArray>("body");
  QTest::addColumn<QByteArray>("expected");  // empty: no response at all

  auto row = [](const char* name, const char* body, const char* expected) {
    QTest::newRow(name) << QByteArray(body) << QByteArray(expected);
  };
  // Success and params shapes: the handler sees params as sent, [] when absent.
  row("array params", R"({"jsonrpc":"2.0","id":1,"method":"echo","params":[1,"a"]})",
      R"({"jsonrpc":"2.0","id":1,"result":[1,"a"]})");
  row("object params", R"({"jsonrpc":"2.0","id":1,"method":"echo","params":{"a":[true]}})",
      R"({"jsonrpc":"2.0","id":1,"result":{"a":[true]}})");
  row("absent params", R"({"jsonrpc":"2.0","id":1,"method":"echo"})", R"({"jsonrpc":"2.0","id":1,"result":[]})");
  row("empty params", R"({"jsonrpc":"2.0","id":1,"method":"echo","params":[]})",
      R"({"jsonrpc":"2.0","id":1,"result":[]})");
  row("string id", R"({"jsonrpc":"2.0","id":"abc","method":"echo"})", R"({"jsonrpc":"2.0","id":"abc","result":[]})");
  row("null id", R"({"jsonrpc":"2.0","id":null,"method":"echo"})", R"({"jsonrpc":"2.0","id":null,"result":[]})");
  row("negative id", R"({"jsonrpc":"2.0","id":-7,"method":"echo"})", R"({"jsonrpc":"2.0","id":-7,"result":[]})");
  row("uint64 id", R"({"jsonrpc":"2.0","id":18446744073709551615,"method":"echo"})",
      R"({"jsonrpc":"2.0","id":18446744073709551615,"result":[]})");
  row("fractional id", R"({"jsonrpc":"2.0","id":1.5,"method":"echo"})", R"({"jsonrpc":"2.0","id":1.5,"result":[]})");
  row("members in any order", R"({"params":[2],"method":"echo","id":3,"jsonrpc":"2.0"})",
      R"({"jsonrpc":"2.0","id":3,"result":[2]})");

  // -32700: the body is not JSON.
  const char* parse_error = R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":""}})";
  row("truncated object", R"({"jsonrpc":"2.0","method":"echo")", parse_error);
  row("empty body", "", parse_error);
  row("bare word", "hello", parse_error);
  row("trailing garbage", R"({"jsonrpc":"2.0","id":1,"method":"echo"} x)", parse_error);
  row("nesting too deep", (std::string(100, '[') + std::string(100, ']')).c_str(), parse_error);
  row("invalid utf-8", "\"\xff\"", parse_error);
  row("truncated batch", R"([{"jsonrpc":"2.0","method":"echo","id":1},{"jsonrpc")", parse_error);

  // -32600 with id null: the request is not an object, or its id is unusable.
  const char* invalid_null = R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}})";
  row("number request", "1", invalid_null);
  row("string request", R"("x")", invalid_null);
  row("null request", "null", invalid_null);
  row("bool request", "true", invalid_null);
  row("object id", R"({"jsonrpc":"2.0","id":{},"method":"echo"})", invalid_null);
  row("array id", R"({"jsonrpc":"2.0","id":[1],"method":"echo"})", invalid_null);
  row("bool id", R"({"jsonrpc":"2.0","id":true,"method":"echo"})", invalid_null);
  row("id beyond double range", R"({"jsonrpc":"2.0","id":-1e400,"method":"echo"})", invalid_null);
  // Spec example: invalid without an id is still answered, with id null.
  row("invalid without id", R"({"jsonrpc":"2.0","method":1,"params":"bar"})", invalid_null);
  row("spec foo boo", R"({"foo":"boo"})", invalid_null);

  // -32600 with the valid id echoed.
  row("missing jsonrpc", R"({"id":5,"method":"echo"})",
      R"({"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":""}})");
  row("jsonrpc 1.0", R"({"jsonrpc":"1.0","id":"a","method":"echo"})",
      R"({"jsonrpc":"2.0","id":"a","error":{"code":-32600,"message":""}})");
  row("jsonrpc as number", R"({"jsonrpc":2.0,"id":1,"method":"echo"})",
      R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":""}})");
  row("missing method", R"({"jsonrpc":"2.0","id":1})",
      R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":""}})");
  row("number method", R"({"jsonrpc":"2.0","id":1,"method":1})",
      R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":""}})");
  row("null method", R"({"jsonrpc":"2.0","id":"m","method":null})",
      R"({"jsonrpc":"2.0","id":"m","error":{"code":-32600,"message":""}})");
  row("string params", R"({"jsonrpc":"2.0","id":2,"method":"echo","params":"x"})",
      R"({"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":""}})");
  row("number params", R"({"jsonrpc":"2.0","id":2,"method":"echo","params":3})",
      R"({"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":""}})");
  row("null params", R"({"jsonrpc":"2.0","id":2,"method":"echo","params":null})",
      R"({"jsonrpc":"2.0","id":2,"error":{"code":-32600,"message":""}})");
  row("bool params", R"({"jsonrpc":"2.0","id":null,"method":"echo","params":false})", invalid_null);

  // -32601, handler errors and exceptions.
  row("unknown method", R"({"jsonrpc":"2.0","id":9,"method":"nope"})",
      R"({"jsonrpc":"2.0","id":9,"error":{"code":-32601,"message":""}})");
  row("handler error with data", R"({"jsonrpc":"2.0","id":4,"method":"fail"})",
      R"({"jsonrpc":"2.0","id":4,"error":{"code":-32000,"message":"","data":{"why":1}}})");
  row("handler throws", R"({"jsonrpc":"2.0","id":4,"method":"throw"})",
      R"({"jsonrpc":"2.0","id":4,"error":{"code":-32603,"message":""}})");
  row("handler throws non-exception", R"({"jsonrpc":"2.0","id":"t","method":"throw_int"})",
      R"({"jsonrpc":"2.0","id":"t","error":{"code":-32603,"message":""}})");

  // Notifications (no "id" member) are never answered, even when they fail.
  row("notification", R"({"jsonrpc":"2.0","method":"echo","params":[1]})", "");
  row("notification to unknown method", R"({"jsonrpc":"2.0","method":"nope"})", "");
  row("notification that throws", R"({"jsonrpc":"2.0","method":"throw"})", "");
  row("notification with error result", R"({"jsonrpc":"2.0","method":"fail"})", "");

  // Batches.
  row("spec mixed batch",
      R"([{"jsonrpc":"2.0","method":"echo","params":[1],"id":"1"},{"jsonrpc":"2.0","method":"echo","params":[7]},)"
      R"({"foo":"boo"}])",
      R"([{"jsonrpc":"2.0","id":"1","result":[1]},{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}}])");
  row("batch with unknown method and error",
      R"([{"jsonrpc":"2.0","method":"nope","id":"5"},{"jsonrpc":"2.0","method":"fail","id":6}])",
      R"([{"jsonrpc":"2.0","id":"5","error":{"code":-32601,"message":""}},)"
      R"({"jsonrpc":"2.0","id":6,"error":{"code":-32000,"message":"","data":{"why":1}}}])");
  row("spec batch of numbers", "[1,2,3]",
      R"([{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}},)"
      R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}},)"
      R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}}])");
  row("empty batch", "[]", invalid_null);
  row("batch of one is still an array", R"([{"jsonrpc":"2.0","id":1,"method":"echo"}])",
      R"([{"jsonrpc":"2.0","id":1,"result":[]}])");
  row("batch at batch_max",
      R"([{"jsonrpc":"2.0","id":1,"method":"echo"},{"jsonrpc":"2.0","id":2,"method":"echo"},)"
      R"({"jsonrpc":"2.0","id":3,"method":"echo"}])",
      R"([{"jsonrpc":"2.0","id":1,"result":[]},{"jsonrpc":"2.0","id":2,"result":[]},)"
      R"({"jsonrpc":"2.0","id":3,"result":[]}])");
  row("batch over batch_max",
      R"([{"jsonrpc":"2.0","id":1,"method":"echo"},{"jsonrpc":"2.0","id":2,"method":"echo"},)"
      R"({"jsonrpc":"2.0","id":3,"method":"echo"},{"jsonrpc":"2.0","id":4,"method":"echo"}])",
      invalid_null);
  row("batch of notifications", R"([{"jsonrpc":"2.0","method":"echo"},{"jsonrpc":"2.0","method":"nope"}])", "");
  row("nested batch", "[[]]", R"([{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":""}}])");
  row("batch keeps order and skips notifications",
      R"([{"jsonrpc":"2.0","id":"b","method":"echo","params":[2]},{"jsonrpc":"2.0","method":"throw"},)"
      R"({"jsonrpc":"2.0","id":"a","method":"throw"}])",
      R"([{"jsonrpc":"2.0","id":"b","result":[2]},{"jsonrpc":"2.0","id":"a","error":{"code":-32603,"message":""}}])");
}

void DispatcherTests::handleBody() {
  QFETCH(QByteArray, body);
  QFETCH(QByteArray, expected);
  const std::string answer = m_dispatcher.HandleBody(std::string_view(body.constData(), body.size()));
  if (expected.isEmpty()) {
    QVERIFY2(answer.empty(), answer.c_str());
    return;
  }
  boost::system::error_code ec;
  json::value actual = json::parse(answer, ec);
  QVERIFY2(!ec, answer.c_str());
  QString why;
  QVERIFY2(BlankMessages(actual, &why), qPrintable(why + ": " + QString::fromStdString(answer)));
  const json::value wanted = json::parse(std::string_view(expected.constData(), expected.size()));
  QVERIFY2(actual == wanted, qPrintable(QString::fromStdString(json::serialize(actual) + "\n   expected " +
                                                               json::serialize(wanted))));
}

// Members come out in the conventional order, so logs and diffs read naturally.
void DispatcherTests::successIsExactText() {
  QCOMPARE(m_dispatcher.HandleBody(R"({"id":1,"method":"echo","params":[1],"jsonrpc":"2.0"})"),
           std::string(R"({"jsonrpc":"2.0","id":1,"result":[1]})"));
  QCOMPARE(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":"x","method":"nope"})"),
           std::string(R"({"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"method not found: nope"}})"));
}

// json::value equality treats int64 1 and uint64 1 as equal, so kinds are checked one by one.
void DispatcherTests::idKindsArePreserved() {
  const json::value ids[] = {json::value(int64_t{-3}), json::value(uint64_t{3}), json::value(2.5),
                             json::value("7"), json::value(nullptr)};
  for (const json::value& id : ids) {
    json::object request{{"jsonrpc", "2.0"}, {"id", id}, {"method", "echo"}};
    const auto response = m_dispatcher.HandleOne(request);
    QVERIFY(response.has_value());
    const json::value& echoed = response->at("id");
    QCOMPARE(static_cast<int>(echoed.kind()), static_cast<int>(id.kind()));
    QVERIFY(echoed == id);
  }
  // Through text: the kind Boost.JSON parses is the kind that comes back.
  struct Case {
    const char* id;
    json::kind kind;
  } const cases[] = {{"-1", json::kind::int64},
                     {"9223372036854775807", json::kind::int64},
                     {"18446744073709551615", json::kind::uint64},
                     {"1.0", json::kind::double_},
                     {"1e3", json::kind::double_}};
  for (const Case& c : cases) {
    const std::string answer =
        m_dispatcher.HandleBody(std::string(R"({"jsonrpc":"2.0","method":"echo","id":)") + c.id + "}");
    const json::value response = json::parse(answer);
    QCOMPARE(static_cast<int>(response.at("id").kind()), static_cast<int>(c.kind));
    QVERIFY2(response.at("id") == json::parse(c.id), answer.c_str());
  }
}

void DispatcherTests::notificationsRunWithoutAnswer() {
  const int64_t before = m_count;
  QCOMPARE(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","method":"count"})"), std::string());
  QCOMPARE(m_dispatcher.HandleBody(R"([{"jsonrpc":"2.0","method":"count"},{"jsonrpc":"2.0","method":"count"}])"),
           std::string());
  QCOMPARE(m_count, before + 3);
  QVERIFY(!m_dispatcher.HandleOne(json::parse(R"({"jsonrpc":"2.0","method":"count"})")).has_value());
  QCOMPARE(m_count, before + 4);
}

void DispatcherTests::oversizeBatchSaysWhy() {
  const std::string request = R"({"jsonrpc":"2.0","id":1,"method":"count"})";
  const int64_t before = m_count;
  const std::string answer =
      m_dispatcher.HandleBody("[" + request + "," + request + "," + request + "," + request + "]");
  QCOMPARE(m_count, before);  // rejected as a whole: nothing ran
  const std::string message = ErrorMessage(answer);
  QVERIFY2(message.find("batch of 4") != std::string::npos, message.c_str());
  QVERIFY2(message.find("limit of 3") != std::string::npos, message.c_str());
  QVERIFY(ErrorMessage(m_dispatcher.HandleBody("[]")).find("empty batch") != std::string::npos);
}

void DispatcherTests::handlerExceptionIsInternalError() {
  const std::string message = ErrorMessage(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"throw"})"));
  QCOMPARE(message, std::string("internal error: disk on fire"));
  QCOMPARE(ErrorMessage(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"throw_int"})")),
           std::string("internal error"));
}

void DispatcherTests::localMethodsComeFirst() {
  int local_calls = 0;
  const Dispatcher::LocalMethods local = [&](std::string_view method,
                                             const json::value& params) -> std::optional<RpcResult> {
    ++local_calls;
    if (method == "local_ping") return RpcResult(json::value{{"pong", params}});
    if (method == "echo") return RpcResult(json::value("shadowed"));
    if (method == "local_throw") throw std::runtime_error("local broke");
    return std::nullopt;
  };
  QCOMPARE(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"local_ping","params":[5]})", local),
           std::string(R"({"jsonrpc":"2.0","id":1,"result":{"pong":[5]}})"));
  QCOMPARE(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"echo"})", local),
           std::string(R"({"jsonrpc":"2.0","id":1,"result":"shadowed"})"));
  QCOMPARE(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"fail"})", local),
           std::string(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"nope","data":{"why":1}}})"));
  QCOMPARE(ErrorMessage(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"local_throw"})", local)),
           std::string("internal error: local broke"));
  QCOMPARE(m_dispatcher.HandleBody(R"([{"jsonrpc":"2.0","id":1,"method":"local_ping"},)"
                                   R"({"jsonrpc":"2.0","id":2,"method":"nope"}])",
                                   local),
           std::string(R"([{"jsonrpc":"2.0","id":1,"result":{"pong":[]}},)"
                       R"({"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"method not found: nope"}}])"));
  QCOMPARE(local_calls, 6);
  // Without local methods the same name is unknown.
  QVERIFY(m_dispatcher.HandleBody(R"({"jsonrpc":"2.0","id":1,"method":"local_ping"})").find("-32601") !=
          std::string::npos);
}

// Mutations of valid requests and raw noise: every answer is empty or valid JSON.
void DispatcherTests::arbitraryBytesNeverThrow() {
  const std::string seeds[] = {
      R"({"jsonrpc":"2.0","id":1,"method":"echo","params":[1,{"a":"b"}]})",
      R"([{"jsonrpc":"2.0","id":"x","method":"throw"},{"jsonrpc":"2.0","method":"echo"}])",
      R"({"jsonrpc":"2.0","id":1.5e300,"method":"fail","params":{}})",
  };
  std::mt19937 random(20240601);
  for (int round = 0; round < 3000; ++round) {
    std::string body = seeds[round % 3];
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits && !body.empty(); ++e) {
      const size_t at = random() % body.size();
      switch (random() % 3) {
        case 0: body[at] = static_cast<char>(random() % 256); break;
        case 1: body.erase(at, 1 + random() % 3); break;
        case 2: body.insert(at, 1, "[]{}\",:0-e\\"[random() % 11]); break;
      }
    }
    if (round % 10 == 0) {
      body.resize(random() % 64);
      for (char& c : body) c = static_cast<char>(random() % 256);
    }
    const std::string answer = m_dispatcher.HandleBody(body);
    if (answer.empty()) continue;
    boost::system::error_code ec;
    json::parse(answer, ec);
    QVERIFY2(!ec, answer.c_str());
  }
}

QTEST_APPLESS_MAIN(DispatcherTests)
#include "dispatcher_tests.moc"
