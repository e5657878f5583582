#include "crypto/secp256k1_context.h"

#include <array>
#include <cstdint>

#include "ordo/crypto/secure.h"
#include "ordo/util/assert.h"

namespace ordo::crypto::internal {

namespace {

secp256k1_context* CreateRandomisedContext() {
  secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  ORDO_ASSERT(ctx != nullptr);
  // Randomisation blinds the secret-scalar multiplications against side channels. Without system
  // randomness the node cannot create keys or aux data either, so failing here stops it at
  // start-up rather than running unprotected.
  std::array<uint8_t, 32> seed{};
  const Status seed_status = RandomBytes(seed);
  ORDO_ASSERT(seed_status.ok());
  ORDO_ASSERT(secp256k1_context_randomize(ctx, seed.data()) == 1);
  SecureZero(seed.data(), seed.size());
  return ctx;
}

}  // namespace

// Deliberately never destroyed so that signing from other static destructors at exit cannot touch
// a freed context.
const secp256k1_context* Secp256k1Context() {
  static const secp256k1_context* const ctx = CreateRandomisedContext();
  return ctx;
}

}  // namespace ordo::crypto::internal
