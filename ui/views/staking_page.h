#pragma once
// StakingPage: own stake (as voting power) and share, the network's total, the validator set's
// stake, and the equivocation evidence the node has seen or committed. Slashing and jailing
// arrive with the staking module; this page shows only what the node reports today.

#include <QWidget>

#include "models/node_snapshot.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ordo::ui {

class ClientModel;
class EvidenceTableModel;
class MetricCard;
class StakeTableModel;

class StakingPage : public QWidget {
  Q_OBJECT

 public:
  explicit StakingPage(ClientModel* model, QWidget* parent = nullptr);

  StakeTableModel* StakeModel() const { return m_stake_model; }
  EvidenceTableModel* EvidenceModel() const { return m_evidence_model; }

 private:
  void OnSnapshot(const SnapshotPtr& snapshot);
  void OnEvidenceSeen(const interfaces::EvidenceInfo& evidence);
  void UpdateEvidenceCard();
  QTableView* MakeTable(const QString& object_name, QSortFilterProxyModel* proxy, const QString& tooltip);

  ClientModel* m_model;
  bool m_have_data = false;
  MetricCard* m_own = nullptr;
  MetricCard* m_total = nullptr;
  MetricCard* m_evidence_count = nullptr;
  StakeTableModel* m_stake_model;
  EvidenceTableModel* m_evidence_model;
  QTableView* m_stake_table = nullptr;
  QTableView* m_evidence_table = nullptr;
  QStackedWidget* m_stake_stack = nullptr;
  QStackedWidget* m_evidence_stack = nullptr;
  QLabel* m_stake_empty = nullptr;
  QLabel* m_evidence_empty = nullptr;
  QLabel* m_notice = nullptr;
};

}  // namespace ordo::ui
