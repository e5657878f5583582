#pragma once
// SHA-256 (OpenSSL) and BIP-340 style tagged hashes.

#include <string_view>

#include "ordo/util/bytes.h"

namespace ordo::crypto {

Hash32 Sha256(ByteSpan data);

// SHA256(SHA256(tag) || SHA256(tag) || data), as BIP-340 defines tagged hashes.
Hash32 TaggedHash(std::string_view tag, ByteSpan data);

// Incremental SHA-256. Not thread-safe; one instance per thread.
class Sha256Hasher {
 public:
  Sha256Hasher();
  ~Sha256Hasher();
  Sha256Hasher(const Sha256Hasher&) = delete;
  Sha256Hasher& operator=(const Sha256Hasher&) = delete;
  void Update(ByteSpan data);
  Hash32 Finish();  // the hasher is reset afterwards

 private:
  void* m_ctx;  // EVP_MD_CTX*
};

}  // namespace ordo::crypto
