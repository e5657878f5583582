#include "ordo/node/evidence_log.h"

#include <algorithm>

#include "ordo/codec/codec.h"
#include "ordo/consensus/encoding.h"
#include "ordo/crypto/sha256.h"

namespace ordo::node {

std::optional<EvidenceRecord> EvidenceLog::Observe(const consensus::Evidence& e, uint64_t seen_ms,
                                                   uint64_t included_height) {
  const Hash32 digest = crypto::Sha256(codec::Encode(e));
  if (m_digests.contains(digest)) {
    if (included_height != 0) {
      for (Entry& entry : m_records) {
        if (entry.digest == digest && entry.record.included_height == 0) entry.record.included_height = included_height;
      }
    }
    return std::nullopt;
  }
  if (m_capacity == 0) return EvidenceRecord{e, seen_ms, included_height};
  while (m_records.size() >= m_capacity) {
    m_digests.erase(m_records.front().digest);
    m_records.pop_front();
  }
  m_records.push_back(Entry{digest, EvidenceRecord{e, seen_ms, included_height}});
  m_digests.insert(digest);
  return m_records.back().record;
}

std::vector<EvidenceRecord> EvidenceLog::Records() const {
  std::vector<EvidenceRecord> out;
  out.reserve(m_records.size());
  for (const Entry& entry : m_records) out.push_back(entry.record);
  return out;
}

}  // namespace ordo::node
