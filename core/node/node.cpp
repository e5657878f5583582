#include "ordo/node/node.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <iterator>
#include <limits>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/json.hpp>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "ordo/chain/merkle.h"
#include "ordo/consensus/signing.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/secure.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "ordo/rpc/server.h"
#include "ordo/storage/database.h"
#include "ordo/storage/signer_state_file.h"
#include "ordo/storage/wal.h"
#include "ordo/util/side_worker.h"
#include "evidence_log.h"
#include "p2p_messages.h"
#include "rpc_methods.h"
#include "wal_codec.h"

namespace ordo::node {

namespace asio = boost::asio;
using namespace ordo::consensus;
using chain::TxPtr;

namespace {

constexpr int io_threads_max = 2;
constexpr size_t candidates_max = 16;          // blocks kept per height (own + proposals seen)
constexpr size_t pending_evidence_max = 64;
constexpr size_t local_inputs_max = 1024;
constexpr size_t log_file_bytes_max = 16 * 1024 * 1024;
constexpr size_t log_files_max = 5;
constexpr size_t accepted_frames_max = 20'000;  // per height, for vote-set catch-up
constexpr size_t future_frames_max = 4'096;     // messages of the next height held until it starts
constexpr size_t verified_votes_max = 4'096;    // vote signatures remembered as checked (a few heights)
// A proposer sends its block ahead of the signed proposal when it is at most this big: below it
// the second copy on each link costs less than the validation it takes off the critical path.
constexpr size_t candidate_block_bytes_max = 64 * 1024;
constexpr size_t candidate_blocks_per_height_max = 4;  // validated ahead, per height, whoever sent them
constexpr auto status_interval = std::chrono::milliseconds(500);
constexpr size_t peer_heights_max = 1024;
constexpr size_t gossip_tx_queue_max = 20'000;     // gossiped transactions waiting for admission
constexpr size_t gossip_tx_batch_max = 256;        // taken per wake-up by an admission thread
constexpr unsigned admission_threads_max = 4;
constexpr int admission_nice = 10;
constexpr size_t gossip_out_max = 50'000;  // admitted transactions waiting to be gossiped
constexpr size_t parallel_recovery_min = 64;  // unknown transactions in a block worth more threads
constexpr size_t recovery_helpers_max = 3;  // gossip admission workers run this much nicer than the node

uint64_t NowMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch()).count());
}

Bytes HeightKey(uint64_t h) {
  Bytes k(8);
  for (int i = 0; i < 8; ++i) k[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
  return k;
}

Bytes MetaKey(const std::string& name) { return Bytes(name.begin(), name.end()); }
Bytes MetaKey(const std::string& name, uint64_t h) {
  Bytes k = MetaKey(name);
  Bytes hk = HeightKey(h);
  k.insert(k.end(), hk.begin(), hk.end());
  return k;
}

// Per-block facts the RPC serves that the block itself does not carry.
struct BlockMeta {
  uint64_t gas_used = 0;
  chain::U256 base_fee = 0;
  int32_t round = 0;
};

Bytes EncodeBlockMeta(const BlockMeta& m) {
  codec::Writer w;
  w.PutU64(m.gas_used);
  w.PutFixed(chain::U256ToWord(m.base_fee));
  w.PutI32(m.round);
  return w.Take();
}

std::optional<BlockMeta> DecodeBlockMeta(ByteSpan b) {
  codec::Reader r(b);
  BlockMeta m;
  Hash32 fee{};
  if (!r.ReadU64(&m.gas_used).ok() || !r.ReadFixed(fee).ok() || !r.ReadI32(&m.round).ok() || !r.Finish().ok()) {
    return std::nullopt;
  }
  m.base_fee = *chain::U256FromBytes(fee);
  return m;
}

// Hands every formatted log line to the node's LogRing and NodeObservers::log (the panel's log page).
class ObserverSink : public spdlog::sinks::base_sink<std::mutex> {
 public:
  explicit ObserverSink(std::function<void(LogLevel, uint64_t, const std::string&)> fn) : m_fn(std::move(fn)) {}

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    LogLevel level = LogLevel::Info;
    switch (msg.level) {
      case spdlog::level::trace: level = LogLevel::Trace; break;
      case spdlog::level::debug: level = LogLevel::Debug; break;
      case spdlog::level::info: level = LogLevel::Info; break;
      case spdlog::level::warn: level = LogLevel::Warn; break;
      case spdlog::level::err: level = LogLevel::Error; break;
      case spdlog::level::critical: level = LogLevel::Critical; break;
      case spdlog::level::off: case spdlog::level::n_levels: return;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
    m_fn(level, static_cast<uint64_t>(ms), std::string(msg.payload.data(), msg.payload.size()));
  }
  void flush_() override {}

 private:
  std::function<void(LogLevel, uint64_t, const std::string&)> m_fn;
};

// The last recent_log_lines_max log lines for RecentLogs. Shared with the logger's sink, so that
// it outlives any line logged while the node is torn down.
class LogRing {
 public:
  void Add(LogLevel level, uint64_t time_ms, const std::string& message) {
    std::lock_guard lock(m_mutex);
    LogLine line{++m_last_seq, time_ms, level, message.substr(0, log_line_bytes_max)};
    m_lines.push_back(std::move(line));
    if (m_lines.size() > recent_log_lines_max) m_lines.pop_front();
  }

  std::vector<LogLine> After(uint64_t after_seq, size_t max, uint64_t* next_seq) const {
    std::lock_guard lock(m_mutex);
    std::vector<LogLine> out;
    *next_seq = m_last_seq;
    if (after_seq >= m_last_seq || m_lines.empty()) return out;
    const uint64_t first_seq = m_lines.front().seq;
    size_t i = after_seq >= first_seq ? static_cast<size_t>(after_seq - first_seq + 1) : 0;
    for (; i < m_lines.size() && out.size() < max; ++i) out.push_back(m_lines[i]);
    if (!out.empty()) *next_seq = out.back().seq;
    return out;
  }

 private:
  mutable std::mutex m_mutex;
  std::deque<LogLine> m_lines;  // guarded by m_mutex; consecutive seqs, oldest first
  uint64_t m_last_seq = 0;      // guarded by m_mutex
};

double MsBetween(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

class StateView : public mempool::AccountView {
 public:
  explicit StateView(const chain::State& s) : m_state(s) {}
  uint64_t Nonce(const chain::Address& a) const override { return m_state.GetAccount(a).nonce; }
  chain::U256 Balance(const chain::Address& a) const override { return m_state.GetAccount(a).balance; }

 private:
  const chain::State& m_state;
};

mempool::Config MempoolConfig(const NodeOptions& o) {
  mempool::Config c;
  c.chain_id = o.genesis.evm_chain_id;
  c.block_gas_limit = o.genesis.params.block_gas_limit;
  c.txs_max = o.config.mempool_txs_max;
  c.bytes_max = o.config.mempool_bytes_max;
  c.ttl = std::chrono::seconds(o.config.mempool_ttl_s);
  // Twice the pool: a block's worth of transactions stays known after it leaves the pool. Several
  // nodes in one process (small_memory) keep a quarter of that each.
  c.verified_cache_max = o.small_memory ? c.txs_max / 2 : 2 * c.txs_max;
  return c;
}

}  // namespace

struct Prepared {
  chain::Block block;
  Hash32 hash{};
  chain::BlockExecution exec;
  std::shared_ptr<chain::State> post;
};

struct Node::Impl {
  explicit Impl(NodeOptions o)
      : opts(std::move(o)), strand(asio::make_strand(io)), pool(MempoolConfig(opts)), dispatcher(opts.config.rpc_batch_max) {}

  // Constant after Open.
  NodeOptions opts;
  std::string data_dir;
  std::shared_ptr<spdlog::logger> log;
  std::shared_ptr<LogRing> log_ring = std::make_shared<LogRing>();
  asio::io_context io;
  asio::strand<asio::io_context::executor_type> strand;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::vector<std::thread> threads;
  std::unique_ptr<storage::Database> db;
  std::optional<crypto::SecretKey> key;
  std::optional<crypto::XOnlyPublicKey> pub;
  std::string signer_path;
  std::unique_ptr<storage::SignerStateFile> signer_file;
  int audit_fd = -1;
  mempool::Mempool pool;
  rpc::Dispatcher dispatcher;
  std::unique_ptr<rpc::Server> server;
  std::unique_ptr<net::Network> network;
  std::set<net::PeerId> validator_peers;  // p2p.validator_only: peers allowed to send consensus messages
  std::map<crypto::XOnlyPublicKey, net::PeerId> validator_node_peers;  // validator key -> its node's peer id (genesis node_key)
  NodeMetrics metrics;

  // Owned by the strand.
  std::unique_ptr<storage::ConsensusWal> wal;
  std::unique_ptr<Driver> driver;
  SignerState signer;
  chain::State state;
  Hash32 last_block_hash{};
  uint64_t last_block_time_ms = 0;
  std::optional<CommitCertificate> last_commit;
  std::map<ValueId, std::shared_ptr<Prepared>> candidates;
  // Candidate blocks taken at this height: at most one per round, candidate_blocks_per_height_max
  // in all (an unsigned message must not buy a peer more validations than that).
  std::set<Round> candidate_rounds;
  std::atomic<uint64_t> candidates_validated_ahead{0};
  std::atomic<uint64_t> candidates_not_validated_ahead{0};  // over candidate_unknown_txs_max
  std::vector<Evidence> pending_evidence;
  // This node's own inputs, fed in order by Drain. Own proposals and votes are written to the WAL
  // (with every input queued ahead of them) and synced before they leave, so they arrive here
  // logged; the own value is logged when fed.
  struct LocalInput {
    WalInput in;
    bool logged = false;
  };
  std::deque<LocalInput> local;
  util::SideWorker side_worker;  // strand: the WAL's flush runs beside the signer state's
  bool replaying = false;
  std::optional<effect::RequestValue> deferred_request;
  struct OwnBuilt {
    consensus::Height height = 0;
    Round round = 0;
    std::shared_ptr<Prepared> prepared;
  };
  std::optional<OwnBuilt> own_built;  // the block RequestValue built, until Feed takes it
  std::map<std::tuple<int, consensus::Height, Round>, std::unique_ptr<asio::steady_timer>> timers;
  std::unique_ptr<asio::steady_timer> next_height_timer;
  std::chrono::steady_clock::time_point height_started;
  std::chrono::steady_clock::time_point proposal_seen;
  double validate_ms = 0;  // this height's ValidateBlock time
  std::chrono::steady_clock::time_point step_started;
  Step current_step = Step::Unstarted;
  bool stopping = false;
  // Signed proposals and votes of the current height by round, as p2p frames, for catch-up; and
  // the digests of those frames, so that one echoed back by a peer's catch-up is not taken (and
  // later sent out) again.
  std::map<Round, std::vector<std::pair<uint8_t, Bytes>>> accepted;
  std::set<std::pair<uint8_t, Hash32>> accepted_digests;
  size_t accepted_count = 0;
  // Next height's messages with their senders, replayed when it starts.
  std::vector<std::tuple<net::PeerId, uint8_t, Bytes>> future;
  std::unique_ptr<asio::steady_timer> status_timer;

  // Observation for the control panel. Phase accumulators are strand-only; the rest is written
  // on the strand (peer heights on it too) under obs_mutex.
  double phase_ms[3] = {0, 0, 0};  // propose, prevote, precommit of the current height
  std::optional<std::chrono::steady_clock::time_point> decided_at;
  std::set<std::pair<int, ValidatorIndex>> live_voted;  // (type, validator) of the live round
  std::chrono::steady_clock::time_point round_started;
  EvidenceLog evidence_log{evidence_records_max};  // under obs_mutex
  // Strand: vote signatures already checked (received or signed here), so the precommits of the
  // next block's last commit are not verified a second time on the proposal's critical path.
  consensus::VerifiedSignatures verified_votes{verified_votes_max};
  std::atomic<bool> network_paused{false};
  // Gossiped transactions wait here for the admission threads, off the connections' read path, so
  // that proposals and votes arriving behind them are not held up by signature recovery. When
  // the queue is full, gossip is dropped (the sender's peers still have it): consensus comes first.
  std::mutex txq_mutex;
  std::condition_variable txq_cv;
  // The peers known to have a gossiped batch (its sender and the recipients it listed), sorted;
  // shared by the batch's transactions.
  using Covered = std::shared_ptr<const std::vector<net::PeerId>>;
  struct QueuedTx {
    net::PeerId peer;
    Bytes raw;
    Covered covered;
  };
  std::deque<QueuedTx> txq;  // guarded by txq_mutex
  bool txq_stop = false;     // guarded by txq_mutex
  std::vector<std::thread> admission_threads;
  std::atomic<uint64_t> gossip_dropped{0};
  std::atomic<uint64_t> gossip_echoes{0};  // gossiped copies of transactions the pool already held
  void AdmissionLoop();
  void AddLatePrecommit(const Vote& v);
  void QueueGossip(const net::PeerId& peer, std::vector<Bytes>& txs, Covered covered);
  std::map<net::PeerId, std::pair<consensus::Height, Round>> peer_status;  // strand: last status per peer
  // covered: null for this node's own (RPC) transactions.
  void GossipTx(std::shared_ptr<const Bytes> raw, Covered covered);
  void FlushGossip();
  std::mutex gossip_out_mutex;
  std::vector<std::pair<std::shared_ptr<const Bytes>, Covered>> gossip_out;  // guarded
  std::atomic<uint64_t> gossip_out_dropped{0};
  std::atomic<uint64_t> gossip_relays_skipped{0};
  Status RecoverAll(const std::vector<Bytes>& raws, const std::vector<Hash32>& hashes, const std::vector<size_t>& which,
                    std::vector<TxPtr>& out);
  void AdmitGossip(const QueuedTx& in);

  mutable std::mutex obs_mutex;
  std::deque<HeightTiming> timings;
  LiveRoundInfo live;
  std::deque<std::vector<bool>> signed_window;  // newest last, one flag per validator index
  std::vector<uint64_t> last_signed;
  std::map<net::PeerId, uint64_t> peer_heights;
  int64_t clock_offset_ms = 0;
  uint64_t last_commit_local_ms = 0;

  void ObserveVote(const Vote& v);
  void ObserveEvidence(const Evidence& e, uint64_t included_height);
  // durable_at: when the block's synced write returned (the post-commit mempool recheck and WAL
  // reset come after it and count in the height's total only).
  void ObserveCommit(const effect::Decided& d, const Prepared& p, bool synced,
                     std::chrono::steady_clock::time_point durable_at);

  // Snapshots for the thread-safe queries.
  mutable std::mutex snap_mutex;
  std::shared_ptr<const chain::State> snapshot;
  ConsensusStatus status;

  Status OpenStorage();
  Status RestoreChain();
  Status CheckSignerSafety();
  void StartConsensus();
  void StartHeight(consensus::Height h);
  void Feed(const WalInput& in, bool log, bool sync);
  void Drain();
  void HandleEffects(std::vector<Effect>& effects);
  void RequestValue(const effect::RequestValue& rv);
  std::optional<crypto::SchnorrSignature> Sign(SignStep step, consensus::Height h, Round r, const Bytes& sign_bytes,
                                               const std::function<bool(const crypto::SchnorrSignature&)>& log_own);
  bool LogOwn(const WalInput& own);
  void CastProposal(Proposal p);
  void CastVote(Vote v);
  void Schedule(const effect::ScheduleTimeout& st);
  void Commit(const effect::Decided& d, bool synced = false);
  std::shared_ptr<Prepared> BuildBlock(consensus::Height h, Round r);
  // unknown_max: how many transactions this node has not verified yet it will recover (the rest
  // reject the block); unbounded for signed proposals and synced blocks.
  std::shared_ptr<Prepared> ValidateBlock(const Bytes& block_bytes, const ValueId& expected, ValidatorIndex proposer,
                                          size_t unknown_max = std::numeric_limits<size_t>::max());
  void PublishSnapshot();
  // Networking (strand unless noted).
  void Broadcast(MsgType type, const Bytes& payload);
  void OnNetMessage(const net::PeerId& peer, uint8_t type, Bytes payload);  // network threads
  void OnCandidateBlock(const net::PeerId& peer, CandidateBlockMsg& msg);
  void OnConsensusFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload);
  void OnStatus(const net::PeerId& peer, const StatusMsg& s);
  void OnBlocks(const net::PeerId& peer, std::vector<SyncedBlock> blocks);
  void Remember(uint8_t type, Round round, const Bytes& payload);
  void StatusTick();
};

Node::Node() = default;

Node::~Node() { Stop(); }

Result<std::unique_ptr<Node>> Node::Open(NodeOptions options) {
  std::unique_ptr<Node> node(new Node());
  node->m_impl = std::make_unique<Impl>(std::move(options));
  Impl& m = *node->m_impl;
  std::error_code ec;
  m.data_dir = m.opts.home + "/data";
  std::filesystem::create_directories(m.data_dir, ec);
  if (ec) return Status::IoError("cannot create " + m.data_dir + ": " + ec.message());
  std::filesystem::create_directories(m.opts.home + "/logs", ec);
  std::vector<spdlog::sink_ptr> sinks;
  if (m.opts.log_to_stderr) sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  try {
    sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(m.opts.home + "/logs/ordod.log",
                                                                          log_file_bytes_max, log_files_max));
  } catch (const spdlog::spdlog_ex& e) {
    return Status::IoError(std::string("cannot open the log file: ") + e.what());
  }
  sinks.push_back(std::make_shared<ObserverSink>(
      [ring = m.log_ring, observer = m.opts.observers.log](LogLevel level, uint64_t time_ms, const std::string& message) {
        ring->Add(level, time_ms, message);
        if (observer) observer(level, time_ms, message);
      }));
  m.log = std::make_shared<spdlog::logger>("ordod", sinks.begin(), sinks.end());
  m.log->set_level(spdlog::level::from_str(m.opts.config.log_level));
  m.log->flush_on(spdlog::level::warn);
  if (m.opts.validator_secret) {
    auto k = crypto::SecretKey::FromBytes(*m.opts.validator_secret);
    crypto::SecureZero(m.opts.validator_secret->data(), m.opts.validator_secret->size());
    m.opts.validator_secret.reset();
    if (!k.ok()) return Status::InvalidArgument("validator key: " + k.status().message());
    m.key.emplace(std::move(k).value());
    m.pub = m.key->PublicKey();
  }
  if (Status s = m.OpenStorage(); !s.ok()) return s;
  if (Status s = m.RestoreChain(); !s.ok()) return s;
  if (Status s = m.CheckSignerSafety(); !s.ok()) return s;
  RegisterRpcMethods(*node, m.dispatcher);
  m.PublishSnapshot();
  return node;
}

Status Node::Impl::OpenStorage() {
  auto database = storage::Database::Open(data_dir + "/chain", opts.small_memory ? storage::DatabaseMemoryBudget::Small()
                                                                                : storage::DatabaseMemoryBudget{});
  if (!database.ok()) return database.status();
  db = std::move(database).value();
  auto w = storage::ConsensusWal::Open(data_dir + "/consensus.wal");
  if (!w.ok()) return w.status();
  wal = std::move(w).value();
  if (wal->truncated_bytes() > 0) {
    log->warn("consensus WAL: cut a torn or corrupted tail of {} bytes; {} intact records kept", wal->truncated_bytes(),
              wal->recovered().size());
  }
  signer_path = data_dir + "/signer_state.bin";
  auto loaded = storage::SignerStateFile::Open(signer_path);
  if (!loaded.ok()) {
    if (loaded.status().IsCorruption()) {
      return Status::Corruption("signer state: " + loaded.status().message() + " (refusing to start)");
    }
    return loaded.status();
  }
  signer_file = std::move(loaded).value();
  if (!signer_file->damaged().empty()) {
    log->warn("signer state: one of its two copies is unusable ({}); using the intact one, rewritten at the next signature",
              signer_file->damaged());
  }
  if (signer_file->state()) signer = *signer_file->state();
  if (opts.config.sign_audit_log) {
    audit_fd = ::open((data_dir + "/signatures.log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (audit_fd < 0) return Status::IoError("cannot open signatures.log");
  }
  return Status::Ok();
}

namespace {

Bytes LeafKey(uint16_t leaf) { return Bytes{static_cast<uint8_t>(leaf >> 8), static_cast<uint8_t>(leaf)}; }

void PutLeaf(storage::Database::Batch& b, const chain::State& s, uint16_t leaf) {
  if (auto record = s.SerializeLeaf(leaf)) b.Put(storage::Column::State, LeafKey(leaf), *record);
  else b.Delete(storage::Column::State, LeafKey(leaf));
}

void PutAllLeaves(storage::Database::Batch& b, const chain::State& s) {
  for (size_t leaf = 0; leaf < chain::State::leaf_count; ++leaf) {
    if (auto record = s.SerializeLeaf(static_cast<uint16_t>(leaf))) {
      b.Put(storage::Column::State, LeafKey(static_cast<uint16_t>(leaf)), *record);
    }
  }
}

}  // namespace

Status Node::Impl::RestoreChain() {
  auto head = db->Get(storage::Column::Meta, MetaKey("head"));
  if (!head.ok()) return head.status();
  auto genesis_state = chain::State::FromGenesis(opts.genesis);
  if (!genesis_state.ok()) return genesis_state.status();
  if (!head.value()) {
    state = std::move(genesis_state).value();
    last_block_time_ms = opts.genesis.genesis_time_ms;
    auto gh = db->Get(storage::Column::Meta, MetaKey("genesis"));
    if (!gh.ok()) return gh.status();
    const Hash32 genesis_hash = chain::GenesisHash(opts.genesis);
    last_block_hash = genesis_hash;
    storage::Database::Batch b;
    b.Put(storage::Column::Meta, MetaKey("genesis"), genesis_hash);
    // The genesis accounts, leaf by leaf: each commit then writes only the leaves it touches.
    PutAllLeaves(b, state);
    return db->Write(b, true);
  }
  auto stored_genesis = db->Get(storage::Column::Meta, MetaKey("genesis"));
  if (!stored_genesis.ok()) return stored_genesis.status();
  const Hash32 genesis_hash = chain::GenesisHash(opts.genesis);
  if (!stored_genesis.value() || Bytes(genesis_hash.begin(), genesis_hash.end()) != **stored_genesis) {
    return Status::Conflict("the database belongs to another genesis; refusing to start");
  }
  auto st = db->Get(storage::Column::Meta, MetaKey("state"));
  if (!st.ok() || !st.value()) return Status::Corruption("database has a head but no state");
  if (chain::State::IsV1Record(**st)) {
    // Written before the per-leaf layout: read the whole-state record, rewrite it as leaves.
    auto v1 = chain::State::DeserializeV1(**st);
    if (!v1.ok()) return v1.status();
    state = std::move(v1).value();
    storage::Database::Batch b;
    PutAllLeaves(b, state);
    b.Put(storage::Column::Meta, MetaKey("state"), state.SerializeHeader());
    if (Status s = db->Write(b, true); !s.ok()) return s;
    log->info("state: converted to the per-leaf layout ({} accounts)", state.account_count());
  } else {
    std::vector<std::pair<uint16_t, Bytes>> leaves;
    Status bad = Status::Ok();
    Status it = db->ForEach(storage::Column::State, [&](ByteSpan key, ByteSpan value) {
      if (key.size() != 2) {
        bad = Status::Corruption("state: a leaf key of " + std::to_string(key.size()) + " bytes");
        return false;
      }
      leaves.emplace_back(static_cast<uint16_t>(key[0] << 8 | key[1]), Bytes(value.begin(), value.end()));
      return true;
    });
    if (!it.ok()) return it;
    if (!bad.ok()) return bad;
    auto restored = chain::State::Restore(**st, leaves);
    if (!restored.ok()) return restored.status();
    state = std::move(restored).value();
  }
  const uint64_t h = state.height();
  auto hash = db->Get(storage::Column::BlockIndex, HeightKey(h));
  if (!hash.ok() || !hash.value() || hash.value()->size() != 32) return Status::Corruption("missing head block index");
  std::copy(hash.value()->begin(), hash.value()->end(), last_block_hash.begin());
  auto block = db->Get(storage::Column::Blocks, **hash);
  if (!block.ok() || !block.value()) return Status::Corruption("missing head block");
  auto decoded = codec::Decode<chain::Block>(**block);
  if (!decoded.ok()) return decoded.status();
  last_block_time_ms = decoded->header.time_ms;
  auto cert = db->Get(storage::Column::Meta, MetaKey("commit/", h));
  if (!cert.ok() || !cert.value()) return Status::Corruption("missing commit certificate of the head block");
  auto c = codec::Decode<CommitCertificate>(**cert);
  if (!c.ok()) return c.status();
  last_commit = c.value();
  log->info("restored chain at height {} (block 0x{})", h, ToHex(last_block_hash));
  return Status::Ok();
}

// A validator whose signer state is behind its own signature in the chain lost its state (a
// restored backup, a copied home): signing again could double-sign, so refuse.
Status Node::Impl::CheckSignerSafety() {
  if (!pub || !last_commit) return Status::Ok();
  auto index = state.validators().IndexOf(*pub);
  if (!index) return Status::Ok();
  for (const CommitSig& sig : last_commit->signatures) {
    if (sig.validator != *index) continue;
    const auto chain_hrs = std::make_tuple(last_commit->height, last_commit->round, static_cast<int>(SignStep::Precommit));
    const auto own_hrs = std::make_tuple(signer.height, signer.round, static_cast<int>(signer.step));
    if (!signer.signed_any || own_hrs < chain_hrs) {
      return Status::Conflict("signer state is behind this validator's own precommit at height " +
                              std::to_string(last_commit->height) +
                              "; refusing to sign (restore the signer_state.bin that belongs to this database)");
    }
  }
  return Status::Ok();
}

Status Node::Start() {
  Impl& m = *m_impl;
  rpc::ServerConfig rc;
  rc.bind_address = m.opts.config.rpc_bind;
  rc.port = m.opts.config.rpc_port;
  rc.body_bytes_max = m.opts.config.rpc_body_bytes_max;
  m.server = std::make_unique<rpc::Server>(m.io, rc, m.dispatcher, [this] { return MetricsText(); });
  if (Status s = m.server->Start(); !s.ok()) return s;
  m.log->info("JSON-RPC and WebSocket listening on http://{}:{} (metrics at /metrics)", rc.bind_address, m.server->port());
  if (m.opts.node_secret) {
    auto node_key = crypto::SecretKey::FromBytes(*m.opts.node_secret);
    crypto::SecureZero(m.opts.node_secret->data(), m.opts.node_secret->size());
    m.opts.node_secret.reset();
    if (!node_key.ok()) return Status::InvalidArgument("node key: " + node_key.status().message());
    for (const auto& v : m.opts.genesis.validators) {
      if (!v.node_key) continue;
      m.validator_peers.insert(net::PeerIdOf(*v.node_key));
      m.validator_node_peers[v.consensus_key] = net::PeerIdOf(*v.node_key);
    }
    if (m.opts.config.p2p_validator_only && m.validator_peers.empty()) {
      return Status::InvalidArgument("p2p.validator_only needs node_key entries for the validators in genesis.json");
    }
    net::NetConfig nc;
    nc.chain_id = m.opts.genesis.chain_id;
    nc.moniker = m.opts.config.moniker;
    nc.bind_address = m.opts.config.p2p_bind;
    nc.port = m.opts.config.p2p_port;
    nc.persistent_peers = m.opts.config.persistent_peers;
    m.network = std::make_unique<net::Network>(
        m.io, nc, *node_key,
        [&m](const net::PeerId& peer, uint8_t type, Bytes payload) { m.OnNetMessage(peer, type, std::move(payload)); },
        [&m](const net::PeerInfo& info, bool connected) {
          if (!connected) {
            std::lock_guard lock(m.obs_mutex);
            m.peer_heights.erase(info.id);
          }
          m.log->info("peer {} {} ({}, {})", info.id.substr(0, 12), connected ? "connected" : "disconnected", info.moniker,
                      info.address);
        },
        [&m](const std::string& line) { m.log->info("p2p: {}", line); });
    if (Status s = m.network->Start(); !s.ok()) return s;
    m.log->info("p2p listening on {}:{} as peer {}", nc.bind_address, m.network->port(), m.network->self_id());
  }
  if (m.network) {
    const unsigned n = std::clamp(std::thread::hardware_concurrency() / 2, 1u, admission_threads_max);
    for (unsigned i = 0; i < n; ++i) m.admission_threads.emplace_back([&m] { m.AdmissionLoop(); });
  }
  m.work.emplace(m.io.get_executor());
  asio::post(m.strand, [&m] {
    m.StartConsensus();
    m.StatusTick();
  });
  for (int i = 0; i < io_threads_max; ++i) m.threads.emplace_back([&m] { m.io.run(); });
  return Status::Ok();
}

void Node::Stop() {
  if (!m_impl) return;
  Impl& m = *m_impl;
  if (m.threads.empty()) return;
  std::promise<void> done;
  asio::post(m.strand, [&m, &done] {
    m.stopping = true;
    for (auto& [k, t] : m.timers) t->cancel();
    m.timers.clear();
    if (m.next_height_timer) m.next_height_timer->cancel();
    if (m.status_timer) m.status_timer->cancel();
    done.set_value();
  });
  done.get_future().wait();
  {
    std::lock_guard lock(m.txq_mutex);
    m.txq_stop = true;
    m.txq.clear();
  }
  m.txq_cv.notify_all();
  for (auto& t : m.admission_threads) t.join();
  m.admission_threads.clear();
  if (m.network) m.network->Stop();
  if (m.server) m.server->Stop();
  m.work.reset();
  m.io.stop();
  for (auto& t : m.threads) t.join();
  m.threads.clear();
  if (m.audit_fd >= 0) ::close(m.audit_fd);
  m.audit_fd = -1;
  m.log->info("node stopped at height {}", Height());
  m.log->flush();
}

void Node::Impl::StartConsensus() {
  DriverConfig dc;
  dc.timeouts = opts.config.timeouts;
  driver = std::make_unique<Driver>(dc, pub.value_or(crypto::XOnlyPublicKey{}));
  std::vector<Bytes> records = wal->recovered();
  if (Status s = wal->Reset(); !s.ok()) log->error("consensus WAL reset failed: {}", s.ToString());
  replaying = true;
  StartHeight(state.height() + 1);
  size_t replayed = 0, stale = 0;
  for (const Bytes& rec : records) {
    auto in = DecodeWalInput(rec);
    if (!in.ok()) {
      log->warn("consensus WAL: skipping an undecodable record: {}", in.status().ToString());
      continue;
    }
    // Reset does not sync the truncation: records of an earlier height can survive a crash.
    if (WalInputHeight(in.value()) != state.height() + 1) {
      ++stale;
      continue;
    }
    if (const auto* v = std::get_if<WalValue>(&in.value()); v && deferred_request &&
        deferred_request->height == v->height && deferred_request->round == v->round) {
      deferred_request.reset();
    }
    Feed(in.value(), true, false);
    ++replayed;
  }
  replaying = false;
  if (replayed > 0) log->info("consensus WAL: replayed {} inputs of height {}", replayed, state.height() + 1);
  if (stale > 0) log->info("consensus WAL: skipped {} inputs of earlier heights", stale);
  if (deferred_request) {
    const effect::RequestValue rv = *deferred_request;
    deferred_request.reset();
    RequestValue(rv);
  }
  Drain();
}

void Node::Impl::StartHeight(consensus::Height h) {
  if (stopping) return;
  candidates.clear();
  candidate_rounds.clear();
  own_built.reset();
  for (auto& [k, t] : timers) t->cancel();
  timers.clear();
  height_started = std::chrono::steady_clock::now();
  phase_ms[0] = phase_ms[1] = phase_ms[2] = 0;
  validate_ms = 0;
  decided_at.reset();
  accepted.clear();
  accepted_digests.clear();
  accepted_count = 0;
  std::vector<Effect> effects;
  driver->StartHeight(h, state.validators(), &effects);
  HandleEffects(effects);
  std::vector<std::tuple<net::PeerId, uint8_t, Bytes>> held;
  held.swap(future);
  for (auto& [peer, type, payload] : held) OnConsensusFrame(peer, type, payload);
  PublishSnapshot();
}

void Node::Impl::Feed(const WalInput& in, bool log_it, bool sync) {
  if (log_it) {
    if (Status s = wal->Append(EncodeWalInput(in), sync); !s.ok()) {
      log->error("consensus WAL append failed: {}; input dropped", s.ToString());
      return;
    }
    if (sync) metrics.fsyncs++;
  }
  std::vector<Effect> effects;
  if (const auto* p = std::get_if<WalProposal>(&in)) {
    if (proposal_seen < height_started) proposal_seen = std::chrono::steady_clock::now();
    // A value already validated at this height (the proposer's own block coming back through the
    // local queue, or a value re-proposed in a later round) is identified by its hash: no second
    // decode, signature check and execution.
    std::shared_ptr<Prepared> prepared;
    if (auto known = candidates.find(p->proposal.value); known != candidates.end()) {
      prepared = known->second;
    } else {
      const auto validate_start = std::chrono::steady_clock::now();
      prepared = ValidateBlock(p->block, p->proposal.value, p->proposal.validator);
      validate_ms += MsBetween(validate_start, std::chrono::steady_clock::now());
      if (prepared && candidates.size() < candidates_max) candidates[p->proposal.value] = prepared;
    }
    if (Status s = driver->OnProposal(p->proposal, prepared != nullptr, &effects); !s.ok()) {
      log->debug("proposal ignored: {}", s.ToString());
    } else {
      Remember(static_cast<uint8_t>(MsgType::Proposal), p->proposal.round, EncodeProposalMsg(p->proposal, p->block));
    }
  } else if (const auto* v = std::get_if<Vote>(&in)) {
    if (Status s = driver->OnVote(*v, &effects); !s.ok()) {
      log->debug("vote ignored: {}", s.ToString());
    } else {
      Remember(static_cast<uint8_t>(MsgType::Vote), v->round, codec::Encode(*v));
      ObserveVote(*v);
    }
  } else if (const auto* t = std::get_if<Timeout>(&in)) {
    if (!replaying) {
      log->info("timeout {} fired at height {} round {}", TimeoutKindName(t->kind), t->height, t->round);
      std::lock_guard lock(obs_mutex);
      live.timeouts.push_back(TimeoutSeen{t->height, t->round, t->kind, NowMs()});
      if (live.timeouts.size() > live_timeouts_max) live.timeouts.erase(live.timeouts.begin());
    }
    driver->OnTimeout(*t, &effects);
  } else {
    const auto& val = std::get<WalValue>(in);
    std::shared_ptr<Prepared> prepared;
    if (own_built && own_built->height == val.height && own_built->round == val.round) {
      prepared = std::move(own_built->prepared);
    } else {
      prepared = ValidateBlock(val.block, ValueId{}, driver->own_index().value_or(0));
    }
    own_built.reset();
    if (!prepared) {
      log->error("own block at height {} round {} failed validation", val.height, val.round);
      return;
    }
    if (candidates.size() < candidates_max) candidates[prepared->hash] = prepared;
    driver->OnValue(val.height, val.round, prepared->hash, &effects);
  }
  HandleEffects(effects);
}

void Node::Impl::Drain() {
  size_t steps = 0;
  while (!local.empty() && !stopping) {
    if (++steps > local_inputs_max) {
      log->error("more than {} local inputs in one step; deferring the rest", local_inputs_max);
      asio::post(strand, [this] { Drain(); });
      return;
    }
    LocalInput next = std::move(local.front());
    local.pop_front();
    // Own proposals and votes were logged and synced before they left (Sign). An own value is
    // logged unsynced: the signer state already makes a restarted proposer re-propose that block
    // or nothing, so losing it costs at most this round, and the proposal's sync right after
    // persists it anyway — one flush fewer before the proposal leaves.
    const bool sync = !next.logged && !std::holds_alternative<WalValue>(next.in);
    Feed(next.in, !next.logged, sync);
  }
}

void Node::Impl::HandleEffects(std::vector<Effect>& effects) {
  for (Effect& e : effects) {
    if (auto* rs = std::get_if<effect::RoundStarted>(&e)) {
      log->debug("height {} round {} proposer v{}", rs->height, rs->round, rs->proposer);
      metrics.rounds_total++;
      round_started = std::chrono::steady_clock::now();
      live_voted.clear();
      {
        std::lock_guard lock(obs_mutex);
        live.height = rs->height;
        live.round = rs->round;
        live.round_started_ms = NowMs();
        live.votes.clear();
      }
    } else if (auto* sc = std::get_if<effect::StepChanged>(&e)) {
      const auto now = std::chrono::steady_clock::now();
      const int idx = static_cast<int>(current_step) - static_cast<int>(Step::Propose);
      if (idx >= 0 && idx < 3) {
        metrics.step_us[idx] = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(now - step_started).count());
        phase_ms[idx] += MsBetween(step_started, now);
      }
      {
        std::lock_guard lock(obs_mutex);
        live.step = StepName(sc->step);
      }
      current_step = sc->step;
      step_started = now;
    } else if (auto* rv = std::get_if<effect::RequestValue>(&e)) {
      if (replaying) deferred_request = *rv;
      else RequestValue(*rv);
    } else if (auto* cp = std::get_if<effect::CastProposal>(&e)) {
      CastProposal(cp->proposal);
    } else if (auto* cv = std::get_if<effect::CastVote>(&e)) {
      CastVote(cv->vote);
    } else if (auto* st = std::get_if<effect::ScheduleTimeout>(&e)) {
      Schedule(*st);
    } else if (auto* d = std::get_if<effect::Decided>(&e)) {
      decided_at = std::chrono::steady_clock::now();
      Commit(*d);
      return;  // the rest belonged to the decided height
    } else if (auto* ev = std::get_if<effect::EvidenceFound>(&e)) {
      log->warn("equivocation by validator {} at height {} round {}", EvidenceOffender(ev->evidence),
                EvidenceHeight(ev->evidence), EvidenceRound(ev->evidence));
      if (pending_evidence.size() < pending_evidence_max) pending_evidence.push_back(ev->evidence);
      ObserveEvidence(ev->evidence, 0);
    }
  }
  PublishSnapshot();
}

void Node::Impl::RequestValue(const effect::RequestValue& rv) {
  auto prepared = BuildBlock(rv.height, rv.round);
  local.push_back(LocalInput{WalValue{rv.height, rv.round, codec::Encode(prepared->block)}});
  // Built and executed just now against the committed state: Feed takes it as it is instead of
  // decoding, verifying and executing it a second time. (A WAL replay validates it in full.)
  own_built = OwnBuilt{rv.height, rv.round, std::move(prepared)};
}

// Signs when the double-sign guard allows, and returns the signature only once the guard's new
// state and the WAL record of the signed message (log_own writes it, with the inputs queued ahead
// of it, unsynced) are both durable: a restarted node then knows what it signed and has seen
// everything it had acted on. The two flushes are of different files and run at once.
std::optional<crypto::SchnorrSignature> Node::Impl::Sign(SignStep step, consensus::Height h, Round r, const Bytes& sign_bytes,
                                                         const std::function<bool(const crypto::SchnorrSignature&)>& log_own) {
  if (!key) return std::nullopt;
  const Hash32 digest = crypto::Sha256(sign_bytes);
  const SignDecision decision = CheckSign(signer, h, r, step, digest);
  if (decision == SignDecision::Refuse) {
    log->warn("double-sign guard refused to sign height {} round {} step {}", h, r, static_cast<int>(step));
    return std::nullopt;
  }
  // Deterministic aux: re-signing the same bytes after a restart yields the same signature. Not
  // released before the flushes below.
  const crypto::SchnorrSignature sig = crypto::SchnorrSign(*key, sign_bytes, crypto::TaggedHash("ordo/sign-aux", sign_bytes));
  if (!log_own(sig)) return std::nullopt;
  const std::function<Status()> sync_wal = [this] { return wal->Sync(); };
  if (decision == SignDecision::Sign) {
    const SignerState next = RecordSign(h, r, step, digest);
    if (Status s = side_worker.RunBoth([&] { return signer_file->Save(next); }, sync_wal); !s.ok()) {
      log->error("cannot persist the signer state or the consensus WAL ({}); not signing", s.ToString());
      return std::nullopt;
    }
    metrics.fsyncs += 2;
    signer = next;
  } else {
    if (Status s = sync_wal(); !s.ok()) {
      log->error("cannot sync the consensus WAL ({}); not signing", s.ToString());
      return std::nullopt;
    }
    metrics.fsyncs++;
  }
  if (audit_fd >= 0) {
    const std::string line = std::to_string(h) + " " + std::to_string(r) + " " + std::to_string(static_cast<int>(step)) +
                             " " + ToHex(digest) + "\n";
    if (::write(audit_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size()) || ::fdatasync(audit_fd) != 0) {
      log->error("signatures.log write failed; not signing");
      return std::nullopt;
    }
  }
  return sig;
}

// Appends, unsynced, the local inputs still waiting to be logged and then `own`, so the WAL keeps
// the order in which Drain feeds them. False (and logged) when the WAL refuses a record.
bool Node::Impl::LogOwn(const WalInput& own) {
  for (LocalInput& queued : local) {
    if (queued.logged) continue;
    if (Status s = wal->Append(EncodeWalInput(queued.in), false); !s.ok()) {
      log->error("consensus WAL append failed: {}; not signing", s.ToString());
      return false;
    }
    queued.logged = true;
  }
  if (Status s = wal->Append(EncodeWalInput(own), false); !s.ok()) {
    log->error("consensus WAL append failed: {}; not signing", s.ToString());
    return false;
  }
  return true;
}

void Node::Impl::CastProposal(Proposal p) {
  auto it = candidates.find(p.value);
  if (it == candidates.end()) {
    log->error("no block for own proposal at height {} round {}", p.height, p.round);
    return;
  }
  const Bytes sb = codec::ProposalSignBytes(opts.genesis.chain_id, p);
  WalProposal own{p, codec::Encode(it->second->block)};
  // A new block goes out now, so that validators validate it while this node flushes before
  // signing; the proposal then finds it validated. A re-proposed value they already hold.
  if (p.pol_round == consensus::kNilRound && own.block.size() <= candidate_block_bytes_max && !replaying) {
    Broadcast(MsgType::CandidateBlock, EncodeCandidateBlockMsg({p.height, p.round, own.block}));
  }
  auto sig = Sign(SignStep::Proposal, p.height, p.round, sb, [&](const crypto::SchnorrSignature& signature) {
    own.proposal.signature = signature;
    return LogOwn(own);
  });
  if (!sig) return;
  Broadcast(MsgType::Proposal, EncodeProposalMsg(own.proposal, own.block));
  local.push_back(LocalInput{std::move(own), true});
}

void Node::Impl::CastVote(Vote v) {
  const Bytes sb = codec::VoteSignBytes(opts.genesis.chain_id, v);
  auto sig = Sign(v.type == VoteType::Prevote ? SignStep::Prevote : SignStep::Precommit, v.height, v.round, sb,
                  [&](const crypto::SchnorrSignature& signature) {
                    v.signature = signature;
                    return LogOwn(v);
                  });
  if (!sig) return;
  RememberVote(opts.genesis.chain_id, state.validators(), v, verified_votes);
  Broadcast(MsgType::Vote, codec::Encode(v));
  local.push_back(LocalInput{v, true});
}

void Node::Impl::Schedule(const effect::ScheduleTimeout& st) {
  auto timer = std::make_unique<asio::steady_timer>(strand, std::chrono::milliseconds(st.duration_ms));
  const Timeout t = st.timeout;
  timer->async_wait([this, t](const boost::system::error_code& ec) {
    if (ec || stopping || !driver || t.height != driver->state().height) return;
    Feed(t, true, false);
    Drain();
  });
  timers[{static_cast<int>(t.kind), t.height, t.round}] = std::move(timer);
}

std::shared_ptr<Prepared> Node::Impl::BuildBlock(consensus::Height h, Round r) {
  const auto& params = opts.genesis.params;
  const ValidatorIndex own = driver->own_index().value_or(0);
  std::vector<TxPtr> txs = pool.SelectForBlock(state.base_fee(), params.block_gas_limit, params.block_txs_max);
  auto exec = chain::ExecuteBlock(state, txs, opts.genesis.evm_chain_id, state.fee_recipients()[own], params,
                                  chain::InvalidTx::Skip);
  ORDO_ASSERT(exec.ok());  // Skip mode never fails
  auto prepared = std::make_shared<Prepared>();
  prepared->exec = std::move(exec).value();
  prepared->post = std::make_shared<chain::State>(state);
  chain::ApplyExecution(*prepared->post, prepared->exec);
  chain::Block& b = prepared->block;
  b.header.chain_id = opts.genesis.chain_id;
  b.header.height = h;
  b.header.time_ms = std::max(NowMs(), last_block_time_ms + 1);
  b.header.prev_hash = last_block_hash;
  b.header.txs_root = prepared->exec.txs_root;
  b.header.receipts_root = prepared->exec.receipts_root;
  b.header.state_root = prepared->post->Root();
  b.header.validators_hash = state.validators().Hash();
  b.header.next_validators_hash = prepared->post->validators().Hash();
  b.header.last_commit_hash = last_commit ? crypto::Sha256(codec::Encode(*last_commit)) : Hash32{};
  b.header.proposer = state.validators().at(own).public_key;
  for (const TxPtr& tx : prepared->exec.txs) b.txs.push_back(tx->raw);
  b.evidence = pending_evidence;
  std::vector<Hash32> ev_leaves;
  for (const auto& e : b.evidence) ev_leaves.push_back(chain::MerkleLeafHash(codec::Encode(e)));
  b.header.evidence_hash = chain::MerkleRootOfLeafHashes(ev_leaves);
  b.last_commit = last_commit;
  prepared->hash = codec::BlockHash(b.header);
  (void)r;
  return prepared;
}

// Decodes raws[i] for every i in `which` into out[i], recovering the senders — on all cores
// when there are many (a block whose transactions never reached this node by gossip) — and
// remembers them so that no later copy is recovered again. The first undecodable one fails it all.
Status Node::Impl::RecoverAll(const std::vector<Bytes>& raws, const std::vector<Hash32>& hashes, const std::vector<size_t>& which,
                              std::vector<TxPtr>& out) {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  Status error = Status::Ok();
  auto work = [&] {
    for (size_t k = next++; k < which.size() && !failed; k = next++) {
      const size_t i = which[k];
      auto tx = chain::DecodeTransaction(raws[i], hashes[i]);
      if (!tx.ok()) {
        std::lock_guard lock(error_mutex);
        if (!failed.exchange(true)) error = Status::InvalidArgument("transaction " + std::to_string(i) + ": " + tx.status().message());
        return;
      }
      out[i] = std::make_shared<const chain::Transaction>(std::move(tx).value());
      pool.RememberVerified(out[i]);
    }
  };
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const size_t helpers = which.size() >= parallel_recovery_min ? std::min<size_t>(cores - 1, recovery_helpers_max) : 0;
  std::vector<std::thread> threads;
  for (size_t t = 0; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return error;
}

// Full validation of a proposed block against the committed state; nullptr when invalid.
std::shared_ptr<Prepared> Node::Impl::ValidateBlock(const Bytes& block_bytes, const ValueId& expected,
                                                    ValidatorIndex proposer, size_t unknown_max) {
  auto decoded = codec::Decode<chain::Block>(block_bytes);
  if (!decoded.ok()) {
    log->warn("proposed block does not decode: {}", decoded.status().ToString());
    return nullptr;
  }
  auto prepared = std::make_shared<Prepared>();
  prepared->block = std::move(decoded).value();
  const chain::Block& b = prepared->block;
  prepared->hash = codec::BlockHash(b.header);
  auto reject = [this](const std::string& why) {
    log->warn("proposed block rejected: {}", why);
    return nullptr;
  };
  if (expected != ValueId{} && prepared->hash != expected) return reject("hash differs from the proposal's value");
  if (b.header.chain_id != opts.genesis.chain_id) return reject("wrong chain id");
  if (b.header.height != state.height() + 1) return reject("wrong height");
  if (b.header.prev_hash != last_block_hash) return reject("wrong previous hash");
  if (b.header.time_ms <= last_block_time_ms) return reject("time not after the previous block");
  if (b.header.time_ms > NowMs() + 10'000) return reject("time more than 10 s in the future");
  if (!state.validators().Contains(proposer) || b.header.proposer != state.validators().at(proposer).public_key) {
    return reject("proposer field is not the round's proposer");
  }
  if (b.header.validators_hash != state.validators().Hash()) return reject("wrong validators hash");
  if (b.last_commit.has_value() != last_commit.has_value()) return reject("last commit presence");
  if (b.last_commit) {
    if (Status s = VerifyCommitCertificate(opts.genesis.chain_id, state.validators(), state.height(), *b.last_commit,
                                           &verified_votes);
        !s.ok()) {
      return reject("last commit: " + s.message());
    }
    if (b.last_commit->value != last_block_hash) return reject("last commit is not for the previous block");
  }
  if (b.header.last_commit_hash != (b.last_commit ? crypto::Sha256(codec::Encode(*b.last_commit)) : Hash32{})) {
    return reject("wrong last commit hash");
  }
  std::vector<TxPtr> txs(b.txs.size());
  std::vector<Hash32> hashes(b.txs.size());
  std::vector<size_t> unknown;
  for (size_t i = 0; i < b.txs.size(); ++i) {
    // A transaction this node already recovered (admitted, or in an earlier proposal) is not
    // recovered again.
    hashes[i] = crypto::Keccak256(b.txs[i]);
    txs[i] = pool.FindVerified(hashes[i], b.txs[i]);
    if (!txs[i]) unknown.push_back(i);
  }
  if (unknown.size() > unknown_max) {
    log->debug("block of height {} has {} transactions this node has not verified; not validated ahead", b.header.height,
               unknown.size());
    candidates_not_validated_ahead.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
  }
  if (Status s = RecoverAll(b.txs, hashes, unknown, txs); !s.ok()) return reject("transaction: " + s.message());
  auto exec = chain::ExecuteBlock(state, txs, opts.genesis.evm_chain_id, state.fee_recipients()[proposer],
                                  opts.genesis.params, chain::InvalidTx::Reject);
  if (!exec.ok()) return reject(exec.status().message());
  prepared->exec = std::move(exec).value();
  prepared->post = std::make_shared<chain::State>(state);
  chain::ApplyExecution(*prepared->post, prepared->exec);
  if (b.header.txs_root != prepared->exec.txs_root) return reject("wrong transactions root");
  if (b.header.receipts_root != prepared->exec.receipts_root) return reject("wrong receipts root");
  if (b.header.state_root != prepared->post->Root()) return reject("wrong state root");
  if (b.header.next_validators_hash != prepared->post->validators().Hash()) return reject("wrong next validators hash");
  for (const Evidence& e : b.evidence) {
    if (Status s = VerifyEvidence(opts.genesis.chain_id, state.validators(), e); !s.ok()) {
      return reject("evidence: " + s.message());
    }
  }
  return prepared;
}

void Node::Impl::Commit(const effect::Decided& d, bool synced) {
  auto it = candidates.find(d.value);
  ORDO_ASSERT(it != candidates.end());  // a decision needs a valid proposal, which is a candidate
  const std::shared_ptr<Prepared> kept = it->second;  // candidates.clear() below must not free it
  const Prepared& p = *kept;
  storage::Database::Batch batch;
  const Bytes hash(p.hash.begin(), p.hash.end());
  batch.Put(storage::Column::Blocks, hash, codec::Encode(p.block));
  batch.Put(storage::Column::BlockIndex, HeightKey(d.height), hash);
  for (size_t i = 0; i < p.exec.txs.size(); ++i) {
    codec::Writer loc;
    loc.PutU64(d.height);
    loc.PutU32(static_cast<uint32_t>(i));
    batch.Put(storage::Column::TxIndex, p.exec.txs[i]->hash, loc.bytes());
  }
  // One record per block (earlier versions wrote one per transaction, under its hash: still read).
  batch.Put(storage::Column::Receipts, hash, chain::EncodeBlockReceipts(p.exec.receipts));
  for (const Evidence& e : p.block.evidence) {
    const Bytes enc = codec::Encode(e);
    batch.Put(storage::Column::Evidence, crypto::Sha256(enc), enc);
  }
  batch.Put(storage::Column::Meta, MetaKey("commit/", d.height), codec::Encode(d.certificate));
  batch.Put(storage::Column::Meta, MetaKey("blockmeta/", d.height),
            EncodeBlockMeta(BlockMeta{p.exec.gas_used, p.exec.base_fee, d.round}));
  batch.Put(storage::Column::Meta, MetaKey("state"), p.post->SerializeHeader());
  // Only the leaves this block changed.
  std::vector<uint16_t> touched;
  touched.reserve(p.exec.changes.size());
  for (const auto& [addr, acc] : p.exec.changes) touched.push_back(chain::State::LeafOf(addr));
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());  // changes are in address order
  for (uint16_t leaf : touched) PutLeaf(batch, *p.post, leaf);
  batch.Put(storage::Column::Meta, MetaKey("head"), HeightKey(d.height));
  if (Status s = db->Write(batch, true); !s.ok()) {
    // Without the block on disk the node cannot go on safely; stop making progress loudly.
    log->critical("cannot persist block {}: {}; consensus halted", d.height, s.ToString());
    stopping = true;
    return;
  }
  const auto durable_at = std::chrono::steady_clock::now();
  metrics.fsyncs++;
  const uint64_t previous_time = last_block_time_ms;
  state = *p.post;
  last_block_hash = p.hash;
  last_block_time_ms = p.block.header.time_ms;
  last_commit = d.certificate;
  std::erase_if(pending_evidence, [&](const Evidence& e) {
    return std::find(p.block.evidence.begin(), p.block.evidence.end(), e) != p.block.evidence.end();
  });
  if (Status s = wal->Reset(); !s.ok()) log->error("consensus WAL reset failed: {}", s.ToString());
  {
    std::vector<chain::Address> changed;
    changed.reserve(p.exec.changes.size());
    for (const auto& [addr, acc] : p.exec.changes) changed.push_back(addr);
    pool.RecheckChanged(StateView(state), state.base_fee(), std::chrono::steady_clock::now(), changed);
  }
  metrics.blocks_committed++;
  metrics.txs_committed += p.exec.txs.size();
  metrics.last_block_interval_ms = last_block_time_ms - previous_time;
  const double round_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - height_started).count();
  {
    std::lock_guard lock(snap_mutex);
    status.last_round_ms = round_ms;
  }
  size_t bucket = 0;
  while (bucket < height_duration_bucket_count && round_ms > height_duration_buckets_ms[bucket]) ++bucket;
  metrics.height_buckets[bucket]++;
  metrics.height_duration_sum_us += static_cast<uint64_t>(round_ms * 1000.0);
  ObserveCommit(d, p, synced, durable_at);
  log->info("committed height {} round {} with {} txs, block 0x{}", d.height, d.round, p.exec.txs.size(),
            ToHex(p.hash).substr(0, 16));
  candidates.clear();
  PublishSnapshot();
  if (server) server->PublishNewHead(BlockHeadJson(p.block, p.hash, p.exec.gas_used, p.exec.base_fee));
  if (opts.observers.commit) opts.observers.commit(d.height);
  // Keep the configured block interval from one height's start to the next.
  const auto interval = std::chrono::milliseconds(opts.genesis.params.block_interval_ms);
  const auto elapsed = std::chrono::steady_clock::now() - height_started;
  // After a block fetched by sync, OnBlocks starts the next height once it has applied the rest.
  if (synced) return;
  const auto delay = elapsed >= interval ? std::chrono::steady_clock::duration::zero() : interval - elapsed;
  next_height_timer = std::make_unique<asio::steady_timer>(strand, delay);
  const consensus::Height next = d.height + 1;
  next_height_timer->async_wait([this, next](const boost::system::error_code& ec) {
    if (ec || stopping) return;
    StartHeight(next);
    Drain();
  });
}

void Node::Impl::AdmissionLoop() {
  // Consensus first: when the machine is saturated, signature recovery for gossiped transactions
  // yields the CPU to the consensus strand and the network threads (a lower weight, not a cap: an
  // idle core still goes to admission). Relative to this node's own priority.
  errno = 0;
  const int base_nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()));
  if (errno == 0) {
    [[maybe_unused]] const int niced =
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), std::min(base_nice + admission_nice, 19));
  }
  std::vector<QueuedTx> batch;
  for (;;) {
    {
      std::unique_lock lock(txq_mutex);
      txq_cv.wait(lock, [this] { return txq_stop || !txq.empty(); });
      if (txq_stop) return;
      while (!txq.empty() && batch.size() < gossip_tx_batch_max) {
        batch.push_back(std::move(txq.front()));
        txq.pop_front();
      }
    }
    for (const QueuedTx& in : batch) AdmitGossip(in);
    batch.clear();
  }
}

void Node::Impl::AdmitGossip(const QueuedTx& in) {
  std::shared_ptr<const chain::State> s;
  {
    std::lock_guard lock(snap_mutex);
    s = snapshot;
  }
  const mempool::AdmitResult r = pool.AddRaw(in.raw, StateView(*s), s->base_fee(), std::chrono::steady_clock::now());
  if (r.ok) GossipTx(std::make_shared<const Bytes>(in.raw), in.covered);
  else if (r.reason == mempool::Reject::AlreadyKnown) gossip_echoes.fetch_add(1, std::memory_order_relaxed);
  else if (r.reason == mempool::Reject::Malformed) network->Report(in.peer, net::Misbehaviour::InvalidMessage, "malformed transaction");
}

// Admitted transactions go out in batches: whatever accumulates while a flush is queued on the
// io threads leaves in one TxsTo message per set of peers still missing it, so a busy node sends a
// few large frames instead of one frame, TLS record and write per transaction, and an idle one
// sends at once. A transaction goes only to peers not known to have it: not its sender, not the
// peers its sender listed as recipients of the same batch (in a full mesh, nobody relays).
void Node::Impl::GossipTx(std::shared_ptr<const Bytes> raw, Covered covered) {
  bool first = false;
  {
    std::lock_guard lock(gossip_out_mutex);
    if (gossip_out.size() >= gossip_out_max) {
      gossip_out_dropped.fetch_add(1, std::memory_order_relaxed);
      return;
    }
    first = gossip_out.empty();
    gossip_out.emplace_back(std::move(raw), std::move(covered));
  }
  if (first) asio::post(io, [this] { FlushGossip(); });
}

void Node::Impl::FlushGossip() {
  std::vector<std::pair<std::shared_ptr<const Bytes>, Covered>> out;
  {
    std::lock_guard lock(gossip_out_mutex);
    out.swap(gossip_out);
  }
  if (!network || stopping) return;
  const std::vector<net::PeerId> connected = network->ConnectedIds();
  // The targets of each batch of the same origin (its Covered), then grouped by target set.
  std::map<const std::vector<net::PeerId>*, std::vector<net::PeerId>> targets_of;
  std::map<std::vector<net::PeerId>, std::vector<std::shared_ptr<const Bytes>>> groups;
  for (auto& [raw, covered] : out) {
    auto [it, fresh] = targets_of.try_emplace(covered.get());
    if (fresh) {
      if (covered) {
        std::set_difference(connected.begin(), connected.end(), covered->begin(), covered->end(),
                            std::back_inserter(it->second));
      } else {
        it->second = connected;
      }
    }
    if (it->second.empty()) {
      gossip_relays_skipped.fetch_add(1, std::memory_order_relaxed);
      continue;
    }
    groups[it->second].push_back(std::move(raw));
  }
  for (auto& [targets, txs] : groups) {
    for (size_t i = 0; i < txs.size(); i += txs_per_message_max) {
      const std::vector<std::shared_ptr<const Bytes>> part(txs.begin() + static_cast<std::ptrdiff_t>(i),
                                                          txs.begin() + static_cast<std::ptrdiff_t>(std::min(txs.size(), i + txs_per_message_max)));
      network->Multicast(targets, static_cast<uint8_t>(MsgType::TxsTo), EncodeTxsToMsg(targets, part));
    }
  }
}

void Node::Impl::ObserveVote(const Vote& v) {
  if (v.height != driver->state().height || v.round != driver->state().round) return;
  if (!live_voted.insert({static_cast<int>(v.type), v.validator}).second) return;
  std::lock_guard lock(obs_mutex);
  live.votes.push_back(VoteSeen{MsBetween(round_started, std::chrono::steady_clock::now()), v.type, !v.value.has_value(), v.validator});
}

void Node::Impl::ObserveEvidence(const Evidence& e, uint64_t included_height) {
  std::optional<EvidenceRecord> rec;
  {
    std::lock_guard lock(obs_mutex);
    rec = evidence_log.Observe(e, NowMs(), included_height);
  }
  if (rec && opts.observers.evidence) opts.observers.evidence(*rec);
}

void Node::Impl::ObserveCommit(const effect::Decided& d, const Prepared& p, bool synced,
                               std::chrono::steady_clock::time_point durable_at) {
  const auto now = std::chrono::steady_clock::now();
  HeightTiming t;
  t.height = d.height;
  t.rounds = d.round + 1;
  t.synced = synced || !decided_at;
  if (!t.synced) {
    t.propose_ms = phase_ms[0];
    t.prevote_ms = phase_ms[1];
    t.precommit_ms = phase_ms[2];
    t.commit_ms = MsBetween(*decided_at, durable_at);
    t.total_ms = MsBetween(height_started, now);
    t.validate_ms = validate_ms;
    if (proposal_seen >= height_started) {
      t.proposal_to_decision_ms = MsBetween(proposal_seen, *decided_at);
      t.proposal_to_commit_ms = MsBetween(proposal_seen, durable_at);
    }
  }
  t.txs = p.exec.txs.size();
  t.time_ms = p.block.header.time_ms;
  for (const Evidence& e : p.block.evidence) ObserveEvidence(e, d.height);
  // Who signed a height is what the chain recorded for it: the next block's last_commit, which
  // also carries the precommits that arrived after the decision (AddLatePrecommit). So this block
  // settles the previous height.
  const auto& vals = state.validators();
  std::vector<bool> signed_by(vals.size(), false);
  const std::optional<CommitCertificate>& recorded = p.block.last_commit;
  if (recorded) {
    for (const CommitSig& cs : recorded->signatures) {
      if (cs.validator < signed_by.size()) signed_by[cs.validator] = true;
    }
  }
  std::lock_guard lock(obs_mutex);
  timings.push_back(t);
  if (timings.size() > height_timings_max) timings.pop_front();
  if (last_signed.size() != vals.size()) {
    last_signed.assign(vals.size(), 0);
    signed_window.clear();
  }
  if (recorded) {
    for (size_t i = 0; i < signed_by.size(); ++i) {
      if (signed_by[i]) last_signed[i] = recorded->height;
    }
    signed_window.push_back(std::move(signed_by));
    if (signed_window.size() > signing_window_heights) signed_window.pop_front();
  }
  last_commit_local_ms = NowMs();
  if (!synced && pub && p.block.header.proposer != *pub) {
    clock_offset_ms = static_cast<int64_t>(last_commit_local_ms) - static_cast<int64_t>(p.block.header.time_ms);
  }
}

void Node::Impl::PublishSnapshot() {
  std::lock_guard lock(snap_mutex);
  if (!snapshot || snapshot->height() != state.height()) snapshot = std::make_shared<const chain::State>(state);
  if (driver) {
    const RoundState& rs = driver->state();
    status.height = rs.height;
    status.round = rs.round < 0 ? 0 : rs.round;
    status.step = StepName(rs.step);
    status.is_validator = driver->own_index().has_value();
  }
  status.last_committed = state.height();
  status.last_block_time_ms = last_block_time_ms;
  status.signer_last_height = signer.height;
}


// ---------------------------------------------------------------------------------------------
// Networking.

void Node::Impl::Broadcast(MsgType type, const Bytes& payload) {
  if (network) network->Broadcast(static_cast<uint8_t>(type), payload);
}

void Node::Impl::Remember(uint8_t type, Round round, const Bytes& payload) {
  if (accepted_count >= accepted_frames_max) return;
  // The driver accepts a duplicate without complaint; remembering it too would make every
  // catch-up exchange between two peers at one height resend more than the last.
  if (!accepted_digests.emplace(type, crypto::Sha256(payload)).second) return;
  accepted[round].emplace_back(type, payload);
  ++accepted_count;
}

void Node::Impl::StatusTick() {
  if (stopping) return;
  if (driver) {
    const RoundState& rs = driver->state();
    Broadcast(MsgType::Status, EncodeStatusMsg(StatusMsg{rs.height, std::max(rs.round, 0)}));
  }
  status_timer = std::make_unique<asio::steady_timer>(strand, status_interval);
  status_timer->async_wait([this](const boost::system::error_code& ec) {
    if (!ec) StatusTick();
  });
}

// Runs on the network's threads: transactions are admitted here (signature recovery in
// parallel), consensus messages have their signatures checked here and then go to the strand.
// Gossiped transactions wait for the admission workers in a bounded queue; what does not fit is
// dropped and counted.
void Node::Impl::QueueGossip(const net::PeerId& peer, std::vector<Bytes>& txs, Covered covered) {
  {
    std::lock_guard lock(txq_mutex);
    for (Bytes& tx : txs) {
      if (txq.size() >= gossip_tx_queue_max) {
        gossip_dropped.fetch_add(1, std::memory_order_relaxed);
        continue;
      }
      txq.push_back(QueuedTx{peer, std::move(tx), covered});
    }
  }
  if (txs.size() == 1) txq_cv.notify_one();
  else txq_cv.notify_all();
}

void Node::Impl::OnNetMessage(const net::PeerId& peer, uint8_t type, Bytes payload) {
  switch (static_cast<MsgType>(type)) {
    case MsgType::Tx: {
      std::vector<Bytes> one;
      one.push_back(std::move(payload));
      return QueueGossip(peer, one, std::make_shared<const std::vector<net::PeerId>>(1, peer));
    }
    case MsgType::Txs: {
      auto txs = DecodeTxsMsg(payload, chain::tx_raw_bytes_max);
      if (!txs.ok()) {
        network->Report(peer, net::Misbehaviour::InvalidMessage, "transaction batch: " + txs.status().message());
        return;
      }
      return QueueGossip(peer, *txs, std::make_shared<const std::vector<net::PeerId>>(1, peer));
    }
    case MsgType::TxsTo: {
      auto msg = DecodeTxsToMsg(payload, chain::tx_raw_bytes_max);
      if (!msg.ok()) {
        network->Report(peer, net::Misbehaviour::InvalidMessage, "transaction batch: " + msg.status().message());
        return;
      }
      std::vector<net::PeerId> covered = std::move(msg->recipients);
      covered.push_back(peer);
      std::sort(covered.begin(), covered.end());
      covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
      return QueueGossip(peer, msg->txs, std::make_shared<const std::vector<net::PeerId>>(std::move(covered)));
    }
    case MsgType::Proposal:
    case MsgType::Vote:
    case MsgType::Evidence:
    case MsgType::CandidateBlock:
      if (opts.config.p2p_validator_only && !validator_peers.contains(peer)) return;  // not from a validator's node
      [[fallthrough]];
    case MsgType::Status:
    case MsgType::BlockResponse:
      asio::post(strand, [this, peer, type, payload = std::move(payload)] {
        if (!stopping && driver) OnConsensusFrame(peer, type, payload);
      });
      return;
  }
  network->Report(peer, net::Misbehaviour::UndecodableFrame, "unknown message type " + std::to_string(type));
}

// A precommit for the block just committed that arrived after the decision (a slower
// validator's) joins last_commit, which the next proposer puts in its block: the chain then records
// every validator that signed in time for the next block, not only the fastest two thirds, and
// missed-block counts follow that.
void Node::Impl::AddLatePrecommit(const Vote& v) {
  if (v.type != VoteType::Precommit || v.round != last_commit->round || !v.value || *v.value != last_commit->value) return;
  auto& sigs = last_commit->signatures;
  auto it = std::lower_bound(sigs.begin(), sigs.end(), v.validator,
                             [](const CommitSig& s, ValidatorIndex i) { return s.validator < i; });
  if (it != sigs.end() && it->validator == v.validator) return;
  if (!VerifyVote(opts.genesis.chain_id, state.validators(), v, &verified_votes)) return;
  sigs.insert(it, CommitSig{v.validator, v.signature});
}

// A block the round's proposer sent ahead of its proposal: validated now and kept among the
// height's candidates, so the proposal that names it needs no validation when it arrives. Only
// for this round or the next, from the proposer's own node when genesis names it, once per
// round and a few times per height, at most 64 KiB and with few transactions this node has not
// verified yet; anything else is ignored (the proposal still carries the block, so nothing
// depends on this). So a stranger's forged candidates cost this node little.
void Node::Impl::OnCandidateBlock(const net::PeerId& peer, CandidateBlockMsg& msg) {
  const Round round = driver->state().round;
  if (msg.round < round || msg.round > round + 1 || msg.block.size() > candidate_block_bytes_max) return;
  const ValidatorIndex proposer = state.validators().ProposerForRound(msg.round);
  if (driver->own_index() == proposer) return;
  const auto node_peer = validator_node_peers.find(state.validators().at(proposer).public_key);
  if (node_peer != validator_node_peers.end() && node_peer->second != peer) return;
  if (candidate_rounds.size() >= candidate_blocks_per_height_max || !candidate_rounds.insert(msg.round).second) return;
  if (candidates.size() >= candidates_max) return;
  const auto start = std::chrono::steady_clock::now();
  // The height's timings run from when this node first had the proposed block, as they would if
  // the block had come with its proposal.
  if (proposal_seen < height_started) proposal_seen = start;
  auto prepared = ValidateBlock(msg.block, ValueId{}, proposer, candidate_unknown_txs_max);
  validate_ms += MsBetween(start, std::chrono::steady_clock::now());
  if (!prepared) return;
  candidates.emplace(prepared->hash, std::move(prepared));
  candidates_validated_ahead.fetch_add(1, std::memory_order_relaxed);
}

void Node::Impl::OnConsensusFrame(const net::PeerId& peer, uint8_t type, const Bytes& payload) {
  const consensus::Height current = driver->state().height;
  // Decided and waiting for the block interval: the height's remaining messages change nothing.
  const bool decided = driver->state().decision.has_value();
  auto report = [&](net::Misbehaviour m, const std::string& why) {
    if (network && !peer.empty()) network->Report(peer, m, why);
  };
  auto hold = [&](consensus::Height h) {
    if (h == current + 1 && future.size() < future_frames_max) future.emplace_back(peer, type, payload);
  };
  // Already taken at this height (our own message echoed back, or a repeat from catch-up).
  auto seen = [&] { return accepted_digests.contains({type, crypto::Sha256(payload)}); };
  switch (static_cast<MsgType>(type)) {
    case MsgType::Proposal: {
      auto msg = DecodeProposalMsg(payload);
      if (!msg.ok()) return report(net::Misbehaviour::UndecodableFrame, msg.status().message());
      const Proposal& p = msg->first;
      if (p.height != current) return hold(p.height);
      if (decided || seen()) return;
      if (!VerifyProposal(opts.genesis.chain_id, state.validators(), p)) {
        return report(net::Misbehaviour::InvalidSignature, "proposal signature");
      }
      Feed(WalProposal{p, std::move(msg->second)}, true, false);
      break;
    }
    case MsgType::Vote: {
      auto v = codec::Decode<Vote>(payload);
      if (!v.ok()) return report(net::Misbehaviour::UndecodableFrame, v.status().message());
      if (last_commit && v->height == last_commit->height) return AddLatePrecommit(*v);
      if (v->height != current) return hold(v->height);
      if (decided || seen()) return;
      if (!VerifyVote(opts.genesis.chain_id, state.validators(), *v, &verified_votes)) return report(net::Misbehaviour::InvalidSignature, "vote signature");
      Feed(*v, true, false);
      break;
    }
    case MsgType::CandidateBlock: {
      auto msg = DecodeCandidateBlockMsg(payload);
      if (!msg.ok()) return report(net::Misbehaviour::UndecodableFrame, msg.status().message());
      if (msg->height != current) return hold(msg->height);
      if (decided) return;
      return OnCandidateBlock(peer, *msg);
    }
    case MsgType::Evidence: {
      auto e = codec::Decode<Evidence>(payload);
      if (!e.ok()) return report(net::Misbehaviour::UndecodableFrame, e.status().message());
      if (EvidenceHeight(*e) != current) return;
      if (!VerifyEvidence(opts.genesis.chain_id, state.validators(), *e).ok()) return report(net::Misbehaviour::InvalidMessage, "evidence");
      if (pending_evidence.size() < pending_evidence_max &&
          std::find(pending_evidence.begin(), pending_evidence.end(), *e) == pending_evidence.end()) {
        pending_evidence.push_back(*e);
        ObserveEvidence(*e, 0);
      }
      return;
    }
    case MsgType::Status: {
      auto st = DecodeStatusMsg(payload);
      if (!st.ok()) return report(net::Misbehaviour::UndecodableFrame, st.status().message());
      OnStatus(peer, *st);
      return;
    }
    case MsgType::BlockResponse: {
      auto blocks = DecodeBlockResponse(payload);
      if (!blocks.ok()) return report(net::Misbehaviour::UndecodableFrame, blocks.status().message());
      OnBlocks(peer, std::move(blocks).value());
      break;  // a new height may have started: drain its own inputs
    }
    case MsgType::Tx:
    case MsgType::Txs:
    case MsgType::TxsTo:
      return;
  }
  Drain();
}

// A peer behind us gets the blocks it lacks; a peer at our height gets the votes and proposals
// of its round, the round before, and the rounds of our lock and valid value (vote-set catch-up).
void Node::Impl::OnStatus(const net::PeerId& peer, const StatusMsg& s) {
  if (!network || peer.empty()) return;
  {
    std::lock_guard lock(obs_mutex);
    if (peer_heights.contains(peer) || peer_heights.size() < peer_heights_max) {
      peer_heights[peer] = s.height > 0 ? s.height - 1 : 0;
    }
  }
  const consensus::Height current = driver->state().height;
  if (s.height < current && s.height >= 1) {
    std::vector<SyncedBlock> blocks;
    for (consensus::Height h = s.height; h <= state.height() && blocks.size() < sync_blocks_per_message_max; ++h) {
      auto hash = db->Get(storage::Column::BlockIndex, HeightKey(h));
      if (!hash.ok() || !hash.value()) break;
      auto block = db->Get(storage::Column::Blocks, **hash);
      auto cert = db->Get(storage::Column::Meta, MetaKey("commit/", h));
      if (!block.ok() || !block.value() || !cert.ok() || !cert.value()) break;
      auto c = codec::Decode<CommitCertificate>(**cert);
      if (!c.ok()) break;
      blocks.push_back(SyncedBlock{**block, c.value()});
    }
    if (!blocks.empty()) network->Send(peer, static_cast<uint8_t>(MsgType::BlockResponse), EncodeBlockResponse(blocks));
    return;
  }
  if (s.height != current) return;
  // Vote-set catch-up only for a peer that reported the same height and round in its previous
  // status too (it seems stuck): one making progress gets the votes by gossip anyway, and
  // resending whole rounds to every peer on every tick costs O(n³) messages per tick.
  bool stuck = false;
  {
    auto [it, inserted] = peer_status.try_emplace(peer, s.height, s.round);
    if (!inserted) {
      stuck = it->second == std::make_pair(s.height, s.round);
      it->second = {s.height, s.round};
    } else if (peer_status.size() > peer_heights_max) {
      peer_status.erase(it);  // bounded; an untracked peer gets catch-up every time
      stuck = true;
    }
  }
  if (!stuck) return;
  const RoundState& rs = driver->state();
  const std::set<Round> rounds = {s.round, s.round - 1, rs.locked_round, rs.valid_round};
  for (Round r : rounds) {
    auto it = accepted.find(r);
    if (it == accepted.end()) continue;
    for (const auto& [type, payload] : it->second) network->Send(peer, type, payload);
  }
}

// Block sync: apply committed blocks in order, each proven by a commit certificate of the
// validator set of its height; then rejoin consensus at the next height and ask the same peer for
// what follows at once, rather than at the next status tick.
void Node::Impl::OnBlocks(const net::PeerId& peer, std::vector<SyncedBlock> blocks) {
  if (driver->state().height != state.height() + 1 || driver->state().decision) return;  // decided here; commit pending
  size_t applied = 0;
  for (SyncedBlock& sb : blocks) {
    const consensus::Height next = state.height() + 1;
    if (sb.certificate.height != next) continue;
    if (Status s = VerifyCommitCertificate(opts.genesis.chain_id, state.validators(), next, sb.certificate, &verified_votes);
        !s.ok()) {
      if (network) network->Report(peer, net::Misbehaviour::InvalidMessage, "synced block certificate: " + s.message());
      break;
    }
    const ValidatorIndex proposer = state.validators().ProposerForRound(sb.certificate.round);
    auto prepared = ValidateBlock(sb.block, sb.certificate.value, proposer);
    if (!prepared) {
      if (network) network->Report(peer, net::Misbehaviour::InvalidMessage, "synced block invalid");
      break;
    }
    candidates[prepared->hash] = prepared;
    log->info("block sync: height {} from peer {}", next, peer.substr(0, 12));
    Commit(effect::Decided{next, sb.certificate.round, prepared->hash, sb.certificate}, true);
    if (stopping) return;
    ++applied;
  }
  if (applied == 0) return;
  StartHeight(state.height() + 1);
  if (network && !peer.empty()) {
    const RoundState& rs = driver->state();
    const Bytes status = EncodeStatusMsg(StatusMsg{rs.height, std::max(rs.round, 0)});
    network->Send(peer, static_cast<uint8_t>(MsgType::Status), status);
  }
}

// ---------------------------------------------------------------------------------------------
// Thread-safe queries.

const chain::Genesis& Node::genesis() const { return m_impl->opts.genesis; }
uint64_t Node::evm_chain_id() const { return m_impl->opts.genesis.evm_chain_id; }

uint64_t Node::Height() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->snapshot->height();
}

chain::Account Node::GetAccount(const chain::Address& a) const {
  std::shared_ptr<const chain::State> s;
  {
    std::lock_guard lock(m_impl->snap_mutex);
    s = m_impl->snapshot;
  }
  return s->GetAccount(a);
}

uint64_t Node::PendingNonce(const chain::Address& a) const {
  std::shared_ptr<const chain::State> s;
  {
    std::lock_guard lock(m_impl->snap_mutex);
    s = m_impl->snapshot;
  }
  return m_impl->pool.PendingNonce(a, StateView(*s));
}

chain::U256 Node::BaseFee() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->snapshot->base_fee();
}

// Blocks, receipts and the transaction index reach the database before Commit publishes the
// snapshot; anything above the snapshot's height stays hidden until then, so a client that sees a
// receipt also sees its block as the head, and the sender's nonce and balance after it.
std::optional<BlockInfo> Node::GetBlockByHash(const Hash32& hash) const {
  auto raw = m_impl->db->Get(storage::Column::Blocks, hash);
  if (!raw.ok() || !raw.value()) return std::nullopt;
  auto block = codec::Decode<chain::Block>(**raw);
  if (!block.ok() || block->header.height > Height()) return std::nullopt;
  BlockInfo info;
  info.block = std::move(block).value();
  info.hash = hash;
  auto meta = m_impl->db->Get(storage::Column::Meta, MetaKey("blockmeta/", info.block.header.height));
  if (meta.ok() && meta.value()) {
    if (auto m = DecodeBlockMeta(**meta)) {
      info.gas_used = m->gas_used;
      info.base_fee = m->base_fee;
      info.round = m->round;
    }
  }
  auto receipts = m_impl->db->Get(storage::Column::Receipts, hash);
  if (receipts.ok() && receipts.value()) {
    auto decoded = chain::DecodeBlockReceipts(**receipts);
    if (decoded.ok() && decoded->size() == info.block.txs.size()) {
      info.receipts = std::move(decoded).value();
    } else {
      m_impl->log->error("receipts of block {} are damaged: {}", info.block.header.height,
                         decoded.ok() ? "wrong count" : decoded.status().ToString());
    }
    return info;
  }
  // Written by a version that stored one record per transaction.
  for (const Bytes& raw_tx : info.block.txs) {
    auto r = m_impl->db->Get(storage::Column::Receipts, crypto::Keccak256(raw_tx));
    if (!r.ok() || !r.value()) continue;
    if (auto receipt = chain::DecodeReceipt(**r); receipt.ok()) info.receipts.push_back(receipt.value());
  }
  return info;
}

std::optional<BlockInfo> Node::GetBlockByHeight(uint64_t height) const {
  if (height > Height()) return std::nullopt;
  auto hash = m_impl->db->Get(storage::Column::BlockIndex, HeightKey(height));
  if (!hash.ok() || !hash.value() || hash.value()->size() != 32) return std::nullopt;
  Hash32 h{};
  std::copy(hash.value()->begin(), hash.value()->end(), h.begin());
  return GetBlockByHash(h);
}

std::optional<TxLocation> Node::GetTxLocation(const Hash32& tx_hash) const {
  auto loc = m_impl->db->Get(storage::Column::TxIndex, tx_hash);
  if (!loc.ok() || !loc.value()) return std::nullopt;
  codec::Reader r(**loc);
  TxLocation out;
  if (!r.ReadU64(&out.height).ok() || !r.ReadU32(&out.index).ok() || out.height > Height()) return std::nullopt;
  auto hash = m_impl->db->Get(storage::Column::BlockIndex, HeightKey(out.height));
  if (!hash.ok() || !hash.value() || hash.value()->size() != 32) return std::nullopt;
  std::copy(hash.value()->begin(), hash.value()->end(), out.block_hash.begin());
  return out;
}

chain::TxPtr Node::GetPendingTx(const Hash32& tx_hash) const { return m_impl->pool.Get(tx_hash); }

ConsensusStatus Node::Consensus() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->status;
}

consensus::ValidatorSet Node::Validators() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->snapshot->validators();
}

std::vector<std::string> Node::ValidatorMonikers() const {
  std::lock_guard lock(m_impl->snap_mutex);
  return m_impl->snapshot->monikers();
}

mempool::Stats Node::MempoolStats() const { return m_impl->pool.stats(); }

std::vector<chain::TxPtr> Node::MempoolTop(size_t n) const { return m_impl->pool.Top(n, BaseFee()); }

std::optional<crypto::XOnlyPublicKey> Node::ValidatorKey() const { return m_impl->pub; }

std::vector<net::PeerInfo> Node::Peers() const {
  return m_impl->network ? m_impl->network->Peers() : std::vector<net::PeerInfo>{};
}
std::vector<net::BannedPeer> Node::BannedPeers() const {
  return m_impl->network ? m_impl->network->Banned() : std::vector<net::BannedPeer>{};
}
void Node::DisconnectPeer(const net::PeerId& peer) {
  if (m_impl->network) m_impl->network->Disconnect(peer);
}
void Node::BanPeer(const net::PeerId& peer) {
  if (m_impl->network) m_impl->network->Ban(peer, "banned by the operator");
}
void Node::UnbanPeer(const net::PeerId& peer) {
  if (m_impl->network) m_impl->network->Unban(peer);
}
void Node::SetNetworkPaused(bool paused) {
  if (m_impl->network) m_impl->network->SetPaused(paused);
  m_impl->network_paused = paused;
}

bool Node::NetworkPaused() const { return m_impl->network_paused; }

uint16_t Node::p2p_port() const { return m_impl->network ? m_impl->network->port() : 0; }

const std::string& Node::home() const { return m_impl->opts.home; }

const NodeConfig& Node::config() const { return m_impl->opts.config; }

const NodeMetrics& Node::Metrics() const { return m_impl->metrics; }

std::vector<HeightTiming> Node::HeightTimings(size_t max) const {
  std::lock_guard lock(m_impl->obs_mutex);
  const auto& t = m_impl->timings;
  const size_t n = std::min(max, t.size());
  return std::vector<HeightTiming>(t.end() - static_cast<std::ptrdiff_t>(n), t.end());
}

LiveRoundInfo Node::LiveRound() const {
  std::lock_guard lock(m_impl->obs_mutex);
  return m_impl->live;
}

std::vector<SigningStats> Node::Signing() const {
  std::lock_guard lock(m_impl->obs_mutex);
  std::vector<SigningStats> out(m_impl->last_signed.size());
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].last_signed_height = m_impl->last_signed[i];
    out[i].window = m_impl->signed_window.size();
    for (const auto& row : m_impl->signed_window) {
      if (i < row.size() && !row[i]) out[i].missed_in_window++;
    }
  }
  return out;
}

std::vector<EvidenceRecord> Node::EvidenceSeen() const {
  std::lock_guard lock(m_impl->obs_mutex);
  return m_impl->evidence_log.Records();
}

std::map<net::PeerId, uint64_t> Node::PeerHeights() const {
  std::lock_guard lock(m_impl->obs_mutex);
  return m_impl->peer_heights;
}

int64_t Node::ClockOffsetMs() const {
  std::lock_guard lock(m_impl->obs_mutex);
  return m_impl->clock_offset_ms;
}

uint64_t Node::LastCommitLocalMs() const {
  std::lock_guard lock(m_impl->obs_mutex);
  return m_impl->last_commit_local_ms;
}

std::optional<CommitCertificate> Node::CertificateAt(uint64_t height) const {
  // The chain's record: the next block's last_commit (with the precommits that arrived after the
  // decision), else the decision's own certificate for the newest height.
  if (auto next = GetBlockByHeight(height + 1); next && next->block.last_commit && next->block.last_commit->height == height) {
    return next->block.last_commit;
  }
  auto cert = m_impl->db->Get(storage::Column::Meta, MetaKey("commit/", height));
  if (!cert.ok() || !cert.value()) return std::nullopt;
  auto c = codec::Decode<CommitCertificate>(**cert);
  if (!c.ok()) return std::nullopt;
  return c.value();
}

std::vector<LogLine> Node::RecentLogs(uint64_t after_seq, size_t max, uint64_t* next_seq) const {
  return m_impl->log_ring->After(after_seq, max, next_seq);
}

uint16_t Node::rpc_port() const { return m_impl->server ? m_impl->server->port() : 0; }

mempool::AdmitResult Node::SubmitRawTransaction(ByteSpan raw) {
  std::shared_ptr<const chain::State> s;
  {
    std::lock_guard lock(m_impl->snap_mutex);
    s = m_impl->snapshot;
  }
  mempool::AdmitResult r = m_impl->pool.AddRaw(raw, StateView(*s), s->base_fee(), std::chrono::steady_clock::now());
  if (r.ok && m_impl->network) m_impl->GossipTx(std::make_shared<const Bytes>(raw.begin(), raw.end()), nullptr);
  return r;
}

std::string Node::MetricsText() const {
  const ConsensusStatus c = Consensus();
  const mempool::Stats ms = MempoolStats();
  const NodeMetrics& m = m_impl->metrics;
  std::string out;
  auto gauge = [&out](const char* name, const char* help, double v) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " + std::to_string(v) + "\n";
  };
  auto counter = [&out](const char* name, const char* help, uint64_t v) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " counter\n" + name + " " + std::to_string(v) + "\n";
  };
  gauge("ordo_height", "Last committed height.", static_cast<double>(c.last_committed));
  gauge("ordo_round", "Round of the height being decided.", c.round);
  gauge("ordo_last_height_duration_ms", "Start of the last height to its commit, in ms.", c.last_round_ms);
  gauge("ordo_block_interval_ms", "Time between the last two blocks, in ms.", static_cast<double>(m.last_block_interval_ms.load()));
  counter("ordo_blocks_committed_total", "Blocks committed since start.", m.blocks_committed.load());
  counter("ordo_txs_committed_total", "Transactions committed since start.", m.txs_committed.load());
  counter("ordo_rounds_total", "Consensus rounds started since start.", m.rounds_total.load());
  counter("ordo_fsyncs_total", "Synced writes (WAL, signer state, blocks).", m.fsyncs.load());
  counter("ordo_gossip_txs_dropped_total", "Gossiped transactions dropped because the admission queue was full.",
          m_impl->gossip_dropped.load());
  counter("ordo_gossip_txs_unsent_total", "Admitted transactions not gossiped because the outgoing batch was full.",
          m_impl->gossip_out_dropped.load());
  counter("ordo_gossip_txs_echoed_total", "Gossiped copies of transactions the pool already held.", m_impl->gossip_echoes.load());
  counter("ordo_gossip_relays_skipped_total",
          "Admitted gossiped transactions not relayed because every connected peer already had them.",
          m_impl->gossip_relays_skipped.load());
  counter("ordo_candidate_blocks_validated_total",
          "Blocks validated ahead of their proposal, sent by the proposer while it flushed before signing.",
          m_impl->candidates_validated_ahead.load());
  counter("ordo_candidate_blocks_not_validated_ahead_total",
          "Candidate blocks left for their proposal: more of their transactions were new to this node than a candidate may make it recover.",
          m_impl->candidates_not_validated_ahead.load());
  counter("ordo_vote_signatures_reused_total",
          "Vote signatures not verified again (a commit certificate's precommits checked when they arrived as votes).",
          m_impl->verified_votes.hits());
  {
    std::lock_guard lock(m_impl->txq_mutex);
    gauge("ordo_gossip_txs_queued", "Gossiped transactions waiting for admission.", static_cast<double>(m_impl->txq.size()));
  }
  gauge("ordo_step_propose_ms", "Duration of the last propose step, in ms.", static_cast<double>(m.step_us[0].load()) / 1000.0);
  gauge("ordo_step_prevote_ms", "Duration of the last prevote step, in ms.", static_cast<double>(m.step_us[1].load()) / 1000.0);
  gauge("ordo_step_precommit_ms", "Duration of the last precommit step, in ms.", static_cast<double>(m.step_us[2].load()) / 1000.0);
  out += "# HELP ordo_height_duration_ms Height start to commit, in ms.\n# TYPE ordo_height_duration_ms histogram\n";
  uint64_t cumulative = 0;
  for (size_t i = 0; i <= height_duration_bucket_count; ++i) {
    cumulative += m.height_buckets[i].load();
    const std::string le = i < height_duration_bucket_count ? std::to_string(static_cast<int>(height_duration_buckets_ms[i])) : "+Inf";
    out += "ordo_height_duration_ms_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + "\n";
  }
  out += "ordo_height_duration_ms_sum " + std::to_string(static_cast<double>(m.height_duration_sum_us.load()) / 1000.0) + "\n";
  out += "ordo_height_duration_ms_count " + std::to_string(cumulative) + "\n";
  gauge("ordo_mempool_pending", "Executable transactions in the mempool.", static_cast<double>(ms.pending));
  gauge("ordo_mempool_queued", "Transactions waiting for a nonce gap.", static_cast<double>(ms.queued));
  gauge("ordo_mempool_bytes", "Bytes held by the mempool.", static_cast<double>(ms.bytes));
  out += "# HELP ordo_mempool_rejections_total Rejected transactions by reason.\n# TYPE ordo_mempool_rejections_total counter\n";
  for (int i = 0; i < mempool::reject_reason_count; ++i) {
    out += std::string("ordo_mempool_rejections_total{reason=\"") + mempool::RejectName(static_cast<mempool::Reject>(i)) +
           "\"} " + std::to_string(ms.rejected_total[i]) + "\n";
  }
  gauge("ordo_signer_last_signed_height", "consensus::Height of the last signature this validator made.", static_cast<double>(c.signer_last_height));
  gauge("ordo_peers", "Connected peers.", m_impl->network ? static_cast<double>(m_impl->network->Peers().size()) : 0.0);
  return out;
}

}  // namespace ordo::node
