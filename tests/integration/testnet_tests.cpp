// Four real `ordod` validators over the TLS WebSocket p2p network on 127.0.0.1 (issue #4): they
// commit continuously; a validator killed, frozen (SIGSTOP) or stopped for 200 blocks catches up
// by block sync; peers that send undecodable, oversize or forged messages end up banned; a 2/2
// partition and the loss of two validators halt the chain without a fork, and healing resumes it.
// Every scenario starts a fresh testnet, ends with a fork check over every height of every live
// node, and only polls with generous limits: nothing here asserts on speed.

#include <QtTest/QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "ordo/codec/codec.h"
#include "ordo/consensus/encoding.h"
#include "ordo/consensus/types.h"
#include "test_peer.h"
#include "testnet.h"

using namespace ordo::integration;

namespace {

constexpr int validators = 4;
constexpr int mesh_timeout_ms = 60'000;
constexpr int progress_timeout_ms = 90'000;  // for a few heights, even with rounds timing out
constexpr int catch_up_timeout_ms = 120'000;
constexpr int terminate_timeout_ms = 20'000;
constexpr int ban_timeout_ms = 30'000;
constexpr int pause_ms = 10'000;
constexpr int halt_settle_quiet_ms = 2'000;  // heights unchanged this long: the partition has settled
constexpr int halt_settle_max_ms = 20'000;
constexpr int halt_observe_ms = 4'000;
constexpr uint64_t heights_while_down = 5;
constexpr uint64_t heights_while_stopped = 200;
constexpr uint64_t heights_following = 3;
constexpr int bad_vote_interval_ms = 50;
constexpr int short_round_timeout_ms = 150;
constexpr uint8_t vote_type = 2;  // node::MsgType::Vote
constexpr uint8_t candidate_block_type = 9;  // node::MsgType::CandidateBlock
const QString block_sync_log = "block sync";

QString JsonText(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

std::vector<int> AllNodes() {
  std::vector<int> all;
  for (int i = 0; i < validators; ++i) all.push_back(i);
  return all;
}

std::vector<int> Except(std::initializer_list<int> gone) {
  std::vector<int> rest;
  for (int i = 0; i < validators; ++i) {
    if (std::find(gone.begin(), gone.end(), i) == gone.end()) rest.push_back(i);
  }
  return rest;
}

}  // namespace

class TestnetTests : public QObject {
  Q_OBJECT

  std::unique_ptr<QTemporaryDir> m_dir;
  std::unique_ptr<OrdodTestnet> m_net;
  std::unique_ptr<ChainAgreement> m_agreement;
  QElapsedTimer m_clock;
  QString m_error;

  // A fresh 4-validator testnet, every node connected to every other and past height 1; with
  // round_timeout_ms, the base of the propose, prevote and precommit timeouts.
  bool StartTestnet(int block_interval_ms, std::optional<int> round_timeout_ms = std::nullopt) {
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
      m_error = "cannot create a temporary directory";
      return false;
    }
    m_net = std::make_unique<OrdodTestnet>();
    m_agreement = std::make_unique<ChainAgreement>(*m_net);
    TestnetParams params;
    params.validators = validators;
    params.block_interval_ms = block_interval_ms;
    if (!m_net->Create(m_dir->path() + "/testnet", params, &m_error)) return false;
    if (round_timeout_ms) {
      for (const char* key : {"timeout_propose_ms", "timeout_prevote_ms", "timeout_precommit_ms"}) {
        if (!m_net->SetConfigValueAll(key, QString::number(*round_timeout_ms), &m_error)) return false;
      }
    }
    return m_net->StartAll(&m_error) &&
           m_net->WaitForMesh(AllNodes(), mesh_timeout_ms, &m_error) &&
           m_net->WaitForHeight(AllNodes(), 1, progress_timeout_ms, &m_error);
  }

  // Every node in `nodes` commits `count` heights beyond the highest of them now.
  bool CommitMore(const std::vector<int>& nodes, uint64_t count, int timeout_ms) {
    const auto head = m_net->MaxHeight(nodes);
    if (!head) {
      m_error = "no node answers eth_blockNumber";
      return false;
    }
    return m_net->WaitForHeight(nodes, *head + count, timeout_ms, &m_error);
  }

  // Node `node` reaches the head of `others`, then commits along with them and signs again: it
  // takes part in consensus rather than trailing by sync alone.
  bool CatchesUpAndFollows(int node, const std::vector<int>& others) {
    const auto head = m_net->MaxHeight(others);
    if (!head) {
      m_error = "no node answers eth_blockNumber";
      return false;
    }
    if (!m_net->WaitForHeight({node}, *head, catch_up_timeout_ms, &m_error) ||
        !CommitMore(AllNodes(), heights_following, progress_timeout_ms)) {
      return false;
    }
    QDeadlineTimer deadline(progress_timeout_ms);
    RpcReply state;
    for (;;) {
      state = m_net->node(node).rpc().Call("ordo_consensusState", {}, testnet_rpc_timeout_ms);
      if (state.ok() && state.result.toObject().value("signerLastHeight").toInteger() > static_cast<qint64>(*head)) {
        return true;
      }
      if (deadline.hasExpired()) break;
      QThread::msleep(testnet_poll_interval_ms);
    }
    m_error = QString("node%1 follows the chain but has signed nothing above height %2: %3")
                  .arg(node)
                  .arg(*head)
                  .arg(state.ok() ? JsonText(state.result.toObject()) : state.Describe());
    return false;
  }

  bool Restart(int node) {
    return m_net->node(node).Start(&m_error) && m_net->node(node).WaitForRpc(rpc_ready_timeout_ms, &m_error);
  }

  // Heights of `nodes`; false when one does not answer.
  bool Heights(const std::vector<int>& nodes, std::map<int, uint64_t>* out) {
    out->clear();
    for (int i : nodes) {
      const auto h = m_net->Height(i);
      if (!h) {
        m_error = QString("node%1 does not answer eth_blockNumber").arg(i);
        return false;
      }
      (*out)[i] = *h;
    }
    return true;
  }

  static QString Describe(const std::map<int, uint64_t>& heights) {
    QStringList parts;
    for (const auto& [i, h] : heights) parts << QString("node%1 %2").arg(i).arg(h);
    return parts.join(", ");
  }

  // The chain has halted: once the last decided height has reached every node (heights unchanged
  // for halt_settle_quiet_ms), no node in `nodes` commits anything for halt_observe_ms.
  bool ChainHalted(const std::vector<int>& nodes) {
    std::map<int, uint64_t> settled, now;
    if (!Heights(nodes, &settled)) return false;
    QDeadlineTimer settle_deadline(halt_settle_max_ms);
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < halt_settle_quiet_ms) {
      if (settle_deadline.hasExpired()) {
        m_error = "the chain kept committing: " + Describe(settled) + "\n" + m_net->OutputTails();
        return false;
      }
      QThread::msleep(testnet_poll_interval_ms);
      if (!Heights(nodes, &now)) return false;
      if (now != settled) {
        settled = now;
        quiet.restart();
      }
    }
    QElapsedTimer observed;
    observed.start();
    while (observed.elapsed() < halt_observe_ms) {
      QThread::msleep(testnet_poll_interval_ms);
      if (!Heights(nodes, &now)) return false;
      if (now != settled) {
        m_error = "committed while it should be halted: " + Describe(settled) + " became " + Describe(now) + "\n" +
                  m_net->OutputTails();
        return false;
      }
    }
    return true;
  }

  bool NoFork() { return m_agreement->Check(&m_error); }

  // A line in the test log with the time since the scenario began and every live node's height.
  void Note(const QString& what) {
    std::map<int, uint64_t> heights;
    for (int i : m_net->LiveNodes()) {
      if (const auto h = m_net->Height(i)) heights[i] = *h;
    }
    qInfo("%6.1f s  %s  (%s)", m_clock.elapsed() / 1000.0, qPrintable(what), qPrintable(Describe(heights)));
  }

  // Waits until node0 lists `peer` as banned with a reason naming `misbehaviour`, and no longer
  // as a peer.
  bool BannedByNode0(const QString& peer, const QString& misbehaviour) {
    QDeadlineTimer deadline(ban_timeout_ms);
    QString last;
    for (;;) {
      const auto peers = m_net->Peers(0, &m_error);
      if (!peers) return false;
      bool banned = false, connected = false;
      for (const QJsonValue& b : peers->value("banned").toArray()) {
        if (b.toObject().value("id").toString() != peer) continue;
        last = b.toObject().value("reason").toString();
        banned = last.contains(misbehaviour);
      }
      for (const QJsonValue& p : peers->value("peers").toArray()) {
        connected |= p.toObject().value("id").toString() == peer;
      }
      if (banned && !connected) return true;
      if (deadline.hasExpired()) {
        m_error = "node0 did not ban " + peer + " for " + misbehaviour + " (ban reason: '" + last +
                  "', still a peer: " + (connected ? "yes" : "no") + ")\n" + m_net->node(0).OutputTail(3000);
        return false;
      }
      QThread::msleep(testnet_poll_interval_ms);
    }
  }

  // A fresh TestPeer connected to node0, which `misbehave` then drives until node0 drops it.
  bool BadPeerIsBanned(const QString& misbehaviour, const std::function<bool(TestPeer&)>& misbehave) {
    TestPeer peer;
    if (!peer.Start(m_net->chain_id().toStdString(), "127.0.0.1:" + std::to_string(m_net->p2p_port(0)), &m_error)) {
      return false;
    }
    if (!peer.WaitConnected(mesh_timeout_ms)) {
      m_error = "the test peer could not connect to node0\n" + m_net->node(0).OutputTail(3000);
      return false;
    }
    if (!misbehave(peer)) return false;
    if (!BannedByNode0(QString::fromStdString(peer.self_id()), misbehaviour)) return false;
    Note("peer banned for " + misbehaviour);
    return true;
  }

  // Sends prevotes signed with the peer's own node key, claiming to be validator 1, for the
  // height node0 is deciding and the next, until node0 closes the connection. node0 checks the
  // first unless that height is decided by the time it arrives, the second when that height
  // starts; a pair that arrives after node0 has moved on is ignored, so keep sending.
  bool SendForgedVotes(TestPeer& peer) {
    QDeadlineTimer deadline(ban_timeout_ms);
    int sent = 0;
    while (peer.connected() && !deadline.hasExpired()) {
      const RpcReply state = m_net->node(0).rpc().Call("ordo_consensusState", {}, testnet_rpc_timeout_ms);
      if (!state.ok()) {
        m_error = "ordo_consensusState: " + state.Describe();
        return false;
      }
      const auto height = static_cast<uint64_t>(state.result.toObject().value("height").toInteger());
      const auto round = static_cast<int32_t>(state.result.toObject().value("round").toInt());
      for (uint64_t h : {height, height + 1}) {
        ordo::consensus::Vote v;
        v.type = ordo::consensus::VoteType::Prevote;
        v.height = h;
        v.round = h == height ? round : 0;
        v.validator = 1;
        const ordo::Bytes sign_bytes = ordo::consensus::VoteSignBytes(m_net->chain_id().toStdString(), v);
        v.signature = ordo::crypto::SchnorrSign(peer.key(), sign_bytes);
        peer.Send(vote_type, ordo::codec::Encode(v));
        ++sent;
      }
      QThread::msleep(bad_vote_interval_ms);
    }
    qInfo("sent %d forged votes before node0 dropped the peer", sent);
    return true;
  }

 private slots:
  void init() {
    m_error.clear();
    m_clock.start();
  }

  void cleanup() {
    if (m_net) m_net->KillAll();
    if (QTest::currentTestFailed() && m_dir) {
      m_dir->setAutoRemove(false);
      qInfo("kept the testnet homes in %s", qPrintable(m_dir->path()));
    }
    m_agreement.reset();
    m_net.reset();
    m_dir.reset();
    qInfo("%s took %.1f s", QTest::currentTestFunction(), m_clock.elapsed() / 1000.0);
  }

  // 1. All four commit, with one hash per height on every node.
  void fourValidatorsCommit() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 5, progress_timeout_ms, &m_error), qPrintable(m_error));
    QVERIFY2(NoFork(), qPrintable(m_error));
    QVERIFY(m_agreement->checked_height() >= 5);
  }

  // 2. kill -9 of one: the other three go on; restarted, it catches up by block sync and follows.
  void killedValidatorCatchesUpBySync() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 3, progress_timeout_ms, &m_error), qPrintable(m_error));
    m_net->node(3).Kill();
    Note("node3 killed");
    QVERIFY2(CommitMore(Except({3}), heights_while_down, progress_timeout_ms), qPrintable(m_error));
    Note("5 heights without node3");
    QVERIFY2(NoFork(), qPrintable(m_error));
    const qsizetype output_before = m_net->node(3).Output().size();
    QVERIFY2(Restart(3), qPrintable(m_error));
    Note("node3 restarted");
    QVERIFY2(CatchesUpAndFollows(3, Except({3})), qPrintable(m_error));
    Note("node3 caught up and follows");
    QVERIFY2(m_net->node(3).Output().mid(output_before).contains(block_sync_log),
             qPrintable("node3 caught up without block sync:\n" + m_net->node(3).OutputTail(3000)));
    QVERIFY2(NoFork(), qPrintable(m_error));
  }

  // 3. SIGSTOP of one for 10 s: the others commit meanwhile; after SIGCONT it catches up.
  void stoppedValidatorCatchesUp() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 3, progress_timeout_ms, &m_error), qPrintable(m_error));
    QElapsedTimer paused;
    QVERIFY(m_net->node(2).Pause());
    paused.start();
    Note("node2 stopped (SIGSTOP)");
    QVERIFY2(CommitMore(Except({2}), heights_while_down, progress_timeout_ms), qPrintable(m_error));
    Note("5 heights without node2");
    QVERIFY(m_net->node(2).paused());
    if (paused.elapsed() < pause_ms) QThread::msleep(static_cast<unsigned long>(pause_ms - paused.elapsed()));
    QVERIFY(m_net->node(2).Resume());
    Note("node2 resumed (SIGCONT)");
    QVERIFY2(CatchesUpAndFollows(2, Except({2})), qPrintable(m_error));
    Note("node2 caught up and follows");
    QVERIFY2(NoFork(), qPrintable(m_error));
  }

  // 4. SIGTERM of one for 200 blocks (50 ms interval): restarted, it catches up by block sync
  // and holds the same 200 blocks as the others. Every height it should propose waits out a
  // propose and a precommit timeout, so these are short here: 200 blocks take tens of seconds
  // rather than minutes.
  void validatorDown200BlocksCatchesUp() {
    QVERIFY2(StartTestnet(50, short_round_timeout_ms), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 3, progress_timeout_ms, &m_error), qPrintable(m_error));
    const auto exit_code = m_net->node(1).Terminate(terminate_timeout_ms);
    QVERIFY2(exit_code == 0, qPrintable("SIGTERM: ordod did not exit cleanly:\n" + m_net->node(1).OutputTail()));
    Note("node1 stopped");
    QVERIFY2(CommitMore(Except({1}), heights_while_stopped, catch_up_timeout_ms), qPrintable(m_error));
    Note("200 blocks without node1");
    const qsizetype output_before = m_net->node(1).Output().size();
    QVERIFY2(Restart(1), qPrintable(m_error));
    Note("node1 restarted");
    QVERIFY2(CatchesUpAndFollows(1, Except({1})), qPrintable(m_error));
    Note("node1 caught up");
    QVERIFY2(m_net->node(1).Output().mid(output_before).contains(block_sync_log),
             qPrintable("node1 caught up without block sync:\n" + m_net->node(1).OutputTail(3000)));
    QVERIFY2(NoFork(), qPrintable(m_error));
    Note("hashes compared");
    QVERIFY(m_agreement->checked_height() >= heights_while_stopped);
  }

  // 5. Peers that send an undecodable vote frame, an oversize frame, a forged vote or an
  // undecodable candidate block are banned by node0, each on its own key, while the validators go
  // on committing; well-formed junk candidate blocks are no reason for a ban.
  void badPeersAreBanned() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 2, progress_timeout_ms, &m_error), qPrintable(m_error));
    QVERIFY2(BadPeerIsBanned("UndecodableFrame",
                             [](TestPeer& peer) {
                               peer.Send(vote_type, ordo::Bytes{0xff, 0xff, 0xff, 0xff});
                               return true;
                             }),
             qPrintable(m_error));
    QVERIFY2(BadPeerIsBanned("OversizeFrame",
                             [](TestPeer& peer) {
                               peer.Send(vote_type, ordo::Bytes(ordo::codec::message_bytes_max + 1024, 0));
                               return true;
                             }),
             qPrintable(m_error));
    QVERIFY2(BadPeerIsBanned("InvalidSignature", [this](TestPeer& peer) { return SendForgedVotes(peer); }),
             qPrintable(m_error));
    // Candidate blocks are unsigned hints: well-formed junk for the height being decided is
    // ignored or fails validation without a ban and without holding up the chain...
    {
      TestPeer peer;
      QVERIFY2(peer.Start(m_net->chain_id().toStdString(), "127.0.0.1:" + std::to_string(m_net->p2p_port(0)), &m_error),
               qPrintable(m_error));
      QVERIFY(peer.WaitConnected(mesh_timeout_ms));
      for (int i = 0; i < 40; ++i) {
        const RpcReply state = m_net->node(0).rpc().Call("ordo_consensusState", {}, testnet_rpc_timeout_ms);
        QVERIFY2(state.ok(), qPrintable(state.Describe()));
        ordo::codec::Writer w;
        w.PutU64(static_cast<uint64_t>(state.result.toObject().value("height").toInteger()));
        w.PutI32(state.result.toObject().value("round").toInt());
        w.PutBytes(ordo::Bytes(200, static_cast<uint8_t>(i)));
        peer.Send(candidate_block_type, w.Take());
        QThread::msleep(bad_vote_interval_ms);
      }
      QVERIFY2(CommitMore(AllNodes(), 2, progress_timeout_ms), qPrintable(m_error));
      QVERIFY2(peer.connected(), "node0 dropped a peer for well-formed candidate blocks");
    }
    // ...while an undecodable one is a ban like any other.
    QVERIFY2(BadPeerIsBanned("UndecodableFrame",
                             [](TestPeer& peer) {
                               peer.Send(candidate_block_type, ordo::Bytes{0x00, 0x01});
                               return true;
                             }),
             qPrintable(m_error));
    // The validators themselves were not punished for any of it.
    const auto peers = m_net->Peers(0, &m_error);
    QVERIFY2(peers, qPrintable(m_error));
    QCOMPARE(peers->value("banned").toArray().size(), 4);
    QVERIFY2(m_net->WaitForMesh(AllNodes(), mesh_timeout_ms, &m_error), qPrintable(m_error));
    QVERIFY2(CommitMore(AllNodes(), heights_following, progress_timeout_ms), qPrintable(m_error));
    Note("validators still committing");
    QVERIFY2(NoFork(), qPrintable(m_error));
  }

  // 6. {0,1} | {2,3} by mutual bans: no side has 2/3, so the chain halts without a fork; after
  // the unbans the nodes reconnect and the chain resumes.
  void partitionHaltsAndHeals() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 3, progress_timeout_ms, &m_error), qPrintable(m_error));
    std::vector<QString> ids;
    for (int i = 0; i < validators; ++i) {
      const auto id = m_net->PeerId(i, &m_error);
      QVERIFY2(id, qPrintable(m_error));
      ids.push_back(*id);
    }
    const std::vector<std::pair<int, int>> cut = {{0, 2}, {0, 3}, {1, 2}, {1, 3}};
    for (const auto& [a, b] : cut) {
      for (const auto& [self, other] : {std::pair{a, b}, std::pair{b, a}}) {
        const RpcReply r = m_net->node(self).rpc().Call("ordo_banPeer", {ids[static_cast<size_t>(other)]});
        QVERIFY2(r.ok() && r.result.toBool(), qPrintable(r.Describe()));
      }
    }
    QVERIFY2(m_net->WaitForMesh({0, 1}, mesh_timeout_ms, &m_error), qPrintable(m_error));
    QVERIFY2(m_net->WaitForMesh({2, 3}, mesh_timeout_ms, &m_error), qPrintable(m_error));
    Note("partitioned");
    for (int i : AllNodes()) {
      const auto peers = m_net->Peers(i, &m_error);
      QVERIFY2(peers, qPrintable(m_error));
      QVERIFY2(peers->value("peers").toArray().size() == 1,
               qPrintable(QString("node%1 is not cut off: %2").arg(i).arg(JsonText(*peers))));
    }
    QVERIFY2(ChainHalted(AllNodes()), qPrintable(m_error));
    Note("halted");
    QVERIFY2(NoFork(), qPrintable(m_error));
    for (const auto& [a, b] : cut) {
      for (const auto& [self, other] : {std::pair{a, b}, std::pair{b, a}}) {
        const RpcReply r = m_net->node(self).rpc().Call("ordo_unbanPeer", {ids[static_cast<size_t>(other)]});
        QVERIFY2(r.ok() && r.result.toBool(), qPrintable(r.Describe()));
      }
    }
    QVERIFY2(m_net->WaitForMesh(AllNodes(), mesh_timeout_ms, &m_error), qPrintable(m_error));
    Note("reconnected");
    QVERIFY2(CommitMore(AllNodes(), heights_following, progress_timeout_ms), qPrintable(m_error));
    Note("committing again");
    QVERIFY2(NoFork(), qPrintable(m_error));
  }

  // 7. kill -9 of two: the remaining half halts without a fork; with both restarted the chain
  // resumes.
  void twoValidatorsLostHaltsWithoutFork() {
    QVERIFY2(StartTestnet(100), qPrintable(m_error));
    QVERIFY2(m_net->WaitForHeight(AllNodes(), 3, progress_timeout_ms, &m_error), qPrintable(m_error));
    m_net->node(2).Kill();
    m_net->node(3).Kill();
    Note("node2 and node3 killed");
    QVERIFY2(ChainHalted(Except({2, 3})), qPrintable(m_error));
    Note("halted");
    QVERIFY2(NoFork(), qPrintable(m_error));
    QVERIFY2(Restart(2), qPrintable(m_error));
    QVERIFY2(Restart(3), qPrintable(m_error));
    Note("node2 and node3 restarted");
    QVERIFY2(CommitMore(AllNodes(), heights_following, progress_timeout_ms), qPrintable(m_error));
    Note("committing again");
    QVERIFY2(NoFork(), qPrintable(m_error));
  }
};

QTEST_GUILESS_MAIN(TestnetTests)
#include "testnet_tests.moc"
