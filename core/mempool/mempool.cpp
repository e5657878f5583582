#include "ordo/mempool/mempool.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <iterator>
#include <random>
#include <utility>

#include <boost/multiprecision/cpp_int.hpp>

#include "ordo/crypto/keccak.h"

namespace ordo::mempool {

namespace {

using chain::Transaction;
// Costs and bumps are computed in 512 bits: gas_limit * max_fee can exceed 2^256, and a wrapped
// cost would let an unaffordable transaction in.
using U512 = boost::multiprecision::uint512_t;

uint64_t SplitMix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t ProcessHashSeed() {
  static const uint64_t seed = [] {
    std::random_device rd;
    return (uint64_t{rd()} << 32) ^ uint64_t{rd()};
  }();
  return seed;
}

// Anyone can grind addresses (new keys) or hashes (new signatures) into one bucket of an unseeded
// hash; a per-process seed keeps the buckets unpredictable.
template <size_t N>
struct SeededBytesHash {
  size_t operator()(const std::array<uint8_t, N>& bytes) const {
    uint64_t h = ProcessHashSeed();
    for (size_t i = 0; i < N; i += 8) {
      uint64_t word = 0;
      std::memcpy(&word, bytes.data() + i, std::min<size_t>(8, N - i));
      h = SplitMix64(h ^ word);
    }
    return static_cast<size_t>(h);
  }
};

// The second fee cap a replacement must bump: the priority fee, or the gas price for legacy and
// access-list transactions (which pay it all as tip above the base fee).
U256 TipCap(const Transaction& tx) {
  return tx.type == chain::TxType::DynamicFee ? tx.max_priority_fee_per_gas : tx.gas_price;
}

U512 Cost(const Transaction& tx) {
  return U512(tx.gas_limit) * U512(chain::MaxFeePerGas(tx)) + U512(tx.value);
}

// +percent, and strictly more: a zero cap replaced by zero is no bump (free replacement loops
// would cost nothing and be gossiped every time).
bool IsBumped(const U256& fresh, const U256& old, uint32_t percent) {
  return fresh > old && U512(fresh) * 100 >= U512(old) * (100 + U512(percent));
}

// Checks that need only the transaction and the configuration, in the documented order.
std::optional<Reject> CheckStateless(const Transaction& tx, const Config& config) {
  if (tx.raw.size() > config.tx_bytes_max) return Reject::Oversized;
  if (tx.type == chain::TxType::DynamicFee && tx.max_priority_fee_per_gas > tx.max_fee_per_gas) {
    return Reject::Malformed;  // geth: "max priority fee per gas higher than max fee per gas"
  }
  if (tx.chain_id != config.chain_id) return Reject::WrongChainId;
  if (tx.gas_limit < chain::IntrinsicGas(tx)) return Reject::IntrinsicGasTooLow;
  if (tx.gas_limit > config.block_gas_limit) return Reject::GasLimitTooHigh;
  if (chain::MaxFeePerGas(tx) < config.fee_floor) return Reject::FeeTooLow;
  if (TipCap(tx) < config.tip_floor) return Reject::TipTooLow;
  return std::nullopt;
}

}  // namespace

const char* RejectName(Reject r) {
  switch (r) {
    case Reject::Malformed: return "malformed";
    case Reject::WrongChainId: return "wrong_chain_id";
    case Reject::NonceTooLow: return "nonce_too_low";
    case Reject::NonceTooHigh: return "nonce_too_high";
    case Reject::InsufficientFunds: return "insufficient_funds";
    case Reject::IntrinsicGasTooLow: return "intrinsic_gas_too_low";
    case Reject::GasLimitTooHigh: return "gas_limit_too_high";
    case Reject::Oversized: return "oversized";
    case Reject::FeeTooLow: return "fee_too_low";
    case Reject::TipTooLow: return "tip_too_low";
    case Reject::Underpriced: return "underpriced";
    case Reject::AlreadyKnown: return "already_known";
    case Reject::PoolFull: return "pool_full";
    case Reject::SenderLimit: return "sender_limit";
    case Reject::BelowBaseFee: return "below_base_fee";
  }
  ORDO_ASSERT(false);
  return "";
}

std::string RejectMessage(Reject r) {
  switch (r) {
    case Reject::Malformed: return "invalid transaction";
    case Reject::WrongChainId: return "invalid chain id";
    case Reject::NonceTooLow: return "nonce too low";
    case Reject::NonceTooHigh: return "nonce too high";
    case Reject::InsufficientFunds: return "insufficient funds for gas * price + value";
    case Reject::IntrinsicGasTooLow: return "intrinsic gas too low";
    case Reject::GasLimitTooHigh: return "exceeds block gas limit";
    case Reject::Oversized: return "oversized data";
    case Reject::FeeTooLow: return "transaction underpriced";
    case Reject::TipTooLow: return "tip too low";
    case Reject::Underpriced: return "replacement transaction underpriced";
    case Reject::AlreadyKnown: return "already known";
    case Reject::PoolFull: return "txpool is full";
    case Reject::SenderLimit: return "sender has too many pending transactions";
    case Reject::BelowBaseFee: return "max fee per gas less than block base fee";
  }
  ORDO_ASSERT(false);
  return "";
}

struct Mempool::Entry {
  TxPtr tx;
  uint64_t seq = 0;  // arrival order, unique for the pool's lifetime
  Clock::time_point arrival;
  U256 tip = 0;  // effective tip at Impl::base_fee: the eviction key
  U512 cost = 0;  // gas_limit * max fee + value, the most it can take from the sender (Cost)
};

struct Mempool::Impl {
  // Priority of a transaction: higher tip first, then earlier arrival. Ordered worst first, so the
  // eviction index's begin() is the next victim and a max-heap with it pops the best.
  struct Key {
    U256 tip;
    uint64_t seq = 0;
  };
  struct WorstFirst {
    bool operator()(const Key& a, const Key& b) const {
      if (a.tip != b.tip) return a.tip < b.tip;
      return a.seq > b.seq;
    }
  };

  struct SenderQueue {
    std::map<uint64_t, Entry*> by_nonce;
    uint64_t account_nonce = 0;  // as last seen by Add or Recheck; no entry is below it
    size_t pending = 0;          // the first `pending` entries are account_nonce, +1, ...
  };

  explicit Impl(const Config& c) : config(c) {}

  AdmitResult Refuse(Reject r) {
    rejected[static_cast<size_t>(r)].fetch_add(1, std::memory_order_relaxed);
    AdmitResult result;
    result.reason = r;
    return result;
  }

  AdmitResult Admit(TxPtr tx, const AccountView& state, const U256& next_base_fee, Clock::time_point now);
  std::optional<std::vector<Entry*>> PlanEviction(const Key& incoming, const Entry* replaced,
                                                  size_t incoming_bytes) const;
  void Insert(TxPtr tx, uint64_t account_nonce, const Key& key, Clock::time_point now);
  void Recheck(const AccountView& state, const U256& next_base_fee, Clock::time_point now,
               const std::vector<Address>* changed);
  std::vector<TxPtr> Select(const U256& at_base_fee, uint64_t gas_limit, size_t txs_max, size_t bytes_max) const;
  std::vector<TxPtr> Top(size_t n, const U256& at_base_fee) const;

  // Removes one entry everywhere except the pending count; callers Resplit the sender afterwards.
  void RemoveEntry(SenderQueue& q, Entry* e) {
    by_priority.erase(Key{e->tip, e->seq});
    q.by_nonce.erase(e->tx->nonce);
    ORDO_ASSERT(bytes >= e->tx->raw.size());
    bytes -= e->tx->raw.size();
    by_hash.erase(e->tx->hash);
  }

  void Resplit(SenderQueue& q) {
    ORDO_ASSERT(pending >= q.pending);
    pending -= q.pending;
    size_t run = 0;
    for (const auto& [nonce, e] : q.by_nonce) {
      if (nonce != q.account_nonce + run) break;
      ++run;
    }
    q.pending = run;
    pending += run;
  }

  // Drops what the account has already executed and re-splits. Returns the queue, or nullptr when
  // the sender has nothing left (its queue is then erased).
  SenderQueue* SyncSender(const Address& sender, uint64_t account_nonce) {
    auto it = senders.find(sender);
    if (it == senders.end()) return nullptr;
    SenderQueue& q = it->second;
    while (!q.by_nonce.empty() && q.by_nonce.begin()->first < account_nonce) {
      RemoveEntry(q, q.by_nonce.begin()->second);
    }
    q.account_nonce = account_nonce;
    Resplit(q);
    if (q.by_nonce.empty()) {
      senders.erase(it);
      return nullptr;
    }
    return &q;
  }

  // The eviction keys depend on the base fee; rebuilt when it changes (about once a block). The
  // index's nodes are reused: re-keyed, sorted, and appended in order (no allocation, no search).
  void Rekey(const U256& next_base_fee) {
    if (next_base_fee == base_fee) return;
    base_fee = next_base_fee;
    std::vector<decltype(by_priority)::node_type> nodes;
    nodes.reserve(by_priority.size());
    while (!by_priority.empty()) nodes.push_back(by_priority.extract(by_priority.begin()));
    for (auto& node : nodes) {
      Entry* e = node.mapped();
      e->tip = chain::EffectiveTip(*e->tx, base_fee);
      node.key() = Key{e->tip, e->seq};
    }
    std::sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return WorstFirst()(a.key(), b.key()); });
    for (auto& node : nodes) by_priority.insert(by_priority.end(), std::move(node));
  }

  // Constant after construction (the Mempool owning the Config outlives its Impl).
  const Config& config;

  // Updated without the lock: AddRaw counts Malformed and Oversized before taking it.
  std::array<std::atomic<uint64_t>, reject_reason_count> rejected{};

  // Guarded by Mempool::m_mutex.
  std::unordered_map<Hash32, Entry, SeededBytesHash<32>> by_hash;
  using SenderMap = std::unordered_map<Address, SenderQueue, SeededBytesHash<20>>;
  SenderMap senders;
  SenderMap::iterator RecheckSender(SenderMap::iterator it, const AccountView& state, Clock::time_point now);
  Clock::time_point last_full_recheck{};
  std::map<Key, Entry*, WorstFirst> by_priority;
  U256 base_fee = 0;
  bool rechecked = false;  // Recheck has set base_fee
  uint64_t next_seq = 0;
  size_t pending = 0;
  size_t bytes = 0;
  uint64_t admitted_total = 0;
  uint64_t evicted_total = 0;
  uint64_t expired_total = 0;
};

AdmitResult Mempool::Impl::Admit(TxPtr txp, const AccountView& state, const U256& next_base_fee,
                                 Clock::time_point now) {
  const Transaction& tx = *txp;
  if (chain::MaxFeePerGas(tx) < next_base_fee) return Refuse(Reject::BelowBaseFee);
  // Once Recheck has run, it alone moves the eviction order's base fee (to the committed state's,
  // after every block): admissions checked against a snapshot one block older would otherwise
  // rebuild the whole order back and forth, O(n log n) each time, under the lock.
  if (!rechecked) Rekey(next_base_fee);
  auto known = senders.find(tx.sender);
  // Never below what this pool has already seen: a stale view must not readmit executed nonces.
  const uint64_t account_nonce =
      std::max(state.Nonce(tx.sender), known == senders.end() ? 0 : known->second.account_nonce);
  SenderQueue* q = SyncSender(tx.sender, account_nonce);

  if (tx.nonce < account_nonce) return Refuse(Reject::NonceTooLow);
  if (tx.nonce - account_nonce > config.nonce_gap_max) return Refuse(Reject::NonceTooHigh);
  if (by_hash.contains(tx.hash)) return Refuse(Reject::AlreadyKnown);

  Entry* replaced = nullptr;
  if (q != nullptr) {
    auto it = q->by_nonce.find(tx.nonce);
    if (it != q->by_nonce.end()) replaced = it->second;
  }
  if (replaced != nullptr) {
    const Transaction& old = *replaced->tx;
    const bool bumped =
        IsBumped(chain::MaxFeePerGas(tx), chain::MaxFeePerGas(old), config.replace_bump_percent) &&
        IsBumped(TipCap(tx), TipCap(old), config.replace_bump_percent);
    if (!bumped) return Refuse(Reject::Underpriced);
  }

  // The balance must cover this transaction and every one the sender has before it.
  U512 cost = Cost(tx);
  if (q != nullptr) {
    for (auto it = q->by_nonce.begin(); it != q->by_nonce.end() && it->first < tx.nonce; ++it) {
      cost += it->second->cost;
    }
  }
  if (cost > U512(state.Balance(tx.sender))) return Refuse(Reject::InsufficientFunds);

  if (replaced == nullptr && q != nullptr && q->by_nonce.size() >= config.txs_per_sender_max) {
    return Refuse(Reject::SenderLimit);
  }

  const Key key{chain::EffectiveTip(tx, base_fee), next_seq};
  std::optional<std::vector<Entry*>> victims = PlanEviction(key, replaced, tx.raw.size());
  if (!victims) return Refuse(Reject::PoolFull);

  AdmitResult result;
  result.ok = true;
  result.hash = tx.hash;
  std::vector<Address> touched;
  if (replaced != nullptr) {
    result.replaced = replaced->tx->hash;
    RemoveEntry(*q, replaced);
  }
  for (Entry* victim : *victims) {
    touched.push_back(victim->tx->sender);
    RemoveEntry(senders.at(victim->tx->sender), victim);
    ++evicted_total;
  }
  Insert(std::move(txp), account_nonce, key, now);
  for (const Address& a : touched) {
    auto it = senders.find(a);
    if (it == senders.end()) continue;  // an earlier victim of the same sender emptied it
    Resplit(it->second);
    if (it->second.by_nonce.empty()) senders.erase(it);
  }
  return result;
}

// The victims that make room for the incoming transaction, worst first, or nullopt when a victim
// would be at least as good as it (or nothing can make room).
std::optional<std::vector<Mempool::Entry*>> Mempool::Impl::PlanEviction(const Key& incoming,
                                                                       const Entry* replaced,
                                                                       size_t incoming_bytes) const {
  size_t count = by_hash.size() + (replaced == nullptr ? 1 : 0);
  size_t total_bytes = bytes + incoming_bytes - (replaced == nullptr ? 0 : replaced->tx->raw.size());
  std::vector<Entry*> victims;
  auto it = by_priority.begin();
  while (count > config.txs_max || total_bytes > config.bytes_max) {
    if (it == by_priority.end()) return std::nullopt;
    Entry* e = it->second;
    ++it;
    if (e == replaced) continue;
    if (!WorstFirst()(Key{e->tip, e->seq}, incoming)) return std::nullopt;
    victims.push_back(e);
    --count;
    total_bytes -= e->tx->raw.size();
  }
  return victims;
}

void Mempool::Impl::Insert(TxPtr tx, uint64_t account_nonce, const Key& key, Clock::time_point now) {
  ORDO_ASSERT(key.seq == next_seq);
  ++next_seq;
  const Hash32 hash = tx->hash;
  const Address sender = tx->sender;
  const uint64_t nonce = tx->nonce;
  bytes += tx->raw.size();
  U512 cost = Cost(*tx);
  auto [slot, inserted] = by_hash.try_emplace(hash, Entry{std::move(tx), key.seq, now, key.tip, std::move(cost)});
  ORDO_ASSERT(inserted);
  Entry* e = &slot->second;
  by_priority.emplace(key, e);
  auto [it, created] = senders.try_emplace(sender);
  SenderQueue& q = it->second;
  ORDO_ASSERT(created || q.account_nonce == account_nonce);
  q.account_nonce = account_nonce;
  const bool fresh_nonce = q.by_nonce.emplace(nonce, e).second;
  ORDO_ASSERT(fresh_nonce);
  Resplit(q);
  ++admitted_total;
}

// Re-reads one sender's account: drops what it executed, what expired and what it can no longer
// afford (in nonce order), re-splits it, and erases an emptied queue. Returns the next sender.
auto Mempool::Impl::RecheckSender(SenderMap::iterator it, const AccountView& state, Clock::time_point now)
    -> SenderMap::iterator {
  SenderQueue& q = it->second;
  q.account_nonce = state.Nonce(it->first);
  const U512 balance(state.Balance(it->first));
  U512 committed = 0;  // the cost of the sender's kept transactions so far, in nonce order
  for (auto t = q.by_nonce.begin(); t != q.by_nonce.end();) {
    Entry* e = t->second;
    ++t;  // RemoveEntry erases e's node
    if (e->tx->nonce < q.account_nonce) {
      RemoveEntry(q, e);
    } else if (now - e->arrival > config.ttl) {
      RemoveEntry(q, e);
      ++expired_total;
    } else if (committed + e->cost > balance) {
      RemoveEntry(q, e);
    } else {
      committed += e->cost;
    }
  }
  Resplit(q);
  return q.by_nonce.empty() ? senders.erase(it) : std::next(it);
}

void Mempool::Impl::Recheck(const AccountView& state, const U256& next_base_fee, Clock::time_point now,
                            const std::vector<Address>* changed) {
  // Only the accounts a block changed can have invalidated anything but expiry, so after a block
  // just their senders are re-read; every sender is, at the first Recheck and then at most once
  // per full_recheck_interval (expiry, and anything else a caller's list could miss).
  if (changed != nullptr && rechecked && now - last_full_recheck < full_recheck_interval) {
    for (const Address& a : *changed) {
      if (auto it = senders.find(a); it != senders.end()) RecheckSender(it, state, now);
    }
  } else {
    for (auto it = senders.begin(); it != senders.end();) it = RecheckSender(it, state, now);
    last_full_recheck = now;
  }
  Rekey(next_base_fee);
  rechecked = true;
}

std::vector<TxPtr> Mempool::Impl::Select(const U256& at_base_fee, uint64_t gas_limit, size_t txs_max, size_t bytes_max) const {
  struct Cursor {
    Key key;
    std::map<uint64_t, Entry*>::const_iterator it;
    size_t pending_left = 0;
  };
  auto worse = [](const Cursor& a, const Cursor& b) { return WorstFirst()(a.key, b.key); };
  auto key_of = [&](const Entry* e) { return Key{chain::EffectiveTip(*e->tx, at_base_fee), e->seq}; };

  std::vector<Cursor> heap;
  for (const auto& [sender, q] : senders) {
    if (q.pending == 0) continue;
    auto first = q.by_nonce.begin();
    heap.push_back(Cursor{key_of(first->second), first, q.pending});
  }
  std::make_heap(heap.begin(), heap.end(), worse);

  std::vector<TxPtr> out;
  uint64_t gas_left = gas_limit;
  size_t bytes_left = bytes_max;
  while (!heap.empty() && out.size() < txs_max) {
    std::pop_heap(heap.begin(), heap.end(), worse);
    Cursor c = heap.back();
    heap.pop_back();
    const Transaction& tx = *c.it->second->tx;
    // Dropping the sender's cursor (not just this tx) is what keeps nonce gaps out of the block.
    if (chain::MaxFeePerGas(tx) < at_base_fee) continue;
    if (tx.gas_limit > gas_left || tx.raw.size() > bytes_left) continue;
    out.push_back(c.it->second->tx);
    gas_left -= tx.gas_limit;
    bytes_left -= tx.raw.size();
    if (--c.pending_left == 0) continue;
    ++c.it;
    c.key = key_of(c.it->second);
    heap.push_back(c);
    std::push_heap(heap.begin(), heap.end(), worse);
  }
  return out;
}

std::vector<TxPtr> Mempool::Impl::Top(size_t n, const U256& at_base_fee) const {
  std::vector<TxPtr> out;
  if (at_base_fee == base_fee) {
    for (auto it = by_priority.rbegin(); it != by_priority.rend() && out.size() < n; ++it) {
      out.push_back(it->second->tx);
    }
    return out;
  }
  std::vector<std::pair<Key, const Entry*>> all;
  all.reserve(by_hash.size());
  for (const auto& [hash, e] : by_hash) all.emplace_back(Key{chain::EffectiveTip(*e.tx, at_base_fee), e.seq}, &e);
  const size_t count = std::min(n, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(count), all.end(),
                    [](const auto& a, const auto& b) { return WorstFirst()(b.first, a.first); });
  for (size_t i = 0; i < count; ++i) out.push_back(all[i].second->tx);
  return out;
}

struct VerifiedTxCache::Impl {
  mutable std::mutex mutex;
  size_t half = 1;
  using Map = std::unordered_map<Hash32, TxPtr, SeededBytesHash<32>>;
  Map current, previous;
};

VerifiedTxCache::VerifiedTxCache(size_t capacity) : m_impl(std::make_unique<Impl>()) {
  m_impl->half = std::max<size_t>(1, capacity / 2);
}

VerifiedTxCache::~VerifiedTxCache() = default;

TxPtr VerifiedTxCache::Find(const Hash32& hash) const {
  std::lock_guard lock(m_impl->mutex);
  if (auto it = m_impl->current.find(hash); it != m_impl->current.end()) return it->second;
  if (auto it = m_impl->previous.find(hash); it != m_impl->previous.end()) return it->second;
  return nullptr;
}

void VerifiedTxCache::Insert(const TxPtr& tx) {
  ORDO_ASSERT(tx != nullptr);
  Impl::Map retired;  // the oldest generation, released after the lock
  std::lock_guard lock(m_impl->mutex);
  if (m_impl->current.size() >= m_impl->half) {
    retired = std::move(m_impl->previous);
    m_impl->previous = std::move(m_impl->current);
    m_impl->current = Impl::Map();
    m_impl->current.reserve(m_impl->half);  // no rehashing while the generation fills
  }
  m_impl->current.emplace(tx->hash, tx);
}

size_t VerifiedTxCache::size() const {
  std::lock_guard lock(m_impl->mutex);
  return m_impl->current.size() + m_impl->previous.size();
}

Mempool::Mempool(Config config)
    : m_config(std::move(config)), m_impl(std::make_unique<Impl>(m_config)), m_verified(m_config.verified_cache_max) {}

Mempool::~Mempool() = default;

AdmitResult Mempool::Add(TxPtr tx, const AccountView& state, const U256& base_fee, Clock::time_point now) {
  ORDO_ASSERT(tx != nullptr);
  if (std::optional<Reject> r = CheckStateless(*tx, m_config)) return m_impl->Refuse(*r);
  std::lock_guard lock(m_mutex);
  return m_impl->Admit(std::move(tx), state, base_fee, now);
}

AdmitResult Mempool::AddRaw(ByteSpan raw, const AccountView& state, const U256& base_fee,
                            Clock::time_point now) {
  if (raw.size() > m_config.tx_bytes_max) return m_impl->Refuse(Reject::Oversized);
  // Gossip brings each transaction once per peer: a hash lookup spares the signature recovery.
  // Not counted as a rejection: an echo of a transaction the pool holds is normal traffic.
  const Hash32 hash = crypto::Keccak256(raw);
  {
    std::lock_guard lock(m_mutex);
    if (m_impl->by_hash.contains(hash)) {
      AdmitResult known;
      known.reason = Reject::AlreadyKnown;
      known.hash = hash;
      return known;
    }
  }
  // Recovered before (a proposed block carried it, or it left the pool): no second recovery.
  if (TxPtr cached = m_verified.Find(hash); cached && std::equal(cached->raw.begin(), cached->raw.end(), raw.begin(), raw.end())) {
    return Add(std::move(cached), state, base_fee, now);
  }
  Result<chain::Transaction> decoded = chain::DecodeTransaction(raw, hash);
  if (!decoded.ok()) return m_impl->Refuse(Reject::Malformed);
  TxPtr tx = std::make_shared<const chain::Transaction>(std::move(decoded).value());
  m_verified.Insert(tx);
  return Add(std::move(tx), state, base_fee, now);
}

TxPtr Mempool::FindVerified(const Hash32& hash, ByteSpan raw) const {
  TxPtr tx = Get(hash);
  if (!tx) tx = m_verified.Find(hash);
  if (tx && std::equal(tx->raw.begin(), tx->raw.end(), raw.begin(), raw.end())) return tx;
  return nullptr;
}

std::vector<TxPtr> Mempool::SelectForBlock(const U256& base_fee, uint64_t gas_limit, size_t txs_max,
                                           size_t bytes_max) const {
  std::lock_guard lock(m_mutex);
  return m_impl->Select(base_fee, gas_limit, txs_max, bytes_max);
}

void Mempool::Recheck(const AccountView& state, const U256& base_fee, Clock::time_point now) {
  std::lock_guard lock(m_mutex);
  m_impl->Recheck(state, base_fee, now, nullptr);
}

void Mempool::RecheckChanged(const AccountView& state, const U256& base_fee, Clock::time_point now,
                             const std::vector<Address>& changed) {
  std::lock_guard lock(m_mutex);
  m_impl->Recheck(state, base_fee, now, &changed);
}

TxPtr Mempool::Get(const Hash32& hash) const {
  std::lock_guard lock(m_mutex);
  auto it = m_impl->by_hash.find(hash);
  return it == m_impl->by_hash.end() ? nullptr : it->second.tx;
}

uint64_t Mempool::PendingNonce(const Address& a, const AccountView& state) const {
  std::lock_guard lock(m_mutex);
  uint64_t nonce = state.Nonce(a);
  auto q = m_impl->senders.find(a);
  if (q == m_impl->senders.end()) return nonce;
  const std::map<uint64_t, Entry*>& by_nonce = q->second.by_nonce;
  for (auto it = by_nonce.lower_bound(nonce); it != by_nonce.end() && it->first == nonce; ++it) ++nonce;
  return nonce;
}

Stats Mempool::stats() const {
  std::lock_guard lock(m_mutex);
  const Impl& impl = *m_impl;
  Stats s;
  s.pending = impl.pending;
  ORDO_ASSERT(impl.by_hash.size() >= impl.pending);
  s.queued = impl.by_hash.size() - impl.pending;
  s.bytes = impl.bytes;
  s.admitted_total = impl.admitted_total;
  s.evicted_total = impl.evicted_total;
  s.expired_total = impl.expired_total;
  for (int i = 0; i < reject_reason_count; ++i) {
    s.rejected_total[i] = impl.rejected[static_cast<size_t>(i)].load(std::memory_order_relaxed);
  }
  return s;
}

std::vector<TxPtr> Mempool::Top(size_t n, const U256& base_fee) const {
  std::lock_guard lock(m_mutex);
  return m_impl->Top(n, base_fee);
}

size_t Mempool::size() const {
  std::lock_guard lock(m_mutex);
  return m_impl->by_hash.size();
}

}  // namespace ordo::mempool
