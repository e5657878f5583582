#include "node/wal_codec.h"

#include "ordo/consensus/encoding.h"

namespace ordo::node {

namespace {
constexpr size_t block_bytes_max = 64 * 1024 * 1024;
enum class Kind : uint8_t { Proposal = 1, Vote = 2, Timeout = 3, Value = 4 };
}  // namespace

Bytes EncodeWalInput(const WalInput& in) {
  codec::Writer w;
  if (const auto* p = std::get_if<WalProposal>(&in)) {
    w.PutU8(static_cast<uint8_t>(Kind::Proposal));
    consensus::Put(w, p->proposal);
    w.PutBytes(p->block);
  } else if (const auto* v = std::get_if<consensus::Vote>(&in)) {
    w.PutU8(static_cast<uint8_t>(Kind::Vote));
    consensus::Put(w, *v);
  } else if (const auto* t = std::get_if<consensus::Timeout>(&in)) {
    w.PutU8(static_cast<uint8_t>(Kind::Timeout));
    w.PutU8(static_cast<uint8_t>(t->kind));
    w.PutU64(t->height);
    w.PutI32(t->round);
  } else {
    const auto& val = std::get<WalValue>(in);
    w.PutU8(static_cast<uint8_t>(Kind::Value));
    w.PutU64(val.height);
    w.PutI32(val.round);
    w.PutBytes(val.block);
  }
  return w.Take();
}

Result<WalInput> DecodeWalInput(ByteSpan bytes) {
  codec::Reader r(bytes);
  uint8_t kind = 0;
  if (Status s = r.ReadU8(&kind); !s.ok()) return s;
  WalInput out;
  switch (kind) {
    case static_cast<uint8_t>(Kind::Proposal): {
      WalProposal p;
      if (Status s = consensus::Get(r, &p.proposal); !s.ok()) return s;
      if (Status s = r.ReadBytes(&p.block, block_bytes_max); !s.ok()) return s;
      out = std::move(p);
      break;
    }
    case static_cast<uint8_t>(Kind::Vote): {
      consensus::Vote v;
      if (Status s = consensus::Get(r, &v); !s.ok()) return s;
      out = v;
      break;
    }
    case static_cast<uint8_t>(Kind::Timeout): {
      consensus::Timeout t;
      uint8_t k = 0;
      if (Status s = r.ReadU8(&k); !s.ok()) return s;
      if (k < 1 || k > 3) return Status::Corruption("wal: unknown timeout kind");
      t.kind = static_cast<consensus::TimeoutKind>(k);
      if (Status s = r.ReadU64(&t.height); !s.ok()) return s;
      if (Status s = r.ReadI32(&t.round); !s.ok()) return s;
      if (t.round < 0) return Status::Corruption("wal: negative timeout round");
      out = t;
      break;
    }
    case static_cast<uint8_t>(Kind::Value): {
      WalValue v;
      if (Status s = r.ReadU64(&v.height); !s.ok()) return s;
      if (Status s = r.ReadI32(&v.round); !s.ok()) return s;
      if (Status s = r.ReadBytes(&v.block, block_bytes_max); !s.ok()) return s;
      out = std::move(v);
      break;
    }
    default:
      return Status::Corruption("wal: unknown record kind");
  }
  if (Status s = r.Finish(); !s.ok()) return s;
  return out;
}

consensus::Height WalInputHeight(const WalInput& in) {
  if (const auto* p = std::get_if<WalProposal>(&in)) return p->proposal.height;
  if (const auto* v = std::get_if<consensus::Vote>(&in)) return v->height;
  if (const auto* t = std::get_if<consensus::Timeout>(&in)) return t->height;
  return std::get<WalValue>(in).height;
}

}  // namespace ordo::node
