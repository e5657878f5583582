// node::Engine driven frame by frame: one honest validator's engine on a SimDisk, a manual clock
// and a transport that records what it sends, fed signed frames a Byzantine peer makes up.
// What the simulator reaches only by luck, these reach on purpose.

#include <QtTest>

#include <spdlog/logger.h>
#include <spdlog/sinks/null_sink.h>

#include "node/engine.h"
#include "node/p2p_messages.h"
#include "ordo/chain/genesis.h"
#include "ordo/codec/codec.h"
#include "ordo/chain/block_encoding.h"
#include "ordo/consensus/encoding.h"
#include "ordo/consensus/signing.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "sim_disk.h"

using namespace ordo;
using namespace ordo::consensus;

namespace {

constexpr char chain_id[] = "ordo-engine-test";
constexpr uint64_t genesis_ms = 1'700'000'000'000;
constexpr char wal_path[] = "/node/consensus.wal";

class ManualClock final : public node::EngineClock {
 public:
  uint64_t WallMs() override { return genesis_ms + m_now; }
  std::chrono::steady_clock::time_point Now() override {
    return std::chrono::steady_clock::time_point(std::chrono::milliseconds(m_now));
  }
  node::TimerId Schedule(uint64_t delay_ms, std::function<void()> fn) override {
    m_timers[{m_now + delay_ms, ++m_next}] = std::move(fn);
    return m_next;
  }
  void Cancel(node::TimerId id) override {
    std::erase_if(m_timers, [id](const auto& t) { return t.first.second == id; });
  }
  // Runs every timer due within ms, in order, then sets the clock ms ahead.
  void Advance(uint64_t ms) {
    const uint64_t until = m_now + ms;
    while (!m_timers.empty() && m_timers.begin()->first.first <= until) {
      auto it = m_timers.begin();
      m_now = it->first.first;
      auto fn = std::move(it->second);
      m_timers.erase(it);
      fn();
    }
    m_now = until;
  }

 private:
  uint64_t m_now = 0;
  node::TimerId m_next = 0;
  std::map<std::pair<uint64_t, node::TimerId>, std::function<void()>> m_timers;
};

class RecordingTransport final : public node::EngineTransport {
 public:
  void Broadcast(node::MsgType type, const Bytes& payload) override { sent.emplace_back(type, payload); }
  void Send(const net::PeerId&, node::MsgType type, const Bytes& payload) override { sent.emplace_back(type, payload); }
  void Report(const net::PeerId&, net::Misbehaviour, const std::string& why) override { reports.push_back(why); }
  // Own votes of one type broadcast so far.
  std::vector<Vote> OwnVotes(VoteType type) const {
    std::vector<Vote> out;
    for (const auto& [t, payload] : sent) {
      if (t != node::MsgType::Vote) continue;
      auto v = codec::Decode<Vote>(payload);
      if (v.ok() && v->type == type) out.push_back(*v);
    }
    return out;
  }
  std::vector<std::pair<node::MsgType, Bytes>> sent;
  std::vector<std::string> reports;
};

// Four validators of equal power; the engine under test is validator 0's.
struct Harness {
  Harness() {
    genesis.chain_id = chain_id;
    genesis.evm_chain_id = 61000;
    genesis.genesis_time_ms = genesis_ms;
    for (uint8_t i = 0; i < 4; ++i) {
      auto k = crypto::SecretKey::FromBytes(Bytes(32, static_cast<uint8_t>(0x31 + i)));
      chain::GenesisValidator gv;
      gv.moniker = "v" + std::to_string(i);
      gv.consensus_key = k->PublicKey();
      gv.power = 10;
      genesis.validators.push_back(gv);
      keys.push_back(std::move(k).value());
    }
    set = chain::GenesisValidatorSet(genesis).value();
    log = std::make_shared<spdlog::logger>("engine-test", std::make_shared<spdlog::sinks::null_sink_st>());
    mempool::Config pc;
    pc.chain_id = genesis.evm_chain_id;
    pool = std::make_unique<mempool::Mempool>(pc);
  }

  Status Open(uint64_t wal_peer_bytes_max = node::wal_peer_bytes_default) {
    node::EngineOptions o;
    o.genesis = genesis;
    o.timeouts = TimeoutConfig{300, 100, 150, 75, 150, 75};
    o.key.emplace(crypto::SecretKey::FromBytes(keys[0].ExposeBytes()).value());
    o.data_dir = "/node";
    o.parallel_flush = false;
    o.wal_peer_bytes_max = wal_peer_bytes_max;
    node::EngineIo io;
    io.clock = &clock;
    io.transport = &transport;
    io.kv = &disk.OpenKv("chain");
    io.fs = &disk;
    io.pool = pool.get();
    io.log = log;
    auto e = node::Engine::Open(std::move(o), io);
    if (!e.ok()) return e.status();
    engine = std::move(e).value();
    engine->Start();
    return Status::Ok();
  }

  uint64_t WalBytes() {
    auto f = disk.Open(wal_path, storage::OpenMode::ReadOnly);
    return f.ok() ? f.value()->Size().value() : 0;
  }

  // The bytes of a block at height 1 whose header names proposer v: a valid header (so the
  // proposal's value binds to it), then `filler` bytes of junk the validation rejects.
  std::pair<Hash32, Bytes> JunkBlock(ValidatorIndex v, uint64_t tag, size_t filler) const {
    chain::BlockHeader header;
    header.chain_id = chain_id;
    header.height = 1;
    header.time_ms = genesis_ms + 1 + tag;
    header.proposer = set.at(v).public_key;
    Bytes bytes = codec::Encode(header);
    bytes.resize(bytes.size() + filler, static_cast<uint8_t>(tag));
    return {chain::BlockHash(header), bytes};
  }

  Bytes ProposalFrame(ValidatorIndex v, Round round, uint64_t tag, size_t filler) const {
    auto [value, block] = JunkBlock(v, tag, filler);
    Proposal p;
    p.height = 1;
    p.round = round;
    p.pol_round = kNilRound;
    p.value = value;
    p.validator = v;
    p.signature = SignProposal(chain_id, keys[v], p, {});
    return node::EncodeProposalMsg(p, block);
  }

  Bytes VoteFrame(ValidatorIndex v, VoteType type, Round round) const {
    Vote vote;
    vote.type = type;
    vote.height = 1;
    vote.round = round;
    vote.validator = v;
    vote.signature = SignVote(chain_id, keys[v], vote, {});
    return codec::Encode(vote);
  }

  void Feed(node::MsgType type, const Bytes& payload) { engine->OnFrame("peer", static_cast<uint8_t>(type), payload); }

  chain::Genesis genesis;
  std::vector<crypto::SecretKey> keys;
  ValidatorSet set;
  std::shared_ptr<spdlog::logger> log;
  std::unique_ptr<mempool::Mempool> pool;
  sim::SimDisk disk;
  ManualClock clock;
  RecordingTransport transport;
  std::unique_ptr<node::Engine> engine;
};

}  // namespace

class EngineTests : public QObject {
  Q_OBJECT

 private slots:
  // Finding 1/2: a signed proposal from a validator that is not the round's proposer, for a round
  // out of the window, or a copy already taken costs a check, never a WAL record or a validation.
  void proposalsFailingCheapChecksAreNotLogged() {
    Harness h;
    QVERIFY(h.Open().ok());
    const ValidatorIndex proposer = h.set.ProposerForRound(0);
    const ValidatorIndex other = static_cast<ValidatorIndex>((proposer + 1) % 4);
    const uint64_t before = h.WalBytes();
    for (uint64_t k = 0; k < 40; ++k) h.Feed(node::MsgType::Proposal, h.ProposalFrame(other, 0, k, 256 * 1024));
    for (uint64_t k = 0; k < 40; ++k) {
      h.Feed(node::MsgType::Proposal, h.ProposalFrame(h.set.ProposerForRound(50), 50, 100 + k, 256 * 1024));
    }
    QVERIFY2(h.WalBytes() - before < 64 * 1024, qPrintable(QString("the WAL grew by %1 bytes").arg(h.WalBytes() - before)));
  }

  // Finding 2: a validator may sign a proposal of up to block_bytes_max each round it proposes,
  // round after round. What one proposer puts in the WAL at one height stays within its share of
  // wal_peer_bytes_max, another proposer's proposal still gets in, and the engine keeps logging
  // peers' votes and casting its own.
  void peersCannotFillTheWal() {
    Harness h;
    constexpr uint64_t budget = 64 << 20;  // a 16 MiB share for each of the four proposers
    QVERIFY(h.Open(budget).ok());
    const uint64_t before = h.WalBytes();
    const ValidatorIndex byzantine = 3;
    Round round = 0;
    auto next_round = [&] {
      ++round;
      // Two validators' prevotes for the round: over 1/3 of the power, so the engine skips to it.
      h.Feed(node::MsgType::Vote, h.VoteFrame(1, VoteType::Prevote, round));
      h.Feed(node::MsgType::Vote, h.VoteFrame(2, VoteType::Prevote, round));
      return h.engine->round_state().round == round;
    };
    uint64_t fed = 0;
    while (fed < 4 * budget / 4) {
      QVERIFY(next_round());
      if (h.set.ProposerForRound(round) != byzantine) continue;
      for (uint64_t k = 0; k < 2; ++k) {
        h.Feed(node::MsgType::Proposal, h.ProposalFrame(byzantine, round, uint64_t(round) * 2 + k, 2 << 20));
        fed += 2 << 20;
      }
    }
    const uint64_t grown = h.WalBytes() - before;
    QVERIFY2(grown <= budget / 4 + (1 << 20), qPrintable(QString("one proposer grew the WAL by %1 bytes").arg(grown)));
    // Another proposer's proposal is still logged.
    do {
      QVERIFY(next_round());
    } while (h.set.ProposerForRound(round) != 1);
    const uint64_t at = h.WalBytes();
    h.Feed(node::MsgType::Proposal, h.ProposalFrame(1, round, 999, 2 << 20));
    QVERIFY2(h.WalBytes() >= at + (2 << 20), "another proposer's proposal was not taken");
    // Peers' votes still move the engine along, and it still casts its own prevote.
    const size_t prevotes = h.transport.OwnVotes(VoteType::Prevote).size();
    QVERIFY(next_round());
    h.clock.Advance(10'000);
    QVERIFY(h.transport.OwnVotes(VoteType::Prevote).size() > prevotes);
    QCOMPARE(h.engine->faults().halted + h.engine->faults().refused_signatures, uint64_t{0});
  }
};

QTEST_GUILESS_MAIN(EngineTests)
#include "engine_tests.moc"
