#include "ordo/crypto/sha256.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "ordo/util/assert.h"

namespace ordo::crypto {

Hash32 Sha256(ByteSpan data) {
  Hash32 out{};
  ORDO_ASSERT(SHA256(data.data(), data.size(), out.data()) != nullptr);
  return out;
}

Hash32 TaggedHash(std::string_view tag, ByteSpan data) {
  const Hash32 tag_hash = Sha256(AsBytes(tag));
  Sha256Hasher h;
  h.Update(tag_hash);
  h.Update(tag_hash);
  h.Update(data);
  return h.Finish();
}

Sha256Hasher::Sha256Hasher() : m_ctx(EVP_MD_CTX_new()) {
  ORDO_ASSERT(m_ctx != nullptr);
  ORDO_ASSERT(EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_ctx), EVP_sha256(), nullptr) == 1);
}

Sha256Hasher::~Sha256Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_ctx)); }

void Sha256Hasher::Update(ByteSpan data) {
  ORDO_ASSERT(EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_ctx), data.data(), data.size()) == 1);
}

Hash32 Sha256Hasher::Finish() {
  Hash32 out{};
  unsigned int len = 0;
  auto* ctx = static_cast<EVP_MD_CTX*>(m_ctx);
  ORDO_ASSERT(EVP_DigestFinal_ex(ctx, out.data(), &len) == 1);
  ORDO_ASSERT(len == out.size());
  ORDO_ASSERT(EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1);
  return out;
}

}  // namespace ordo::crypto
