#pragma once
// EvidenceTableModel: the equivocations the node has seen or committed, keyed by
// (kind, height, round, offender). Row order is arrival order; sorting is left to a proxy.

#include <string>
#include <vector>

#include <QAbstractTableModel>

#include "models/node_snapshot.h"

namespace ordo::ui {

class EvidenceTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Kind, Height, Round, Offender, Power, Seen, Included, NB_COLUMNS };
  enum Role {
    SortRole = Qt::UserRole,  // numbers as numbers
    PendingRole,              // bool: not yet included in a block
  };
  static constexpr size_t rows_max = 1000;

  explicit EvidenceTableModel(QObject* parent = nullptr);

  // Replaces the rows with the snapshot's list (newest last).
  void SetEvidence(const std::vector<interfaces::EvidenceInfo>& evidence);
  // Adds one piece of evidence announced before the next snapshot; no-op when already listed.
  void AddEvidence(const interfaces::EvidenceInfo& evidence);
  int PendingCount() const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static std::string Key(const interfaces::EvidenceInfo& e);

 private:
  std::vector<interfaces::EvidenceInfo> m_rows;
};

}  // namespace ordo::ui
