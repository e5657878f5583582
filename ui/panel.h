#pragma once
// Panel: the whole control panel for one interfaces::Node — ClientModel, AlertCenter, tray
// notifications and the main window with every page. The app, the end-to-end test, the
// screenshot test and ordo-bench's responsiveness scenario all build it the same way.

#include <memory>

#include <QObject>
#include <QString>
#include <QWidget>

#include "ordo/interfaces/node.h"

class QSettings;

namespace ordo::ui {

class AlertCenter;
class SettingsWriter;
class AppSettings;
class ClientModel;
class MainWindow;
class TrayNotifier;

class Panel : public QObject {
  Q_OBJECT

 public:
  // `settings` are the operator's choices; `state` persists alerts and window geometry. Both must
  // outlive the panel.
  Panel(std::shared_ptr<interfaces::Node> node, AppSettings* settings, QSettings* state, QObject* parent = nullptr);
  ~Panel() override;

  MainWindow* window() const { return m_window.get(); }
  ClientModel* model() const { return m_model; }
  AlertCenter* alerts() const { return m_alerts; }
  // The page with this objectName ("overviewPage", "consensusPage", ...), or null.
  QWidget* Page(const QString& object_name) const;
  // Shows the page with this objectName; false when there is none.
  bool ShowPage(const QString& object_name);
  // Every page in navigation order.
  QList<QWidget*> Pages() const;

 private:
  ClientModel* m_model = nullptr;   // child of this
  AlertCenter* m_alerts = nullptr;  // child of this
  SettingsWriter* m_state_writer = nullptr;  // child of this; saves alert state off the GUI thread
  TrayNotifier* m_tray = nullptr;   // child of this
  std::unique_ptr<MainWindow> m_window;
  QList<QWidget*> m_pages;
};

}  // namespace ordo::ui
