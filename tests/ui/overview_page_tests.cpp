// OverviewPage against FakeNode: what the cards display for given node states, and that the
// local validator buttons send the right commands.

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "views/overview_page.h"

using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::OverviewPage;

class OverviewPageTests : public QObject {
  Q_OBJECT

  static QString Text(QWidget& page, const char* name) {
    auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
  }

 private Q_SLOTS:
  void emptyBeforeFirstSnapshot() {
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    OverviewPage page(&model);  // the first poll is delivered by the event loop, which has not run
    QCOMPARE(page.objectName(), QStringLiteral("overviewPage"));
    QCOMPARE(Text(page, "heightValue"), QStringLiteral("Collecting data…"));
    QCOMPARE(Text(page, "syncValue"), QStringLiteral("Collecting data…"));
    QTRY_COMPARE(Text(page, "heightValue"), QStringLiteral("0"));
    QCOMPARE(Text(page, "syncValue"), QStringLiteral("No peers"));
    QCOMPARE(Text(page, "lastBlockValue"), QStringLiteral("No block yet"));
  }

  void healthyNode() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    OverviewPage page(&model);
    QTRY_COMPARE(Text(page, "heightValue"), QStringLiteral("43"));
    QVERIFY(Text(page, "heightValueDetail").contains(QStringLiteral("42")));
    QCOMPARE(Text(page, "roundValue"), QStringLiteral("0"));
    QCOMPARE(Text(page, "stepValue"), QStringLiteral("Prevote"));
    QCOMPARE(Text(page, "peersValue"), QStringLiteral("3"));
    QCOMPARE(Text(page, "validatorStatusValue"), QStringLiteral("Active validator"));
    QCOMPARE(Text(page, "powerValue"), QStringLiteral("100 (25.0 %)"));
    QCOMPARE(Text(page, "signerValue"), QStringLiteral("Last signed 42"));
    QCOMPARE(Text(page, "syncValue"), QStringLiteral("In sync"));
    QCOMPARE(Text(page, "lastBlockValue"), QStringLiteral("0.4 s ago"));
    QCOMPARE(Text(page, "intervalValue"), QStringLiteral("1.00 s"));
    QCOMPARE(Text(page, "mempoolValue"), QStringLiteral("12 pending / 3 queued"));
    QCOMPARE(Text(page, "chainValue"), QStringLiteral("ordo-local"));
    QVERIFY(Text(page, "chainValueDetail").contains(QStringLiteral("http://127.0.0.1:8545")));
    // Every metric carries a tooltip.
    for (const char* name : {"heightValue", "roundValue", "stepValue", "peersValue", "validatorStatusValue", "syncValue"}) {
      QVERIFY2(!page.findChild<QLabel*>(QString::fromLatin1(name))->toolTip().isEmpty(), name);
    }
  }

  void notAValidatorAndSyncing() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(100);
      s.status.is_validator = false;
      s.status.validator_key.clear();
      s.status.own_power = 0;
      s.status.best_peer_height = 1000;
    });
    ClientModel model(node);
    OverviewPage page(&model);
    QTRY_COMPARE(Text(page, "validatorStatusValue"), QStringLiteral("Not a validator"));
    QCOMPARE(Text(page, "syncValue"), QStringLiteral("Syncing 10.0 %"));
    QVERIFY(Text(page, "syncValueDetail").contains(QStringLiteral("900 blocks behind")));
    QVERIFY(Text(page, "syncValueDetail").contains(QStringLiteral("ETA unknown")));
    QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("syncProgress"))->value(), 100);

    // Catching up 200 blocks in 2 s: 100 blocks/s, 700 left -> 7 s.
    node->update([](auto& s) {
      s.status.last_committed = 300;
      s.status.height = 301;
      s.status.now_ms += 2000;
    });
    QTRY_VERIFY(Text(page, "syncValueDetail").contains(QStringLiteral("ETA 7 s")));
    QCOMPARE(Text(page, "syncValue"), QStringLiteral("Syncing 30.0 %"));

    node->update([](auto& s) { s.status.last_committed = 999; s.status.now_ms += 2000; });
    QTRY_COMPARE(Text(page, "syncValue"), QStringLiteral("In sync"));
  }

  void localValidatorButtons() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(10); });
    ClientModel model(node);
    OverviewPage page(&model);
    QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("localValidatorButton2")) != nullptr);
    // The operator's own node has no stop button.
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("localValidatorButton0")) == nullptr);
    auto* stop2 = page.findChild<QPushButton*>(QStringLiteral("localValidatorButton2"));
    QCOMPARE(stop2->text(), QStringLiteral("Stop"));
    stop2->click();
    QTRY_VERIFY(!node->commands().empty());
    QCOMPARE(node->commands().back(), std::string("validator 2 stop"));
    QTRY_COMPARE(page.findChild<QPushButton*>(QStringLiteral("localValidatorButton2"))->text(), QStringLiteral("Start"));
    auto* start2 = page.findChild<QPushButton*>(QStringLiteral("localValidatorButton2"));
    QTRY_VERIFY(start2->isEnabled());
    start2->click();
    QTRY_COMPARE(node->commands().back(), std::string("validator 2 start"));

    // A validator that vanished between the snapshot and the click: the node refuses.
    auto* error = page.findChild<QLabel*>(QStringLiteral("localValidatorError"));
    QVERIFY(error->isHidden());
    QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("localValidatorButton3"))->isEnabled());
    node->update([](auto& s) { s.local_validators.pop_back(); });
    page.findChild<QPushButton*>(QStringLiteral("localValidatorButton3"))->click();
    QTRY_VERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("Could not change the validator: no such validator"));
    QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("localValidatorButton3")) == nullptr);
  }

  void joinedNodeHidesLocalValidators() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) {
      s = FakeNode::Healthy(10);
      s.local_validators.clear();
    });
    ClientModel model(node);
    OverviewPage page(&model);
    page.show();
    QTRY_COMPARE(Text(page, "heightValue"), QStringLiteral("11"));
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("localValidatorsBox"))->isVisible());
  }
};

QTEST_MAIN(OverviewPageTests)
#include "overview_page_tests.moc"
