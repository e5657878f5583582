// JSON-RPC 2.0 request validation and dispatch (https://www.jsonrpc.org/specification).

#include <cmath>
#include <exception>
#include <string>
#include <utility>

#include <boost/json.hpp>

#include "ordo/rpc/server.h"

namespace ordo::rpc {
namespace {

namespace json = boost::json;

// Boost.JSON's default is 32; Ethereum requests nest far less, and the parser needs a bound so a
// body of brackets cannot cost more than a parse error.
constexpr size_t json_depth_max = 64;
// Unknown method names are echoed for the caller's benefit, but never an arbitrary amount of them.
constexpr size_t method_echo_bytes_max = 64;

json::value ErrorResponse(json::value id, int code, std::string_view message,
                          const std::optional<json::value>& data = std::nullopt) {
  json::object error;
  error["code"] = code;
  error["message"] = message;
  if (data) error["data"] = *data;
  json::object response;
  response["jsonrpc"] = "2.0";
  response["id"] = std::move(id);
  response["error"] = std::move(error);
  return response;
}

json::value ResultResponse(json::value id, json::value result) {
  json::object response;
  response["jsonrpc"] = "2.0";
  response["id"] = std::move(id);
  response["result"] = std::move(result);
  return response;
}

// Spec section 4: "String, Number, or NULL". Numbers keep their Boost.JSON kind (int64, uint64,
// double), so the reply carries the id exactly as it was parsed. A number beyond the range of a
// double (1e400) parses as infinity, which has no JSON spelling and could not be echoed.
bool IsValidId(const json::value& id) {
  if (id.is_double()) return std::isfinite(id.get_double());
  return id.is_string() || id.is_number() || id.is_null();
}

std::string Truncated(std::string_view text, size_t bytes_max) {
  if (text.size() <= bytes_max) return std::string(text);
  return std::string(text.substr(0, bytes_max)) + "...";
}

// The answer of last resort when even building an error failed (out of memory): a literal, so
// HandleBody can keep its never-throws promise.
constexpr std::string_view internal_error_body =
    R"({"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"internal error"}})";

}  // namespace

void Dispatcher::Register(std::string method, Handler handler) {
  ORDO_ASSERT(!method.empty());
  ORDO_ASSERT(handler != nullptr);
  const bool inserted = m_handlers.emplace(std::move(method), std::move(handler)).second;
  ORDO_ASSERT(inserted);
}

void Dispatcher::RegisterOperator(std::string method, Handler handler) {
  m_operator_methods.insert(method);
  Register(std::move(method), std::move(handler));
}

std::string Dispatcher::HandleBody(std::string_view body, Access access) const { return HandleBodyWith(body, nullptr, access); }

std::string Dispatcher::HandleBody(std::string_view body, const LocalMethods& local, Access access) const {
  return HandleBodyWith(body, local ? &local : nullptr, access);
}

std::optional<json::value> Dispatcher::HandleOne(const json::value& request, Access access) const {
  try {
    return Answer(request, nullptr, access);
  } catch (...) {
    return json::parse(internal_error_body);
  }
}

std::string Dispatcher::HandleBodyWith(std::string_view body, const LocalMethods* local, Access access) const {
  try {
    json::parse_options options;
    options.max_depth = json_depth_max;
    boost::system::error_code ec;
    json::value parsed = json::parse(body, ec, json::storage_ptr(), options);
    if (ec) return json::serialize(ErrorResponse(nullptr, kParseError, "parse error: " + ec.message()));
    if (!parsed.is_array()) {
      std::optional<json::value> response = Answer(parsed, local, access);
      return response ? json::serialize(*response) : std::string();
    }
    const json::array& batch = parsed.get_array();
    // Spec section 6: an empty batch is one Invalid Request, not an empty array.
    if (batch.empty()) return json::serialize(ErrorResponse(nullptr, kInvalidRequest, "invalid request: empty batch"));
    if (batch.size() > m_batch_max) {
      return json::serialize(ErrorResponse(nullptr, kInvalidRequest,
                                           "invalid request: batch of " + std::to_string(batch.size()) +
                                               " requests exceeds the limit of " + std::to_string(m_batch_max)));
    }
    json::array responses;
    for (const json::value& request : batch) {
      if (std::optional<json::value> response = Answer(request, local, access)) responses.push_back(std::move(*response));
    }
    // Spec section 6: a batch of notifications gets nothing back at all.
    return responses.empty() ? std::string() : json::serialize(responses);
  } catch (...) {
    return std::string(internal_error_body);
  }
}

std::optional<json::value> Dispatcher::Answer(const json::value& request, const LocalMethods* local, Access access) const {
  const json::object* object = request.if_object();
  if (object == nullptr) return ErrorResponse(nullptr, kInvalidRequest, "invalid request: not a JSON object");
  const json::value* id = object->if_contains("id");
  if (id != nullptr && !IsValidId(*id)) {
    return ErrorResponse(nullptr, kInvalidRequest, "invalid request: id must be a string, number or null");
  }
  // An invalid request is answered even without an id (spec section 5: "id ... MUST be Null"),
  // because the server cannot tell that it was meant as a notification.
  const json::value reply_id = id != nullptr ? *id : json::value(nullptr);
  const json::value* version = object->if_contains("jsonrpc");
  if (version == nullptr || !version->is_string() || version->get_string() != "2.0") {
    return ErrorResponse(reply_id, kInvalidRequest, R"(invalid request: "jsonrpc" must be "2.0")");
  }
  const json::value* method = object->if_contains("method");
  if (method == nullptr || !method->is_string()) {
    return ErrorResponse(reply_id, kInvalidRequest, R"(invalid request: "method" must be a string)");
  }
  const json::value* params = object->if_contains("params");
  if (params != nullptr && !params->is_array() && !params->is_object()) {
    return ErrorResponse(reply_id, kInvalidRequest, R"(invalid request: "params" must be an array or object)");
  }
  const json::value no_params = json::array();
  RpcResult result = Invoke(method->get_string(), params != nullptr ? *params : no_params, local, access);
  if (id == nullptr) return std::nullopt;  // a notification: run, never answer
  if (RpcError* error = std::get_if<RpcError>(&result)) {
    return ErrorResponse(reply_id, error->code, error->message, error->data);
  }
  return ResultResponse(reply_id, std::move(std::get<json::value>(result)));
}

RpcResult Dispatcher::Invoke(std::string_view method, const json::value& params, const LocalMethods* local,
                             Access access) const {
  try {
    if (access != Access::Operator && m_operator_methods.contains(method)) {
      return RpcError{kUnauthorized,
                      "unauthorized: " + Truncated(method, method_echo_bytes_max) +
                          " is an operator method (send the node's rpc.cookie as Authorization: Bearer)",
                      std::nullopt};
    }
    if (local != nullptr) {
      if (std::optional<RpcResult> answered = (*local)(method, params)) return std::move(*answered);
    }
    const auto handler = m_handlers.find(method);
    if (handler == m_handlers.end()) {
      return RpcError{kMethodNotFound, "method not found: " + Truncated(method, method_echo_bytes_max), std::nullopt};
    }
    return handler->second(params);
  } catch (const std::exception& e) {
    return RpcError{kInternalError, std::string("internal error: ") + e.what(), std::nullopt};
  } catch (...) {
    return RpcError{kInternalError, "internal error", std::nullopt};
  }
}

}  // namespace ordo::rpc
