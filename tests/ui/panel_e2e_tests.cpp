// End to end: the panel over the real embedded local network (four validators in this process on
// loopback), offscreen. Waits for committed heights and checks that the Consensus and Peers pages
// show them; stopping a companion from the panel raises alerts and restarting it clears them.
// Also writes a screenshot of every page (for the README) to $ORDO_SCREENSHOT_DIR when set.

#include <QAbstractItemView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <qcustomplot.h>

#include "alerts/alert_center.h"
#include "ordo/chain/transaction.h"
#include "ordo/crypto/ecdsa.h"
#include "main_window.h"
#include "models/client_model.h"
#include "ordo/interfaces/node.h"
#include "panel.h"
#include "settings/app_settings.h"

using namespace ordo;

namespace {

bool PortFree(quint16 port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

// `count` consecutive free ports below the ephemeral range.
quint16 FreePortBase(int count) {
  for (quint16 base = static_cast<quint16>(20000 + (::getpid() % 200) * 50); base < 32000; base += 50) {
    bool all = true;
    for (int i = 0; i < count && all; ++i) all = PortFree(static_cast<quint16>(base + i));
    if (all) return base;
  }
  return 0;
}

// Points plotted across every chart of `page`.
int PlottedPoints(QWidget* page) {
  int n = 0;
  for (QCustomPlot* plot : page->findChildren<QCustomPlot*>()) {
    for (int i = 0; i < plot->plottableCount(); ++i) {
      if (auto* p = plot->plottable(i)->interface1D()) n += p->dataCount();
    }
  }
  return n;
}

int MaxRows(QWidget* page) {
  int rows = 0;
  for (QAbstractItemView* v : page->findChildren<QAbstractItemView*>()) {
    if (v->model() && v->isVisibleTo(page)) rows = std::max(rows, v->model()->rowCount());
  }
  return rows;
}

bool AnyLabelContains(QWidget* page, const QString& text) {
  for (QLabel* l : page->findChildren<QLabel*>()) {
    if (l->text().contains(text)) return true;
  }
  return false;
}

struct DevAccount {
  std::optional<crypto::SecretKey> key;
  Address address{};
  uint64_t nonce = 0;
};

std::vector<DevAccount> LoadDevAccounts(const QString& path) {
  QFile f(path);
  std::vector<DevAccount> out;
  if (!f.open(QIODevice::ReadOnly)) return out;
  for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
    auto secret = FromHex(v.toObject().value(QStringLiteral("privateKey")).toString().mid(2).toStdString());
    if (!secret) continue;
    auto key = crypto::SecretKey::FromBytes(*secret);
    if (!key.ok()) continue;
    DevAccount a;
    a.key.emplace(std::move(key).value());
    a.address = crypto::EthereumAddress(*a.key);
    out.push_back(std::move(a));
  }
  return out;
}

QByteArray SignedTransfer(DevAccount& from, const Address& to, uint64_t evm_chain_id) {
  chain::Transaction tx;
  tx.type = chain::TxType::DynamicFee;
  tx.chain_id = evm_chain_id;
  tx.nonce = from.nonce++;
  tx.gas_limit = 21'000;
  tx.to = to;
  tx.value = 1000;
  tx.max_fee_per_gas = U256(100'000'000'000ULL);
  tx.max_priority_fee_per_gas = U256(1'000'000'000ULL + (tx.nonce % 7) * 100'000'000ULL);
  chain::SignTransaction(tx, *from.key);
  return QByteArray(reinterpret_cast<const char*>(tx.raw.data()), static_cast<qsizetype>(tx.raw.size()));
}

}  // namespace

class PanelE2eTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    const quint16 base = FreePortBase(8);
    QVERIFY(base != 0);
    interfaces::LocalNetworkOptions o;
    o.data_dir = (m_dir.path() + QStringLiteral("/net")).toStdString();
    o.rpc_port_base = base;
    o.p2p_port_base = static_cast<quint16>(base + 4);
    o.block_interval_ms = 200;
    o.dev_accounts = 10;
    std::string error;
    std::shared_ptr<interfaces::Node> node = interfaces::MakeLocalNetwork(o, &error);
    QVERIFY2(node, error.c_str());
    m_state = std::make_unique<QSettings>(m_dir.path() + QStringLiteral("/panel.ini"), QSettings::IniFormat);
    m_settings = std::make_unique<ui::AppSettings>(m_state.get());
    m_panel = std::make_unique<ui::Panel>(node, m_settings.get(), m_state.get());
    m_panel->window()->resize(1280, 800);
    m_panel->window()->show();
  }

  void cleanupTestCase() {
    m_panel.reset();
    m_settings.reset();
  }

  void consensusAndPeersPagesShowTheLiveNetwork() {
    ui::ClientModel* model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->snapshot()->status.last_committed >= 8, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(model->snapshot()->peers.size(), size_t{3}, 20000);
    QWidget* consensus = m_panel->Page(QStringLiteral("consensusPage"));
    QVERIFY(consensus);
    QVERIFY(m_panel->ShowPage(QStringLiteral("consensusPage")));
    // Committed heights reach the charts (phase bars, rounds, histogram) at the next redraw.
    QTRY_VERIFY_WITH_TIMEOUT(PlottedPoints(consensus) >= 5, 10000);
    QWidget* peers = m_panel->Page(QStringLiteral("peersPage"));
    QVERIFY(peers);
    QVERIFY(m_panel->ShowPage(QStringLiteral("peersPage")));
    QTRY_COMPARE_WITH_TIMEOUT(MaxRows(peers), 3, 10000);
    QWidget* overview = m_panel->Page(QStringLiteral("overviewPage"));
    QVERIFY(overview);
    QVERIFY(AnyLabelContains(overview, QStringLiteral("ordo-local")) || AnyLabelContains(overview, QStringLiteral("8545")) ||
            MaxRows(overview) >= 1);
  }

  void transactionsFlowThroughMempoolAndBlocks() {
    ui::ClientModel* model = m_panel->model();
    m_accounts = LoadDevAccounts(m_dir.path() + QStringLiteral("/net/dev-accounts.json"));
    QCOMPARE(m_accounts.size(), size_t{10});
    const uint64_t chain_id = model->snapshot()->status.evm_chain_id;
    int admitted = 0;
    connect(model, &ui::ClientModel::transactionSubmitted, this, [&admitted](const QString& err) { admitted += err.isEmpty() ? 1 : 0; });
    for (int i = 0; i < 100; ++i) model->submitRawTransaction(SignedTransfer(m_accounts[i % 10], m_accounts[(i + 1) % 10].address, chain_id));
    QTRY_COMPARE_WITH_TIMEOUT(admitted, 100, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->snapshot()->status.txs_committed >= 100, 30000);
    bool block_with_txs = false;
    for (const auto& b : model->snapshot()->blocks) block_with_txs = block_with_txs || b.txs > 0;
    QVERIFY(block_with_txs);
    QVERIFY(model->snapshot()->mempool.admitted_total >= 100);
  }

  void screenshotsOfEveryPage() {
    const QString dir = qEnvironmentVariable("ORDO_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;  // not asked for: nothing to write
    QVERIFY(QDir().mkpath(dir));
    // A trickle of transactions (100 tx/s over ten senders, well within the per-sender limits),
    // so the mempool and blocks pages show traffic.
    ui::ClientModel* model = m_panel->model();
    const uint64_t chain_id = model->snapshot()->status.evm_chain_id;
    QTimer load;
    connect(&load, &QTimer::timeout, this, [&] {
      for (int i = 0; i < 10; ++i) model->submitRawTransaction(SignedTransfer(m_accounts[i], m_accounts[(i + 1) % 10].address, chain_id));
    });
    load.start(100);
    QTest::qWait(8000);
    for (QWidget* page : m_panel->Pages()) {
      QVERIFY(m_panel->ShowPage(page->objectName()));
      if (page->objectName() == QStringLiteral("blocksPage") || page->objectName() == QStringLiteral("peersPage")) {
        // Show a detail pane: select the newest block / the first peer.
        for (QTableView* v : page->findChildren<QTableView*>()) {
          if (v->isVisibleTo(page) && v->model() && v->model()->rowCount() > 0) {
            v->selectRow(0);
            break;
          }
        }
      }
      QTest::qWait(800);  // two polls and a chart redraw
      const QImage shot = m_panel->window()->grab().toImage();
      QVERIFY(!shot.isNull());
      QString name = page->objectName();
      name.chop(4);  // "Page"
      QVERIFY(shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
  }

  void stoppingACompanionRaisesAlertsAndRestartingClearsThem() {
    ui::ClientModel* model = m_panel->model();
    ui::AlertCenter* alerts = m_panel->alerts();
    model->setLocalValidatorRunning(3, false);
    QTRY_VERIFY_WITH_TIMEOUT(!model->snapshot()->local_validators.empty() && !model->snapshot()->local_validators[3].running, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->snapshot()->peers.size(), size_t{2}, 20000);
    // node3's signatures stop appearing in the commit certificates: "validator node3 is missing blocks".
    const auto missing_alert = [alerts] {
      for (const auto& a : alerts->activeAlerts()) {
        if (a.id.startsWith(ui::AlertCenter::validator_missed_prefix) && a.title.contains(QStringLiteral("node3"))) return true;
      }
      return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(missing_alert(), 30000);
    // node3's turns as proposer now time out: those heights take a second round, which the
    // rounds chart shows, and the live round lists the propose timeouts.
    QTRY_VERIFY_WITH_TIMEOUT(!model->snapshot()->live.recent_timeouts.empty(), 30000);
    QWidget* consensus = m_panel->Page(QStringLiteral("consensusPage"));
    QVERIFY(m_panel->ShowPage(QStringLiteral("consensusPage")));
    const auto rounds_chart_shows_a_second_round = [consensus] {
      auto* plot = consensus->findChild<QCustomPlot*>(QStringLiteral("roundsChart"));
      if (!plot) return false;
      for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* data = plot->plottable(i)->interface1D();
        for (int k = 0; data && k < data->dataCount(); ++k) {
          if (data->dataMainValue(k) >= 2) return true;
        }
      }
      return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rounds_chart_shows_a_second_round(), 30000);
    // The charts keep moving: heights are still committed by the other three.
    const uint64_t h = model->snapshot()->status.last_committed;
    QTRY_VERIFY_WITH_TIMEOUT(model->snapshot()->status.last_committed >= h + 3, 30000);
    model->setLocalValidatorRunning(3, true);
    QTRY_COMPARE_WITH_TIMEOUT(model->snapshot()->peers.size(), size_t{3}, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!missing_alert(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(alerts->activeAlerts().isEmpty(), 60000);
    bool recovered = false;  // the history keeps the good news
    for (const auto& a : alerts->history()) recovered = recovered || (a.id.startsWith(ui::AlertCenter::validator_missed_prefix) && !a.acknowledged);
    QVERIFY(recovered);
  }

 private:
  QTemporaryDir m_dir;
  std::unique_ptr<QSettings> m_state;
  std::unique_ptr<ui::AppSettings> m_settings;
  std::unique_ptr<ui::Panel> m_panel;
  std::vector<DevAccount> m_accounts;
};

QTEST_MAIN(PanelE2eTests)
#include "panel_e2e_tests.moc"
