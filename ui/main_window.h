#pragma once
// MainWindow: the panel's frame. A left navigation list (icon and title per page, Ctrl+1..9), the
// pages in a stack, the node status bar, and menus. It knows no page: main adds them with AddPage.
// Geometry and the current page are remembered in QSettings.

#include <QIcon>
#include <QList>
#include <QMainWindow>

#include "models/node_snapshot.h"

class QAction;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace ordo::ui {

class ClientModel;
class NodeStatusBar;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // Modes for modeRequested (same order as NetworkMode).
  enum RequestedMode { RunLocalNetwork = 0, JoinNetwork = 1, StartOrdod = 2 };
  static constexpr int page_shortcuts_max = 9;

  explicit MainWindow(ClientModel* model, QWidget* parent = nullptr);

  // Appends a page to the navigation; the first nine get Ctrl+1..9. The window takes ownership.
  void AddPage(QWidget* page, const QIcon& icon, const QString& title);
  int pageCount() const;
  int currentPage() const;
  void setCurrentPage(int index);
  QWidget* pageAt(int index) const;

  // Where geometry and the current page are kept (not owned; null: a default QSettings()).
  void setSettings(QSettings* settings) { m_settings = settings; }
  // Restores geometry and the current page; call after the pages are added.
  void RestoreState();
  void SaveState();

 Q_SIGNALS:
  // The operator asked to switch what the panel runs (RequestedMode).
  void modeRequested(int mode);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void BuildMenus();
  void RetranslateUi();
  void UpdateTitle(const SnapshotPtr& s);
  template <typename F>
  void WithSettings(F&& f);

  ClientModel* m_model;
  QSettings* m_settings = nullptr;
  SnapshotPtr m_last;
  QListWidget* m_nav;
  QStackedWidget* m_stack;
  NodeStatusBar* m_status;
  QMenu* m_file_menu;
  QMenu* m_network_menu;
  QMenu* m_view_menu;
  QMenu* m_help_menu;
  QAction* m_quit;
  QAction* m_run_local;
  QAction* m_join;
  QAction* m_start_ordod;
  QAction* m_about;
  QList<QAction*> m_page_actions;
  QStringList m_page_titles;  // untranslated titles as given; pages retranslate their own
};

}  // namespace ordo::ui
