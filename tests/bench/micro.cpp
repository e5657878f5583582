// The crypto, mempool and storage scenarios.

#include <atomic>
#include <barrier>
#include <stdexcept>
#include <thread>

#include "common.h"
#include "ordo/chain/block.h"
#include "ordo/chain/block_encoding.h"
#include "ordo/chain/execution.h"
#include "ordo/chain/genesis.h"
#include "ordo/chain/state.h"
#include "ordo/consensus/encoding.h"
#include "ordo/crypto/ecdsa.h"
#include "ordo/crypto/keccak.h"
#include "ordo/crypto/sha256.h"
#include "ordo/mempool/mempool.h"
#include "ordo/storage/database.h"
#include "ordo/storage/signer_state_file.h"
#include "ordo/storage/wal.h"

namespace ordo::bench {

namespace {

Clock::duration ToDuration(double seconds) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

// Calls body() in batches of `batch` until `seconds` have passed; returns calls per second.
template <typename F>
double Rate(double seconds, size_t batch, F&& body) {
  uint64_t calls = 0;
  const auto start = Clock::now();
  const auto deadline = start + ToDuration(seconds);
  Clock::time_point now;
  do {
    for (size_t i = 0; i < batch; ++i) body(i);
    calls += batch;
    now = Clock::now();
  } while (now < deadline);
  return static_cast<double>(calls) / Seconds(now - start);
}

// Every account has no nonce and plenty of funds.
class RichView : public mempool::AccountView {
 public:
  uint64_t Nonce(const Address&) const override { return 0; }
  U256 Balance(const Address&) const override { return U256("1000000000000000000000000000000"); }
};

}  // namespace

void RunCrypto(const Sizes& sizes, const Emit& emit) {
  constexpr size_t samples = 64;
  // BIP-340 verification.
  std::vector<crypto::XOnlyPublicKey> pubs;
  std::vector<Hash32> msgs;
  std::vector<crypto::SchnorrSignature> sigs;
  for (size_t i = 0; i < samples; ++i) {
    const crypto::SecretKey k = DerivedKey("schnorr", i);
    const Bytes m = DerivedSecret("schnorr-msg", i);
    Hash32 msg{};
    std::copy(m.begin(), m.end(), msg.begin());
    pubs.push_back(k.PublicKey());
    msgs.push_back(msg);
    sigs.push_back(crypto::SchnorrSign(k, msg));
  }
  size_t bad = 0;
  const double schnorr = Rate(sizes.crypto_seconds, samples, [&](size_t i) {
    if (!crypto::SchnorrVerify(pubs[i], msgs[i], sigs[i])) ++bad;
  });
  if (bad) throw std::runtime_error("BIP-340 verification failed in the benchmark");

  const double recover = MeasureRecoveriesPerSecond(sizes.crypto_seconds);

  // Whole decode of a signed transaction (RLP, Keccak-256, recovery), what admission pays.
  std::vector<Bytes> raws;
  const Address to = crypto::EthereumAddress(DerivedKey("sink", 0));
  for (size_t i = 0; i < samples; ++i) raws.push_back(SignedTransfer(DerivedKey("decode", i), i, to).raw);
  const double decode = Rate(sizes.crypto_seconds, samples, [&](size_t i) {
    if (!chain::DecodeTransaction(raws[i]).ok()) ++bad;
  });
  if (bad) throw std::runtime_error("transaction decoding failed in the benchmark");

  // Keccak-256 over 1 MiB buffers.
  Bytes buffer(1 << 20);
  for (size_t i = 0; i < buffer.size(); ++i) buffer[i] = static_cast<uint8_t>(i * 131 + (i >> 9));
  uint8_t sink = 0;
  const double keccak_per_s = Rate(sizes.crypto_seconds, 1, [&](size_t) {
    buffer[0] ^= sink;
    sink = crypto::Keccak256(buffer)[0];
  });

  Row r = BaseRow("crypto");
  r["threads"] = 1;
  r["schnorr_verify_per_s"] = Figure(schnorr);
  r["ecdsa_recover_per_s"] = Figure(recover);
  r["tx_decode_per_s"] = Figure(decode);
  r["keccak256_mb_per_s"] = Figure(keccak_per_s * static_cast<double>(buffer.size()) / 1e6);
  emit(std::move(r));
}

void RunMempool(const Sizes& sizes, const Emit& emit) {
  const unsigned threads = Cores();
  const size_t n = std::max<size_t>(sizes.mempool_txs, threads);
  // One transaction per distinct sender, signed on all cores before anything is timed.
  std::vector<Bytes> raws(n);
  const Address to = crypto::EthereumAddress(DerivedKey("sink", 0));
  ParallelFor(n, threads, [&](size_t i) { raws[i] = SignedTransfer(DerivedKey("mempool", i), 0, to).raw; });

  const double recover = MeasureRecoveriesPerSecond(sizes.recover_seconds);
  // The same recoveries on every core at once: how far the cores scale together (two hyperthreads
  // of one core do not make two cores), so what admission leaves on the table is visible apart.
  const double recover_all = MeasureRecoveriesPerSecond(sizes.recover_seconds, threads);

  mempool::Config config;
  config.chain_id = bench_evm_chain_id;
  config.txs_max = n + 1;
  config.bytes_max = 1ull << 32;
  const RichView view;
  const U256 base_fee(1'000'000'000ULL);
  double best = 0;
  size_t admitted_last = 0;
  for (int round = 0; round < std::max(1, sizes.mempool_rounds); ++round) {
    mempool::Mempool pool(config);
    std::atomic<size_t> admitted{0};
    std::barrier sync(static_cast<ptrdiff_t>(threads) + 1);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        sync.arrive_and_wait();
        size_t ok = 0;
        const auto now = mempool::Mempool::Clock::now();
        for (size_t i = t; i < n; i += threads) {
          if (pool.AddRaw(raws[i], view, base_fee, now).ok) ++ok;
        }
        admitted += ok;
      });
    }
    const auto start = Clock::now();
    sync.arrive_and_wait();
    for (auto& w : workers) w.join();
    const double elapsed = Seconds(Clock::now() - start);
    best = std::max(best, static_cast<double>(n) / elapsed);
    admitted_last = admitted.load();
  }
  if (admitted_last != n) throw std::runtime_error("the mempool refused benchmark transactions");

  Row r = BaseRow("mempool");
  r["threads"] = threads;
  r["txs"] = n;
  r["rounds"] = std::max(1, sizes.mempool_rounds);
  r["admission_tx_per_s"] = Figure(best);
  r["recoveries_per_s_single_core"] = Figure(recover);
  r["ratio_to_recover_limit"] = Figure(best / (threads * recover));
  r["recoveries_per_s_all_cores"] = Figure(recover_all);
  r["ratio_to_all_core_recoveries"] = Figure(best / recover_all);
  emit(std::move(r));
}

namespace {

Bytes HeightKey(uint64_t h) {
  Bytes k(8);
  for (int i = 0; i < 8; ++i) k[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
  return k;
}

Bytes MetaKey(const std::string& name, std::optional<uint64_t> h = std::nullopt) {
  Bytes k(name.begin(), name.end());
  if (h) {
    const Bytes hk = HeightKey(*h);
    k.insert(k.end(), hk.begin(), hk.end());
  }
  return k;
}

Hash32 HashOf(uint64_t block, uint64_t index) {
  uint8_t in[16];
  for (int i = 0; i < 8; ++i) {
    in[i] = static_cast<uint8_t>(block >> (56 - 8 * i));
    in[8 + i] = static_cast<uint8_t>(index >> (56 - 8 * i));
  }
  return crypto::Sha256(ByteSpan(in, sizeof in));
}

}  // namespace

// What node::Node::Impl::Commit writes per block: the block, its height index, a location and a
// receipt per transaction, the commit certificate, block meta, the whole state and the head.
void RunStorage(const Sizes& sizes, const Emit& emit) {
  const size_t txs = sizes.storage_block_txs;
  constexpr int validators = 4;
  // Realistic transaction bytes and a realistic block encoding.
  chain::Block block;
  block.header.chain_id = "ordo-bench";
  const Address to = crypto::EthereumAddress(DerivedKey("sink", 0));
  std::vector<Bytes> raws(txs);
  ParallelFor(txs, Cores(), [&](size_t i) { raws[i] = SignedTransfer(DerivedKey("storage", i), 0, to).raw; });
  block.txs = raws;
  consensus::CommitCertificate cert;
  cert.height = 1;
  for (int v = 0; v < validators; ++v) {
    consensus::CommitSig s;
    s.validator = static_cast<consensus::ValidatorIndex>(v);
    s.signature.fill(static_cast<uint8_t>(v + 1));
    cert.signatures.push_back(s);
  }
  block.last_commit = cert;
  // The state blob: a genesis with storage_state_accounts funded accounts.
  chain::Genesis g;
  g.chain_id = "ordo-bench";
  g.evm_chain_id = bench_evm_chain_id;
  for (int v = 0; v < validators; ++v) {
    const crypto::SecretKey k = DerivedKey("validator", static_cast<uint64_t>(v));
    g.validators.push_back({"v" + std::to_string(v), k.PublicKey(), 100, crypto::EthereumAddress(k), std::nullopt});
  }
  for (size_t i = 0; i < sizes.storage_state_accounts; ++i) {
    Address a{};
    const Hash32 h = HashOf(~0ull, i);
    std::copy(h.begin(), h.begin() + 20, a.begin());
    g.accounts.push_back({a, U256("1000000000000000000000")});
  }
  auto state = chain::State::FromGenesis(g);
  if (!state.ok()) throw std::runtime_error("genesis state: " + state.status().ToString());
  // The state as a commit writes it: the header and the leaves the block touched (one per sender
  // here, each transaction from another account).
  const Bytes state_header = state->SerializeHeader();
  std::vector<std::pair<Bytes, Bytes>> state_leaves;
  for (size_t i = 0; i < std::min(txs, g.accounts.size()); ++i) {
    const uint16_t leaf = chain::State::LeafOf(g.accounts[i].address);
    if (auto record = state->SerializeLeaf(leaf)) {
      state_leaves.emplace_back(Bytes{static_cast<uint8_t>(leaf >> 8), static_cast<uint8_t>(leaf)}, std::move(*record));
    }
  }
  size_t state_bytes = state_header.size();
  for (const auto& [k, v] : state_leaves) state_bytes += k.size() + v.size();

  TempDir dir("storage");
  auto opened = storage::Database::Open(dir.path() + "/chain");
  if (!opened.ok()) throw std::runtime_error("database: " + opened.status().ToString());
  storage::Database& db = **opened;

  std::vector<double> commit_ms;
  size_t block_bytes = 0, batch_bytes = 0;
  // From height 2, so every block carries the previous height's commit certificate.
  for (uint64_t height = 2; height < 2 + sizes.storage_blocks; ++height) {
    block.header.height = height;
    block.last_commit->height = height - 1;
    block.header.prev_hash = HashOf(height, ~0ull);
    const Bytes encoded = codec::Encode(block);
    const Hash32 block_hash = chain::BlockHash(block.header);
    storage::Database::Batch batch;
    size_t bytes = 0;
    auto put = [&](storage::Column c, ByteSpan k, ByteSpan v) {
      batch.Put(c, k, v);
      bytes += k.size() + v.size();
    };
    put(storage::Column::Blocks, block_hash, encoded);
    put(storage::Column::BlockIndex, HeightKey(height), block_hash);
    std::vector<chain::Receipt> receipts;
    receipts.reserve(txs);
    for (size_t i = 0; i < txs; ++i) {
      const Hash32 tx_hash = HashOf(height, i);
      codec::Writer loc;
      loc.PutU64(height);
      loc.PutU32(static_cast<uint32_t>(i));
      put(storage::Column::TxIndex, tx_hash, loc.bytes());
      chain::Receipt rc;
      rc.tx_hash = tx_hash;
      rc.index = static_cast<uint32_t>(i);
      rc.gas_used = 21'000;
      rc.cumulative_gas_used = 21'000 * (i + 1);
      rc.effective_gas_price = U256(1'000'000'000ULL);
      rc.executed = true;
      rc.from = to;
      rc.to = to;
      rc.type = chain::TxType::DynamicFee;
      receipts.push_back(rc);
    }
    put(storage::Column::Receipts, block_hash, chain::EncodeBlockReceipts(receipts));  // one record per block, as the node
    cert.height = height;
    cert.value = block_hash;
    put(storage::Column::Meta, MetaKey("commit/", height), codec::Encode(cert));
    put(storage::Column::Meta, MetaKey("blockmeta/", height), Bytes(44, 0x01));
    put(storage::Column::Meta, MetaKey("state"), state_header);
    for (const auto& [k, v] : state_leaves) put(storage::Column::State, k, v);
    put(storage::Column::Meta, MetaKey("head"), HeightKey(height));
    block_bytes = encoded.size();
    batch_bytes = bytes;
    const auto start = Clock::now();
    if (Status s = db.Write(batch, true); !s.ok()) throw std::runtime_error("write: " + s.ToString());
    commit_ms.push_back(Ms(Clock::now() - start));
  }

  std::vector<double> small_ms;
  for (size_t i = 0; i < sizes.storage_small_writes; ++i) {
    storage::Database::Batch batch;
    batch.Put(storage::Column::Meta, MetaKey("bench-small"), HeightKey(i));
    const auto start = Clock::now();
    if (Status s = db.Write(batch, true); !s.ok()) throw std::runtime_error("write: " + s.ToString());
    small_ms.push_back(Ms(Clock::now() - start));
  }

  // The consensus path's own syncs: the signer state before every signature, a synced WAL record
  // (own vote), and the WAL reset after each commit.
  std::vector<double> signer_ms, wal_ms, wal_reset_ms;
  {
    auto wal = storage::ConsensusWal::Open(dir.path() + "/wal");
    if (!wal.ok()) throw std::runtime_error("wal: " + wal.status().ToString());
    const Bytes vote_record(150, 0x5a);
    auto signer_file = storage::SignerStateFile::Open(dir.path() + "/signer.state");
    if (!signer_file.ok()) throw std::runtime_error("signer state: " + signer_file.status().ToString());
    consensus::SignerState signer;
    for (size_t i = 0; i < sizes.storage_small_writes; ++i) {
      signer.height = i + 1;
      signer.step = consensus::SignStep::Prevote;
      signer.signed_any = true;
      auto start = Clock::now();
      if (Status s = (*signer_file)->Save(signer); !s.ok()) {
        throw std::runtime_error("signer state: " + s.ToString());
      }
      signer_ms.push_back(Ms(Clock::now() - start));
      start = Clock::now();
      for (int k = 0; k < 3; ++k) {
        if (Status s = (*wal)->Append(vote_record, k == 2); !s.ok()) throw std::runtime_error("wal: " + s.ToString());
      }
      wal_ms.push_back(Ms(Clock::now() - start));
      start = Clock::now();
      if (Status s = (*wal)->Reset(); !s.ok()) throw std::runtime_error("wal reset: " + s.ToString());
      wal_reset_ms.push_back(Ms(Clock::now() - start));
    }
  }

  Row r = BaseRow("storage");
  r["blocks"] = sizes.storage_blocks;
  r["block_txs"] = txs;
  r["block_bytes"] = block_bytes;
  r["state_accounts"] = sizes.storage_state_accounts;
  r["state_bytes_written"] = state_bytes;
  r["state_leaves_written"] = state_leaves.size();
  r["batch_bytes"] = batch_bytes;
  r["commit_p50_ms"] = Figure(Percentile(commit_ms, 50));
  r["commit_p99_ms"] = Figure(Percentile(commit_ms, 99));
  r["small_sync_write_p50_ms"] = Figure(Percentile(small_ms, 50));
  r["small_sync_write_p99_ms"] = Figure(Percentile(small_ms, 99));
  r["signer_state_save_p50_ms"] = Figure(Percentile(signer_ms, 50));
  r["signer_state_save_p99_ms"] = Figure(Percentile(signer_ms, 99));
  r["wal_synced_append_p50_ms"] = Figure(Percentile(wal_ms, 50));
  r["wal_reset_p50_ms"] = Figure(Percentile(wal_reset_ms, 50));
  r["dir"] = dir.path().substr(0, dir.path().rfind('/'));
  emit(std::move(r));
}

}  // namespace ordo::bench
