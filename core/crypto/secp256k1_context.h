#pragma once
// The one libsecp256k1 context shared by the Schnorr and ECDSA code (internal to ordo_core).

#include <secp256k1.h>

namespace ordo::crypto::internal {

// A randomised context, created on first use and never destroyed. After randomisation it is only
// read, which libsecp256k1 allows from any number of threads. Aborts at start-up when the system
// has no randomness to blind it with.
const secp256k1_context* Secp256k1Context();

}  // namespace ordo::crypto::internal
