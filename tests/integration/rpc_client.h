#pragma once
// A blocking JSON-RPC 2.0 client over HTTP for the integration suites (QNetworkAccessManager run
// in a local event loop), plus a raw-socket POST for requests a well-behaved client would not
// send. Not thread-safe: one client per thread, which needs a QCoreApplication.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>
#include <optional>

#include "ordo/util/primitives.h"

namespace ordo::integration {

inline constexpr int rpc_timeout_ms = 10'000;

struct RpcReply {
  QString transport_error;  // empty when an HTTP response arrived
  int http_status = 0;
  QByteArray body;
  bool parsed = false;      // the body is a JSON-RPC response object
  QJsonValue result;
  std::optional<int> error_code;
  QString error_message;

  bool ok() const { return transport_error.isEmpty() && http_status == 200 && parsed && !error_code; }
  // One line for failure messages: the transport error, the RPC error or the body.
  QString Describe() const;
};

class RpcClient {
 public:
  explicit RpcClient(quint16 port);

  RpcReply Call(const QString& method, const QJsonArray& params = {}, int timeout_ms = rpc_timeout_ms);
  // Posts `body` as application/json and parses a single response object if there is one.
  RpcReply Post(const QByteArray& body, int timeout_ms = rpc_timeout_ms);

  // Shorthands that return nullopt on any failure (the caller reports Describe of a Call).
  std::optional<uint64_t> BlockNumber();
  std::optional<U256> Balance(const QString& address);
  std::optional<uint64_t> Nonce(const QString& address, const QString& tag);

  quint16 port() const { return m_port; }
  // The node's rpc.cookie: its token goes with every request (operator methods answer then).
  void SetCookieFile(const QString& path) { m_cookie_file = path; }

 private:
  quint16 m_port;
  QString m_cookie_file;
  QUrl m_url;
  int m_next_id = 1;
  std::unique_ptr<QNetworkAccessManager> m_nam;
};

// Writes a POST with `body` on a plain socket and returns the HTTP status of the answer (0 when
// none arrived before the connection ended or `timeout_ms` passed). Keeps reading while it
// writes, so a server that answers early (413 after the headers) is seen.
int RawHttpPostStatus(quint16 port, const QByteArray& body, int timeout_ms, QByteArray* response,
                      const QByteArray& extra_headers = {}, const QByteArray& host = "127.0.0.1");

// "0x1a" -> 26; nullopt for anything that is not a hex quantity fitting 64 bits.
std::optional<uint64_t> QuantityToU64(const QJsonValue& v);
std::optional<U256> QuantityToU256(const QJsonValue& v);
QString U64ToQuantity(uint64_t v);

}  // namespace ordo::integration
