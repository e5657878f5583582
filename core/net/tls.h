#pragma once
// The TLS layer of a peer connection: one ephemeral self-signed certificate per process and the
// exporter value that binds a node-key proof to one TLS session.

#include <memory>
#include <optional>

#include <openssl/ssl.h>

#include <boost/asio/ssl/context.hpp>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::net::internal {

// A TLS 1.3-only context usable for both accepting and dialling, with a fresh Ed25519 key and a
// self-signed certificate. Certificates are not verified: a certificate proves nothing about a
// node, the signed Hello over the exporter value does. IoError when OpenSSL fails.
Result<std::shared_ptr<boost::asio::ssl::context>> MakeTlsContext();

// The 32-byte RFC 8446 exporter value (label "EXPORTER-ordo-p2p", no context) of a completed
// handshake; both ends of one session derive the same value, any other session a different one.
// nullopt when the handshake has not completed.
std::optional<Hash32> ExportHelloBinding(SSL* ssl);

}  // namespace ordo::net::internal
