#include "ordo/crypto/sha256.h"

#include <openssl/evp.h>

#include "ordo/util/assert.h"

namespace ordo::crypto {

namespace {

// OpenSSL 3 looks a digest up by name (a locked provider query) whenever it is given
// EVP_sha256() or called through SHA256(); on Merkle roots of thousands of leaves that lookup
// cost more than the hashing. Fetched once and kept for the life of the process.
const EVP_MD* Sha256Md() {
  static const EVP_MD* const md = [] {
    EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ORDO_ASSERT(fetched != nullptr);
    return fetched;
  }();
  return md;
}

}  // namespace

Hash32 Sha256(ByteSpan data) {
  Hash32 out{};
  unsigned int len = 0;
  ORDO_ASSERT(EVP_Digest(data.data(), data.size(), out.data(), &len, Sha256Md(), nullptr) == 1);
  ORDO_ASSERT(len == out.size());
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
  ORDO_ASSERT(EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_ctx), Sha256Md(), nullptr) == 1);
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
  ORDO_ASSERT(EVP_DigestInit_ex(ctx, Sha256Md(), nullptr) == 1);
  return out;
}

}  // namespace ordo::crypto
