#pragma once
// Subscribers of one kind of interfaces::Node notification; each Handler removes its entry, and
// a callback never runs after its Handler is disconnected or destroyed. Thread-safe.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "ordo/interfaces/node.h"

namespace ordo::interfaces {

template <typename T>
class Subscribers {
 public:
  using Fn = std::function<void(const T&)>;

  std::unique_ptr<Handler> Add(Fn fn) {
    std::lock_guard lock(m_state->mutex);
    const int id = ++m_state->next;
    m_state->fns[id] = std::make_shared<Fn>(std::move(fn));
    return std::make_unique<Sub>(m_state, id);
  }

  void Fire(const T& v) {
    std::vector<std::shared_ptr<Fn>> fns;
    {
      std::lock_guard lock(m_state->mutex);
      for (auto& [id, f] : m_state->fns) fns.push_back(f);
    }
    for (auto& f : fns) (*f)(v);
  }

 private:
  struct State {
    std::mutex mutex;
    std::map<int, std::shared_ptr<Fn>> fns;
    int next = 0;
  };
  class Sub : public Handler {
   public:
    Sub(std::shared_ptr<State> s, int id) : m_state(std::move(s)), m_id(id) {}
    ~Sub() override { disconnect(); }
    void disconnect() override {
      std::lock_guard lock(m_state->mutex);
      m_state->fns.erase(m_id);
    }

   private:
    std::shared_ptr<State> m_state;
    int m_id;
  };
  std::shared_ptr<State> m_state = std::make_shared<State>();
};

}  // namespace ordo::interfaces
