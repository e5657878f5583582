#include "node/block_store.h"

#include <algorithm>

#include "ordo/chain/block_encoding.h"
#include "ordo/codec/codec.h"
#include "ordo/consensus/encoding.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/sha256.h"
#include "ordo/storage/key_value_store.h"

namespace ordo::node {

namespace {

using storage::Column;

Bytes HeightKey(uint64_t h) {
  Bytes k(8);
  for (int i = 0; i < 8; ++i) k[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
  return k;
}

Bytes MetaKey(const std::string& name) { return Bytes(name.begin(), name.end()); }
Bytes MetaKey(const std::string& name, uint64_t h) {
  Bytes k = MetaKey(name);
  Bytes hk = HeightKey(h);
  k.insert(k.end(), hk.begin(), hk.end());
  return k;
}

Bytes LeafKey(uint16_t leaf) { return Bytes{static_cast<uint8_t>(leaf >> 8), static_cast<uint8_t>(leaf)}; }

// Per-block facts the RPC serves that the block itself does not carry.
struct BlockMeta {
  uint64_t gas_used = 0;
  U256 base_fee = 0;
  int32_t round = 0;
};

Bytes EncodeBlockMeta(const BlockMeta& m) {
  codec::Writer w;
  w.PutU64(m.gas_used);
  w.PutFixed(U256ToWord(m.base_fee));
  w.PutI32(m.round);
  return w.Take();
}

std::optional<BlockMeta> DecodeBlockMeta(ByteSpan b) {
  codec::Reader r(b);
  BlockMeta m;
  Hash32 fee{};
  if (!r.ReadU64(&m.gas_used).ok() || !r.ReadFixed(fee).ok() || !r.ReadI32(&m.round).ok() || !r.Finish().ok()) {
    return std::nullopt;
  }
  m.base_fee = *U256FromBytes(fee);
  return m;
}

Bytes EncodeValidatorSet(const consensus::ValidatorSet& set) {
  codec::Writer w;
  w.PutVarint(set.size());
  for (const consensus::Validator& v : set.validators()) {
    w.PutFixed(v.public_key);
    w.PutU64(v.power);
    w.PutI64(v.proposer_priority);
  }
  w.PutU32(set.round0_proposer());
  return w.Take();
}

Result<consensus::ValidatorSet> DecodeValidatorSet(ByteSpan b) {
  codec::Reader r(b);
  uint64_t n = 0;
  if (Status s = r.ReadVarint(&n); !s.ok()) return s;
  if (n == 0 || n > consensus::validators_max) return Status::Corruption("validator set: bad size");
  std::vector<consensus::Validator> vals(n);
  for (consensus::Validator& v : vals) {
    if (Status s = r.ReadFixed(v.public_key); !s.ok()) return s;
    if (Status s = r.ReadU64(&v.power); !s.ok()) return s;
    if (Status s = r.ReadI64(&v.proposer_priority); !s.ok()) return s;
  }
  uint32_t proposer = 0;
  if (Status s = r.ReadU32(&proposer); !s.ok()) return s;
  if (Status s = r.Finish(); !s.ok()) return s;
  return consensus::ValidatorSet::Restore(std::move(vals), proposer);
}

void PutLeaf(storage::WriteBatch& b, const chain::State& s, uint16_t leaf) {
  if (auto record = s.SerializeLeaf(leaf)) b.Put(Column::State, LeafKey(leaf), *record);
  else b.Delete(Column::State, LeafKey(leaf));
}

void PutAllLeaves(storage::WriteBatch& b, const chain::State& s) {
  for (size_t leaf = 0; leaf < chain::State::leaf_count; ++leaf) {
    if (auto record = s.SerializeLeaf(static_cast<uint16_t>(leaf))) {
      b.Put(Column::State, LeafKey(static_cast<uint16_t>(leaf)), *record);
    }
  }
}

std::optional<Hash32> AsHash(const Result<std::optional<Bytes>>& r) {
  if (!r.ok() || !r.value() || r.value()->size() != 32) return std::nullopt;
  Hash32 h{};
  std::copy(r.value()->begin(), r.value()->end(), h.begin());
  return h;
}

}  // namespace

Result<ChainTip> BlockStore::Restore(const chain::Genesis& genesis, bool* converted_v1) {
  *converted_v1 = false;
  auto head = m_kv.Get(Column::Meta, MetaKey("head"));
  if (!head.ok()) return head.status();
  auto genesis_state = chain::State::FromGenesis(genesis);
  if (!genesis_state.ok()) return genesis_state.status();
  const Hash32 genesis_hash = chain::GenesisHash(genesis);
  ChainTip tip;
  if (!head.value()) {
    tip.state = std::move(genesis_state).value();
    tip.last_block_time_ms = genesis.genesis_time_ms;
    tip.last_block_hash = genesis_hash;
    tip.last_validators = tip.state.validators();
    storage::WriteBatch b;
    b.Put(Column::Meta, MetaKey("genesis"), genesis_hash);
    // The genesis accounts, leaf by leaf: each commit then writes only the leaves it touches.
    PutAllLeaves(b, tip.state);
    if (Status s = m_kv.Write(b, true); !s.ok()) return s;
    return tip;
  }
  auto stored_genesis = m_kv.Get(Column::Meta, MetaKey("genesis"));
  if (!stored_genesis.ok()) return stored_genesis.status();
  if (!stored_genesis.value() || Bytes(genesis_hash.begin(), genesis_hash.end()) != **stored_genesis) {
    return Status::Conflict("the database belongs to another genesis; refusing to start");
  }
  auto st = m_kv.Get(Column::Meta, MetaKey("state"));
  if (!st.ok() || !st.value()) return Status::Corruption("database has a head but no state");
  if (chain::State::IsV1Record(**st)) {
    // Written before the per-leaf layout: read the whole-state record, rewrite it as leaves.
    auto v1 = chain::State::DeserializeV1(**st);
    if (!v1.ok()) return v1.status();
    tip.state = std::move(v1).value();
    storage::WriteBatch b;
    PutAllLeaves(b, tip.state);
    b.Put(Column::Meta, MetaKey("state"), tip.state.SerializeHeader());
    if (Status s = m_kv.Write(b, true); !s.ok()) return s;
    *converted_v1 = true;
  } else {
    std::vector<std::pair<uint16_t, Bytes>> leaves;
    Status bad = Status::Ok();
    Status it = m_kv.ForEach(Column::State, [&](ByteSpan key, ByteSpan value) {
      if (key.size() != 2) {
        bad = Status::Corruption("state: a leaf key of " + std::to_string(key.size()) + " bytes");
        return false;
      }
      leaves.emplace_back(static_cast<uint16_t>(key[0] << 8 | key[1]), Bytes(value.begin(), value.end()));
      return true;
    });
    if (!it.ok()) return it;
    if (!bad.ok()) return bad;
    auto restored = chain::State::Restore(**st, leaves);
    if (!restored.ok()) return restored.status();
    tip.state = std::move(restored).value();
  }
  const uint64_t h = tip.state.height();
  const auto hash = AsHash(m_kv.Get(Column::BlockIndex, HeightKey(h)));
  if (!hash) return Status::Corruption("missing head block index");
  tip.last_block_hash = *hash;
  auto block = m_kv.Get(Column::Blocks, *hash);
  if (!block.ok() || !block.value()) return Status::Corruption("missing head block");
  auto decoded = codec::Decode<chain::Block>(**block);
  if (!decoded.ok()) return decoded.status();
  tip.last_block_time_ms = decoded->header.time_ms;
  auto cert = Certificate(h);
  if (!cert) return Status::Corruption("missing commit certificate of the head block");
  tip.last_commit = *cert;
  // Databases written before "valset/" was kept: the set never changed then, so the state's is it.
  tip.last_validators = tip.state.validators();
  auto valset = m_kv.Get(Column::Meta, MetaKey("valset/", h));
  if (!valset.ok()) return valset.status();
  if (valset.value()) {
    auto set = DecodeValidatorSet(**valset);
    if (!set.ok()) return Status::Corruption("validator set of the head block: " + set.status().message());
    tip.last_validators = std::move(set).value();
  }
  return tip;
}

Status BlockStore::Commit(const CommittedBlock& c) {
  const chain::Block& block = *c.block;
  const chain::BlockExecution& exec = *c.exec;
  const uint64_t height = block.header.height;
  storage::WriteBatch batch;
  const Bytes hash(c.hash.begin(), c.hash.end());
  batch.Put(Column::Blocks, hash, codec::Encode(block));
  batch.Put(Column::BlockIndex, HeightKey(height), hash);
  for (size_t i = 0; i < exec.txs.size(); ++i) {
    codec::Writer loc;
    loc.PutU64(height);
    loc.PutU32(static_cast<uint32_t>(i));
    batch.Put(Column::TxIndex, exec.txs[i]->hash, loc.bytes());
  }
  // One record per block (earlier versions wrote one per transaction, under its hash: still read).
  batch.Put(Column::Receipts, hash, chain::EncodeBlockReceipts(exec.receipts));
  for (const consensus::Evidence& e : block.evidence) {
    const Bytes enc = codec::Encode(e);
    batch.Put(Column::Evidence, crypto::Sha256(enc), enc);
  }
  batch.Put(Column::Meta, MetaKey("commit/", height), codec::Encode(c.certificate));
  batch.Put(Column::Meta, MetaKey("blockmeta/", height), EncodeBlockMeta(BlockMeta{exec.gas_used, exec.base_fee, c.round}));
  batch.Put(Column::Meta, MetaKey("valset/", height), EncodeValidatorSet(*c.validators));
  batch.Put(Column::Meta, MetaKey("state"), c.post->SerializeHeader());
  // Only the leaves this block changed.
  std::vector<uint16_t> touched;
  touched.reserve(exec.changes.size());
  for (const auto& [addr, acc] : exec.changes) touched.push_back(chain::State::LeafOf(addr));
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());  // changes are in address order
  for (uint16_t leaf : touched) PutLeaf(batch, *c.post, leaf);
  batch.Put(Column::Meta, MetaKey("head"), HeightKey(height));
  return m_kv.Write(batch, true);
}

std::optional<BlockInfo> BlockStore::ByHash(const Hash32& hash, uint64_t visible_height) const {
  auto raw = m_kv.Get(Column::Blocks, hash);
  if (!raw.ok() || !raw.value()) return std::nullopt;
  auto block = codec::Decode<chain::Block>(**raw);
  if (!block.ok() || block->header.height > visible_height) return std::nullopt;
  BlockInfo info;
  info.block = std::move(block).value();
  info.hash = hash;
  auto meta = m_kv.Get(Column::Meta, MetaKey("blockmeta/", info.block.header.height));
  if (meta.ok() && meta.value()) {
    if (auto m = DecodeBlockMeta(**meta)) {
      info.gas_used = m->gas_used;
      info.base_fee = m->base_fee;
      info.round = m->round;
    }
  }
  auto receipts = m_kv.Get(Column::Receipts, hash);
  if (receipts.ok() && receipts.value()) {
    auto decoded = chain::DecodeBlockReceipts(**receipts);
    if (decoded.ok() && decoded->size() == info.block.txs.size()) info.receipts = std::move(decoded).value();
    return info;
  }
  // Written by a version that stored one record per transaction.
  for (const Bytes& raw_tx : info.block.txs) {
    auto r = m_kv.Get(Column::Receipts, crypto::Keccak256(raw_tx));
    if (!r.ok() || !r.value()) continue;
    if (auto receipt = chain::DecodeReceipt(**r); receipt.ok()) info.receipts.push_back(receipt.value());
  }
  return info;
}

std::optional<BlockInfo> BlockStore::ByHeight(uint64_t height, uint64_t visible_height) const {
  if (height > visible_height) return std::nullopt;
  const auto hash = AsHash(m_kv.Get(Column::BlockIndex, HeightKey(height)));
  if (!hash) return std::nullopt;
  return ByHash(*hash, visible_height);
}

std::optional<TxLocation> BlockStore::TxByHash(const Hash32& tx_hash, uint64_t visible_height) const {
  auto loc = m_kv.Get(Column::TxIndex, tx_hash);
  if (!loc.ok() || !loc.value()) return std::nullopt;
  codec::Reader r(**loc);
  TxLocation out;
  if (!r.ReadU64(&out.height).ok() || !r.ReadU32(&out.index).ok() || out.height > visible_height) return std::nullopt;
  const auto hash = AsHash(m_kv.Get(Column::BlockIndex, HeightKey(out.height)));
  if (!hash) return std::nullopt;
  out.block_hash = *hash;
  return out;
}

std::optional<consensus::CommitCertificate> BlockStore::Certificate(uint64_t height) const {
  auto cert = m_kv.Get(Column::Meta, MetaKey("commit/", height));
  if (!cert.ok() || !cert.value()) return std::nullopt;
  auto c = codec::Decode<consensus::CommitCertificate>(**cert);
  if (!c.ok()) return std::nullopt;
  return c.value();
}

std::optional<Bytes> BlockStore::EncodedBlock(uint64_t height) const {
  const auto hash = AsHash(m_kv.Get(Column::BlockIndex, HeightKey(height)));
  if (!hash) return std::nullopt;
  auto block = m_kv.Get(Column::Blocks, *hash);
  if (!block.ok() || !block.value()) return std::nullopt;
  return std::move(*block.value());
}

}  // namespace ordo::node
