#include "ordo/crypto/keccak.h"

#include <cryptopp/keccak.h>

namespace ordo::crypto {

// Crypto++'s Keccak_256 is the original submission padding (0x01) that Ethereum uses, not the
// FIPS 202 SHA3-256 padding (0x06); the known-answer tests pin the difference.
Hash32 Keccak256(ByteSpan data) {
  CryptoPP::Keccak_256 hasher;
  static_assert(CryptoPP::Keccak_256::DIGESTSIZE == sizeof(Hash32));
  hasher.Update(data.data(), data.size());
  Hash32 out{};
  hasher.Final(out.data());
  return out;
}

}  // namespace ordo::crypto
