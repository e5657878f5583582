#pragma once
// Applies a new list of rows to a table model's rows by key, with the smallest notifications:
// rows whose key left are removed (contiguous ranges), rows that stay keep their position and
// report dataChanged over one range when changed, new keys are appended in their incoming order.
// Used by models whose order is left to a QSortFilterProxyModel.

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ordo::ui {

struct RowNotifier {
  std::function<void(int, int)> begin_remove;
  std::function<void()> end_remove;
  std::function<void(int, int)> begin_insert;
  std::function<void()> end_insert;
  std::function<void(int, int)> changed;  // first, last row (inclusive)
};

template <typename Row, typename KeyFn, typename SameFn>
void ApplyKeyedRows(std::vector<Row>& rows, const std::vector<Row>& incoming, KeyFn key, SameFn same,
                    const RowNotifier& notify) {
  using Key = decltype(key(incoming.front()));
  std::unordered_map<Key, size_t> incoming_at;
  for (size_t i = 0; i < incoming.size(); ++i) incoming_at.emplace(key(incoming[i]), i);  // first wins

  for (int row = static_cast<int>(rows.size()) - 1; row >= 0;) {
    if (incoming_at.count(key(rows[static_cast<size_t>(row)]))) {
      --row;
      continue;
    }
    int first = row;
    while (first > 0 && !incoming_at.count(key(rows[static_cast<size_t>(first - 1)]))) --first;
    notify.begin_remove(first, row);
    rows.erase(rows.begin() + first, rows.begin() + row + 1);
    notify.end_remove();
    row = first - 1;
  }

  std::unordered_set<Key> present;
  int changed_first = -1;
  int changed_last = -1;
  for (size_t r = 0; r < rows.size(); ++r) {
    const Row& next = incoming[incoming_at.at(key(rows[r]))];
    present.insert(key(rows[r]));
    if (same(rows[r], next)) continue;
    rows[r] = next;
    if (changed_first < 0) changed_first = static_cast<int>(r);
    changed_last = static_cast<int>(r);
  }
  if (changed_first >= 0) notify.changed(changed_first, changed_last);

  std::vector<Row> added;
  for (size_t i = 0; i < incoming.size(); ++i) {
    if (present.count(key(incoming[i])) || incoming_at.at(key(incoming[i])) != i) continue;
    added.push_back(incoming[i]);
  }
  if (added.empty()) return;
  const int first = static_cast<int>(rows.size());
  notify.begin_insert(first, first + static_cast<int>(added.size()) - 1);
  rows.insert(rows.end(), added.begin(), added.end());
  notify.end_insert();
}

}  // namespace ordo::ui
