// NodeStatusBar: the texts shown for given node states, and the peers button pausing the network.

#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>

#include "fake_node.h"
#include "models/client_model.h"
#include "widgets/node_status_bar.h"

using ordo::test::FakeNode;
using namespace ordo::ui;

class StatusBarTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void startingBeforeTheFirstSnapshot() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    NodeStatusBar bar(&model);
    // The constructor ran before the first poll landed.
    auto* state = bar.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    if (model.snapshot()->sequence == 0) QCOMPARE(state->text(), QStringLiteral("Starting…"));
    QTRY_COMPARE(state->text(), QStringLiteral("Running"));
  }

  void healthyValidator() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    NodeStatusBar bar(&model);
    bar.show();
    auto* state = bar.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    auto* peers = bar.findChild<QToolButton*>(QStringLiteral("peersButton"));
    auto* height = bar.findChild<QLabel*>(QStringLiteral("heightLabel"));
    auto* sync = bar.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    auto* signer = bar.findChild<QLabel*>(QStringLiteral("signerLabel"));
    QTRY_COMPARE(state->text(), QStringLiteral("Running"));
    QCOMPARE(peers->text(), QStringLiteral("3 peer(s)"));
    QCOMPARE(height->text(), QStringLiteral("Height 42"));
    QVERIFY(sync->isHidden());
    QCOMPARE(signer->text(), QStringLiteral("Signing, last height 42"));
    for (QWidget* w : std::initializer_list<QWidget*>{state, peers, height, signer}) QVERIFY(!w->toolTip().isEmpty());
  }

  void syncingNonValidator() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(250);
      s.status.best_peer_height = 1000;
      s.status.is_validator = false;
      s.status.validator_key.clear();
    });
    ClientModel model(node);
    NodeStatusBar bar(&model);
    bar.show();
    auto* sync = bar.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    auto* signer = bar.findChild<QLabel*>(QStringLiteral("signerLabel"));
    QTRY_VERIFY(sync->isVisible());
    QCOMPARE(sync->value(), 250);
    QCOMPARE(sync->text(), QStringLiteral("Syncing 250 / 1,000"));
    QCOMPARE(signer->text(), QStringLiteral("Not a validator"));
    QCOMPARE(signer->toolTip(), QStringLiteral("This node has no validator key"));
    node->update([](auto& s) { s.status.last_committed = 1000; });
    QTRY_VERIFY(sync->isHidden());
  }

  void stoppedNode() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(5);
      s.status.running = false;
    });
    ClientModel model(node);
    NodeStatusBar bar(&model);
    QTRY_COMPARE(bar.findChild<QLabel*>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Stopped"));
  }

  void peersButtonPausesAndResumes() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    NodeStatusBar bar(&model);
    bar.show();
    auto* peers = bar.findChild<QToolButton*>(QStringLiteral("peersButton"));
    QTRY_VERIFY(peers->isEnabled());
    QTRY_COMPARE(peers->text(), QStringLiteral("3 peer(s)"));
    QTest::mouseClick(peers, Qt::LeftButton);
    QTRY_COMPARE(node->commands(), std::vector<std::string>{"pause 1"});
    QTRY_COMPARE(peers->text(), QStringLiteral("Network paused"));
    QTest::mouseClick(peers, Qt::LeftButton);
    QTRY_COMPARE(node->commands(), (std::vector<std::string>{"pause 1", "pause 0"}));
    QTRY_COMPARE(peers->text(), QStringLiteral("3 peer(s)"));
  }
};

QTEST_MAIN(StatusBarTests)
#include "status_bar_tests.moc"
