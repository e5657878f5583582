// ordo-bench panel: the control panel's responsiveness under a saturating transaction load.
// The real panel (every page) runs offscreen over an embedded 4-validator local network while a
// load thread keeps the mempool full through interfaces::Node. A 5 ms precise timer probes the GUI
// event loop: its lateness is the longest stall. Resident memory is sampled every second.

#include "panel_bench.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <string>
#include <mutex>
#include <thread>

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <dlfcn.h>
#include <malloc.h>
#include <sys/resource.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>

#include "allocator.h"
#include "common.h"
#include "ordo/chain/transaction.h"
#include "ordo/crypto/secure.h"
#include "main_window.h"
#include "models/client_model.h"
#include "ordo/interfaces/local_network_threads.h"
#include "ordo/interfaces/node.h"
#include "panel.h"
#include "settings/app_settings.h"

namespace ordo::bench {
namespace {

constexpr int probe_interval_ms = 5;
constexpr uint64_t pending_target = 4'000;  // the load thread keeps the mempool about this full
constexpr size_t load_accounts = 200;

double RssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Bytes the program holds through malloc (arena chunks in use plus mmapped ones), in MiB.
struct HeapSample {
  double in_use_mb = 0;     // arena chunks in use plus mmapped ones
  double arena_free_mb = 0;  // free chunks the arenas keep (resident once touched, until trimmed)
  double rss_mb = 0;
  double rss_anon_mb = 0;
};

// RssAnon from /proc/self/status, in MiB (RSS less file-backed and shared pages).
double RssAnonMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("RssAnon:", 0) == 0) return std::strtod(line.c_str() + 8, nullptr) / 1024.0;
  }
  return 0;
}

// With jemalloc preloaded and MALLOC_CONF=prof:true, ORDO_BENCH_HEAP_DUMPS=1 writes a heap profile
// (jeprof format, named by MALLOC_CONF's prof_prefix) at each sample, to see what grew.
void DumpHeapProfileIfAsked() {
  static const bool asked = [] {
    const char* env = std::getenv("ORDO_BENCH_HEAP_DUMPS");
    return env && *env == '1';
  }();
  if (!asked) return;
  using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);
  if (auto mallctl = reinterpret_cast<Mallctl>(::dlsym(RTLD_DEFAULT, "mallctl"))) mallctl("prof.dump", nullptr, nullptr, nullptr, 0);
}

HeapSample SampleHeap() {
  DumpHeapProfileIfAsked();
  HeapSample h;
  using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);
  if (auto mallctl = reinterpret_cast<Mallctl>(::dlsym(RTLD_DEFAULT, "mallctl"))) {
    // jemalloc: allocated bytes, and what it keeps resident beyond them (dirty pages, slab
    // fragmentation, metadata).
    uint64_t epoch = 1;
    size_t len = sizeof epoch;
    mallctl("epoch", &epoch, &len, &epoch, len);
    size_t allocated = 0, resident = 0;
    len = sizeof allocated;
    mallctl("stats.allocated", &allocated, &len, nullptr, 0);
    len = sizeof resident;
    mallctl("stats.resident", &resident, &len, nullptr, 0);
    h.in_use_mb = static_cast<double>(allocated) / (1024.0 * 1024.0);
    h.arena_free_mb = static_cast<double>(resident - std::min(resident, allocated)) / (1024.0 * 1024.0);
  } else {
    const struct mallinfo2 m = ::mallinfo2();
    h.in_use_mb = static_cast<double>(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
    h.arena_free_mb = static_cast<double>(m.fordblks) / (1024.0 * 1024.0);
  }
  h.rss_mb = RssMb();
  h.rss_anon_mb = RssAnonMb();
  return h;
}

bool PortFree(uint16_t port) {
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

uint16_t FreePortBase(int count) {
  for (uint16_t base = 21000; base < 32000; base += 50) {
    bool all = true;
    for (int i = 0; i < count && all; ++i) all = PortFree(static_cast<uint16_t>(base + i));
    if (all) return base;
  }
  return 0;
}

struct Account {
  crypto::SecretKey key;
  Address address{};
  uint64_t nonce = 0;
};

std::vector<Account> LoadAccounts(const std::string& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Account> out;
  boost::json::value v = boost::json::parse(text);
  for (const auto& a : v.as_array()) {
    const std::string hex(a.at("privateKey").as_string().c_str());
    auto secret = FromHex(hex.substr(2));
    if (!secret) throw std::runtime_error("bad dev account key in " + path);
    auto key = crypto::SecretKey::FromBytes(*secret);
    crypto::SecureZero(secret->data(), secret->size());
    if (!key.ok()) throw std::runtime_error("bad dev account key in " + path);
    Account acc{std::move(key).value(), {}, 0};
    acc.address = crypto::EthereumAddress(acc.key);
    out.push_back(std::move(acc));
  }
  return out;
}

// A 1-wei transfer with fee caps the dev accounts' balance covers (10 gwei cap, 1 gwei tip).
chain::Transaction Transfer(const Account& a, const Address& to, uint64_t evm_chain_id) {
  chain::Transaction tx;
  tx.type = chain::TxType::DynamicFee;
  tx.chain_id = evm_chain_id;
  tx.nonce = a.nonce;
  tx.gas_limit = 21'000;
  tx.to = to;
  tx.value = 1;
  tx.max_fee_per_gas = U256(10'000'000'000ULL);
  tx.max_priority_fee_per_gas = U256(1'000'000'000ULL);
  chain::SignTransaction(tx, a.key);
  return tx;
}

}  // namespace

void RunPanel(double seconds, const Emit& emit_row) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  static int argc = 1;
  static char arg0[] = "ordo-bench";
  static char* argv[] = {arg0, nullptr};
  const bool gui_own_arena = ordo::app::UseOwnArena();  // as the panel's main does for its GUI thread
  QApplication app(argc, argv);
  TempDir dir("panel");
  const uint16_t base = FreePortBase(8);
  if (base == 0) throw std::runtime_error("no free ports for the local network");
  interfaces::LocalNetworkOptions o;
  o.data_dir = dir.path() + "/net";
  o.rpc_port_base = base;
  o.p2p_port_base = static_cast<uint16_t>(base + 4);
  o.block_interval_ms = 100;
  o.dev_accounts = load_accounts;
  std::string error;
  std::shared_ptr<interfaces::Node> node = interfaces::MakeLocalNetwork(o, &error);
  if (!node) throw std::runtime_error("local network: " + error);
  std::vector<Account> accounts = LoadAccounts(o.data_dir + "/dev-accounts.json");

  QSettings state(QString::fromStdString(dir.path() + "/panel.ini"), QSettings::IniFormat);
  ui::AppSettings settings(&state);
  auto panel = std::make_unique<ui::Panel>(node, &settings, &state);
  panel->window()->resize(1280, 800);
  panel->window()->show();

  // Load: sign and submit transfers, keeping about pending_target in the pool.
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> submitted{0}, refused{0};
  std::mutex reasons_mutex;
  std::map<std::string, uint64_t> refusal_reasons;  // bounded by the mempool's reasons
  const uint64_t evm_chain_id = node->getStatus().evm_chain_id;
  std::atomic<int> local_network_cpus{0};
  std::thread load([&] {
    // A stand-in for wallets submitting through the nodes' RPC, whose threads run where the local
    // network's do (low priority, off the CPU kept for the GUI): so does this one.
    local_network_cpus = ordo::interfaces::PrepareLocalNetworkThread();
    const Address to = accounts.front().address;
    size_t i = 0;
    while (!stop) {
      if (node->getMempool().pending >= pending_target) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        continue;
      }
      for (int burst = 0; burst < 200 && !stop; ++burst) {
        Account& a = accounts[i++ % accounts.size()];
        const std::string err = node->submitRawTransaction(Transfer(a, to, evm_chain_id).raw);
        if (err.empty()) {
          ++a.nonce;
          ++submitted;
        } else {
          ++refused;
          std::lock_guard lock(reasons_mutex);
          refusal_reasons[err]++;
        }
      }
    }
  });

  // The probe: how late a 5 ms timer fires is how long the event loop could not run.
  std::vector<double> lateness_ms;
  lateness_ms.reserve(static_cast<size_t>(seconds * 1000 / probe_interval_ms) + 16);
  QElapsedTimer since_probe;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(probe_interval_ms);
  bool warm = false;
  QString current_page;
  QString longest_stall_page;
  double longest_stall = 0;
  QObject::connect(&probe, &QTimer::timeout, [&] {
    const double late = static_cast<double>(since_probe.nsecsElapsed()) / 1e6 - probe_interval_ms;
    since_probe.restart();
    if (!warm) return;
    lateness_ms.push_back(std::max(0.0, late));
    if (late > 16.0) {
      // When, on CLOCK_MONOTONIC (perf record -k CLOCK_MONOTONIC uses the same clock), so a stall
      // can be matched with a scheduler trace.
      timespec now{};
      ::clock_gettime(CLOCK_MONOTONIC, &now);
      std::fprintf(stderr, "ordo-bench: panel: stall of %.1f ms ending at monotonic %ld.%06ld s (page %s)\n", late,
                   static_cast<long>(now.tv_sec), now.tv_nsec / 1000, current_page.toStdString().c_str());
    }
    if (late > longest_stall) {
      longest_stall = late;
      longest_stall_page = current_page;
    }
  });
  // Visit every page in turn so each one renders under load.
  QTimer pager;
  int page = 0;
  QObject::connect(&pager, &QTimer::timeout, [&] {
    const auto pages = panel->Pages();
    current_page = pages[page++ % pages.size()]->objectName();
    panel->ShowPage(current_page);
  });
  std::vector<double> rss;
  QTimer sampler;
  QObject::connect(&sampler, &QTimer::timeout, [&] {
    if (warm) rss.push_back(RssMb());
  });
  const uint64_t txs_before = node->getStatus().txs_committed;
  // Warm-up (a tenth of the run, at least 3 s): caches fill, the first pages render.
  const int warmup_ms = std::max(3000, static_cast<int>(seconds * 100));
  QTimer::singleShot(warmup_ms, [&] {
    warm = true;
    rss.push_back(RssMb());
  });
  // Heap in use (glibc's own count, every arena) at the warm-up's end, half way and the end: a
  // leak grows it, while RSS also grows with free memory the allocator keeps. mallinfo2 locks every
  // arena in turn, so it runs on a thread of its own, not on the GUI thread being probed.
  // Eleven samples: the warm-up's end, then every tenth of the run (the last just before the end).
  constexpr size_t heap_samples = 11;
  std::array<HeapSample, heap_samples> heap_samples_taken{};  // each written by its own thread, read after join
  std::vector<std::thread> heap_samplers;
  auto sample_heap = [&](size_t i) {
    heap_samplers.emplace_back([&heap_samples_taken, i] { heap_samples_taken[i] = SampleHeap(); });
  };
  for (size_t i = 0; i < heap_samples; ++i) {
    const int at = warmup_ms + static_cast<int>(seconds * 100) * static_cast<int>(i) - (i + 1 == heap_samples ? 200 : 0);
    QTimer::singleShot(at, [&sample_heap, i] { sample_heap(i); });
  }
  QTimer::singleShot(static_cast<int>(seconds * 1000) + warmup_ms, &app, &QApplication::quit);
  since_probe.start();
  probe.start();
  pager.start(1000);
  sampler.start(1000);
  app.exec();
  stop = true;
  load.join();
  for (auto& t : heap_samplers) t.join();
  const interfaces::NodeStatus status = node->getStatus();
  const double snapshot_delivery_ms = panel->model()->longestSnapshotDeliveryMs();
  panel.reset();
  node.reset();

  std::vector<double> sorted = lateness_ms;
  std::sort(sorted.begin(), sorted.end());
  Row r = BaseRow("panel");
  r["seconds"] = Figure(seconds);
  r["probes"] = lateness_ms.size();
  r["longest_stall_ms"] = Figure(sorted.empty() ? 0 : sorted.back());
  r["stall_p99_ms"] = Figure(Percentile(lateness_ms, 99));
  r["stall_p50_ms"] = Figure(Percentile(lateness_ms, 50));
  r["txs_submitted"] = submitted.load();
  r["txs_refused"] = refused.load();
  {
    Row reasons;
    for (const auto& [reason, count] : refusal_reasons) reasons[reason] = count;
    r["refusal_reasons"] = std::move(reasons);
  }
  r["longest_stall_page"] = longest_stall_page.toStdString();
  r["longest_snapshot_delivery_ms"] = Figure(snapshot_delivery_ms);

  r["stall_p999_ms"] = Figure(Percentile(lateness_ms, 99.9));
  r["stalls_over_16ms"] = static_cast<uint64_t>(std::count_if(lateness_ms.begin(), lateness_ms.end(), [](double v) { return v > 16.0; }));
  r["txs_committed"] = status.txs_committed - txs_before;
  r["committed_tx_per_s"] = Figure(static_cast<double>(status.txs_committed - txs_before) / (seconds + warmup_ms / 1000.0));
  r["height"] = status.last_committed;
  double rss_start = 0, rss_end = 0, rss_max = 0;
  if (!rss.empty()) {
    rss_start = rss.front();
    rss_end = rss.back();
    rss_max = *std::max_element(rss.begin(), rss.end());
  }
  const double rss_half = rss.empty() ? 0 : rss[rss.size() / 2];
  r["rss_half_mb"] = Figure(rss_half);
  r["rss_growth_second_half_pct"] = Figure(rss_half > 0 ? (rss_end - rss_half) / rss_half * 100.0 : 0);
  r["rss_start_mb"] = Figure(rss_start);
  r["rss_end_mb"] = Figure(rss_end);
  r["rss_max_mb"] = Figure(rss_max);
  r["rss_growth_pct"] = Figure(rss_start > 0 ? (rss_end - rss_start) / rss_start * 100.0 : 0);
  boost::json::array heap_series, free_series, rss_series, anon_series;
  for (const HeapSample& h : heap_samples_taken) {
    heap_series.push_back(Figure(h.in_use_mb));
    free_series.push_back(Figure(h.arena_free_mb));
    rss_series.push_back(Figure(h.rss_mb));
    anon_series.push_back(Figure(h.rss_anon_mb));
  }
  r["gui_own_arena"] = gui_own_arena;
  r["local_network_cpus"] = local_network_cpus.load();
  r["heap_mb_by_tenth"] = std::move(heap_series);
  r["arena_free_mb_by_tenth"] = std::move(free_series);
  r["rss_mb_by_tenth"] = std::move(rss_series);
  r["rss_anon_mb_by_tenth"] = std::move(anon_series);
  const double heap_start = heap_samples_taken.front().in_use_mb, heap_half = heap_samples_taken[heap_samples / 2].in_use_mb,
               heap_end = heap_samples_taken.back().in_use_mb;
  r["heap_start_mb"] = Figure(heap_start);
  r["heap_half_mb"] = Figure(heap_half);
  r["heap_end_mb"] = Figure(heap_end);
  r["heap_growth_pct"] = Figure(heap_start > 0 ? (heap_end - heap_start) / heap_start * 100.0 : 0);
  r["heap_growth_second_half_pct"] = Figure(heap_half > 0 ? (heap_end - heap_half) / heap_half * 100.0 : 0);
  emit_row(std::move(r));
}

}  // namespace ordo::bench
