#pragma once
// BlocksPage: the recent blocks (newest first) and, for the selected one, its header, its
// transaction hashes and the commit certificate that decided it. Details are fetched through
// ClientModel::requestBlock and arrive with blockDetailReady / blockDetailMissing.

#include <optional>

#include <QWidget>

#include "models/node_snapshot.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace ordo::ui {

class BlockTableModel;
class ClientModel;

class BlocksPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr int tx_list_max = 1000;        // hashes listed for one block
  static constexpr int certificate_rows_max = 1000;

  explicit BlocksPage(ClientModel* model, QWidget* parent = nullptr);

  BlockTableModel* TableModel() const { return m_table_model; }
  // The height whose detail is shown or awaited; nullopt when none is selected.
  std::optional<quint64> SelectedHeight() const { return m_selected; }

 private:
  void OnSnapshot(const SnapshotPtr& snapshot);
  void OnCurrentChanged(const QModelIndex& current);
  void OnDetail(const interfaces::BlockDetail& detail);
  void OnDetailMissing(quint64 height);
  void ShowMessage(const QString& text);
  QLineEdit* AddField(const QString& label, const QString& object_name, const QString& tooltip);

  ClientModel* m_model;
  BlockTableModel* m_table_model;
  QSortFilterProxyModel* m_proxy;
  QStackedWidget* m_table_stack;
  QTableView* m_table;
  QStackedWidget* m_detail_stack;
  QLabel* m_message;
  QWidget* m_detail;
  QFormLayout* m_form;
  QLineEdit* m_height = nullptr;
  QLineEdit* m_hash = nullptr;
  QLineEdit* m_parent = nullptr;
  QLineEdit* m_time = nullptr;
  QLineEdit* m_proposer = nullptr;
  QLineEdit* m_round = nullptr;
  QLineEdit* m_txs = nullptr;
  QLineEdit* m_gas = nullptr;
  QLineEdit* m_base_fee = nullptr;
  QLineEdit* m_state_root = nullptr;
  QLineEdit* m_txs_root = nullptr;
  QLineEdit* m_receipts_root = nullptr;
  QLineEdit* m_validators_hash = nullptr;
  QLineEdit* m_evidence = nullptr;
  QListWidget* m_tx_list;
  QLabel* m_certificate_summary;
  QTableWidget* m_certificate;
  std::optional<quint64> m_selected;
};

}  // namespace ordo::ui
