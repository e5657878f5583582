// MainWindow: pages added to the navigation, switching by list, shortcut and View menu, the title,
// the Network menu's requests, and the remembered page.

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "fake_node.h"
#include "main_window.h"
#include "models/client_model.h"
#include "widgets/node_status_bar.h"

using ordo::test::FakeNode;
using namespace ordo::ui;

namespace {

QWidget* Page(const QString& name) {
  auto* page = new QLabel(name);
  page->setObjectName(name);
  return page;
}

QAction* FindAction(QMenuBar* bar, const QString& text) {
  for (QAction* menu : bar->actions()) {
    if (!menu->menu()) continue;
    for (QAction* a : menu->menu()->actions()) {
      if (a->text() == text) return a;
    }
  }
  return nullptr;
}

}  // namespace

class MainWindowTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void addPageAndNavigate() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    MainWindow w(&model);
    w.setSettings(&settings);
    w.AddPage(Page(QStringLiteral("overviewPage")), QIcon(QStringLiteral(":/icons/overview.svg")), QStringLiteral("Overview"));
    w.AddPage(Page(QStringLiteral("peersPage")), QIcon(QStringLiteral(":/icons/peers.svg")), QStringLiteral("Peers"));
    w.AddPage(Page(QStringLiteral("alertsPage")), QIcon(QStringLiteral(":/icons/alerts.svg")), QStringLiteral("Alerts"));
    QCOMPARE(w.pageCount(), 3);
    QCOMPARE(w.currentPage(), 0);
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(nav->count(), 3);
    QCOMPARE(nav->item(1)->text(), QStringLiteral("Peers"));
    QVERIFY(!nav->item(1)->icon().isNull());
    QCOMPARE(nav->item(1)->toolTip(), QStringLiteral("Peers (Ctrl+2)"));
    QVERIFY(w.findChild<NodeStatusBar*>());

    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), 2);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("alertsPage"));
    QCOMPARE(nav->currentRow(), 2);

    // Keyboard navigation in the list.
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(w.currentPage(), 1);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("peersPage"));

    // View menu.
    QAction* overview = FindAction(w.menuBar(), QStringLiteral("Overview"));
    QVERIFY(overview);
    overview->trigger();
    QCOMPARE(w.currentPage(), 0);

    // Title follows the snapshot.
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Ordo — ordo-local — height 42"));

    // The page is remembered.
    w.setCurrentPage(2);
    w.close();
    MainWindow again(&model);
    again.setSettings(&settings);
    for (const char* name : {"a", "b", "c"}) again.AddPage(Page(QString::fromLatin1(name)), QIcon(), QString::fromLatin1(name));
    again.RestoreState();
    QCOMPARE(again.currentPage(), 2);
  }

  void networkMenuRequestsModes() {
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    MainWindow w(&model);
    QSignalSpy spy(&w, &MainWindow::modeRequested);
    QAction* join = FindAction(w.menuBar(), QStringLiteral("&Join a network…"));
    QAction* local = FindAction(w.menuBar(), QStringLiteral("Run a &local network"));
    QAction* ordod = FindAction(w.menuBar(), QStringLiteral("Start &ordod…"));
    QVERIFY(join && local && ordod);
    join->trigger();
    local->trigger();
    ordod->trigger();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).toInt(), int{MainWindow::JoinNetwork});
    QCOMPARE(spy.at(1).at(0).toInt(), int{MainWindow::RunLocalNetwork});
    QCOMPARE(spy.at(2).at(0).toInt(), int{MainWindow::StartOrdod});
    QCOMPARE(w.windowTitle(), QStringLiteral("Ordo"));
  }
};

QTEST_MAIN(MainWindowTests)
#include "main_window_tests.moc"
