#include "ordo/chain/state.h"

#include <algorithm>
#include <cstring>

#include "ordo/codec/codec.h"
#include "ordo/crypto/sha256.h"

namespace ordo::chain {

namespace {

constexpr uint8_t state_v1 = 1;  // one record with every account
constexpr uint8_t state_v2 = 2;  // header, accounts per leaf
constexpr size_t accounts_max = 100'000'000;

void PutU256(codec::Writer& w, const U256& v) { w.PutFixed(U256ToWord(v)); }

Status GetU256(codec::Reader& r, U256* v) {
  Hash32 word{};
  if (Status s = r.ReadFixed(word); !s.ok()) return s;
  auto parsed = U256FromBytes(word);
  if (!parsed) return Status::Corruption("state: bad 256-bit value");
  *v = *parsed;
  return Status::Ok();
}

constexpr size_t account_bytes = 20 + 8 + 32;

void EncodeAccount(const Address& addr, const Account& acc, uint8_t* out) {
  std::memcpy(out, addr.data(), addr.size());
  for (int i = 0; i < 8; ++i) out[20 + i] = static_cast<uint8_t>(acc.nonce >> (56 - 8 * i));
  const Hash32 word = U256ToWord(acc.balance);
  std::memcpy(out + 28, word.data(), word.size());
}

using Entries = std::vector<std::pair<Address, Account>>;

Hash32 HashEntries(const Entries& entries) {
  crypto::Sha256Hasher h;
  uint8_t buf[account_bytes];
  for (const auto& [addr, acc] : entries) {
    EncodeAccount(addr, acc, buf);
    h.Update(ByteSpan(buf, sizeof buf));
  }
  return h.Finish();
}

}  // namespace

struct State::Leaf {
  Entries accounts;  // sorted by address, none empty, never itself empty
  Hash32 hash{};
};

struct State::Inner {
  std::array<std::shared_ptr<const Leaf>, 256> leaves{};
  Hash32 hash{};
};

namespace {

Hash32 HashInner(const State::Inner& inner) {
  crypto::Sha256Hasher h;
  for (size_t j = 0; j < inner.leaves.size(); ++j) {
    if (!inner.leaves[j]) continue;
    const uint8_t index = static_cast<uint8_t>(j);
    h.Update(ByteSpan(&index, 1));
    h.Update(inner.leaves[j]->hash);
  }
  return h.Finish();
}

// Everything but the accounts, shared by both formats.
void PutHeaderFields(codec::Writer& w, uint64_t height, const U256& base_fee, const consensus::ValidatorSet& vals,
                     const std::vector<Address>& recipients, const std::vector<std::string>& monikers) {
  w.PutU64(height);
  PutU256(w, base_fee);
  w.PutVarint(vals.size());
  w.PutU32(vals.round0_proposer());
  for (size_t i = 0; i < vals.size(); ++i) {
    const auto& v = vals.validators()[i];
    w.PutFixed(v.public_key);
    w.PutU64(v.power);
    w.PutI64(v.proposer_priority);
    w.PutFixed(recipients[i]);
    w.PutString(monikers[i]);
  }
}

}  // namespace

struct State::HeaderFields {
  uint64_t height = 0;
  U256 base_fee = 0;
  consensus::ValidatorSet validators;
  std::vector<Address> recipients;
  std::vector<std::string> monikers;
};

namespace {

using HeaderFields = State::HeaderFields;

Status ReadHeaderFields(codec::Reader& r, HeaderFields* out) {
  if (Status st = r.ReadU64(&out->height); !st.ok()) return st;
  if (Status st = GetU256(r, &out->base_fee); !st.ok()) return st;
  size_t n = 0;
  if (Status st = r.ReadCount(&n, consensus::validators_max); !st.ok()) return st;
  std::vector<consensus::Validator> vals(n);
  uint32_t proposer = 0;
  if (Status st = r.ReadU32(&proposer); !st.ok()) return st;
  for (size_t i = 0; i < n; ++i) {
    Address recipient{};
    std::string moniker;
    if (Status st = r.ReadFixed(vals[i].public_key); !st.ok()) return st;
    if (Status st = r.ReadU64(&vals[i].power); !st.ok()) return st;
    if (Status st = r.ReadI64(&vals[i].proposer_priority); !st.ok()) return st;
    if (Status st = r.ReadFixed(recipient); !st.ok()) return st;
    if (Status st = r.ReadString(&moniker, 64); !st.ok()) return st;
    out->recipients.push_back(recipient);
    out->monikers.push_back(std::move(moniker));
  }
  auto set = consensus::ValidatorSet::Restore(std::move(vals), proposer);
  if (!set.ok()) return Status::Corruption("state: " + set.status().message());
  out->validators = std::move(set).value();
  return Status::Ok();
}

Status ReadAccount(codec::Reader& r, Address* addr, Account* acc) {
  if (Status st = r.ReadFixed(*addr); !st.ok()) return st;
  if (Status st = r.ReadU64(&acc->nonce); !st.ok()) return st;
  return GetU256(r, &acc->balance);
}

}  // namespace


State State::WithHeader(HeaderFields&& f) {
  State s;
  s.m_height = f.height;
  s.m_base_fee = f.base_fee;
  s.m_validators = std::move(f.validators);
  s.m_fee_recipients = std::move(f.recipients);
  s.m_monikers = std::move(f.monikers);
  return s;
}

Result<State> State::FromGenesis(const Genesis& genesis) {
  auto set = GenesisValidatorSet(genesis);
  if (!set.ok()) return set.status();
  State s;
  s.m_validators = std::move(set).value();
  for (const auto& v : genesis.validators) {
    s.m_fee_recipients.push_back(v.fee_recipient);
    s.m_monikers.push_back(v.moniker);
  }
  s.m_base_fee = std::max(genesis.params.initial_base_fee, genesis.params.min_base_fee);
  std::map<Address, Account> accounts;
  for (const auto& a : genesis.accounts) accounts[a.address] = Account{0, a.balance};
  s.SetAccounts(accounts);
  return s;
}

Account State::GetAccount(const Address& a) const {
  const Inner* inner = m_inner[a[0]].get();
  if (!inner) return Account{};
  const Leaf* leaf = inner->leaves[a[1]].get();
  if (!leaf) return Account{};
  auto it = std::lower_bound(leaf->accounts.begin(), leaf->accounts.end(), a,
                             [](const auto& entry, const Address& key) { return entry.first < key; });
  return it != leaf->accounts.end() && it->first == a ? it->second : Account{};
}

void State::SetAccount(const Address& a, const Account& account) { SetAccounts({{a, account}}); }

void State::SetAccounts(const std::map<Address, Account>& changes) {
  auto it = changes.begin();
  while (it != changes.end()) {
    const uint8_t hi = it->first[0];
    auto inner = m_inner[hi] ? std::make_shared<Inner>(*m_inner[hi]) : std::make_shared<Inner>();
    // The map is in address order, so the changes of one inner node, and of each of its leaves,
    // are consecutive.
    while (it != changes.end() && it->first[0] == hi) {
      const uint8_t lo = it->first[1];
      const Leaf* old = inner->leaves[lo].get();
      static const Entries none;
      const Entries& before = old ? old->accounts : none;
      Entries merged;
      merged.reserve(before.size() + 4);
      auto b = before.begin();
      for (; it != changes.end() && it->first[0] == hi && it->first[1] == lo; ++it) {
        while (b != before.end() && b->first < it->first) merged.push_back(*b++);
        if (b != before.end() && b->first == it->first) ++b;  // replaced or removed
        if (!(it->second == Account{})) merged.emplace_back(it->first, it->second);
      }
      merged.insert(merged.end(), b, before.end());
      m_account_count = m_account_count - before.size() + merged.size();
      if (merged.empty()) {
        inner->leaves[lo] = nullptr;
      } else {
        auto leaf = std::make_shared<Leaf>();
        leaf->hash = HashEntries(merged);
        leaf->accounts = std::move(merged);
        inner->leaves[lo] = std::move(leaf);
      }
    }
    const bool any = std::any_of(inner->leaves.begin(), inner->leaves.end(), [](const auto& l) { return l != nullptr; });
    if (any) {
      inner->hash = HashInner(*inner);
      m_inner[hi] = std::move(inner);
    } else {
      m_inner[hi] = nullptr;
    }
  }
}

std::vector<std::pair<Address, Account>> State::Accounts() const {
  std::vector<std::pair<Address, Account>> out;
  out.reserve(m_account_count);
  for (const auto& inner : m_inner) {
    if (!inner) continue;
    for (const auto& leaf : inner->leaves) {
      if (leaf) out.insert(out.end(), leaf->accounts.begin(), leaf->accounts.end());
    }
  }
  return out;
}

Hash32 State::Root() const {
  crypto::Sha256Hasher h;
  h.Update(AsBytes("ordo/state/v2"));
  codec::Writer w;
  w.PutU64(m_height);
  PutU256(w, m_base_fee);
  w.PutFixed(m_validators.Hash());
  for (const auto& a : m_fee_recipients) w.PutFixed(a);
  w.PutVarint(m_account_count);
  for (size_t i = 0; i < m_inner.size(); ++i) {
    if (!m_inner[i]) continue;
    w.PutU8(static_cast<uint8_t>(i));
    w.PutFixed(m_inner[i]->hash);
  }
  h.Update(w.bytes());
  return h.Finish();
}

Bytes State::SerializeHeader() const {
  codec::Writer w;
  w.PutU8(state_v2);
  PutHeaderFields(w, m_height, m_base_fee, m_validators, m_fee_recipients, m_monikers);
  w.PutVarint(m_account_count);
  return w.Take();
}

std::optional<Bytes> State::SerializeLeaf(uint16_t index) const {
  const Inner* inner = m_inner[index >> 8].get();
  const Leaf* leaf = inner ? inner->leaves[index & 0xff].get() : nullptr;
  if (!leaf) return std::nullopt;
  codec::Writer w;
  w.PutVarint(leaf->accounts.size());
  uint8_t buf[account_bytes];
  for (const auto& [addr, acc] : leaf->accounts) {
    EncodeAccount(addr, acc, buf);
    w.PutFixed(ByteSpan(buf, sizeof buf));
  }
  return w.Take();
}

bool State::IsV1Record(ByteSpan bytes) { return !bytes.empty() && bytes[0] == state_v1; }

Result<State> State::Restore(ByteSpan header, const std::vector<std::pair<uint16_t, Bytes>>& leaves) {
  codec::Reader r(header);
  uint8_t version = 0;
  if (Status st = r.ReadU8(&version); !st.ok()) return st;
  if (version != state_v2) return Status::Corruption("state: unknown header version " + std::to_string(version));
  HeaderFields f;
  if (Status st = ReadHeaderFields(r, &f); !st.ok()) return st;
  uint64_t count = 0;  // the accounts are in the leaf records, not in this one
  if (Status st = r.ReadVarint(&count); !st.ok()) return st;
  if (count > accounts_max) return Status::Corruption("state: account count " + std::to_string(count) + " over the limit");
  if (Status st = r.Finish(); !st.ok()) return st;
  State s = WithHeader(std::move(f));
  std::array<std::shared_ptr<Inner>, 256> inners{};
  size_t seen = 0;
  for (const auto& [index, bytes] : leaves) {
    const std::string where = "state: leaf " + std::to_string(index) + ": ";
    codec::Reader lr(bytes);
    size_t n = 0;
    if (Status st = lr.ReadCount(&n, bytes.size() / account_bytes); !st.ok()) return Status::Corruption(where + st.message());
    if (n == 0) return Status::Corruption(where + "empty leaf record");
    auto leaf = std::make_shared<Leaf>();
    leaf->accounts.reserve(n);
    for (size_t k = 0; k < n; ++k) {
      Address addr{};
      Account acc;
      if (Status st = ReadAccount(lr, &addr, &acc); !st.ok()) return Status::Corruption(where + st.message());
      if (LeafOf(addr) != index) return Status::Corruption(where + "account under the wrong leaf");
      if (!leaf->accounts.empty() && !(leaf->accounts.back().first < addr)) {
        return Status::Corruption(where + "accounts not in strictly increasing order");
      }
      if (acc == Account{}) return Status::Corruption(where + "empty account stored");
      leaf->accounts.emplace_back(addr, acc);
    }
    if (Status st = lr.Finish(); !st.ok()) return Status::Corruption(where + st.message());
    auto& inner = inners[index >> 8];
    if (!inner) inner = std::make_shared<Inner>();
    if (inner->leaves[index & 0xff]) return Status::Corruption(where + "stored twice");
    leaf->hash = HashEntries(leaf->accounts);
    seen += n;
    inner->leaves[index & 0xff] = std::move(leaf);
  }
  if (seen != count) {
    return Status::Corruption("state: header counts " + std::to_string(count) + " accounts, the leaves hold " + std::to_string(seen));
  }
  for (size_t i = 0; i < inners.size(); ++i) {
    if (!inners[i]) continue;
    inners[i]->hash = HashInner(*inners[i]);
    s.m_inner[i] = std::move(inners[i]);
  }
  s.m_account_count = static_cast<size_t>(count);
  return s;
}

Result<State> State::DeserializeV1(ByteSpan bytes) {
  codec::Reader r(bytes);
  uint8_t version = 0;
  if (Status st = r.ReadU8(&version); !st.ok()) return st;
  if (version != state_v1) return Status::Corruption("state: unknown version");
  HeaderFields f;
  if (Status st = ReadHeaderFields(r, &f); !st.ok()) return st;
  State s = WithHeader(std::move(f));
  size_t n = 0;
  if (Status st = r.ReadCount(&n, accounts_max); !st.ok()) return st;
  std::map<Address, Account> accounts;
  for (size_t i = 0; i < n; ++i) {
    Address addr{};
    Account acc;
    if (Status st = ReadAccount(r, &addr, &acc); !st.ok()) return st;
    accounts[addr] = acc;
  }
  if (Status st = r.Finish(); !st.ok()) return st;
  s.SetAccounts(accounts);
  return s;
}

}  // namespace ordo::chain
