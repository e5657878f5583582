#include "rpc_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QFile>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace ordo::integration {

QString RpcReply::Describe() const {
  if (!transport_error.isEmpty()) return "transport: " + transport_error;
  if (error_code) return QString("RPC error %1: %2").arg(*error_code).arg(error_message);
  return QString("HTTP %1: %2").arg(http_status).arg(QString::fromUtf8(body.left(300)));
}

RpcClient::RpcClient(quint16 port)
    : m_port(port),
      m_url(QString("http://127.0.0.1:%1/").arg(port)),
      m_nam(std::make_unique<QNetworkAccessManager>()) {}

RpcReply RpcClient::Call(const QString& method, const QJsonArray& params, int timeout_ms) {
  QJsonObject request{{"jsonrpc", "2.0"}, {"id", m_next_id++}, {"method", method}, {"params", params}};
  return Post(QJsonDocument(request).toJson(QJsonDocument::Compact), timeout_ms);
}

RpcReply RpcClient::Post(const QByteArray& body, int timeout_ms) {
  QNetworkRequest request(m_url);
  request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
  if (!m_cookie_file.isEmpty()) {
    QFile cookie(m_cookie_file);
    if (cookie.open(QIODevice::ReadOnly)) request.setRawHeader("Authorization", "Bearer " + cookie.readLine().trimmed());
  }
  request.setTransferTimeout(timeout_ms);
  QNetworkReply* reply = m_nam->post(request, body);
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  if (!reply->isFinished()) loop.exec();
  RpcReply out;
  const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
  out.body = reply->readAll();
  if (!status.isValid()) {
    out.transport_error = reply->errorString();
  } else {
    out.http_status = status.toInt();
  }
  reply->deleteLater();
  QJsonParseError parse_error{};
  const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parse_error);
  if (parse_error.error == QJsonParseError::NoError && doc.isObject()) {
    const QJsonObject o = doc.object();
    out.parsed = o.value("jsonrpc") == "2.0" && (o.contains("result") || o.contains("error"));
    out.result = o.value("result");
    if (o.contains("error")) {
      const QJsonObject e = o.value("error").toObject();
      out.error_code = e.value("code").toInt();
      out.error_message = e.value("message").toString();
    }
  }
  return out;
}

std::optional<uint64_t> RpcClient::BlockNumber() {
  const RpcReply r = Call("eth_blockNumber");
  return r.ok() ? QuantityToU64(r.result) : std::nullopt;
}

std::optional<U256> RpcClient::Balance(const QString& address) {
  const RpcReply r = Call("eth_getBalance", {address, "latest"});
  return r.ok() ? QuantityToU256(r.result) : std::nullopt;
}

std::optional<uint64_t> RpcClient::Nonce(const QString& address, const QString& tag) {
  const RpcReply r = Call("eth_getTransactionCount", {address, tag});
  return r.ok() ? QuantityToU64(r.result) : std::nullopt;
}

int RawHttpPostStatus(quint16 port, const QByteArray& body, int timeout_ms, QByteArray* response,
                      const QByteArray& extra_headers, const QByteArray& host) {
  QTcpSocket socket;
  socket.connectToHost("127.0.0.1", port);
  QDeadlineTimer deadline(timeout_ms);
  if (!socket.waitForConnected(timeout_ms)) return 0;
  const QByteArray head = "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n" + extra_headers + "Connection: close\r\n\r\n";
  socket.write(head);
  constexpr qsizetype chunk_bytes = 64 * 1024;
  qsizetype sent = 0;
  response->clear();
  // Write in chunks while the server has said nothing; stop writing as soon as it answers.
  while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
    if (sent < body.size() && socket.bytesToWrite() < chunk_bytes) {
      socket.write(body.constData() + sent, std::min(chunk_bytes, body.size() - sent));
      sent += std::min(chunk_bytes, body.size() - sent);
    }
    socket.waitForBytesWritten(10);
    if (socket.waitForReadyRead(10)) {
      response->append(socket.readAll());
      if (response->contains("\r\n\r\n")) break;  // the status line and headers are in
    }
  }
  response->append(socket.readAll());
  // Read the rest of a short body the server may still send.
  while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(100)) {
    response->append(socket.readAll());
  }
  if (!response->startsWith("HTTP/1.")) return 0;
  const qsizetype sp = response->indexOf(' ');
  return response->mid(sp + 1, 3).toInt();
}

std::optional<uint64_t> QuantityToU64(const QJsonValue& v) {
  auto u = QuantityToU256(v);
  if (!u || *u > U256(UINT64_MAX)) return std::nullopt;
  return static_cast<uint64_t>(*u);
}

std::optional<U256> QuantityToU256(const QJsonValue& v) {
  if (!v.isString()) return std::nullopt;
  const std::string s = v.toString().toStdString();
  return U256FromQuantity(s);
}

QString U64ToQuantity(uint64_t v) { return "0x" + QString::number(v, 16); }

}  // namespace ordo::integration
