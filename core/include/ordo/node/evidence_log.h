// The node's record of the equivocation evidence it has seen, for the control panel and the RPC:
// the most recent `capacity` distinct pieces of evidence, oldest first, each with when it was
// first seen and the height of the block that included it. Evidence is recognised by the digest
// of its encoding; a digest is forgotten with its record, so memory stays bounded however many
// distinct pieces a Byzantine validator produces over the life of the node.

#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <set>
#include <vector>

#include "ordo/consensus/types.h"
#include "ordo/util/bytes.h"

namespace ordo::node {

inline constexpr size_t evidence_records_max = 256;

struct EvidenceRecord {
  consensus::Evidence evidence;
  uint64_t seen_ms = 0;           // Unix ms when this node first saw it
  uint64_t included_height = 0;   // 0: not yet in a committed block
};

class EvidenceLog {
 public:
  explicit EvidenceLog(size_t capacity) : m_capacity(capacity) {}

  // Records e, first seen at seen_ms. Returns the new record when e was not among the kept ones;
  // otherwise nullopt, after marking the kept record included when included_height is not 0 and
  // it was not yet.
  std::optional<EvidenceRecord> Observe(const consensus::Evidence& e, uint64_t seen_ms, uint64_t included_height);

  std::vector<EvidenceRecord> Records() const;  // oldest first
  size_t size() const { return m_records.size(); }

 private:
  struct Entry {
    Hash32 digest;
    EvidenceRecord record;
  };
  size_t m_capacity;
  std::deque<Entry> m_records;
  std::set<Hash32> m_digests;  // exactly the digests of m_records
};

}  // namespace ordo::node
