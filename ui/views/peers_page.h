#pragma once
// PeersPage: the connected peers (sortable, filterable by id, moniker or address), the selected
// peer's details with Disconnect and Ban, and the banned peers with Unban.

#include <vector>

#include <QWidget>

#include "models/node_snapshot.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ordo::ui {

class BannedPeerTableModel;
class ClientModel;
class PeerTableModel;

class PeersPage : public QWidget {
  Q_OBJECT

 public:
  explicit PeersPage(ClientModel* model, QWidget* parent = nullptr);

  // Whether Ban asks the operator to confirm (on by default; tests turn it off).
  void setConfirmActions(bool confirm) { m_confirm_actions = confirm; }

  PeerTableModel* peerModel() const { return m_peers; }
  QSortFilterProxyModel* peerProxy() const { return m_proxy; }
  BannedPeerTableModel* bannedModel() const { return m_banned; }

 private:
  QWidget* MakePeerDetail();
  QWidget* MakeBannedPane();
  void OnSnapshot(const SnapshotPtr& snapshot);
  void UpdateEmptyState();
  void UpdateDetail();
  void UpdateButtons();
  QString SelectedPeerId() const;
  QString SelectedBannedId() const;
  void OnDisconnect();
  void OnBan();
  void OnUnban();

  ClientModel* const m_model;
  PeerTableModel* m_peers = nullptr;
  QSortFilterProxyModel* m_proxy = nullptr;
  BannedPeerTableModel* m_banned = nullptr;
  bool m_confirm_actions = true;
  bool m_have_snapshot = false;
  bool m_columns_sized = false;  // sized to the first peers; the operator's widths win afterwards

  QLineEdit* m_filter = nullptr;
  QLabel* m_count = nullptr;
  QStackedWidget* m_peer_stack = nullptr;
  QTableView* m_table = nullptr;
  QLabel* m_empty = nullptr;
  QWidget* m_detail = nullptr;
  std::vector<QLineEdit*> m_detail_values;  // indexed by DetailField (peers_page.cpp)
  QPushButton* m_disconnect = nullptr;
  QPushButton* m_ban = nullptr;
  QTableView* m_banned_table = nullptr;
  QLabel* m_banned_empty = nullptr;
  QPushButton* m_unban = nullptr;
};

}  // namespace ordo::ui
