#include "ordo/storage/key_value_store.h"

namespace ordo::storage {

static_assert(static_cast<int>(Column::Meta) + 1 == column_count, "column_count must cover every Column");

const char* ColumnName(Column c) {
  switch (c) {
    case Column::Blocks: return "blocks";
    case Column::BlockIndex: return "block_index";
    case Column::TxIndex: return "tx_index";
    case Column::Receipts: return "receipts";
    case Column::State: return "state";
    case Column::Evidence: return "evidence";
    case Column::Meta: return "meta";
  }
  ORDO_ASSERT(false && "unknown Column");
  return "";
}

void WriteBatch::Put(Column c, ByteSpan key, ByteSpan value) {
  m_ops.push_back(Staged{c, false, m_data.size(), key.size(), m_data.size() + key.size(), value.size()});
  m_data.insert(m_data.end(), key.begin(), key.end());
  m_data.insert(m_data.end(), value.begin(), value.end());
}

void WriteBatch::Delete(Column c, ByteSpan key) {
  m_ops.push_back(Staged{c, true, m_data.size(), key.size(), m_data.size() + key.size(), 0});
  m_data.insert(m_data.end(), key.begin(), key.end());
}

WriteBatch::Operation WriteBatch::operation(size_t index) const {
  ORDO_ASSERT(index < m_ops.size());
  const Staged& op = m_ops[index];
  const ByteSpan data(m_data);
  return Operation{op.column, op.is_delete, data.subspan(op.key_at, op.key_size), data.subspan(op.value_at, op.value_size)};
}

}  // namespace ordo::storage
