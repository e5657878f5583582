#pragma once
// The Hello frame: the first WebSocket message each side sends, proving that the sender holds the
// node key for THIS TLS session.
//
// Wire format (codec conventions: big-endian integers, varint length prefixes):
//   "ORDO" (4 bytes) | protocol_version u32 | chain_id (varint len + bytes, <= kChainIdBytesMax)
//   | node_key (32) | moniker (varint len + bytes, <= kMonikerBytesMax) | listen_port u16
//   | signature (64)
// signature = BIP-340 over SHA-256("ordo/p2p-hello/v1" || exporter || chain_id || node_key), with
// exporter the connection's TLS exporter value. The pieces are concatenated without lengths: the
// tag, exporter and key have fixed sizes, so the chain id is determined by the total length.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ordo/crypto/schnorr.h"
#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::net::internal {

inline constexpr std::array<uint8_t, 4> kHelloMagic = {'O', 'R', 'D', 'O'};
inline constexpr size_t kChainIdBytesMax = 128;
inline constexpr size_t kMonikerBytesMax = 64;
// Bounds the read before the peer is authenticated; a full Hello is at most about 300 bytes.
inline constexpr size_t kHelloBytesMax = 512;

struct Hello {
  uint32_t protocol_version = 0;
  std::string chain_id;
  crypto::XOnlyPublicKey node_key{};
  std::string moniker;
  uint16_t listen_port = 0;
  crypto::SchnorrSignature signature{};
};

Bytes EncodeHello(const Hello& hello);
// Corruption on a wrong magic, an over-long field, truncation or trailing bytes. Says nothing
// about the signature.
Result<Hello> DecodeHello(ByteSpan frame);

// The digest the signature covers.
Hash32 HelloDigest(const Hash32& exporter, std::string_view chain_id, const crypto::XOnlyPublicKey& node_key);

// Fills in node_key and signature for this session.
void SignHello(Hello* hello, const crypto::SecretKey& key, const Hash32& exporter);
bool HelloSignatureValid(const Hello& hello, const Hash32& exporter);

}  // namespace ordo::net::internal
