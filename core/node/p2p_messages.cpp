#include "node/p2p_messages.h"

#include "ordo/consensus/encoding.h"
#include "ordo/util/assert.h"

namespace ordo::node {

namespace {
constexpr size_t block_bytes_max = 64 * 1024 * 1024;
}

Bytes EncodeProposalMsg(const consensus::Proposal& p, const Bytes& block) {
  codec::Writer w;
  consensus::Put(w, p);
  w.PutBytes(block);
  return w.Take();
}

Result<std::pair<consensus::Proposal, Bytes>> DecodeProposalMsg(ByteSpan payload) {
  codec::Reader r(payload);
  std::pair<consensus::Proposal, Bytes> out;
  if (Status s = consensus::Get(r, &out.first); !s.ok()) return s;
  if (Status s = r.ReadBytes(&out.second, block_bytes_max); !s.ok()) return s;
  if (Status s = r.Finish(); !s.ok()) return s;
  return out;
}

Bytes EncodeTxsMsg(const std::vector<std::shared_ptr<const Bytes>>& txs) {
  ORDO_ASSERT(!txs.empty() && txs.size() <= txs_per_message_max);
  codec::Writer w;
  w.PutVarint(txs.size());
  for (const auto& tx : txs) w.PutBytes(*tx);
  return w.Take();
}

Result<std::vector<Bytes>> DecodeTxsMsg(ByteSpan payload, size_t tx_bytes_max) {
  codec::Reader r(payload);
  size_t n = 0;
  if (Status s = r.ReadCount(&n, txs_per_message_max); !s.ok()) return s;
  if (n == 0) return Status::Corruption("txs: empty batch");
  std::vector<Bytes> out(n);
  for (Bytes& tx : out) {
    if (Status s = r.ReadBytes(&tx, tx_bytes_max); !s.ok()) return s;
  }
  if (Status s = r.Finish(); !s.ok()) return s;
  return out;
}

namespace {
constexpr size_t node_id_bytes = 20;  // a net::PeerId is these 20 bytes in hex
}

Bytes EncodeTxsToMsg(const std::vector<net::PeerId>& recipients, const std::vector<std::shared_ptr<const Bytes>>& txs) {
  ORDO_ASSERT(!txs.empty() && txs.size() <= txs_per_message_max);
  std::vector<std::array<uint8_t, node_id_bytes>> ids;
  for (const net::PeerId& id : recipients) {
    if (ids.size() == txs_recipients_max) break;
    if (auto raw = FromHexFixed<node_id_bytes>(id)) ids.push_back(*raw);  // ids come from the transport: always valid
  }
  codec::Writer w;
  w.PutVarint(ids.size());
  for (const auto& id : ids) w.PutFixed(id);
  w.PutFixed(EncodeTxsMsg(txs));
  return w.Take();
}

Result<TxsToMsg> DecodeTxsToMsg(ByteSpan payload, size_t tx_bytes_max) {
  codec::Reader r(payload);
  size_t n = 0;
  if (Status s = r.ReadCount(&n, txs_recipients_max); !s.ok()) return s;
  if (n * node_id_bytes > r.remaining()) return Status::Corruption("txs-to: recipient list runs past the end");
  TxsToMsg out;
  out.recipients.reserve(n);
  std::array<uint8_t, node_id_bytes> id{};
  for (size_t i = 0; i < n; ++i) {
    if (Status s = r.ReadFixed(id); !s.ok()) return s;
    out.recipients.push_back(ToHex(id));
  }
  const size_t consumed = payload.size() - r.remaining();
  auto txs = DecodeTxsMsg(payload.subspan(consumed), tx_bytes_max);
  if (!txs.ok()) return txs.status();
  out.txs = std::move(txs).value();
  return out;
}

namespace {

// (height u64, round i32) as Status and CandidateBlock begin; the round within 0..round_max.
void PutHeightRound(codec::Writer& w, uint64_t height, int32_t round) {
  w.PutU64(height);
  w.PutI32(round);
}

Status ReadHeightRound(codec::Reader& r, uint64_t* height, int32_t* round, const char* what) {
  if (Status s = r.ReadU64(height); !s.ok()) return s;
  if (Status s = r.ReadI32(round); !s.ok()) return s;
  if (*round < 0 || *round > consensus::round_max) return Status::Corruption(std::string(what) + ": round out of range");
  return Status::Ok();
}

}  // namespace

Bytes EncodeCandidateBlockMsg(const CandidateBlockMsg& m) {
  codec::Writer w;
  PutHeightRound(w, m.height, m.round);
  w.PutBytes(m.block);
  return w.Take();
}

Result<CandidateBlockMsg> DecodeCandidateBlockMsg(ByteSpan payload) {
  codec::Reader r(payload);
  CandidateBlockMsg m;
  if (Status s = ReadHeightRound(r, &m.height, &m.round, "candidate block"); !s.ok()) return s;
  if (Status s = r.ReadBytes(&m.block, block_bytes_max); !s.ok()) return s;
  if (m.block.empty()) return Status::Corruption("candidate block: empty block");
  if (Status s = r.Finish(); !s.ok()) return s;
  return m;
}

Bytes EncodeStatusMsg(const StatusMsg& s) {
  codec::Writer w;
  PutHeightRound(w, s.height, s.round);
  return w.Take();
}

Result<StatusMsg> DecodeStatusMsg(ByteSpan payload) {
  codec::Reader r(payload);
  StatusMsg s;
  if (Status st = ReadHeightRound(r, &s.height, &s.round, "status"); !st.ok()) return st;
  if (Status st = r.Finish(); !st.ok()) return st;
  return s;
}

Bytes EncodeBlockResponse(const std::vector<SyncedBlock>& blocks) {
  codec::Writer w;
  w.PutVarint(blocks.size());
  for (const SyncedBlock& b : blocks) {
    w.PutBytes(b.block);
    consensus::Put(w, b.certificate);
  }
  return w.Take();
}

Result<std::vector<SyncedBlock>> DecodeBlockResponse(ByteSpan payload) {
  codec::Reader r(payload);
  size_t n = 0;
  if (Status s = r.ReadCount(&n, sync_blocks_per_message_max); !s.ok()) return s;
  std::vector<SyncedBlock> out(n);
  for (SyncedBlock& b : out) {
    if (Status s = r.ReadBytes(&b.block, block_bytes_max); !s.ok()) return s;
    if (Status s = consensus::Get(r, &b.certificate); !s.ok()) return s;
  }
  if (Status s = r.Finish(); !s.ok()) return s;
  return out;
}

}  // namespace ordo::node
