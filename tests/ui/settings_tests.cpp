// AppSettings (persistence, command-line overrides), the translator and the settings page.

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "settings/app_settings.h"
#include "settings/translator.h"
#include "views/settings_page.h"

using ordo::test::FakeNode;
using namespace ordo::ui;

class LanguageChangeCounter : public QObject {
 public:
  int count = 0;
  bool eventFilter(QObject*, QEvent* e) override {
    if (e->type() == QEvent::LanguageChange) ++count;
    return false;
  }
};

class SettingsTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void persistsAcrossInstances() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.ini"));
    {
      QSettings qs(path, QSettings::IniFormat);
      AppSettings s(&qs);
      QCOMPARE(s.mode(), NetworkMode::LocalNetwork);
      QCOMPARE(s.rpcPortBase(), quint16{8545});
      QCOMPARE(s.p2pPortBase(), quint16{26656});
      QCOMPARE(s.theme(), Theme::System);
      QCOMPARE(s.language(), QString());
      QVERIFY(!s.firstRunDone());
      QVERIFY(!s.dataDir().isEmpty());  // a default
      s.setMode(NetworkMode::JoinNetwork);
      s.setDataDir(QStringLiteral("/srv/ordo"));
      s.setRpcPortBase(9545);
      s.setP2pPortBase(36656);
      s.setGenesisFile(QStringLiteral("/tmp/genesis.json"));
      s.setPeers({QStringLiteral("a.example:26656"), QStringLiteral("10.0.0.2:26656")});
      s.setOrdodPath(QStringLiteral("/usr/bin/ordod"));
      s.setOrdodHome(QStringLiteral("/srv/ordod"));
      s.setTheme(Theme::Dark);
      s.setLanguage(QStringLiteral("de"));
      s.setFirstRunDone(true);
    }
    QSettings qs(path, QSettings::IniFormat);
    AppSettings s(&qs);
    QCOMPARE(s.mode(), NetworkMode::JoinNetwork);
    QCOMPARE(s.dataDir(), QStringLiteral("/srv/ordo"));
    QCOMPARE(s.rpcPortBase(), quint16{9545});
    QCOMPARE(s.p2pPortBase(), quint16{36656});
    QCOMPARE(s.genesisFile(), QStringLiteral("/tmp/genesis.json"));
    QCOMPARE(s.peers(), (QStringList{QStringLiteral("a.example:26656"), QStringLiteral("10.0.0.2:26656")}));
    QCOMPARE(s.ordodPath(), QStringLiteral("/usr/bin/ordod"));
    QCOMPARE(s.ordodHome(), QStringLiteral("/srv/ordod"));
    QCOMPARE(s.theme(), Theme::Dark);
    QCOMPARE(s.language(), QStringLiteral("de"));
    QVERIFY(s.firstRunDone());
  }

  void overrideWinsAndStoredValueStays() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.ini"));
    {
      QSettings qs(path, QSettings::IniFormat);
      AppSettings s(&qs);
      s.setDataDir(QStringLiteral("/stored"));
      s.setRpcPortBase(9000);
      QSignalSpy changed(&s, &AppSettings::changed);
      s.SetOverride(AppSettings::key_data_dir, QStringLiteral("/from-cli"), QStringLiteral("--datadir"));
      QCOMPARE(changed.count(), 1);
      QVERIFY(s.IsOverridden(AppSettings::key_data_dir));
      QVERIFY(!s.IsOverridden(AppSettings::key_rpc_port_base));
      QCOMPARE(s.dataDir(), QStringLiteral("/from-cli"));
      QCOMPARE(s.OverrideFlag(AppSettings::key_data_dir), QStringLiteral("--datadir"));
      // Storing while overridden keeps the override in force for this run.
      s.setDataDir(QStringLiteral("/stored-2"));
      QCOMPARE(s.dataDir(), QStringLiteral("/from-cli"));
      QCOMPARE(s.StoredValue(AppSettings::key_data_dir).toString(), QStringLiteral("/stored-2"));
      s.SetOverride(AppSettings::key_rpc_port_base, 7000);
      QCOMPARE(s.rpcPortBase(), quint16{7000});
      QCOMPARE(s.OverrideFlag(AppSettings::key_rpc_port_base), QStringLiteral("--rpc-port-base"));
    }
    QSettings qs(path, QSettings::IniFormat);
    AppSettings s(&qs);
    QCOMPARE(s.dataDir(), QStringLiteral("/stored-2"));
    QCOMPARE(s.rpcPortBase(), quint16{9000});
  }

  void themeAndLanguageSignals() {
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    AppSettings s(&qs);
    QSignalSpy theme(&s, &AppSettings::themeChanged);
    QSignalSpy language(&s, &AppSettings::languageChanged);
    s.setTheme(Theme::Light);
    s.setTheme(Theme::Light);
    s.setLanguage(QStringLiteral("es"));
    QCOMPARE(theme.count(), 1);
    QCOMPARE(theme.at(0).at(0).value<Theme>(), Theme::Light);
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("es"));
  }

  void translatorLoadsEmbeddedTranslations() {
    for (const QString& lang : Translator::AvailableLanguages()) {
      QVERIFY2(QFile::exists(Translator::QmPath(lang)), qPrintable(Translator::QmPath(lang)));
    }
    LanguageChangeCounter counter;
    QWidget widget;
    widget.installEventFilter(&counter);
    Translator t;
    QVERIFY(t.SetLanguage(QStringLiteral("de")));
    QCOMPARE(t.language(), QStringLiteral("de"));
    QCoreApplication::processEvents();
    QVERIFY(counter.count >= 1);  // widgets are told to retranslate
    // The compiled translations are real: page names come out in the chosen language.
    QCOMPARE(QCoreApplication::translate("ordo::ui::Panel", "Overview"), QStringLiteral("Übersicht"));
    QVERIFY(t.SetLanguage(QStringLiteral("es")));
    QCOMPARE(QCoreApplication::translate("ordo::ui::Panel", "Validators"), QStringLiteral("Validadores"));
    QVERIFY(t.SetLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("ordo::ui::Panel", "Overview"), QStringLiteral("概览"));
    QVERIFY(!t.SetLanguage(QStringLiteral("xx")));
    QCOMPARE(Translator::NativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
  }

  void pageShowsOverridesDisabledWithNote() {
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    AppSettings s(&qs);
    s.setDataDir(dir.path());
    s.SetOverride(AppSettings::key_rpc_port_base, 9999, QStringLiteral("--rpc-port"));
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& st) { st = FakeNode::Healthy(42); });
    ClientModel model(node);
    SettingsPage page(&s, &model);
    page.resize(1100, 720);
    page.show();

    auto* rpc = page.findChild<QSpinBox*>(QStringLiteral("rpcPortSpin"));
    auto* p2p = page.findChild<QSpinBox*>(QStringLiteral("p2pPortSpin"));
    auto* note = page.findChild<QLabel*>(QStringLiteral("rpcPortSpinOverrideNote"));
    auto* p2p_note = page.findChild<QLabel*>(QStringLiteral("p2pPortSpinOverrideNote"));
    QVERIFY(rpc && p2p && note && p2p_note);
    QVERIFY(!rpc->isEnabled());
    QCOMPARE(rpc->value(), 9999);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("Set by the command line (--rpc-port); the stored value applies when started without it."));
    QVERIFY(p2p->isEnabled());
    QVERIFY(p2p->isVisible());
    QVERIFY(p2p->height() > 0);  // not squeezed out by the note above it
    QVERIFY(page.findChild<QComboBox*>(QStringLiteral("modeCombo"))->isVisible());
    QVERIFY(!p2p_note->isVisible());

    // Running network facts.
    QTRY_COMPARE(page.findChild<QLabel*>(QStringLiteral("chainIdLabel"))->text(),
                 QStringLiteral("ordo-local (EVM chain id 61000)"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("rpcUrlLabel"))->text(), QStringLiteral("http://127.0.0.1:8545"));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("freeSpaceLabel"))->text().contains(QStringLiteral("free")));
  }

  void pageChangesNeedRestartBanner() {
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("panel.ini")), QSettings::IniFormat);
    AppSettings s(&qs);
    s.setDataDir(dir.path());
    auto node = std::make_shared<FakeNode>();
    ClientModel model(node);
    SettingsPage page(&s, &model);
    page.show();
    auto* banner = page.findChild<QLabel*>(QStringLiteral("restartBanner"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("chainIdLabel"))->text(), QStringLiteral("Collecting data…"));

    auto* p2p = page.findChild<QSpinBox*>(QStringLiteral("p2pPortSpin"));
    p2p->setValue(30000);
    QCOMPARE(s.p2pPortBase(), quint16{30000});
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Restart the panel to apply the changed network settings."));
    p2p->setValue(26656);
    QVERIFY(!banner->isVisible());

    // Theme and language apply at once: no banner, but the settings change.
    auto* theme = page.findChild<QComboBox*>(QStringLiteral("themeCombo"));
    auto* language = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QSignalSpy lang_spy(&s, &AppSettings::languageChanged);
    theme->setFocus();
    theme->setCurrentIndex(2);
    Q_EMIT theme->activated(2);
    QCOMPARE(s.theme(), Theme::Dark);
    const int de = language->findData(QStringLiteral("de"));
    QVERIFY(de > 0);
    language->setCurrentIndex(de);
    Q_EMIT language->activated(de);
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(lang_spy.count(), 1);
    QVERIFY(!banner->isVisible());

    // Join mode shows the peers row; bad peers are refused with a message.
    auto* mode = page.findChild<QComboBox*>(QStringLiteral("modeCombo"));
    auto* peers = page.findChild<QLineEdit*>(QStringLiteral("peersEdit"));
    QVERIFY(!peers->isVisible());
    mode->setCurrentIndex(1);
    Q_EMIT mode->activated(1);
    QCOMPARE(s.mode(), NetworkMode::JoinNetwork);
    QVERIFY(banner->isVisible());
    QVERIFY(peers->isVisible());
    peers->setText(QStringLiteral("node-a:26656, nonsense"));
    Q_EMIT peers->editingFinished();
    auto* error = page.findChild<QLabel*>(QStringLiteral("peersError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("nonsense")));
    QVERIFY(s.peers().isEmpty());
    peers->setText(QStringLiteral("node-a:26656, node-b:26657"));
    Q_EMIT peers->editingFinished();
    QVERIFY(!error->isVisible());
    QCOMPARE(s.peers(), (QStringList{QStringLiteral("node-a:26656"), QStringLiteral("node-b:26657")}));
  }
};

QTEST_MAIN(SettingsTests)
#include "settings_tests.moc"
