#include "ordo/crypto/schnorr.h"

#include <secp256k1.h>
#include <secp256k1_extrakeys.h>
#include <secp256k1_schnorrsig.h>

#include <algorithm>

#include "crypto/secp256k1_context.h"
#include "ordo/crypto/secure.h"
#include "ordo/util/assert.h"

namespace ordo::crypto {

namespace {

// A valid key is found on the first draw except with probability about 2^-128, so running out of
// attempts means the random source is broken rather than unlucky.
constexpr int kGenerateAttemptsMax = 8;

const secp256k1_context* Context() { return internal::Secp256k1Context(); }

// Zeroes a keypair (which holds the secret scalar) when the signing scope ends, on every path.
class KeypairGuard {
 public:
  explicit KeypairGuard(const std::array<uint8_t, 32>& secret) {
    // A SecretKey only ever holds bytes that passed secp256k1_ec_seckey_verify, so failure here
    // means a moved-from key is being used.
    ORDO_ASSERT(secp256k1_keypair_create(Context(), &m_keypair, secret.data()) == 1);
  }
  ~KeypairGuard() { SecureZero(&m_keypair, sizeof(m_keypair)); }
  KeypairGuard(const KeypairGuard&) = delete;
  KeypairGuard& operator=(const KeypairGuard&) = delete;

  const secp256k1_keypair* Get() const { return &m_keypair; }

 private:
  secp256k1_keypair m_keypair{};
};

}  // namespace

SecretKey::SecretKey(SecretKey&& other) noexcept : m_bytes(other.m_bytes) {
  SecureZero(other.m_bytes.data(), other.m_bytes.size());
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    m_bytes = other.m_bytes;
    SecureZero(other.m_bytes.data(), other.m_bytes.size());
  }
  return *this;
}

SecretKey::~SecretKey() { SecureZero(m_bytes.data(), m_bytes.size()); }

Result<SecretKey> SecretKey::Generate() {
  SecretKey key;
  for (int attempt = 0; attempt < kGenerateAttemptsMax; ++attempt) {
    const Status status = RandomBytes(key.m_bytes);
    if (!status.ok()) return status;
    if (secp256k1_ec_seckey_verify(Context(), key.m_bytes.data()) == 1) return key;
  }
  return Status::Unavailable("system randomness produced no valid secp256k1 secret key");
}

Result<SecretKey> SecretKey::FromBytes(ByteSpan bytes32) {
  if (bytes32.size() != 32) return Status::InvalidArgument("secret key must be 32 bytes");
  SecretKey key;
  std::copy(bytes32.begin(), bytes32.end(), key.m_bytes.begin());
  if (secp256k1_ec_seckey_verify(Context(), key.m_bytes.data()) != 1) {
    return Status::InvalidArgument("secret key is zero or not below the secp256k1 curve order");
  }
  return key;
}

XOnlyPublicKey SecretKey::PublicKey() const {
  const KeypairGuard keypair(m_bytes);
  secp256k1_xonly_pubkey xonly;
  ORDO_ASSERT(secp256k1_keypair_xonly_pub(Context(), &xonly, nullptr, keypair.Get()) == 1);
  XOnlyPublicKey out{};
  ORDO_ASSERT(secp256k1_xonly_pubkey_serialize(Context(), out.data(), &xonly) == 1);
  return out;
}

SchnorrSignature SchnorrSign(const SecretKey& key, ByteSpan msg, const std::array<uint8_t, 32>& aux32) {
  std::array<uint8_t, 32> secret = key.ExposeBytes();
  const KeypairGuard keypair(secret);
  SecureZero(secret.data(), secret.size());

  // extraparams wants a mutable pointer although the BIP-340 nonce function only reads it; a local
  // copy keeps the caller's array untouched without a const_cast on it.
  std::array<uint8_t, 32> aux = aux32;
  secp256k1_schnorrsig_extraparams params = SECP256K1_SCHNORRSIG_EXTRAPARAMS_INIT;
  params.ndata = aux.data();

  SchnorrSignature sig{};
  ORDO_ASSERT(secp256k1_schnorrsig_sign_custom(Context(), sig.data(), msg.data(), msg.size(),
                                               keypair.Get(), &params) == 1);

  // libsecp256k1 leaves BIP-340's final self-check to the caller. A signature corrupted by a fault
  // during signing can reveal the secret key, so it must never leave the process.
  secp256k1_xonly_pubkey xonly;
  ORDO_ASSERT(secp256k1_keypair_xonly_pub(Context(), &xonly, nullptr, keypair.Get()) == 1);
  ORDO_ASSERT(secp256k1_schnorrsig_verify(Context(), sig.data(), msg.data(), msg.size(), &xonly) == 1);
  return sig;
}

SchnorrSignature SchnorrSign(const SecretKey& key, ByteSpan msg) {
  // BIP-340 "Default Signing": all-zero aux is still a secure, deterministic signature; fresh aux
  // only adds protection against side channels. So a randomness failure degrades to that instead
  // of taking the validator down mid-round.
  std::array<uint8_t, 32> aux{};
  if (!RandomBytes(aux).ok()) aux.fill(0);
  return SchnorrSign(key, msg, aux);
}

bool SchnorrVerify(const XOnlyPublicKey& pub, ByteSpan msg, const SchnorrSignature& sig) {
  secp256k1_xonly_pubkey xonly;
  // Parsing fails for x >= p and for x with no point on the curve; both are a bad key, not a bug.
  if (secp256k1_xonly_pubkey_parse(Context(), &xonly, pub.data()) != 1) return false;
  return secp256k1_schnorrsig_verify(Context(), sig.data(), msg.data(), msg.size(), &xonly) == 1;
}

}  // namespace ordo::crypto
