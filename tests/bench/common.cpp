#include "common.h"

#include "ordo/git_revision.h"

#include <dlfcn.h>
#include <gnu/libc-version.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/sha256.h"


namespace ordo::bench {

namespace {
std::string g_data_dir;
}  // namespace

Sizes Sizes::Full() { return Sizes{}; }

Sizes Sizes::Quick() {
  Sizes s;
  s.crypto_seconds = 0.5;
  s.recover_seconds = 0.3;
  s.mempool_txs = 4'000;
  s.mempool_rounds = 2;
  s.storage_blocks = 40;
  s.storage_small_writes = 50;
  s.sim_validators = {4, 16};
  s.sim_heights = 5;
  s.sim_heights_large = 3;
  s.consensus_accounts = 500;
  s.fixed_seconds = 3;
  s.saturation_seconds = 3;
  s.saturation_presign_rate = 10'000;
  s.drain_seconds = 3;
  return s;
}

Sizes Sizes::Minimal() {
  Sizes s;
  s.crypto_seconds = 0.05;
  s.recover_seconds = 0.05;
  s.mempool_txs = 200;
  s.mempool_rounds = 1;
  s.storage_blocks = 3;
  s.storage_block_txs = 50;
  s.storage_state_accounts = 100;
  s.storage_small_writes = 3;
  s.sim_validators = {4};
  s.sim_heights = 2;
  s.sim_heights_large = 2;
  s.consensus_accounts = 20;
  s.fixed_rate = 100;
  s.fixed_seconds = 1.5;
  s.saturation_seconds = 1.5;
  s.saturation_presign_rate = 2'000;
  s.closed_loop_window = 200;
  s.drain_seconds = 5;
  return s;
}

void SetDataDir(std::string dir) { g_data_dir = std::move(dir); }

unsigned Cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// The malloc in use: jemalloc when linked or preloaded (it exports mallctl), else glibc's.
std::string AllocatorInUse() {
  using Mallctl = int (*)(const char*, void*, size_t*, void*, size_t);
  if (auto mallctl = reinterpret_cast<Mallctl>(::dlsym(RTLD_DEFAULT, "mallctl"))) {
    const char* version = nullptr;
    size_t len = sizeof version;
    if (mallctl("version", &version, &len, nullptr, 0) == 0 && version != nullptr) {
      std::string v(version);
      if (const size_t dash = v.find('-'); dash != std::string::npos) v.resize(dash);
      return "jemalloc " + v;
    }
    return "jemalloc";
  }
  return std::string("glibc ") + ::gnu_get_libc_version();
}

Row BaseRow(const std::string& scenario) {
  Row r;
  r["scenario"] = scenario;
  r["cores"] = std::thread::hardware_concurrency();
  r["git_revision"] = ORDO_GIT_REVISION;
  static const std::string allocator = AllocatorInUse();
  r["allocator"] = allocator;
  return r;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }
double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }
double Round3(double v) { return std::round(v * 1000.0) / 1000.0; }

boost::json::value Figure(double v) {
  const double r = Round3(v);
  if (std::fabs(v) >= 100 || r == std::trunc(r)) return boost::json::value(static_cast<int64_t>(std::llround(v)));
  return boost::json::value(r);
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double rank = std::ceil(p / 100.0 * static_cast<double>(values.size()));
  const size_t index = rank < 1 ? 0 : std::min(values.size() - 1, static_cast<size_t>(rank) - 1);
  return values[index];
}

void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
  threads = std::max(1u, threads);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = t; i < n; i += threads) fn(i);
    });
  }
  for (auto& t : pool) t.join();
}

Bytes DerivedSecret(const std::string& purpose, uint64_t index) {
  const std::string tag = "ordo-bench/" + purpose + "/" + std::to_string(index);
  const Hash32 h = crypto::Sha256(ByteSpan(reinterpret_cast<const uint8_t*>(tag.data()), tag.size()));
  return Bytes(h.begin(), h.end());
}

crypto::SecretKey DerivedKey(const std::string& purpose, uint64_t index) {
  auto k = crypto::SecretKey::FromBytes(DerivedSecret(purpose, index));
  if (!k.ok()) throw std::runtime_error("derived key out of range");  // probability ~2^-128
  return std::move(k).value();
}

chain::Transaction SignedTransfer(const crypto::SecretKey& key, uint64_t nonce, const Address& to) {
  return SignedTransfer(key, crypto::EthereumAddress(key), nonce, to);
}

chain::Transaction SignedTransfer(const crypto::SecretKey& key, const Address& from, uint64_t nonce,
                                  const Address& to) {
  chain::Transaction tx;
  tx.type = chain::TxType::DynamicFee;
  tx.chain_id = bench_evm_chain_id;
  tx.nonce = nonce;
  tx.gas_limit = 21'000;
  tx.to = to;
  tx.value = 1;
  // 10^20 wei per gas: full blocks raise the base fee 12.5% a block, from 1 gwei; this cap
  // outlasts about 200 full blocks.
  tx.max_fee_per_gas = U256("100000000000000000000");
  tx.max_priority_fee_per_gas = U256(1'000'000'000ULL);
  tx.signature = crypto::EcdsaSignRecoverable(key, chain::SigningHash(tx));
  tx.raw = chain::EncodeTransaction(tx);
  tx.hash = crypto::Keccak256(tx.raw);
  tx.sender = from;
  return tx;
}

double MeasureRecoveriesPerSecond(double seconds, unsigned threads) {
  threads = std::max(1u, threads);
  constexpr size_t samples = 64;
  std::vector<Hash32> digests;
  std::vector<crypto::RecoverableSignature> sigs;
  const crypto::SecretKey sink = DerivedKey("recover-sink", 0);
  const Address to = crypto::EthereumAddress(sink);
  for (size_t i = 0; i < samples; ++i) {
    const chain::Transaction tx = SignedTransfer(DerivedKey("recover", i), i, to);
    digests.push_back(chain::SigningHash(tx));
    sigs.push_back(tx.signature);
  }
  // The best of five trials: what the cores can do. A single trial on a busy machine (a previous
  // scenario's nodes still shutting down, another process) read as much as a third low, and every
  // limit derived from it would have been as much too easy.
  constexpr int trials = 5;
  double best = 0;
  std::atomic<uint64_t> failures{0};
  for (int trial = 0; trial < trials; ++trial) {
    std::atomic<uint64_t> done{0};
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds / trials));
    auto work = [&] {
      uint64_t mine = 0;
      do {
        for (size_t i = 0; i < samples; ++i) {
          if (!crypto::EcdsaRecoverAddress(digests[i], sigs[i]).ok()) failures.fetch_add(1);
        }
        mine += samples;
      } while (Clock::now() < deadline);
      done.fetch_add(mine);
    };
    std::vector<std::thread> others;
    for (unsigned t = 1; t < threads; ++t) others.emplace_back(work);
    work();
    for (auto& t : others) t.join();
    best = std::max(best, static_cast<double>(done.load()) / Seconds(Clock::now() - start));
  }
  if (failures.load()) throw std::runtime_error("ECDSA recovery failed in the benchmark");
  return best;
}

TempDir::TempDir(const std::string& tag) {
  std::string base = g_data_dir;
  if (base.empty()) {
    const char* env = std::getenv("ORDO_BENCH_DIR");
    base = env && *env ? env : std::filesystem::temp_directory_path().string();
  }
  std::filesystem::create_directories(base);
  std::string pattern = base + "/ordo-bench-" + tag + "-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data())) throw std::runtime_error("cannot create a temporary directory under " + base);
  m_path = buf.data();
}

TempDir::~TempDir() {
  const char* keep = std::getenv("ORDO_BENCH_KEEP");
  if (keep && *keep && std::string(keep) != "0") {
    std::fprintf(stderr, "ordo-bench: kept %s\n", m_path.c_str());
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

bool RunScenario(const std::string& name, const Sizes& sizes, const Emit& emit) {
  if (name == "crypto") RunCrypto(sizes, emit);
  else if (name == "mempool") RunMempool(sizes, emit);
  else if (name == "consensus") RunConsensus(sizes, emit);
  else if (name == "storage") RunStorage(sizes, emit);
  else if (name == "sim-scale") RunSimScale(sizes, emit);
  else return false;
  return true;
}

const std::vector<std::string>& ScenarioNames() {
  static const std::vector<std::string> names = {"crypto", "mempool", "consensus", "storage", "sim-scale"};
  return names;
}

}  // namespace ordo::bench
