// PeerTableModel: rows keyed by peer id across snapshots, sorting through the proxy.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "fake_node.h"
#include "models/peer_table_model.h"

using ordo::interfaces::PeerInfo;
using ordo::test::FakeNode;
using ordo::ui::PeerTableModel;

namespace {

PeerInfo MakePeer(char c, double rtt_ms) {
  PeerInfo p;
  p.id = std::string(40, c);
  p.node_key = std::string(64, c);
  p.moniker = std::string("peer-") + c;
  p.address = std::string("10.0.0.") + c + ":26656";
  p.rtt_ms = rtt_ms;
  p.connected_since_ms = 1000;
  return p;
}

QStringList Ids(const QAbstractItemModel& m) {
  QStringList ids;
  for (int r = 0; r < m.rowCount(); ++r) ids << m.index(r, 0).data(PeerTableModel::PeerIdRole).toString();
  return ids;
}

}  // namespace

class PeerTableModelTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keyedUpdatesAcrossSnapshots() {
    PeerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);

    const auto healthy = FakeNode::Healthy(42);
    model.SetPeers(healthy.peers, healthy.status.now_ms);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, PeerTableModel::Moniker).data().toString(), QStringLiteral("validator-1"));
    QCOMPARE(model.index(0, PeerTableModel::Id).data().toString(), QStringLiteral("111111111111"));
    QVERIFY(model.index(0, PeerTableModel::Id).data(Qt::ToolTipRole).toString().contains(QString(40, u'1')));
    QCOMPARE(model.index(0, PeerTableModel::Direction).data().toString(), QStringLiteral("outbound"));
    QCOMPARE(model.index(1, PeerTableModel::Direction).data().toString(), QStringLiteral("inbound"));
    QCOMPARE(model.index(2, PeerTableModel::BytesOut).data().toString(), QStringLiteral("5.9 KiB"));
    QCOMPARE(model.index(0, PeerTableModel::ConnectedSince).data().toString(), QStringLiteral("1 min"));

    // The middle peer leaves, two arrive, the first one's RTT changes.
    auto peers = healthy.peers;
    peers.erase(peers.begin() + 1);
    peers[0].rtt_ms = 55;
    peers.push_back(MakePeer('a', 3));
    peers.push_back(MakePeer('b', 1));
    const int row_of_first = model.RowOf(QString::fromStdString(peers[0].id));
    model.SetPeers(peers, healthy.status.now_ms + 3'600'000);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.RowOf(QString::fromStdString(peers[0].id)), row_of_first);
    QCOMPARE(model.index(row_of_first, PeerTableModel::Rtt).data(PeerTableModel::SortRole).toDouble(), 55.0);
    QCOMPARE(model.index(row_of_first, PeerTableModel::ConnectedSince).data().toString(), QStringLiteral("1 h 1 min"));
    QCOMPARE(model.RowOf(QString(40, u'2')), -1);

    // Everyone leaves, then one comes back.
    model.SetPeers({}, healthy.status.now_ms);
    QCOMPARE(model.rowCount(), 0);
    model.SetPeers({MakePeer('c', 1)}, healthy.status.now_ms);
    QCOMPARE(Ids(model), QStringList{QString(40, u'c')});

    QCOMPARE(resets.count(), 0);
    QVERIFY(inserts.count() >= 3);
    QVERIFY(removes.count() >= 2);
  }

  void duplicateIdsKeepOneRow() {
    PeerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.SetPeers({MakePeer('a', 1), MakePeer('a', 2), MakePeer('b', 3)}, 0);
    QCOMPARE(model.rowCount(), 2);
  }

  void sortsByRttThroughProxy() {
    PeerTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PeerTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(PeerTableModel::Rtt, Qt::AscendingOrder);
    // 12.5 sorts after 3 only if the raw number (not the text) is compared.
    model.SetPeers({MakePeer('a', 12.5), MakePeer('b', 3), MakePeer('c', 0.4)}, 0);
    QCOMPARE(Ids(proxy), (QStringList{QString(40, u'c'), QString(40, u'b'), QString(40, u'a')}));
    // A new snapshot reorders the proxy without touching the source order.
    model.SetPeers({MakePeer('a', 0.1), MakePeer('b', 3), MakePeer('c', 0.4)}, 0);
    QCOMPARE(Ids(proxy), (QStringList{QString(40, u'a'), QString(40, u'c'), QString(40, u'b')}));
    proxy.sort(PeerTableModel::Rtt, Qt::DescendingOrder);
    QCOMPARE(Ids(proxy), (QStringList{QString(40, u'b'), QString(40, u'c'), QString(40, u'a')}));
  }

  void boundedRows() {
    PeerTableModel model;
    std::vector<PeerInfo> many;
    for (size_t i = 0; i < PeerTableModel::peers_max + 10; ++i) {
      PeerInfo p;
      p.id = std::to_string(i);
      many.push_back(p);
    }
    model.SetPeers(many, 0);
    QCOMPARE(static_cast<size_t>(model.rowCount()), PeerTableModel::peers_max);
  }
};

QTEST_MAIN(PeerTableModelTests)
#include "peer_table_model_tests.moc"
