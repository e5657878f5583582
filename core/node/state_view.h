#pragma once
// The mempool's view of committed accounts, over a chain::State.

#include "ordo/chain/state.h"
#include "ordo/mempool/mempool.h"

namespace ordo::node {

class StateView : public mempool::AccountView {
 public:
  explicit StateView(const chain::State& s) : m_state(s) {}
  uint64_t Nonce(const Address& a) const override { return m_state.GetAccount(a).nonce; }
  U256 Balance(const Address& a) const override { return m_state.GetAccount(a).balance; }

 private:
  const chain::State& m_state;
};

}  // namespace ordo::node
