// consensus: real in-process node::Node networks (1 validator, then 4 validators fully meshed over
// the p2p transport on loopback) under the same offered loads, a fixed rate and saturation.
// Every transaction is timestamped just before SubmitRawTransaction and its commit is detected by
// polling node 0's new blocks; proposal-to-commit per height is Consensus().last_round_ms (height
// start, when the proposer builds its block, to commit).

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/keccak.h"
#include "ordo/node/node.h"

namespace ordo::bench {

namespace {

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// User plus system CPU time of this process so far, in seconds.
double ProcessCpuSeconds() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A single validator runs without networking: no network, no peers.
size_t PeerCount(const node::Node& n) { return n.network() != nullptr ? n.network()->Peers().size() : 0; }
size_t BannedCount(const node::Node& n) { return n.network() != nullptr ? n.network()->Banned().size() : 0; }

Clock::duration ToDuration(double seconds) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

// n distinct free loopback TCP ports (all held open until every one is chosen).
std::vector<uint16_t> FreePorts(size_t n) {
  std::vector<int> fds;
  std::vector<uint16_t> ports;
  for (size_t i = 0; i < n; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket() failed");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
      ::close(fd);
      throw std::runtime_error("cannot find a free port");
    }
    fds.push_back(fd);
    ports.push_back(ntohs(a.sin_port));
  }
  for (int fd : fds) ::close(fd);
  return ports;
}

// The pre-signed transactions: index k is account k % accounts with nonce k / accounts, so every
// account's transactions appear in nonce order and consecutive ones come from different senders.
// The phases consume them in order. Submitter thread t of K owns the indices k % K == t (accounts
// is a multiple of K, so it owns whole accounts): a phase stopping mid-way leaves no nonce gap,
// the next one resumes at each thread's cursor.
struct Workload {
  size_t accounts = 0;
  std::vector<Address> addresses;
  std::vector<Bytes> raw;
  std::unordered_map<Hash32, uint32_t, Hash32Hasher> index;
  size_t account_of(size_t k) const { return k % accounts; }
};

Workload Presign(const Sizes& sizes, unsigned submit_threads) {
  Workload w;
  w.accounts = std::max<size_t>(submit_threads, (sizes.consensus_accounts + submit_threads - 1) / submit_threads * submit_threads);
  std::vector<std::optional<crypto::SecretKey>> keys(w.accounts);
  w.addresses.resize(w.accounts);
  ParallelFor(w.accounts, Cores(), [&](size_t a) {
    keys[a].emplace(DerivedKey("account", a));
    w.addresses[a] = crypto::EthereumAddress(*keys[a]);
  });
  const auto saturated = static_cast<size_t>(std::ceil(sizes.saturation_presign_rate * sizes.saturation_seconds));
  const size_t total = static_cast<size_t>(std::ceil(sizes.fixed_rate * sizes.fixed_seconds)) +
                       (sizes.closed_loop_window > 0 ? 2 : 1) * saturated;
  w.raw.resize(total);
  std::vector<Hash32> hashes(total);
  ParallelFor(total, Cores(), [&](size_t k) {
    const size_t a = w.account_of(k);
    const chain::Transaction tx =
        SignedTransfer(*keys[a], w.addresses[a], k / w.accounts, w.addresses[(a + 1) % w.accounts]);
    w.raw[k] = tx.raw;
    hashes[k] = tx.hash;
  });
  w.index.reserve(total);
  for (size_t k = 0; k < total; ++k) w.index.emplace(hashes[k], static_cast<uint32_t>(k));
  return w;
}

class BenchNetwork {
 public:
  BenchNetwork(int validators, const Sizes& sizes, const Workload& w, unsigned submit_threads)
      : m_dir("consensus" + std::to_string(validators)) {
    for (unsigned t = 0; t < submit_threads; ++t) cursor.push_back(t);
    chain::Genesis g;
    g.chain_id = "ordo-bench";
    g.evm_chain_id = bench_evm_chain_id;
    g.genesis_time_ms = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    g.params.block_interval_ms = sizes.block_interval_ms;
    for (int v = 0; v < validators; ++v) {
      const crypto::SecretKey k = DerivedKey("validator", static_cast<uint64_t>(v));
      g.validators.push_back({"node" + std::to_string(v), k.PublicKey(), 100, crypto::EthereumAddress(k), std::nullopt});
    }
    for (const Address& a : w.addresses) g.accounts.push_back({a, U256("1000000000000000000000000000000")});
    const std::vector<uint16_t> ports = FreePorts(static_cast<size_t>(validators));
    for (int v = 0; v < validators; ++v) {
      node::NodeOptions o;
      o.home = m_dir.path() + "/node" + std::to_string(v);
      o.genesis = g;
      o.config.moniker = "node" + std::to_string(v);
      o.config.rpc_port = 0;
      o.config.p2p_port = ports[static_cast<size_t>(v)];
      for (int p = 0; p < validators; ++p) {
        if (p != v) o.config.persistent_peers.push_back("127.0.0.1:" + std::to_string(ports[static_cast<size_t>(p)]));
      }
      o.config.timeouts = consensus::TimeoutConfig{500, 100, 200, 100, 200, 100};
      o.validator_secret = DerivedSecret("validator", static_cast<uint64_t>(v));
      if (validators > 1) o.node_secret = DerivedSecret("node", static_cast<uint64_t>(v));
      o.log_to_stderr = false;
      if (const char* level = std::getenv("ORDO_BENCH_LOG_LEVEL"); level && *level) o.config.log_level = level;
      auto n = node::Node::Open(std::move(o));
      if (!n.ok()) throw std::runtime_error("node open: " + n.status().ToString());
      m_nodes.push_back(std::move(n).value());
    }
    for (auto& n : m_nodes) {
      if (Status s = n->Start(); !s.ok()) throw std::runtime_error("node start: " + s.ToString());
    }
    // Ready: a full mesh and a chain that moves.
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    for (;;) {
      bool ready = m_nodes[0]->chain().Height() >= 2;
      for (auto& n : m_nodes) ready = ready && PeerCount(*n) + 1 >= m_nodes.size();
      if (ready) break;
      if (Clock::now() > deadline) throw std::runtime_error("the consensus network did not come up");
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  // A node stops only after its consensus strand has worked off what is queued, which after an
  // overload can take a while: first cut every connection so no more arrives, then stop all nodes
  // at once.
  ~BenchNetwork() {
    for (auto& n : m_nodes) n->SetNetworkPaused(true);
    std::vector<std::thread> stoppers;
    for (auto& n : m_nodes) stoppers.emplace_back([&n] { n->Stop(); });
    for (auto& t : stoppers) t.join();
    m_nodes.clear();
  }

  size_t size() const { return m_nodes.size(); }
  uint64_t already_known_seen = 0;  // AlreadyKnown rejections over all nodes, at the last phase end
  std::vector<size_t> cursor;       // per submitter thread: its next unsubmitted index
  node::Node& at(size_t i) { return *m_nodes[i]; }
  std::string home() const { return m_dir.path(); }

 private:
  TempDir m_dir;
  std::vector<std::unique_ptr<node::Node>> m_nodes;
};

struct HeightSample {
  uint64_t height = 0;
  int64_t commit_ns = 0;
  size_t txs = 0;
  int32_t round = 0;
  double proposal_commit_ms = -1;  // unknown when several heights committed between two polls
};

// Watches node 0 for new heights; marks each included transaction's commit time.
class CommitPoller {
 public:
  CommitPoller(node::Node& node, const Workload& w, std::vector<std::atomic<int64_t>>& commit_ns,
               std::vector<std::atomic<int64_t>>& block_ns, std::atomic<size_t>& committed)
      : m_node(node), m_w(w), m_commit_ns(commit_ns), m_block_ns(block_ns), m_committed(committed), m_last(node.chain().Height()) {
    m_thread = std::thread([this] { Loop(); });
  }
  ~CommitPoller() { Stop(); }
  void Stop() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
  }
  const std::vector<HeightSample>& samples() const { return m_samples; }  // after Stop

 private:
  void Loop() {
    while (!m_stop) {
      const node::ConsensusStatus c = m_node.chain().Consensus();
      if (c.last_committed > m_last) {
        const int64_t now = NowNs();
        for (uint64_t h = m_last + 1; h <= c.last_committed; ++h) {
          HeightSample s;
          s.height = h;
          s.commit_ns = now;
          if (c.last_committed == m_last + 1) s.proposal_commit_ms = c.last_round_ms;
          if (auto b = m_node.chain().GetBlockByHeight(h)) {
            s.txs = b->block.txs.size();
            s.round = b->round;
            // The header's wall-clock time is when the proposer built the block; on the steady clock
            // of this process (all nodes run in it) that is header time minus the clocks' offset.
            const int64_t built_ns = static_cast<int64_t>(b->block.header.time_ms) * 1'000'000 - m_offset_ns;
            for (const Bytes& raw : b->block.txs) {
              auto it = m_w.index.find(crypto::Keccak256(raw));
              if (it == m_w.index.end()) continue;
              m_block_ns[it->second] = built_ns;
              if (m_commit_ns[it->second].exchange(now) == 0) ++m_committed;
            }
          }
          m_samples.push_back(s);
        }
        m_last = c.last_committed;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  node::Node& m_node;
  const Workload& m_w;
  std::vector<std::atomic<int64_t>>& m_commit_ns;
  std::vector<std::atomic<int64_t>>& m_block_ns;
  std::atomic<size_t>& m_committed;
  // system_clock minus steady_clock, in ns, taken once.
  const int64_t m_offset_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count() -
      NowNs();
  uint64_t m_last;
  std::atomic<bool> m_stop{false};
  std::vector<HeightSample> m_samples;
  std::thread m_thread;
};

bool IsBackpressure(mempool::Reject r) {
  return r == mempool::Reject::PoolFull || r == mempool::Reject::SenderLimit || r == mempool::Reject::NonceTooHigh;
}

struct PhaseResult {
  Row row;
  double committed_tx_per_s = 0;
  double latency_p50_ms = 0;
  double latency_p99_ms = 0;
  double proposal_commit_p50_ms = 0;   // height start to durable commit (node0)
  double proposal_decision_p50_ms = 0; // proposal arrival to decision, every node
  double proposal_decision_p99_ms = 0;
  double proposal_durable_p50_ms = 0;  // proposal arrival to durable commit, every node
  double proposal_durable_p99_ms = 0;
};

// Fixed: one thread offering fixed_rate. ClosedLoop: K threads as fast as possible while fewer than
// closed_loop_window transactions are submitted and not yet committed. Saturation: K threads as
// fast as possible, open loop (only the pool's own refusals hold them back).
enum class Load { Fixed, ClosedLoop, Saturation };

const char* LoadName(Load l) {
  switch (l) {
    case Load::Fixed: return "fixed";
    case Load::ClosedLoop: return "closed-loop";
    case Load::Saturation: return "saturation";
  }
  return "?";
}

PhaseResult RunPhase(BenchNetwork& net, const Workload& w, Load load, const Sizes& sizes, unsigned submit_threads) {
  const size_t total = w.raw.size();
  const size_t begin = *std::min_element(net.cursor.begin(), net.cursor.end());
  const double seconds = load == Load::Fixed ? sizes.fixed_seconds : sizes.saturation_seconds;
  std::vector<std::atomic<int64_t>> submit_ns(w.raw.size());
  std::vector<std::atomic<int64_t>> commit_ns(w.raw.size());
  std::vector<std::atomic<int64_t>> block_ns(w.raw.size());  // when the including block was built
  std::atomic<size_t> submitted{0}, rejected{0}, backpressure_waits{0}, committed{0}, window_waits{0};
  std::mutex reasons_mutex;
  std::map<std::string, uint64_t> reasons;
  auto refuse = [&](mempool::Reject r) {
    ++rejected;
    std::lock_guard lock(reasons_mutex);
    ++reasons[mempool::RejectName(r)];
  };
  auto node_of = [&](size_t k) -> node::Node& { return net.at(w.account_of(k) % net.size()); };

  CommitPoller poller(net.at(0), w, commit_ns, block_ns, committed);
  const double cpu_start_s = ProcessCpuSeconds();
  const auto t0 = Clock::now();
  const auto deadline = t0 + ToDuration(seconds);
  size_t exhausted_threads = 0;
  if (load == Load::Fixed) {
    // In index order from the lowest cursor (the cursors are consecutive before any threaded phase).
    size_t k = begin;
    for (; k < total; ++k) {
      const auto at = t0 + ToDuration(static_cast<double>(k - begin) / sizes.fixed_rate);
      if (at >= deadline) break;
      std::this_thread::sleep_until(at);
      submit_ns[k] = NowNs();
      const mempool::AdmitResult r = node_of(k).SubmitRawTransaction(w.raw[k]);
      if (r.ok) {
        ++submitted;
      } else {
        submit_ns[k] = 0;
        refuse(r.reason);
      }
    }
    for (size_t t = 0; t < net.cursor.size(); ++t) net.cursor[t] = k + (t + submit_threads - k % submit_threads) % submit_threads;
  } else {
    // K threads, thread t owning the accounts a with a % K == t (accounts is a multiple of K, so
    // k % K == account % K): each account's transactions go in nonce order to one node.
    std::atomic<size_t> exhausted{0};
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < submit_threads; ++t) {
      threads.emplace_back([&, t] {
        size_t& k = net.cursor[t];
        for (; k < total; k += submit_threads) {
          for (;;) {
            if (Clock::now() >= deadline) return;
            if (load == Load::ClosedLoop && submitted.load() >= committed.load() + sizes.closed_loop_window) {
              ++window_waits;
              std::this_thread::sleep_for(std::chrono::milliseconds(1));
              continue;
            }
            submit_ns[k] = NowNs();
            const mempool::AdmitResult r = node_of(k).SubmitRawTransaction(w.raw[k]);
            if (r.ok) {
              ++submitted;
              break;
            }
            if (!IsBackpressure(r.reason)) {
              submit_ns[k] = 0;
              refuse(r.reason);
              break;
            }
            ++backpressure_waits;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
          }
        }
        ++exhausted;
      });
    }
    for (auto& th : threads) th.join();
    exhausted_threads = exhausted.load();
  }
  std::this_thread::sleep_until(deadline);
  const double cpu_window_s = ProcessCpuSeconds() - cpu_start_s;
  const size_t end = std::min(total, *std::max_element(net.cursor.begin(), net.cursor.end()) + 1);
  // Drain: wait for what was admitted to commit.
  const auto drain_deadline = deadline + ToDuration(sizes.drain_seconds);
  size_t committed_total = 0;
  for (;;) {
    committed_total = 0;
    for (size_t k = begin; k < end; ++k) {
      if (submit_ns[k].load() != 0 && commit_ns[k].load() != 0) ++committed_total;
    }
    if (committed_total >= submitted.load() || Clock::now() >= drain_deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  poller.Stop();

  const int64_t t0_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t0.time_since_epoch()).count();
  const int64_t end_ns = t0_ns + static_cast<int64_t>(seconds * 1e9);
  std::vector<double> latency_ms, wait_ms, built_commit_ms;
  size_t in_window = 0;
  int64_t last_commit_ns = t0_ns;
  for (size_t k = begin; k < end; ++k) {
    const int64_t s = submit_ns[k].load(), c = commit_ns[k].load();
    if (s == 0 || c == 0) continue;
    latency_ms.push_back(static_cast<double>(c - s) / 1e6);
    if (const int64_t b = block_ns[k].load(); b != 0) {
      wait_ms.push_back(static_cast<double>(b - s) / 1e6);
      built_commit_ms.push_back(static_cast<double>(c - b) / 1e6);
    }
    if (c <= end_ns) ++in_window;
    last_commit_ns = std::max(last_commit_ns, c);
  }
  std::vector<double> height_ms;
  size_t heights = 0, txs_in_blocks = 0, max_block_txs = 0, later_rounds = 0;
  uint64_t first_height = UINT64_MAX, last_height = 0;
  for (const HeightSample& s : poller.samples()) {
    if (s.commit_ns > end_ns) continue;
    ++heights;
    first_height = std::min(first_height, s.height);
    last_height = std::max(last_height, s.height);
    txs_in_blocks += s.txs;
    max_block_txs = std::max(max_block_txs, s.txs);
    if (s.round > 0) ++later_rounds;
    if (s.proposal_commit_ms >= 0) height_ms.push_back(s.proposal_commit_ms);
  }
  // Every node's own record of the window's heights: proposal arrival to decision (> 2/3
  // precommits) and to the durable commit (execution and the synced RocksDB batch).
  std::vector<double> decision_ms, durable_ms, validate_ms, prevote_ms, precommit_ms, decision_durable_ms;
  for (size_t i = 0; i < net.size(); ++i) {
    for (const node::HeightTiming& t : net.at(i).observation().HeightTimings(node::height_timings_max)) {
      if (t.synced || t.height < first_height || t.height > last_height || t.proposal_to_commit_ms <= 0) continue;
      decision_ms.push_back(t.proposal_to_decision_ms);
      durable_ms.push_back(t.proposal_to_commit_ms);
      validate_ms.push_back(t.validate_ms);
      prevote_ms.push_back(t.prevote_ms);
      precommit_ms.push_back(t.precommit_ms);
      decision_durable_ms.push_back(t.commit_ms);
    }
  }
  size_t peers_min = SIZE_MAX, banned = 0;
  uint64_t already_known = 0;
  for (size_t i = 0; i < net.size(); ++i) {
    peers_min = std::min(peers_min, PeerCount(net.at(i)));
    banned += BannedCount(net.at(i));
    already_known += net.at(i).mempool().stats().rejected_total[static_cast<int>(mempool::Reject::AlreadyKnown)];
  }
  // Gossiped copies of transactions a node already had: each paid a full decode and recovery.
  const uint64_t duplicates = already_known - std::exchange(net.already_known_seen, already_known);

  PhaseResult out;
  out.committed_tx_per_s = static_cast<double>(in_window) / seconds;
  out.latency_p50_ms = Percentile(latency_ms, 50);
  out.latency_p99_ms = Percentile(latency_ms, 99);
  out.proposal_commit_p50_ms = Percentile(height_ms, 50);
  out.proposal_decision_p50_ms = Percentile(decision_ms, 50);
  out.proposal_decision_p99_ms = Percentile(decision_ms, 99);
  out.proposal_durable_p50_ms = Percentile(durable_ms, 50);
  out.proposal_durable_p99_ms = Percentile(durable_ms, 99);
  Row& r = out.row;
  r = BaseRow("consensus");
  r["validators"] = net.size();
  r["load"] = LoadName(load);
  r["duration_s"] = Figure(seconds);
  if (load == Load::Fixed) r["offered_tx_per_s"] = Figure(sizes.fixed_rate);
  else r["submit_threads"] = submit_threads;
  r["submitted"] = submitted.load();
  r["submitted_tx_per_s"] = Figure(static_cast<double>(submitted.load()) / seconds);
  r["rejected"] = rejected.load();
  if (!reasons.empty()) {
    Row rr;
    for (const auto& [name, count] : reasons) rr[name] = count;
    r["reject_reasons"] = std::move(rr);
  }
  if (load == Load::ClosedLoop) {
    r["window"] = sizes.closed_loop_window;
    r["window_waits"] = window_waits.load();
  }
  if (load != Load::Fixed) {
    r["backpressure_waits"] = backpressure_waits.load();
    r["presigned_exhausted"] = exhausted_threads > 0;
  }
  r["committed_tx_per_s"] = Figure(out.committed_tx_per_s);
  // CPU time of the whole process (every node, the submitters, the poller) over the window per
  // transaction committed in it: the cost per transaction, steadier than the rate on a busy machine.
  r["cpu_ms_per_1000_tx"] = Figure(in_window > 0 ? cpu_window_s * 1e6 / static_cast<double>(in_window) : 0);
  r["cpu_busy_fraction"] = Figure(cpu_window_s / (seconds * static_cast<double>(Cores())));
  // Everything this phase got committed, drain included, over the time to its last commit: the
  // rate at which a backlog is worked off when the window alone shows a stall.
  r["completion_tx_per_s"] =
      Figure(last_commit_ns > t0_ns ? static_cast<double>(committed_total) * 1e9 / static_cast<double>(last_commit_ns - t0_ns) : 0);
  r["uncommitted_after_drain"] = submitted.load() - committed_total;
  r["latency_p50_ms"] = Figure(out.latency_p50_ms);
  r["latency_p99_ms"] = Figure(out.latency_p99_ms);
  // The latency in two parts: submission to the proposer building the including block (the wait
  // for a block, plus gossip to the proposer), and that block's build to its commit on node0.
  r["wait_for_block_p50_ms"] = Figure(Percentile(wait_ms, 50));
  r["block_built_to_commit_p50_ms"] = Figure(Percentile(built_commit_ms, 50));
  r["block_built_to_commit_p99_ms"] = Figure(Percentile(built_commit_ms, 99));
  // Height start (the previous block's interval elapsed) to durable commit, as node0 saw it.
  r["height_commit_p50_ms"] = Figure(out.proposal_commit_p50_ms);
  r["height_commit_p99_ms"] = Figure(Percentile(height_ms, 99));
  r["proposal_decision_p50_ms"] = Figure(Percentile(decision_ms, 50));
  r["proposal_decision_p99_ms"] = Figure(Percentile(decision_ms, 99));
  r["proposal_durable_p50_ms"] = Figure(Percentile(durable_ms, 50));
  r["proposal_durable_p99_ms"] = Figure(Percentile(durable_ms, 99));
  // Where proposal -> durable commit goes, every node: validating the block (0 at the proposer),
  // the prevote and precommit steps (own vote to > 2/3 of the next kind), decision to durable.
  r["validate_p50_ms"] = Figure(Percentile(validate_ms, 50));
  r["prevote_step_p50_ms"] = Figure(Percentile(prevote_ms, 50));
  r["precommit_step_p50_ms"] = Figure(Percentile(precommit_ms, 50));
  r["decision_durable_p50_ms"] = Figure(Percentile(decision_durable_ms, 50));
  r["heights"] = heights;
  r["heights_after_round_0"] = later_rounds;
  r["avg_block_txs"] = Figure(heights ? static_cast<double>(txs_in_blocks) / static_cast<double>(heights) : 0);
  r["max_block_txs"] = max_block_txs;
  r["peers_min"] = peers_min == SIZE_MAX ? 0 : peers_min;
  r["peers_banned"] = banned;
  r["duplicate_tx_receipts"] = duplicates;
  return out;
}

}  // namespace

void RunConsensus(const Sizes& sizes, const Emit& emit) {
  const unsigned cores = Cores();
  const unsigned submit_threads = std::max(2u, cores);
  const double recover = MeasureRecoveriesPerSecond(sizes.recover_seconds);
  const auto sign_start = Clock::now();
  const Workload w = Presign(sizes, submit_threads);
  std::fprintf(stderr, "ordo-bench: consensus: signed %zu transactions from %zu accounts in %.1f s\n", w.raw.size(),
               w.accounts, Seconds(Clock::now() - sign_start));

  struct Results {
    PhaseResult fixed, closed, saturation;
  };
  std::map<int, Results> results;  // by validator count
  for (int validators : sizes.consensus_validators) {
    BenchNetwork net(validators, sizes, w, submit_threads);
    Results& res = results[validators];
    auto wanted = [&](Load l) {
      return std::find(sizes.consensus_loads.begin(), sizes.consensus_loads.end(), LoadName(l)) != sizes.consensus_loads.end();
    };
    if (wanted(Load::Fixed)) {
      res.fixed = RunPhase(net, w, Load::Fixed, sizes, submit_threads);
      emit(res.fixed.row);
    }
    if (sizes.closed_loop_window > 0 && wanted(Load::ClosedLoop)) {
      res.closed = RunPhase(net, w, Load::ClosedLoop, sizes, submit_threads);
      emit(res.closed.row);
    }
    // Last: open-loop saturation may leave a backlog that the network works off for a while.
    if (wanted(Load::Saturation)) {
      res.saturation = RunPhase(net, w, Load::Saturation, sizes, submit_threads);
      emit(res.saturation.row);
    }
  }

  Row r = BaseRow("consensus");
  const auto one = results.find(1), four = results.find(4);
  auto ratio = [](double a, double b) { return b > 0 ? Round3(a / b) : 0.0; };
  if (one != results.end() && four != results.end()) {
    r["latency_p50_ratio"] = ratio(four->second.fixed.latency_p50_ms, one->second.fixed.latency_p50_ms);
    r["latency_p99_ratio"] = ratio(four->second.fixed.latency_p99_ms, one->second.fixed.latency_p99_ms);
    r["height_commit_p50_ratio"] =
        ratio(four->second.fixed.proposal_commit_p50_ms, one->second.fixed.proposal_commit_p50_ms);
    // The proposal -> commit targets (p50 <= 5 ms, p99 <= 20 ms), 4 validators at the fixed rate.
    r["proposal_decision_p50_ms_4v"] = Figure(four->second.fixed.proposal_decision_p50_ms);
    r["proposal_decision_p99_ms_4v"] = Figure(four->second.fixed.proposal_decision_p99_ms);
    r["proposal_durable_p50_ms_4v"] = Figure(four->second.fixed.proposal_durable_p50_ms);
    r["proposal_durable_p99_ms_4v"] = Figure(four->second.fixed.proposal_durable_p99_ms);
    r["throughput_ratio"] = ratio(four->second.saturation.committed_tx_per_s, one->second.saturation.committed_tx_per_s);
    if (sizes.closed_loop_window > 0) {
      r["throughput_ratio_closed_loop"] =
          ratio(four->second.closed.committed_tx_per_s, one->second.closed.committed_tx_per_s);
    }
  }
  if (four != results.end()) {
    // Each of the 4 validators recovers every sender once: the machine's ceiling is
    // cores x recoveries/s / validators.
    const double limit = cores * recover / 4.0;
    r["throughput_of_limit"] = ratio(four->second.saturation.committed_tx_per_s, limit);
    if (sizes.closed_loop_window > 0) {
      r["throughput_of_limit_closed_loop"] = ratio(four->second.closed.committed_tx_per_s, limit);
    }
    r["limit_tx_per_s"] = Figure(limit);
  }
  r["recoveries_per_s_single_core"] = Figure(recover);
  emit(std::move(r));
}

}  // namespace ordo::bench
