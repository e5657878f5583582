#pragma once
// ValidatorsPage: the validator set with power, proposer priority and signing statistics; the
// operator's own validator is highlighted.

#include <QWidget>

#include "models/node_snapshot.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ordo::ui {

class ClientModel;
class ValidatorTableModel;

class ValidatorsPage : public QWidget {
  Q_OBJECT

 public:
  explicit ValidatorsPage(ClientModel* model, QWidget* parent = nullptr);

  ValidatorTableModel* validatorModel() const { return m_validators; }

 private:
  void OnSnapshot(const SnapshotPtr& snapshot);

  ClientModel* const m_model;
  ValidatorTableModel* m_validators = nullptr;
  QSortFilterProxyModel* m_proxy = nullptr;
  QLabel* m_summary = nullptr;
  QLabel* m_self = nullptr;
  QStackedWidget* m_stack = nullptr;
  QTableView* m_table = nullptr;
  QLabel* m_empty = nullptr;
  bool m_columns_sized = false;
};

}  // namespace ordo::ui
