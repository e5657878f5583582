// Byte layouts, in the primitives of ordo/codec/codec.h ("string" a varint length then the bytes,
// hashes and keys raw fixed-size bytes); Evidence and CommitCertificate as in
// core/consensus/encoding.cpp.
//
//   BlockHeader
//     chain_id string | height u64 | time_ms u64 | prev_hash 32 | txs_root 32 | receipts_root 32 |
//     state_root 32 | validators_hash 32 | next_validators_hash 32 | last_commit_hash 32 |
//     evidence_hash 32 | proposer 32
//   Block
//     header | tx count varint | each tx as length varint + bytes |
//     evidence count varint | each Evidence | last_commit optional<CommitCertificate>
//
// Get() applies the canonical checks of block_encoding.h after reading a block; Put() asserts the
// same checks, so whatever this node encodes every peer decodes.

#include "ordo/chain/block_encoding.h"

#include <string>

#include "ordo/crypto/sha256.h"
#include "ordo/util/assert.h"

namespace ordo::chain {

using codec::CorruptField;
using codec::IndexedField;
using codec::Reader;
using codec::Writer;

namespace {

Status CheckBlock(const Block& b) {
  const uint64_t height = b.header.height;
  if (height == 0) return CorruptField("block.header.height", "0, blocks start at height 1");
  if (height == 1) {
    if (b.last_commit) return CorruptField("block.last_commit", "present at height 1");
    return Status::Ok();
  }
  if (!b.last_commit) {
    return CorruptField("block.last_commit", "missing at height " + std::to_string(height));
  }
  if (b.last_commit->height != height - 1) {
    return CorruptField("block.last_commit.height", std::to_string(b.last_commit->height) +
                                                        " is not the block height - 1 = " +
                                                        std::to_string(height - 1));
  }
  return Status::Ok();
}

// The header's hashes in layout order, for Put and Get to share one list.
template <typename Header, typename F>
void ForEachHeaderHash(Header& h, F&& f) {
  f("header.prev_hash", h.prev_hash);
  f("header.txs_root", h.txs_root);
  f("header.receipts_root", h.receipts_root);
  f("header.state_root", h.state_root);
  f("header.validators_hash", h.validators_hash);
  f("header.next_validators_hash", h.next_validators_hash);
  f("header.last_commit_hash", h.last_commit_hash);
  f("header.evidence_hash", h.evidence_hash);
}

}  // namespace

void Put(Writer& w, const BlockHeader& h) {
  ORDO_ASSERT(h.chain_id.size() <= chain_id_bytes_max);
  w.PutString(h.chain_id);
  w.PutU64(h.height);
  w.PutU64(h.time_ms);
  ForEachHeaderHash(h, [&w](const char*, const Hash32& hash) { w.PutFixed(hash); });
  w.PutFixed(h.proposer);
}

void Put(Writer& w, const Block& b) {
  ORDO_ASSERT(CheckBlock(b).ok());
  ORDO_ASSERT(b.txs.size() <= block_txs_max);
  ORDO_ASSERT(b.evidence.size() <= block_evidence_max);
  Put(w, b.header);
  w.PutVarint(b.txs.size());
  for (const Bytes& tx : b.txs) {
    ORDO_ASSERT(tx.size() <= tx_bytes_max);
    w.PutBytes(tx);
  }
  w.PutVarint(b.evidence.size());
  for (const consensus::Evidence& e : b.evidence) consensus::Put(w, e);
  w.PutU8(b.last_commit ? 1 : 0);
  if (b.last_commit) consensus::Put(w, *b.last_commit);
}

Status Get(Reader& r, BlockHeader* h) {
  ORDO_READ_FIELD("header.chain_id", r.ReadString(&h->chain_id, chain_id_bytes_max));
  ORDO_READ_FIELD("header.height", r.ReadU64(&h->height));
  ORDO_READ_FIELD("header.time_ms", r.ReadU64(&h->time_ms));
  Status status;
  ForEachHeaderHash(*h, [&r, &status](const char* field, Hash32& hash) {
    if (!status.ok()) return;
    if (Status s = r.ReadFixed(hash); !s.ok()) status = CorruptField(field, s.message());
  });
  if (!status.ok()) return status;
  ORDO_READ_FIELD("header.proposer", r.ReadFixed(h->proposer));
  return Status::Ok();
}

Status Get(Reader& r, Block* b) {
  ORDO_READ_FIELD("block", Get(r, &b->header));
  size_t tx_count = 0;
  ORDO_READ_FIELD("block.txs", r.ReadCount(&tx_count, block_txs_max));
  b->txs.clear();
  b->txs.reserve(tx_count);
  for (size_t i = 0; i < tx_count; ++i) {
    ORDO_READ_FIELD(IndexedField("block.txs", i), r.ReadBytes(&b->txs.emplace_back(), tx_bytes_max));
  }
  size_t evidence_count = 0;
  ORDO_READ_FIELD("block.evidence", r.ReadCount(&evidence_count, block_evidence_max));
  b->evidence.clear();
  b->evidence.reserve(evidence_count);
  for (size_t i = 0; i < evidence_count; ++i) {
    ORDO_READ_FIELD(IndexedField("block.evidence", i), consensus::Get(r, &b->evidence.emplace_back()));
  }
  bool has_last_commit = false;
  ORDO_READ_FIELD("block.last_commit", r.ReadOptionalTag(&has_last_commit));
  b->last_commit.reset();
  if (has_last_commit) ORDO_READ_FIELD("block.last_commit", consensus::Get(r, &b->last_commit.emplace()));
  return CheckBlock(*b);
}

Hash32 BlockHash(const BlockHeader& h) { return crypto::Sha256(codec::Encode(h)); }

}  // namespace ordo::chain
