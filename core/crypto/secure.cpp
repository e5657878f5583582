#include "ordo/crypto/secure.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <climits>

namespace ordo::crypto {

void SecureZero(void* data, size_t size) {
  if (size > 0) OPENSSL_cleanse(data, size);
}

Status RandomBytes(std::span<uint8_t> out) {
  size_t done = 0;
  while (done < out.size()) {
    const size_t chunk = std::min<size_t>(out.size() - done, INT_MAX);
    if (RAND_bytes(out.data() + done, static_cast<int>(chunk)) != 1) {
      return Status::Unavailable("OpenSSL RAND_bytes failed: no system randomness");
    }
    done += chunk;
  }
  return Status::Ok();
}

}  // namespace ordo::crypto
