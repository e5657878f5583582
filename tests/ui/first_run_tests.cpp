// FirstRunDialog: the default choice, and the validation messages that keep a bad choice out.

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "settings/validation.h"
#include "wizards/first_run_dialog.h"

using namespace ordo::ui;

namespace {

quint64 Plenty(const QString&) { return quint64{50} << 30; }

}  // namespace

class FirstRunTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void defaultsToLocalNetwork() {
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.setFreeSpaceProbe(Plenty);
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("localRadio"))->isChecked());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("localHelp"))->text().contains(
        QStringLiteral("three companion validators in this process, over loopback")));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("genesisEdit"))->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("ordodPathEdit"))->isEnabled());
    const FirstRunChoice c = dialog.choice();
    QCOMPARE(c.mode, NetworkMode::LocalNetwork);
    QCOMPARE(c.data_dir, dir.path());
    QCOMPARE(dialog.Validate(), QString());
    dialog.accept();
    QCOMPARE(dialog.result(), int{QDialog::Accepted});
  }

  void refusesLowFreeSpace() {
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.setFreeSpaceProbe([](const QString&) { return quint64{300} << 20; });
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("freeSpaceLabel"))->text().contains(QStringLiteral("not enough")));
    QVERIFY(dialog.Validate().contains(QStringLiteral("the node needs at least 1 GiB")));
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result(), int{QDialog::Rejected});
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Only 300.0 MiB free there")), qPrintable(error->text()));
  }

  void joinNeedsGenesisAndPeers() {
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.setFreeSpaceProbe(Plenty);
    dialog.findChild<QRadioButton*>(QStringLiteral("joinRadio"))->setChecked(true);
    auto* genesis = dialog.findChild<QLineEdit*>(QStringLiteral("genesisEdit"));
    auto* peers = dialog.findChild<QLineEdit*>(QStringLiteral("peersEdit"));
    QVERIFY(genesis->isEnabled());
    QCOMPARE(dialog.Validate(), QStringLiteral("Choose the network's genesis file (genesis.json)."));
    genesis->setText(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(dialog.Validate().endsWith(QStringLiteral("missing.json does not exist.")));
    QFile f(dir.filePath(QStringLiteral("genesis.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    genesis->setText(f.fileName());
    QCOMPARE(dialog.Validate(), QStringLiteral("Enter at least one peer as host:port."));
    peers->setText(QStringLiteral("seed.example.org"));
    QCOMPARE(dialog.Validate(), QStringLiteral("“seed.example.org” is not host:port."));
    peers->setText(QStringLiteral("seed.example.org:99999"));
    QCOMPARE(dialog.Validate(), QStringLiteral("“seed.example.org:99999” has no valid port (1–65535)."));
    peers->setText(QStringLiteral("bad_host!:26656"));
    QCOMPARE(dialog.Validate(), QStringLiteral("“bad_host!” is not a valid host name or IPv4 address."));
    peers->setText(QStringLiteral("seed.example.org:26656,  10.1.2.3:26657\n10.1.2.3:26657"));
    QCOMPARE(dialog.Validate(), QString());
    const FirstRunChoice c = dialog.choice();
    QCOMPARE(c.mode, NetworkMode::JoinNetwork);
    QCOMPARE(c.genesis_file, f.fileName());
    QCOMPARE(c.peers, (QStringList{QStringLiteral("seed.example.org:26656"), QStringLiteral("10.1.2.3:26657")}));
  }

  void ordodNeedsAnExecutable() {
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.setFreeSpaceProbe(Plenty);
    dialog.findChild<QRadioButton*>(QStringLiteral("ordodRadio"))->setChecked(true);
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("ordodPathEdit"));
    auto* home = dialog.findChild<QLineEdit*>(QStringLiteral("ordodHomeEdit"));
    QCOMPARE(dialog.Validate(), QStringLiteral("Choose the ordod program."));
    QFile f(dir.filePath(QStringLiteral("ordod")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    path->setText(f.fileName());
    QVERIFY(dialog.Validate().endsWith(QStringLiteral("is not an executable program.")));
    QVERIFY(f.setPermissions(f.permissions() | QFile::ExeOwner));
    QCOMPARE(dialog.Validate(), QStringLiteral("Choose the ordod home directory."));
    home->setText(dir.filePath(QStringLiteral("home")));
    QCOMPARE(dialog.Validate(), QString());
    QCOMPARE(dialog.choice().mode, NetworkMode::Ordod);
  }

  void dataDirChecks() {
    QCOMPARE(ValidateFreeSpace(quint64{2} << 30), QString());
    QVERIFY(!ValidateFreeSpace(quint64{1023} << 20).isEmpty());
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("file")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(ValidateDataDir(f.fileName()).endsWith(QStringLiteral("is a file, not a directory.")));
    QCOMPARE(ValidateDataDir(QString()), QStringLiteral("Choose a data directory."));
    // A directory that does not exist yet is measured on its nearest existing parent.
    QVERIFY(FreeBytesAt(dir.filePath(QStringLiteral("a/b/c"))) > 0);
  }
};

QTEST_MAIN(FirstRunTests)
#include "first_run_tests.moc"
