#include "ordo/chain/state.h"

#include "ordo/codec/codec.h"
#include "ordo/crypto/sha256.h"

namespace ordo::chain {

namespace {

constexpr uint8_t state_version = 1;
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

}  // namespace

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
  for (const auto& a : genesis.accounts) s.m_accounts[a.address] = Account{0, a.balance};
  return s;
}

Account State::GetAccount(const Address& a) const {
  auto it = m_accounts.find(a);
  return it == m_accounts.end() ? Account{} : it->second;
}

void State::SetAccount(const Address& a, const Account& account) {
  if (account == Account{}) m_accounts.erase(a);  // empty accounts are not stored (EIP-161 spirit)
  else m_accounts[a] = account;
}

Bytes State::Serialize() const {
  codec::Writer w;
  w.PutU8(state_version);
  w.PutU64(m_height);
  PutU256(w, m_base_fee);
  w.PutVarint(m_validators.size());
  w.PutU32(m_validators.round0_proposer());
  for (size_t i = 0; i < m_validators.size(); ++i) {
    const auto& v = m_validators.validators()[i];
    w.PutFixed(v.public_key);
    w.PutU64(v.power);
    w.PutI64(v.proposer_priority);
    w.PutFixed(m_fee_recipients[i]);
    w.PutString(m_monikers[i]);
  }
  w.PutVarint(m_accounts.size());
  for (const auto& [addr, acc] : m_accounts) {
    w.PutFixed(addr);
    w.PutU64(acc.nonce);
    PutU256(w, acc.balance);
  }
  return w.Take();
}

Result<State> State::Deserialize(ByteSpan bytes) {
  codec::Reader r(bytes);
  State s;
  uint8_t version = 0;
  if (Status st = r.ReadU8(&version); !st.ok()) return st;
  if (version != state_version) return Status::Corruption("state: unknown version");
  if (Status st = r.ReadU64(&s.m_height); !st.ok()) return st;
  if (Status st = GetU256(r, &s.m_base_fee); !st.ok()) return st;
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
    s.m_fee_recipients.push_back(recipient);
    s.m_monikers.push_back(std::move(moniker));
  }
  auto set = consensus::ValidatorSet::Restore(std::move(vals), proposer);
  if (!set.ok()) return Status::Corruption("state: " + set.status().message());
  s.m_validators = std::move(set).value();
  if (Status st = r.ReadCount(&n, accounts_max); !st.ok()) return st;
  for (size_t i = 0; i < n; ++i) {
    Address addr{};
    Account acc;
    if (Status st = r.ReadFixed(addr); !st.ok()) return st;
    if (Status st = r.ReadU64(&acc.nonce); !st.ok()) return st;
    if (Status st = GetU256(r, &acc.balance); !st.ok()) return st;
    s.m_accounts[addr] = acc;
  }
  if (Status st = r.Finish(); !st.ok()) return st;
  return s;
}

Hash32 State::Root() const {
  crypto::Sha256Hasher h;
  h.Update(AsBytes("ordo/state/v1"));
  const Bytes head = [&] {
    codec::Writer w;
    w.PutU64(m_height);
    PutU256(w, m_base_fee);
    w.PutFixed(m_validators.Hash());
    for (const auto& a : m_fee_recipients) w.PutFixed(a);
    w.PutVarint(m_accounts.size());
    return w.Take();
  }();
  h.Update(head);
  for (const auto& [addr, acc] : m_accounts) {
    codec::Writer w;
    w.PutFixed(addr);
    w.PutU64(acc.nonce);
    PutU256(w, acc.balance);
    h.Update(w.bytes());
  }
  return h.Finish();
}

}  // namespace ordo::chain
