#include "net/tls.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <array>
#include <string_view>

#include "ordo/crypto/secure.h"

namespace ordo::net::internal {

namespace {

constexpr std::string_view kExporterLabel = "EXPORTER-ordo-p2p";
constexpr std::string_view kCertificateName = "ordo-node";
// Nobody checks the validity period (verification is off), but a certificate must have one; a
// clock skewed backwards should still not make it "not yet valid" for a curious tool.
constexpr long kValidityBackdateSeconds = 24L * 3600;
constexpr long kValiditySeconds = 10L * 365 * 24 * 3600;

struct EvpPkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct X509Free {
  void operator()(X509* p) const { X509_free(p); }
};
struct BignumFree {
  void operator()(BIGNUM* p) const { BN_free(p); }
};

Status SetRandomSerial(X509* cert) {
  std::array<uint8_t, 16> serial{};
  if (Status s = crypto::RandomBytes(serial); !s.ok()) return s;
  serial[0] &= 0x7F;  // RFC 5280: serial numbers are positive
  std::unique_ptr<BIGNUM, BignumFree> bn(BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr));
  if (!bn || BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) == nullptr) {
    return Status::IoError("tls: cannot set certificate serial");
  }
  return Status::Ok();
}

Result<std::unique_ptr<X509, X509Free>> MakeSelfSignedCertificate(EVP_PKEY* key) {
  std::unique_ptr<X509, X509Free> cert(X509_new());
  if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1) {
    return Status::IoError("tls: cannot create certificate");
  }
  if (Status s = SetRandomSerial(cert.get()); !s.ok()) return s;
  X509_NAME* name = X509_get_subject_name(cert.get());
  const bool ok =
      X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kValidityBackdateSeconds) != nullptr &&
      X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValiditySeconds) != nullptr &&
      X509_set_pubkey(cert.get(), key) == 1 &&
      X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                 reinterpret_cast<const unsigned char*>(kCertificateName.data()),
                                 static_cast<int>(kCertificateName.size()), -1, 0) == 1 &&
      X509_set_issuer_name(cert.get(), name) == 1 &&
      X509_sign(cert.get(), key, nullptr) > 0;  // Ed25519 takes no separate digest
  if (!ok) return Status::IoError("tls: cannot build self-signed certificate");
  return cert;
}

}  // namespace

Result<std::shared_ptr<boost::asio::ssl::context>> MakeTlsContext() {
  std::unique_ptr<EVP_PKEY, EvpPkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
  if (!key) return Status::IoError("tls: Ed25519 key generation failed");
  auto cert = MakeSelfSignedCertificate(key.get());
  if (!cert.ok()) return cert.status();

  auto context = std::make_shared<boost::asio::ssl::context>(boost::asio::ssl::context::tls);
  SSL_CTX* native = context->native_handle();
  const bool ok = SSL_CTX_set_min_proto_version(native, TLS1_3_VERSION) == 1 &&
                  SSL_CTX_set_max_proto_version(native, TLS1_3_VERSION) == 1 &&
                  SSL_CTX_use_certificate(native, cert->get()) == 1 &&
                  SSL_CTX_use_PrivateKey(native, key.get()) == 1 &&
                  SSL_CTX_check_private_key(native) == 1 &&
                  // Sessions are never resumed (every connection proves its key afresh), so
                  // tickets would only be bytes on the wire.
                  SSL_CTX_set_num_tickets(native, 0) == 1;
  if (!ok) return Status::IoError("tls: cannot configure TLS 1.3 context");
  SSL_CTX_set_verify(native, SSL_VERIFY_NONE, nullptr);
  return context;
}

std::optional<Hash32> ExportHelloBinding(SSL* ssl) {
  Hash32 out{};
  if (SSL_export_keying_material(ssl, out.data(), out.size(), kExporterLabel.data(), kExporterLabel.size(), nullptr,
                                 0, 0) != 1) {
    return std::nullopt;
  }
  return out;
}

}  // namespace ordo::net::internal
