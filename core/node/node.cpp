#include "ordo/node/node.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <thread>

#include <boost/asio.hpp>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "node/block_store.h"
#include "node/engine.h"
#include "node/metrics.h"
#include "node/p2p_messages.h"
#include "node/rpc_methods.h"
#include "node/state_view.h"
#include "node/tx_gossip.h"
#include "ordo/crypto/secure.h"
#include "ordo/node/home.h"
#include "ordo/mempool/mempool.h"
#include "ordo/rpc/server.h"
#include "ordo/storage/database.h"
#include "ordo/storage/file_system.h"

namespace ordo::node {

namespace asio = boost::asio;

namespace {

constexpr int io_threads_max = 2;
constexpr size_t log_file_bytes_max = 16 * 1024 * 1024;
constexpr size_t log_files_max = 5;

uint64_t NowMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch()).count());
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

mempool::Config MempoolConfig(const NodeOptions& o) {
  mempool::Config c;
  c.chain_id = o.genesis.evm_chain_id;
  c.block_gas_limit = o.genesis.params.block_gas_limit;
  c.txs_max = o.config.mempool_txs_max;
  c.bytes_max = o.config.mempool_bytes_max;
  c.ttl = std::chrono::seconds(o.config.mempool_ttl_s);
  c.tip_floor = o.config.mempool_min_tip_wei;
  // Twice the pool: a block's worth of transactions stays known after it leaves the pool. Several
  // nodes in one process (small_memory) keep a quarter of that each.
  c.verified_cache_max = o.small_memory ? c.txs_max / 2 : 2 * c.txs_max;
  return c;
}

using Strand = asio::strand<asio::io_context::executor_type>;

// The engine's clock: the system clocks, and timers on the node's strand.
class StrandClock : public EngineClock {
 public:
  explicit StrandClock(Strand& strand) : m_strand(strand) {}
  uint64_t WallMs() override { return NowMs(); }
  std::chrono::steady_clock::time_point Now() override { return std::chrono::steady_clock::now(); }
  TimerId Schedule(uint64_t delay_ms, std::function<void()> fn) override {
    const TimerId id = ++m_next_id;
    auto timer = std::make_unique<asio::steady_timer>(m_strand, std::chrono::milliseconds(delay_ms));
    timer->async_wait([this, id, fn = std::move(fn)](const boost::system::error_code& ec) {
      if (ec) return;
      auto it = m_timers.find(id);
      if (it == m_timers.end()) return;
      const std::unique_ptr<asio::steady_timer> done = std::move(it->second);  // freed after fn
      m_timers.erase(it);
      fn();
    });
    m_timers.emplace(id, std::move(timer));
    return id;
  }
  void Cancel(TimerId id) override {
    auto it = m_timers.find(id);
    if (it == m_timers.end()) return;
    it->second->cancel();
    m_timers.erase(it);
  }
  void CancelAll() {
    for (auto& [id, t] : m_timers) t->cancel();
    m_timers.clear();
  }

 private:
  Strand& m_strand;
  TimerId m_next_id = 0;
  std::map<TimerId, std::unique_ptr<asio::steady_timer>> m_timers;  // strand
};

class NetTransport : public EngineTransport {
 public:
  explicit NetTransport(net::Network& network) : m_network(network) {}
  void Broadcast(MsgType type, const Bytes& payload) override { m_network.Broadcast(static_cast<uint8_t>(type), payload); }
  void Send(const net::PeerId& peer, MsgType type, const Bytes& payload) override {
    m_network.Send(peer, static_cast<uint8_t>(type), payload);
  }
  void Report(const net::PeerId& peer, net::Misbehaviour m, const std::string& why) override { m_network.Report(peer, m, why); }

 private:
  net::Network& m_network;
};

}  // namespace

// The wiring: the engine on a strand of the io_context, RocksDB, POSIX files, the TLS network,
// transaction gossip and the RPC server.
struct Node::Impl {
  explicit Impl(NodeOptions o)
      : opts(std::move(o)), strand(asio::make_strand(io)), clock(strand), pool(MempoolConfig(opts)),
        dispatcher(opts.config.rpc_batch_max) {}

  // Constant after Open.
  NodeOptions opts;
  std::string data_dir;
  std::shared_ptr<spdlog::logger> log;
  std::shared_ptr<LogRing> log_ring = std::make_shared<LogRing>();
  asio::io_context io;
  Strand strand;
  StrandClock clock;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::vector<std::thread> threads;
  std::unique_ptr<storage::Database> db;
  std::optional<crypto::XOnlyPublicKey> pub;
  mempool::Mempool pool;
  rpc::Dispatcher dispatcher;
  std::unique_ptr<rpc::Server> server;
  std::unique_ptr<net::Network> network;
  std::unique_ptr<NetTransport> transport;
  std::unique_ptr<TxGossip> gossip;
  std::unique_ptr<Engine> engine;
  std::unique_ptr<ChainView> chain_view;  // over the engine
  std::atomic<bool> network_paused{false};

  void OnNetMessage(const net::PeerId& peer, uint8_t type, Bytes payload);  // network threads
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
  EngineOptions eo;
  eo.genesis = m.opts.genesis;
  eo.timeouts = m.opts.config.timeouts;
  eo.data_dir = m.data_dir;
  eo.sign_audit_log = m.opts.config.sign_audit_log;
  eo.validator_only = m.opts.config.p2p_validator_only;
  for (const auto& v : m.opts.genesis.validators) {
    if (!v.node_key) continue;
    eo.validator_peers.insert(net::PeerIdOf(*v.node_key));
    eo.validator_node_peers[v.consensus_key] = net::PeerIdOf(*v.node_key);
  }
  if (m.opts.validator_secret) {
    auto k = crypto::SecretKey::FromBytes(*m.opts.validator_secret);
    crypto::SecureZero(m.opts.validator_secret->data(), m.opts.validator_secret->size());
    m.opts.validator_secret.reset();
    if (!k.ok()) return Status::InvalidArgument("validator key: " + k.status().message());
    m.pub = k->PublicKey();
    eo.key.emplace(std::move(k).value());
  }
  auto database = storage::Database::Open(m.data_dir + "/chain", m.opts.small_memory ? storage::DatabaseMemoryBudget::Small()
                                                                                   : storage::DatabaseMemoryBudget{});
  if (!database.ok()) return database.status();
  m.db = std::move(database).value();
  EngineHooks hooks;
  hooks.committed = [&m](const chain::Block& block, const Hash32& hash, uint64_t gas_used, const U256& base_fee) {
    if (m.server) m.server->PublishNewHead(BlockHeadJson(block, hash, gas_used, base_fee));
    if (m.opts.observers.commit) m.opts.observers.commit(block.header.height);
  };
  hooks.evidence = [&m](const consensus::Evidence&) {
    if (!m.opts.observers.evidence) return;
    // The newest record is the one just observed.
    const std::vector<EvidenceRecord> records = m.engine->observation().EvidenceSeen();
    if (!records.empty()) m.opts.observers.evidence(records.back());
  };
  EngineIo eio;
  eio.clock = &m.clock;
  eio.kv = m.db.get();
  eio.fs = &storage::PosixFileSystem();
  eio.pool = &m.pool;
  eio.log = m.log;
  auto engine = Engine::Open(std::move(eo), std::move(eio), std::move(hooks));
  if (!engine.ok()) return engine.status();
  m.engine = std::move(engine).value();
  m.chain_view = std::make_unique<ChainView>(*m.engine);
  RegisterRpcMethods(*node, m.dispatcher);
  if (m.opts.extra_rpc_methods) m.opts.extra_rpc_methods(*node, m.dispatcher);
  return node;
}

Status Node::Start() {
  Impl& m = *m_impl;
  rpc::ServerConfig rc;
  rc.bind_address = m.opts.config.rpc_bind;
  rc.port = m.opts.config.rpc_port;
  rc.body_bytes_max = m.opts.config.rpc_body_bytes_max;
  rc.allowed_origins = m.opts.config.rpc_allowed_origins;
  rc.allowed_hosts = m.opts.config.rpc_allowed_hosts;
  if (!m.opts.home.empty()) {  // the operator's credential for the operator methods
    auto token = WriteRpcCookie(m.opts.home);
    if (!token.ok()) return token.status();
    rc.operator_token = std::move(token).value();
  }
  m.server = std::make_unique<rpc::Server>(m.io, rc, m.dispatcher, [this] { return MetricsText(); });
  crypto::SecureZero(rc.operator_token.data(), rc.operator_token.size());
  if (Status s = m.server->Start(); !s.ok()) return s;
  m.log->info("JSON-RPC and WebSocket listening on http://{}:{} (metrics at /metrics)", rc.bind_address, m.server->port());
  if (m.opts.node_secret) {
    auto node_key = crypto::SecretKey::FromBytes(*m.opts.node_secret);
    crypto::SecureZero(m.opts.node_secret->data(), m.opts.node_secret->size());
    m.opts.node_secret.reset();
    if (!node_key.ok()) return Status::InvalidArgument("node key: " + node_key.status().message());
    if (m.opts.config.p2p_validator_only &&
        std::none_of(m.opts.genesis.validators.begin(), m.opts.genesis.validators.end(),
                     [](const auto& v) { return v.node_key.has_value(); })) {
      return Status::InvalidArgument("p2p.validator_only needs node_key entries for the validators in genesis.json");
    }
    net::NetConfig nc;
    nc.chain_id = m.opts.genesis.chain_id;
    nc.moniker = m.opts.config.moniker;
    nc.bind_address = m.opts.config.p2p_bind;
    nc.port = m.opts.config.p2p_port;
    nc.persistent_peers = m.opts.config.persistent_peers;
    for (const auto& v : m.opts.genesis.validators) {
      if (v.node_key) nc.reserved_peers.push_back(net::PeerIdOf(*v.node_key));  // their slots are kept
    }
    m.network = std::make_unique<net::Network>(
        m.io, nc, *node_key,
        [&m](const net::PeerId& peer, uint8_t type, Bytes payload) { m.OnNetMessage(peer, type, std::move(payload)); },
        [&m](const net::PeerInfo& info, bool connected) {
          if (!connected) {
            const net::PeerId id = info.id;
            asio::post(m.strand, [&m, id] { m.engine->OnPeerDisconnected(id); });
          }
          m.log->info("peer {} {} ({}, {})", info.id.substr(0, 12), connected ? "connected" : "disconnected", info.moniker,
                      info.address);
        },
        [&m](const std::string& line) { m.log->info("p2p: {}", line); });
    if (Status s = m.network->Start(); !s.ok()) return s;
    m.log->info("p2p listening on {}:{} as peer {}", nc.bind_address, m.network->port(), m.network->self_id());
    m.transport = std::make_unique<NetTransport>(*m.network);
    m.gossip = std::make_unique<TxGossip>(m.io, *m.network, m.pool, [&m] { return m.engine->Snapshot(); });
    m.gossip->Start();
    m.engine->SetTransport(m.transport.get());
  }
  m.work.emplace(m.io.get_executor());
  asio::post(m.strand, [&m] { m.engine->Start(); });
  for (int i = 0; i < io_threads_max; ++i) m.threads.emplace_back([&m] { m.io.run(); });
  return Status::Ok();
}

void Node::Stop() {
  if (!m_impl) return;
  Impl& m = *m_impl;
  if (m.threads.empty()) return;
  std::promise<void> done;
  asio::post(m.strand, [&m, &done] {
    m.engine->Stop();
    m.clock.CancelAll();
    done.set_value();
  });
  done.get_future().wait();
  if (m.gossip) m.gossip->Stop();
  if (m.network) m.network->Stop();
  if (m.server) m.server->Stop();
  m.work.reset();
  m.io.stop();
  for (auto& t : m.threads) t.join();
  m.threads.clear();
  m.log->info("node stopped at height {}", m.chain_view->Height());
  m.log->flush();
}

// Runs on the network's threads: transactions go to gossip admission, consensus frames to the
// engine's strand.
void Node::Impl::OnNetMessage(const net::PeerId& peer, uint8_t type, Bytes payload) {
  switch (static_cast<MsgType>(type)) {
    case MsgType::Tx:
    case MsgType::Txs:
    case MsgType::TxsTo:
      return gossip->OnFrame(peer, type, std::move(payload));
    default:
      asio::post(strand, [this, peer, type, payload = std::move(payload)] { engine->OnFrame(peer, type, payload); });
  }
}

// ---------------------------------------------------------------------------------------------
// Thread-safe accessors: constant after Open, or parts that are thread-safe themselves.

const std::string& Node::home() const { return m_impl->opts.home; }
const NodeConfig& Node::config() const { return m_impl->opts.config; }
const chain::Genesis& Node::genesis() const { return m_impl->opts.genesis; }
const std::optional<crypto::XOnlyPublicKey>& Node::validator_key() const { return m_impl->pub; }
uint16_t Node::rpc_port() const { return m_impl->server ? m_impl->server->port() : 0; }
uint16_t Node::p2p_port() const { return m_impl->network ? m_impl->network->port() : 0; }

const ChainView& Node::chain() const { return *m_impl->chain_view; }
const Observation& Node::observation() const { return m_impl->engine->observation(); }
const NodeMetrics& Node::metrics() const { return m_impl->engine->metrics(); }
const mempool::Mempool& Node::mempool() const { return m_impl->pool; }
net::Network* Node::network() { return m_impl->network.get(); }
const net::Network* Node::network() const { return m_impl->network.get(); }

mempool::AdmitResult Node::SubmitRawTransaction(ByteSpan raw) {
  const std::shared_ptr<const chain::State> s = m_impl->engine->Snapshot();
  mempool::AdmitResult r = m_impl->pool.AddRaw(raw, StateView(*s), s->base_fee(), std::chrono::steady_clock::now());
  if (r.ok && m_impl->gossip) m_impl->gossip->Gossip(std::make_shared<const Bytes>(raw.begin(), raw.end()), nullptr);
  return r;
}

uint64_t Node::PendingNonce(const Address& a) const {
  return m_impl->pool.PendingNonce(a, StateView(*m_impl->engine->Snapshot()));
}

std::string Node::MetricsText() const {
  return FormatMetrics(*m_impl->engine, m_impl->pool.stats(), m_impl->gossip.get(), m_impl->network ? m_impl->network->Peers().size() : 0);
}

std::vector<LogLine> Node::RecentLogs(uint64_t after_seq, size_t max, uint64_t* next_seq) const {
  return m_impl->log_ring->After(after_seq, max, next_seq);
}

void Node::SetNetworkPaused(bool paused) {
  if (m_impl->network) m_impl->network->SetPaused(paused);
  m_impl->network_paused = paused;
}

bool Node::NetworkPaused() const { return m_impl->network_paused; }

}  // namespace ordo::node
