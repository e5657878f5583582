// PeersPage against FakeNode: what it shows and the commands its buttons send.

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "models/peer_table_model.h"
#include "views/peers_page.h"

using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::PeersPage;
using ordo::ui::PeerTableModel;

class PeersPageTests : public QObject {
  Q_OBJECT

  struct Fixture {
    std::shared_ptr<FakeNode> node = std::make_shared<FakeNode>();
    std::unique_ptr<ClientModel> model;
    std::unique_ptr<PeersPage> page;
    QTableView* table = nullptr;
    QTableView* banned = nullptr;

    explicit Fixture(uint64_t height = 42) {
      node->update([height](auto& s) { s = FakeNode::Healthy(height); });
      model = std::make_unique<ClientModel>(node);
      page = std::make_unique<PeersPage>(model.get());
      page->setConfirmActions(false);
      page->resize(1100, 720);
      page->show();
      table = page->findChild<QTableView*>(QStringLiteral("peerTable"));
      banned = page->findChild<QTableView*>(QStringLiteral("bannedTable"));
    }
    QPushButton* Button(const char* name) const { return page->findChild<QPushButton*>(QString::fromLatin1(name)); }
    void SelectPeer(const QString& moniker) const {
      for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, PeerTableModel::Moniker).data().toString() == moniker) {
          table->selectRow(r);
          return;
        }
      }
      QFAIL("peer not shown");
    }
    bool HasCommand(const std::string& c) const {
      const auto cs = node->commands();
      return std::find(cs.begin(), cs.end(), c) != cs.end();
    }
  };

 private Q_SLOTS:
  void showsPeersAndFilterNarrowsRows() {
    Fixture f;
    QVERIFY(f.table);
    QTRY_COMPARE(f.table->model()->rowCount(), 3);
    auto* stack = f.page->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), f.table);
    QCOMPARE(f.page->findChild<QLabel*>(QStringLiteral("peerCountLabel"))->text(), QStringLiteral("3 peer(s) connected"));

    auto* filter = f.page->findChild<QLineEdit*>(QStringLiteral("peerFilter"));
    QTest::keyClicks(filter, QStringLiteral("VALIDATOR-2"));
    QCOMPARE(f.table->model()->rowCount(), 1);
    QCOMPARE(f.table->model()->index(0, PeerTableModel::Moniker).data().toString(), QStringLiteral("validator-2"));
    filter->setText(QStringLiteral(":26659"));  // address of validator-3
    QCOMPARE(f.table->model()->rowCount(), 1);
    QCOMPARE(f.table->model()->index(0, PeerTableModel::Moniker).data().toString(), QStringLiteral("validator-3"));
    filter->setText(QString(6, u'1'));  // id prefix of validator-1
    QCOMPARE(f.table->model()->rowCount(), 1);
    filter->setText(QStringLiteral("nobody"));
    QCOMPARE(f.table->model()->rowCount(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("peersEmptyLabel"));
    filter->clear();
    QCOMPARE(f.table->model()->rowCount(), 3);
  }

  void emptyState() {
    Fixture f;
    f.node->update([](auto& s) { s.peers.clear(); });
    auto* empty = f.page->findChild<QLabel*>(QStringLiteral("peersEmptyLabel"));
    QTRY_COMPARE(empty->text(), QStringLiteral("No peers connected"));
    QVERIFY(empty->isVisible());
    QVERIFY(!f.table->isVisible());
  }

  void detailAndButtonsFollowSelection() {
    Fixture f;
    QTRY_COMPARE(f.table->model()->rowCount(), 3);
    QVERIFY(!f.Button("disconnectButton")->isEnabled());
    QVERIFY(!f.Button("banButton")->isEnabled());
    QVERIFY(!f.Button("unbanButton")->isEnabled());
    f.SelectPeer(QStringLiteral("validator-2"));
    QVERIFY(f.Button("disconnectButton")->isEnabled());
    QVERIFY(f.Button("banButton")->isEnabled());
    QStringList shown;
    for (auto* edit : f.page->findChild<QWidget*>(QStringLiteral("peerDetail"))->findChildren<QLineEdit*>()) shown << edit->text();
    QVERIFY2(shown.contains(QString(64, u'2')), qPrintable(shown.join(u'|')));  // node key
    QVERIFY(shown.contains(QString(40, u'2')));
    QVERIFY(shown.contains(QStringLiteral("127.0.0.1:26658")));
    // The selection survives further snapshots.
    f.node->update([](auto& s) { s.peers[1].rtt_ms = 99; });
    QTRY_VERIFY(shown.size() > 0 && f.page->findChild<QWidget*>(QStringLiteral("peerDetail"))->findChildren<QLineEdit*>().at(7)->text() == QStringLiteral("99 ms"));
    QVERIFY(f.Button("banButton")->isEnabled());
  }

  void disconnectBanUnbanSendCommands() {
    Fixture f;
    QTRY_COMPARE(f.table->model()->rowCount(), 3);
    f.SelectPeer(QStringLiteral("validator-1"));
    QTest::mouseClick(f.Button("disconnectButton"), Qt::LeftButton);
    const std::string id1(40, '1');
    QTRY_VERIFY(f.HasCommand("disconnect " + id1));

    f.SelectPeer(QStringLiteral("validator-3"));
    QTest::mouseClick(f.Button("banButton"), Qt::LeftButton);
    const std::string id3(40, '3');
    QTRY_VERIFY(f.HasCommand("ban " + id3));
    // FakeNode moves the peer to the banned list; the page shows it with its reason.
    QTRY_COMPARE(f.table->model()->rowCount(), 2);
    QTRY_COMPARE(f.banned->model()->rowCount(), 1);
    QVERIFY(f.banned->isVisible());
    QCOMPARE(f.banned->model()->index(0, 1).data().toString(), QStringLiteral("banned by the operator"));
    QCOMPARE(f.banned->model()->index(0, 2).data().toString(), QStringLiteral("until unbanned"));
    QVERIFY(!f.Button("disconnectButton")->isEnabled());  // the selected peer is gone

    QVERIFY(!f.Button("unbanButton")->isEnabled());
    f.banned->selectRow(0);
    QVERIFY(f.Button("unbanButton")->isEnabled());
    QTest::mouseClick(f.Button("unbanButton"), Qt::LeftButton);
    QTRY_VERIFY(f.HasCommand("unban " + id3));
    QTRY_COMPARE(f.banned->model()->rowCount(), 0);
    QVERIFY(!f.Button("unbanButton")->isEnabled());
    QVERIFY(f.page->findChild<QLabel*>(QStringLiteral("bannedEmptyLabel"))->isVisible());
  }

  void bannedListShowsReason() {
    Fixture f;
    f.node->update([](auto& s) { s.banned.push_back({std::string(40, 'f'), "too many invalid votes", 1'790'000'600'000}); });
    QTRY_COMPARE(f.banned->model()->rowCount(), 1);
    QCOMPARE(f.banned->model()->index(0, 0).data().toString(), QString(12, u'f'));
    QCOMPARE(f.banned->model()->index(0, 1).data().toString(), QStringLiteral("too many invalid votes"));
    QVERIFY(f.banned->model()->index(0, 2).data().toString() != QStringLiteral("until unbanned"));
  }

  void screenshot() {
    Fixture f;
    QTRY_COMPARE(f.table->model()->rowCount(), 3);
    f.node->update([](auto& s) { s.banned.push_back({std::string(40, 'f'), "too many invalid votes", 1'790'000'600'000}); });
    QTRY_COMPARE(f.banned->model()->rowCount(), 1);
    f.SelectPeer(QStringLiteral("validator-2"));
    if (qEnvironmentVariableIsSet("ORDO_SHOTS")) f.page->grab().save(QStringLiteral("/tmp/shots-ui2/peers.png"));
  }
};

QTEST_MAIN(PeersPageTests)
#include "peers_page_tests.moc"
