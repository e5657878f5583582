#pragma once
// AlertsPage: the active alerts (with Acknowledge) and the history of past ones (with Clear
// history), both filterable by severity. Empty states say that all is well.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ordo::ui {

class AlertCenter;
class AlertTableModel;

class AlertsPage : public QWidget {
  Q_OBJECT

 public:
  explicit AlertsPage(AlertCenter* alerts, QWidget* parent = nullptr);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void RetranslateUi();
  void UpdateState();
  void AcknowledgeSelected();
  void ApplyFilter();
  QTableView* MakeTable(QSortFilterProxyModel* proxy, const QString& name);

  AlertCenter* m_alerts;
  AlertTableModel* m_active_model;
  AlertTableModel* m_history_model;
  QSortFilterProxyModel* m_active_proxy;
  QSortFilterProxyModel* m_history_proxy;

  QLabel* m_filter_label;
  QComboBox* m_filter;
  QPushButton* m_acknowledge;
  QPushButton* m_clear_history;
  QLabel* m_active_heading;
  QLabel* m_history_heading;
  QStackedWidget* m_active_stack;
  QStackedWidget* m_history_stack;
  QTableView* m_active_table;
  QTableView* m_history_table;
  QLabel* m_active_empty;
  QLabel* m_history_empty;
};

}  // namespace ordo::ui
