#pragma once
// KeyedTableModel: a table model whose rows are identified by a key (a peer id, a validator key, a
// transaction hash). Each refresh is diffed against the rows shown, so views keep their selection
// and scroll position: vanished keys are removed, known keys are updated in place with one
// dataChanged over the whole range, new keys are appended.

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <QAbstractTableModel>

namespace ordo::ui {

class KeyedTableModel : public QAbstractTableModel {
 protected:
  using QAbstractTableModel::QAbstractTableModel;

  // Replaces `rows` by `next` (truncated to `rows_max`; a repeated key keeps its first row).
  // `key(row)` returns a std::string identifying the row.
  template <typename Row, typename KeyFn>
  void SyncRows(std::vector<Row>& rows, std::vector<Row> next, KeyFn key, size_t rows_max) {
    if (next.size() > rows_max) next.resize(rows_max);
    std::unordered_map<std::string, size_t> next_index;
    next_index.reserve(next.size());
    for (size_t i = 0; i < next.size(); ++i) next_index.emplace(key(next[i]), i);

    // Remove vanished rows, one contiguous run at a time, from the end.
    for (int last = static_cast<int>(rows.size()) - 1; last >= 0;) {
      if (next_index.count(key(rows[static_cast<size_t>(last)])) != 0) {
        --last;
        continue;
      }
      int first = last;
      while (first > 0 && next_index.count(key(rows[static_cast<size_t>(first - 1)])) == 0) --first;
      beginRemoveRows({}, first, last);
      rows.erase(rows.begin() + first, rows.begin() + last + 1);
      endRemoveRows();
      last = first - 1;
    }

    // Update the remaining rows in place.
    std::unordered_set<std::string> shown;
    shown.reserve(rows.size());
    for (auto& row : rows) {
      std::string k = key(row);
      row = next[next_index.at(k)];
      shown.insert(std::move(k));
    }
    if (!rows.empty()) {
      Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(rows.size()) - 1, columnCount() - 1));
    }

    // Append new keys in the order they arrived.
    std::vector<Row> added;
    for (auto& row : next) {
      if (shown.insert(key(row)).second) added.push_back(std::move(row));
    }
    if (!added.empty()) {
      const int first = static_cast<int>(rows.size());
      beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
      for (auto& row : added) rows.push_back(std::move(row));
      endInsertRows();
    }
  }
};

}  // namespace ordo::ui
