#include "panel.h"

#include <QIcon>
#include <QSettings>

#include "alerts/alert_center.h"
#include "alerts/tray_notifier.h"
#include "ordo_resources.h"
#include "main_window.h"
#include "models/client_model.h"
#include "settings/app_settings.h"
#include "views/alerts_page.h"
#include "views/blocks_page.h"
#include "views/consensus_page.h"
#include "settings/settings_writer.h"
#include "views/logs_page.h"
#include "views/mempool_page.h"
#include "views/overview_page.h"
#include "views/peers_page.h"
#include "views/settings_page.h"
#include "views/staking_page.h"
#include "views/validators_page.h"

namespace ordo::ui {

Panel::Panel(std::shared_ptr<interfaces::Node> node, AppSettings* settings, QSettings* state, QObject* parent)
    : QObject(parent) {
  InitResources();
  m_model = new ClientModel(std::move(node), this);
  m_alerts = new AlertCenter(state, this);
  if (state != nullptr) {
    // Alert state is saved while the node runs; its file syncs must not stall the GUI thread.
    m_state_writer = new SettingsWriter(state->fileName(), state->format(), this);
    m_alerts->setWriter(m_state_writer);
  }
  m_alerts->Attach(m_model);
  m_tray = new TrayNotifier(m_alerts, this);
  m_window = std::make_unique<MainWindow>(m_model);
  m_window->setSettings(state);
  auto add = [this](QWidget* page, const char* icon, const QString& title) {
    m_pages.push_back(page);
    m_window->AddPage(page, QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))), title);
  };
  add(new OverviewPage(m_model), "overview", tr("Overview"));
  add(new ConsensusPage(m_model), "consensus", tr("Consensus"));
  add(new PeersPage(m_model), "peers", tr("Peers"));
  add(new ValidatorsPage(m_model), "validators", tr("Validators"));
  add(new MempoolPage(m_model), "mempool", tr("Mempool"));
  add(new BlocksPage(m_model), "blocks", tr("Blocks"));
  add(new StakingPage(m_model), "staking", tr("Staking & Slashing"));
  add(new AlertsPage(m_alerts), "alerts", tr("Alerts"));
  add(new LogsPage(m_model), "logs", tr("Logs"));
  add(new SettingsPage(settings, m_model), "settings", tr("Settings"));
  m_window->RestoreState();
}

Panel::~Panel() {
  // Pages hold the model: take the window down before the model (a child of this) goes.
  m_window.reset();
}

QWidget* Panel::Page(const QString& object_name) const {
  for (QWidget* p : m_pages) {
    if (p->objectName() == object_name) return p;
  }
  return nullptr;
}

bool Panel::ShowPage(const QString& object_name) {
  for (int i = 0; i < m_pages.size(); ++i) {
    if (m_pages[i]->objectName() == object_name) {
      m_window->setCurrentPage(i);
      return true;
    }
  }
  return false;
}

QList<QWidget*> Panel::Pages() const { return m_pages; }

}  // namespace ordo::ui
