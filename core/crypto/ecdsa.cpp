#include "ordo/crypto/ecdsa.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>

#include "crypto/secp256k1_context.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/secure.h"
#include "ordo/util/assert.h"

namespace ordo::crypto {

namespace {

constexpr size_t kUncompressedPubkeySize = 65;

// secp256k1 group order n and floor(n / 2), big-endian. Fixed-width big-endian arrays compare
// as the numbers they hold.
constexpr Hash32 kCurveOrder = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
    0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};
constexpr Hash32 kHalfCurveOrder = {
    0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};

const secp256k1_context* Context() { return internal::Secp256k1Context(); }

bool IsZero(const Hash32& word) {
  return std::all_of(word.begin(), word.end(), [](uint8_t b) { return b == 0; });
}

bool IsScalarInRange(const Hash32& word) { return !IsZero(word) && word < kCurveOrder; }

Address AddressOfPublicKey(const secp256k1_pubkey& pub) {
  std::array<uint8_t, kUncompressedPubkeySize> serialized{};
  size_t length = serialized.size();
  ORDO_ASSERT(secp256k1_ec_pubkey_serialize(Context(), serialized.data(), &length, &pub,
                                            SECP256K1_EC_UNCOMPRESSED) == 1);
  ORDO_ASSERT(length == kUncompressedPubkeySize);
  ORDO_ASSERT(serialized[0] == 0x04);
  // The address hashes the 64-byte X || Y, without the 0x04 tag.
  const Hash32 digest = Keccak256(ByteSpan(serialized.data() + 1, serialized.size() - 1));
  Address address{};
  std::copy(digest.end() - static_cast<std::ptrdiff_t>(address.size()), digest.end(), address.begin());
  return address;
}

secp256k1_pubkey PublicKeyOf(const SecretKey& key) {
  std::array<uint8_t, 32> secret = key.ExposeBytes();
  secp256k1_pubkey pub;
  const int created = secp256k1_ec_pubkey_create(Context(), &pub, secret.data());
  SecureZero(secret.data(), secret.size());
  // A SecretKey only holds bytes that passed secp256k1_ec_seckey_verify.
  ORDO_ASSERT(created == 1);
  return pub;
}

}  // namespace

RecoverableSignature EcdsaSignRecoverable(const SecretKey& key, const Hash32& digest) {
  std::array<uint8_t, 32> secret = key.ExposeBytes();
  secp256k1_ecdsa_recoverable_signature sig;
  // Null nonce function = RFC 6979; libsecp256k1 always normalises s to the lower half.
  const int signed_ok =
      secp256k1_ecdsa_sign_recoverable(Context(), &sig, digest.data(), secret.data(), nullptr, nullptr);
  SecureZero(secret.data(), secret.size());
  ORDO_ASSERT(signed_ok == 1);

  std::array<uint8_t, 64> compact{};
  int recovery_id = -1;
  ORDO_ASSERT(secp256k1_ecdsa_recoverable_signature_serialize_compact(Context(), compact.data(),
                                                                      &recovery_id, &sig) == 1);
  // Ids 2 and 3 mean R.x >= n, which happens with probability about 2^-127 and which Ethereum's
  // single parity bit cannot express.
  ORDO_ASSERT(recovery_id == 0 || recovery_id == 1);

  RecoverableSignature out;
  std::copy(compact.begin(), compact.begin() + 32, out.r.begin());
  std::copy(compact.begin() + 32, compact.end(), out.s.begin());
  out.y_parity = static_cast<uint8_t>(recovery_id);

  // A signature corrupted by a fault during signing can reveal the secret key, so it must recover
  // to the signer before it leaves the process. This also confirms s is low.
  const Result<Address> recovered = EcdsaRecoverAddress(digest, out);
  ORDO_ASSERT(recovered.ok());
  ORDO_ASSERT(*recovered == AddressOfPublicKey(PublicKeyOf(key)));
  return out;
}

Result<Address> EcdsaRecoverAddress(const Hash32& digest, const RecoverableSignature& sig) {
  if (sig.y_parity > 1) return Status::InvalidArgument("signature y parity must be 0 or 1");
  if (!IsScalarInRange(sig.r)) return Status::InvalidArgument("signature r is zero or not below the curve order");
  if (!IsScalarInRange(sig.s)) return Status::InvalidArgument("signature s is zero or not below the curve order");
  if (kHalfCurveOrder < sig.s) {
    return Status::InvalidArgument("signature s is above half the curve order (EIP-2 requires low s)");
  }

  std::array<uint8_t, 64> compact{};
  std::copy(sig.r.begin(), sig.r.end(), compact.begin());
  std::copy(sig.s.begin(), sig.s.end(), compact.begin() + 32);
  secp256k1_ecdsa_recoverable_signature parsed;
  if (secp256k1_ecdsa_recoverable_signature_parse_compact(Context(), &parsed, compact.data(), sig.y_parity) != 1) {
    return Status::InvalidArgument("signature values are out of range");
  }
  secp256k1_pubkey pub;
  if (secp256k1_ecdsa_recover(Context(), &pub, &parsed, digest.data()) != 1) {
    return Status::InvalidArgument("signature does not recover a public key");
  }
  return AddressOfPublicKey(pub);
}

Address EthereumAddress(const SecretKey& key) { return AddressOfPublicKey(PublicKeyOf(key)); }

}  // namespace ordo::crypto
