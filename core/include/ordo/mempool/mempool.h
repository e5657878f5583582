#pragma once
// The transaction pool: admission checks, per-sender nonce-ordered queues with a pending/queued
// split, priority by effective tip, replace-by-fee (>= 10% bump of both fee caps), bounds on count
// and bytes with lowest-priority eviction, TTL, and a recheck against the new state after every
// commit. Thread-safe: every public method takes m_mutex; signature recovery (the expensive part)
// happens in DecodeTransaction before the lock, so callers may admit from many threads.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ordo/chain/transaction.h"
#include "ordo/util/primitives.h"
#include "ordo/util/status.h"

namespace ordo::mempool {

// Why a transaction was refused. Each has a stable name (metrics label) and an RPC message.
enum class Reject : uint8_t {
  Malformed,          // undecodable / non-canonical / bad signature values
  WrongChainId,
  NonceTooLow,
  NonceTooHigh,       // more than nonce_gap_max ahead of the account
  InsufficientFunds,  // balance < gas_limit * max_fee + value
  IntrinsicGasTooLow, // gas_limit < intrinsic gas
  GasLimitTooHigh,    // gas_limit > block gas limit
  Oversized,          // raw bytes > tx_bytes_max
  FeeTooLow,          // max fee per gas < fee_floor
  TipTooLow,          // priority fee < tip_floor
  Underpriced,        // replacement without a >= 10% bump of both caps (and never 0 -> 0)
  AlreadyKnown,
  PoolFull,           // full and the tx is not better than the worst one
  SenderLimit,        // the sender has txs_per_sender_max already
  BelowBaseFee,       // max fee per gas < the next block's base fee (once in, a later rise
                      // leaves it waiting: SelectForBlock skips it, eviction takes it first)
};
inline constexpr int reject_reason_count = 15;
const char* RejectName(Reject r);     // "nonce_too_low", ...
std::string RejectMessage(Reject r);  // geth-style text wallets understand: "nonce too low", ...

struct Config {
  uint64_t chain_id = 0;
  uint64_t block_gas_limit = 30'000'000;
  size_t txs_max = 20'000;
  size_t bytes_max = 64 * 1024 * 1024;
  size_t tx_bytes_max = 128 * 1024;
  size_t txs_per_sender_max = 256;
  uint64_t nonce_gap_max = 64;                 // queued txs at most this far above the account nonce
  U256 fee_floor = 0;                   // minimum max-fee-per-gas accepted
  U256 tip_floor = 1;                   // minimum priority fee accepted (geth's price limit: 1 wei)
  uint32_t replace_bump_percent = 10;          // of both caps; a zero cap must become non-zero
  std::chrono::milliseconds ttl{std::chrono::hours(3)};
  // Transactions whose sender this node recovered, kept by hash after they leave the pool (in a
  // block, evicted) so that no copy of them — gossiped late, or in a proposed block — is
  // recovered again.
  size_t verified_cache_max = 40'000;
};

// The account view the pool checks against (the committed state).
struct AccountView {
  virtual ~AccountView() = default;
  virtual uint64_t Nonce(const Address& a) const = 0;
  virtual U256 Balance(const Address& a) const = 0;
};

struct Stats {
  size_t pending = 0;   // executable now (contiguous nonces from the account nonce)
  size_t queued = 0;    // waiting for a nonce gap to fill
  size_t bytes = 0;
  uint64_t admitted_total = 0;
  uint64_t evicted_total = 0;
  uint64_t expired_total = 0;
  uint64_t rejected_total[reject_reason_count] = {};
};

struct AdmitResult {
  bool ok = false;
  Reject reason = Reject::Malformed;  // when !ok
  Hash32 hash{};                      // when ok
  std::optional<Hash32> replaced;     // the transaction it replaced, if any
};

using TxPtr = std::shared_ptr<const chain::Transaction>;  // shared, never copied, by pool, proposal and block

// Decoded transactions by hash, their senders recovered: bounded by two generations of at most
// capacity / 2 entries each (a full current generation becomes the previous one, dropping the
// older), so lookups and inserts are O(1) and memory is bounded. Thread-safe.
class VerifiedTxCache {
 public:
  explicit VerifiedTxCache(size_t capacity);
  ~VerifiedTxCache();
  TxPtr Find(const Hash32& hash) const;
  void Insert(const TxPtr& tx);
  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

class Mempool {
 public:
  using Clock = std::chrono::steady_clock;

  explicit Mempool(Config config);
  ~Mempool();

  // Admits a decoded transaction (signature already recovered). `base_fee` is the next block's;
  // until the first Recheck, a different one rebuilds the eviction order (O(n log n)); after it,
  // only Recheck moves that order's base fee. `state` is
  // read under the pool's lock and must not call back into the pool.
  AdmitResult Add(TxPtr tx, const AccountView& state, const U256& base_fee, Clock::time_point now);
  // Decodes (recovering the sender) and admits; Malformed/Oversized before any lock is taken.
  AdmitResult AddRaw(ByteSpan raw, const AccountView& state, const U256& base_fee, Clock::time_point now);

  // Pending transactions for a block: per sender in nonce order, across senders by effective tip
  // at base_fee (highest first, ties by arrival), until gas_limit (by each tx's gas limit) or
  // txs_max is reached, with at most bytes_max raw bytes in all (zero calldata costs 4 gas a byte,
  // so gas alone does not keep a block inside the WAL record and the p2p frame). A sender whose
  // next tx is not payable at base_fee, or does not fit in the gas or bytes left, contributes nothing
  // more (so no nonce gap); smaller txs of others still fill the block.
  std::vector<TxPtr> SelectForBlock(const U256& base_fee, uint64_t gas_limit, size_t txs_max,
                                    size_t bytes_max = SIZE_MAX) const;

  // After a commit, before the next SelectForBlock: drops included and now-invalid txs (nonce below
  // account, unaffordable), re-splits pending/queued, expires txs older than ttl.
  void Recheck(const AccountView& state, const U256& base_fee, Clock::time_point now);
  // The same after a block that changed only the accounts in `changed` (its execution's changes):
  // only those senders are re-read, O(block) instead of O(pool); a full Recheck still runs at the
  // first call and at most every full_recheck_interval, so expiry keeps its bound.
  static constexpr std::chrono::seconds full_recheck_interval{5};
  void RecheckChanged(const AccountView& state, const U256& base_fee, Clock::time_point now,
                      const std::vector<Address>& changed);

  TxPtr Get(const Hash32& hash) const;
  // A transaction with these exact bytes whose sender this node already recovered (in the pool or
  // in the verified cache), or nullptr: block validation uses it instead of recovering again.
  TxPtr FindVerified(const Hash32& hash, ByteSpan raw) const;
  // Remembers a transaction recovered outside the pool (from a proposed block).
  void RememberVerified(const TxPtr& tx) { m_verified.Insert(tx); }
  size_t verified_cache_size() const { return m_verified.size(); }
  // Pending nonce of a sender: account nonce + number of contiguous pending txs.
  uint64_t PendingNonce(const Address& a, const AccountView& state) const;
  Stats stats() const;
  // Highest-tip transactions, for the panel and ordo_mempool.
  std::vector<TxPtr> Top(size_t n, const U256& base_fee) const;
  size_t size() const;

 private:
  struct Entry;
  // ... implementation-defined, guarded by m_mutex
  mutable std::mutex m_mutex;
  const Config m_config;
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  VerifiedTxCache m_verified;
};

}  // namespace ordo::mempool
