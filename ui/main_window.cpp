#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include "models/client_model.h"
#include "ordo_resources.h"
#include "widgets/node_status_bar.h"

namespace ordo::ui {

MainWindow::MainWindow(ClientModel* model, QWidget* parent) : QMainWindow(parent), m_model(model) {
  InitResources();
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

  m_nav = new QListWidget;
  m_nav->setObjectName(QStringLiteral("navigation"));
  m_nav->setIconSize(QSize(24, 24));
  m_nav->setSpacing(2);
  m_nav->setUniformItemSizes(true);
  m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_nav->setFrameShape(QFrame::NoFrame);
  m_nav->setBackgroundRole(QPalette::Window);
  m_nav->setFixedWidth(190);
  m_stack = new QStackedWidget;
  m_stack->setObjectName(QStringLiteral("pages"));

  auto* central = new QWidget;
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_nav);
  auto* line = new QFrame;
  line->setFrameShape(QFrame::VLine);
  line->setFrameShadow(QFrame::Sunken);
  layout->addWidget(line);
  layout->addWidget(m_stack, 1);
  setCentralWidget(central);

  m_status = new NodeStatusBar(model, this);
  statusBar()->addWidget(m_status, 1);
  statusBar()->setSizeGripEnabled(true);

  connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
  connect(m_model, &ClientModel::snapshotChanged, this, &MainWindow::UpdateTitle);

  BuildMenus();
  RetranslateUi();
  UpdateTitle(m_model->snapshot());
  resize(1100, 720);
}

void MainWindow::BuildMenus() {
  m_file_menu = menuBar()->addMenu(QString());
  m_quit = m_file_menu->addAction(QIcon(), QString(), this, &QWidget::close);
  m_quit->setShortcut(QKeySequence::Quit);
  m_quit->setMenuRole(QAction::QuitRole);

  m_network_menu = menuBar()->addMenu(QString());
  m_run_local = m_network_menu->addAction(QString(), this, [this] { Q_EMIT modeRequested(RunLocalNetwork); });
  m_join = m_network_menu->addAction(QString(), this, [this] { Q_EMIT modeRequested(JoinNetwork); });
  m_start_ordod = m_network_menu->addAction(QString(), this, [this] { Q_EMIT modeRequested(StartOrdod); });

  m_view_menu = menuBar()->addMenu(QString());

  m_help_menu = menuBar()->addMenu(QString());
  m_about = m_help_menu->addAction(QString(), this, [this] {
    QMessageBox::about(this, tr("About Ordo"),
                       tr("<h3>Ordo</h3><p>Control panel of an Ordo decentralized sequencer node: staked "
                          "sequencers agree on every rollup block by Tendermint BFT consensus.</p>"
                          "<p>Qt %1</p>")
                           .arg(QString::fromLatin1(qVersion())));
  });
  m_about->setMenuRole(QAction::AboutRole);
}

void MainWindow::RetranslateUi() {
  m_file_menu->setTitle(tr("&File"));
  m_quit->setText(tr("&Quit"));
  m_quit->setStatusTip(tr("Stop the node and close the panel"));
  m_network_menu->setTitle(tr("&Network"));
  m_run_local->setText(tr("Run a &local network"));
  m_run_local->setStatusTip(tr("Your node plus three companion validators in this process, over loopback"));
  m_join->setText(tr("&Join a network…"));
  m_join->setStatusTip(tr("Run one node that joins an existing network from its genesis file and peers"));
  m_start_ordod->setText(tr("Start &ordod…"));
  m_start_ordod->setStatusTip(tr("Start the headless ordod daemon and watch it"));
  m_view_menu->setTitle(tr("&View"));
  m_help_menu->setTitle(tr("&Help"));
  m_about->setText(tr("&About Ordo"));
  m_nav->setToolTip(tr("Pages (Ctrl+1 … Ctrl+9)"));
  UpdateTitle(m_last);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) RetranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::AddPage(QWidget* page, const QIcon& icon, const QString& title) {
  const int index = m_stack->addWidget(page);
  auto* item = new QListWidgetItem(icon, title);
  item->setSizeHint(QSize(0, 36));
  m_nav->addItem(item);
  m_page_titles.push_back(title);
  auto* action = m_view_menu->addAction(icon, title, this, [this, index] { setCurrentPage(index); });
  action->setObjectName(QStringLiteral("pageAction%1").arg(index + 1));
  if (index < page_shortcuts_max) {
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    item->setToolTip(tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
  } else {
    item->setToolTip(title);
  }
  addAction(action);  // the shortcut works while the menu bar is hidden too
  m_page_actions.push_back(action);
  if (m_nav->currentRow() < 0) m_nav->setCurrentRow(0);
}

int MainWindow::pageCount() const { return m_stack->count(); }

int MainWindow::currentPage() const { return m_stack->currentIndex(); }

QWidget* MainWindow::pageAt(int index) const { return m_stack->widget(index); }

void MainWindow::setCurrentPage(int index) {
  if (index < 0 || index >= m_stack->count()) return;
  m_nav->setCurrentRow(index);
}

void MainWindow::UpdateTitle(const SnapshotPtr& s) {
  m_last = s;
  if (!s || s->sequence == 0 || s->status.chain_id.empty()) {
    setWindowTitle(tr("Ordo"));
    return;
  }
  setWindowTitle(tr("Ordo — %1 — height %2")
                     .arg(QString::fromStdString(s->status.chain_id),
                          QLocale().toString(static_cast<qulonglong>(s->status.last_committed))));
}

template <typename F>
void MainWindow::WithSettings(F&& f) {
  if (m_settings != nullptr) {
    f(*m_settings);
    return;
  }
  QSettings settings;
  f(settings);
}

void MainWindow::RestoreState() {
  WithSettings([this](QSettings& s) {
    s.beginGroup(QStringLiteral("main_window"));
    const QByteArray geometry = s.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty()) restoreGeometry(geometry);
    const QByteArray state = s.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty()) restoreState(state);
    setCurrentPage(s.value(QStringLiteral("page"), 0).toInt());
    s.endGroup();
  });
}

void MainWindow::SaveState() {
  WithSettings([this](QSettings& s) {
    s.beginGroup(QStringLiteral("main_window"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("page"), currentPage());
    s.endGroup();
  });
}

void MainWindow::closeEvent(QCloseEvent* event) {
  SaveState();
  QMainWindow::closeEvent(event);
}

}  // namespace ordo::ui
