#pragma once
// A queue that many sources (peers) fill and none can monopolise. Bounded in items and in bytes.
// Items leave round-robin by source, oldest first within a source, so a source that sends a
// thousand items delays another's next item by one turn, not by a thousand. When the queue is
// full, a new item displaces the newest item of the source holding the most bytes, if that is
// another source holding more than the newcomer would; otherwise the new item is refused. So a
// flooding source loses its own items, and a quiet one always gets its share. Not thread-safe.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <utility>

namespace ordo::util {

template <typename Source, typename T>
class FairQueue {
 public:
  FairQueue(size_t items_max, size_t bytes_max) : m_items_max(items_max), m_bytes_max(bytes_max) {}

  // False when the item was refused (it alone is over the byte bound, or its source already
  // holds the most). Every item it displaced is counted in displaced().
  bool Push(const Source& source, T item, size_t bytes) {
    if (bytes > m_bytes_max || m_items_max == 0) return false;
    while (m_items >= m_items_max || m_bytes + bytes > m_bytes_max) {
      auto hog = std::max_element(m_sources.begin(), m_sources.end(),
                                  [](const auto& a, const auto& b) { return a.second.bytes < b.second.bytes; });
      const auto own = m_sources.find(source);
      const size_t own_bytes = own == m_sources.end() ? 0 : own->second.bytes;
      if (hog == m_sources.end() || hog->first == source || hog->second.bytes <= own_bytes + bytes) return false;
      PerSource& h = hog->second;
      h.bytes -= h.items.back().second;
      m_bytes -= h.items.back().second;
      --m_items;
      h.items.pop_back();
      ++m_displaced;
      if (h.items.empty()) {
        m_turns.erase(std::find(m_turns.begin(), m_turns.end(), hog->first));
        m_sources.erase(hog);
      }
    }
    auto [it, fresh] = m_sources.try_emplace(source);
    if (fresh) m_turns.push_back(source);
    it->second.items.emplace_back(std::move(item), bytes);
    it->second.bytes += bytes;
    m_bytes += bytes;
    ++m_items;
    return true;
  }

  // The oldest item of the source whose turn it is; that source then waits behind the others.
  std::optional<T> Pop() {
    if (m_turns.empty()) return std::nullopt;
    const Source source = m_turns.front();
    m_turns.pop_front();
    auto it = m_sources.find(source);
    PerSource& s = it->second;
    T item = std::move(s.items.front().first);
    s.bytes -= s.items.front().second;
    m_bytes -= s.items.front().second;
    --m_items;
    s.items.pop_front();
    if (s.items.empty()) m_sources.erase(it);
    else m_turns.push_back(source);
    return item;
  }

  void Clear() {
    m_sources.clear();
    m_turns.clear();
    m_items = 0;
    m_bytes = 0;
  }

  size_t size() const { return m_items; }
  size_t bytes() const { return m_bytes; }
  bool empty() const { return m_items == 0; }
  size_t sources() const { return m_sources.size(); }
  uint64_t displaced() const { return m_displaced; }

 private:
  struct PerSource {
    std::deque<std::pair<T, size_t>> items;  // with their sizes, oldest first
    size_t bytes = 0;
  };
  const size_t m_items_max;
  const size_t m_bytes_max;
  std::map<Source, PerSource> m_sources;  // only sources with items
  std::deque<Source> m_turns;             // the same sources, in the order they are served
  size_t m_items = 0;
  size_t m_bytes = 0;
  uint64_t m_displaced = 0;
};

}  // namespace ordo::util
