#pragma once
// secp256k1 ECDSA with public-key recovery (libsecp256k1 recovery module), as Ethereum
// transactions use it. Thread-safe.

#include <array>

#include "ordo/crypto/schnorr.h"
#include "ordo/util/primitives.h"
#include "ordo/util/status.h"

namespace ordo::crypto {

struct RecoverableSignature {
  Hash32 r{};
  Hash32 s{};
  uint8_t y_parity = 0;  // 0 or 1
};

// Signs a 32-byte digest (RFC 6979 nonces, low-s). For wallets, tests and benchmarks.
RecoverableSignature EcdsaSignRecoverable(const SecretKey& key, const Hash32& digest);

// Recovers the signer's address (keccak256(uncompressed pubkey)[12:]). InvalidArgument for
// r or s zero or >= n, s > n/2 (EIP-2 high-s), y_parity > 1, or a signature that recovers no key.
Result<Address> EcdsaRecoverAddress(const Hash32& digest, const RecoverableSignature& sig);

// The Ethereum address of a secret key.
Address EthereumAddress(const SecretKey& key);

}  // namespace ordo::crypto
