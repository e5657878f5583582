#include "net/hello.h"

#include <algorithm>

#include "ordo/codec/codec.h"
#include "ordo/crypto/sha256.h"

namespace ordo::net::internal {

namespace {
constexpr std::string_view kHelloTag = "ordo/p2p-hello/v1";
}  // namespace

Bytes EncodeHello(const Hello& hello) {
  codec::Writer w;
  w.PutFixed(kHelloMagic);
  w.PutU32(hello.protocol_version);
  w.PutString(hello.chain_id);
  w.PutFixed(hello.node_key);
  w.PutString(hello.moniker);
  w.PutU16(hello.listen_port);
  w.PutFixed(hello.signature);
  return w.Take();
}

Result<Hello> DecodeHello(ByteSpan frame) {
  codec::Reader r(frame);
  std::array<uint8_t, kHelloMagic.size()> magic{};
  if (Status s = r.ReadFixed(magic); !s.ok()) return s;
  if (magic != kHelloMagic) return Status::Corruption("hello: bad magic");
  Hello hello;
  Status s = r.ReadU32(&hello.protocol_version);
  if (s.ok()) s = r.ReadString(&hello.chain_id, kChainIdBytesMax);
  if (s.ok()) s = r.ReadFixed(hello.node_key);
  if (s.ok()) s = r.ReadString(&hello.moniker, kMonikerBytesMax);
  if (s.ok()) s = r.ReadU16(&hello.listen_port);
  if (s.ok()) s = r.ReadFixed(hello.signature);
  if (s.ok()) s = r.Finish();
  if (!s.ok()) return Status::Corruption("hello: " + s.message());
  return hello;
}

Hash32 HelloDigest(const Hash32& exporter, std::string_view chain_id, const crypto::XOnlyPublicKey& node_key) {
  crypto::Sha256Hasher hasher;
  hasher.Update(AsBytes(kHelloTag));
  hasher.Update(exporter);
  hasher.Update(AsBytes(chain_id));
  hasher.Update(node_key);
  return hasher.Finish();
}

void SignHello(Hello* hello, const crypto::SecretKey& key, const Hash32& exporter) {
  hello->node_key = key.PublicKey();
  hello->signature = crypto::SchnorrSign(key, HelloDigest(exporter, hello->chain_id, hello->node_key));
}

bool HelloSignatureValid(const Hello& hello, const Hash32& exporter) {
  return crypto::SchnorrVerify(hello.node_key, HelloDigest(exporter, hello.chain_id, hello.node_key),
                               hello.signature);
}

}  // namespace ordo::net::internal
