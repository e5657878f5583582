#pragma once
// NodeStatusBar: the main window's status bar content. Connection state, peers (a flat button that
// pauses and resumes networking), height, a sync progress bar while behind, and the signer state.

#include <QWidget>

#include "models/node_snapshot.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace ordo::ui {

class ClientModel;

class NodeStatusBar : public QWidget {
  Q_OBJECT

 public:
  // Behind the best peer by more than this many blocks shows the sync bar.
  static constexpr quint64 sync_bar_blocks_min = 2;

  explicit NodeStatusBar(ClientModel* model, QWidget* parent = nullptr);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Update(const SnapshotPtr& s);
  void TogglePause();

  ClientModel* m_model;
  SnapshotPtr m_last;
  QLabel* m_state;
  QToolButton* m_peers;
  QLabel* m_height;
  QProgressBar* m_sync;
  QLabel* m_signer;
};

}  // namespace ordo::ui
