#pragma once
// BIP-340 Schnorr signatures over secp256k1 (libsecp256k1 schnorrsig + extrakeys), used for
// validator votes and proposals and for node identity.
//
// Thread safety: all functions may be called concurrently; they share one randomised, read-only
// libsecp256k1 context.

#include <array>
#include <cstdint>

#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::crypto {

using XOnlyPublicKey = std::array<uint8_t, 32>;  // BIP-340 x-only public key
using SchnorrSignature = std::array<uint8_t, 64>;

// A 32-byte secp256k1 secret key. Zeroed on destruction and on move-from; never printed.
class SecretKey {
 public:
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  ~SecretKey();

  // Fresh key from OS randomness.
  static Result<SecretKey> Generate();
  // InvalidArgument when the bytes are zero or not below the curve order.
  static Result<SecretKey> FromBytes(ByteSpan bytes32);

  XOnlyPublicKey PublicKey() const;
  // Copy of the raw bytes, for encrypted storage only. The caller zeroes it.
  std::array<uint8_t, 32> ExposeBytes() const { return m_bytes; }

 private:
  SecretKey() = default;
  std::array<uint8_t, 32> m_bytes{};
};

// Signs msg (any length, BIP-340 variable-length messages) with auxiliary randomness aux32.
SchnorrSignature SchnorrSign(const SecretKey& key, ByteSpan msg, const std::array<uint8_t, 32>& aux32);
// As above with fresh OS randomness for aux.
SchnorrSignature SchnorrSign(const SecretKey& key, ByteSpan msg);

// True when sig is a valid BIP-340 signature of msg under pub. False for a public key that is not
// on the curve, and for any malformed input.
bool SchnorrVerify(const XOnlyPublicKey& pub, ByteSpan msg, const SchnorrSignature& sig);

}  // namespace ordo::crypto
