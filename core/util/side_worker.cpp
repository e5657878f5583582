#include "ordo/util/side_worker.h"

#include <system_error>

namespace ordo::util {

SideWorker::~SideWorker() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_cv.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

void SideWorker::Loop() {
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_cv.wait(lock, [this] { return m_stop || m_job != nullptr; });
    if (m_job == nullptr) return;  // stopping with nothing to run
    const std::function<Status()>* job = m_job;
    lock.unlock();
    Status s = (*job)();
    lock.lock();
    m_job = nullptr;
    m_result = std::move(s);
    m_cv.notify_all();
  }
}

Status SideWorker::RunBoth(const std::function<Status()>& here, const std::function<Status()>& there) {
  if (!m_thread.joinable()) {
    try {
      m_thread = std::thread([this] { Loop(); });
    } catch (const std::system_error&) {
      Status first = here();
      Status second = there();
      return first.ok() ? second : first;
    }
  }
  {
    std::lock_guard lock(m_mutex);
    m_job = &there;
    m_result.reset();
  }
  m_cv.notify_all();
  Status mine = here();
  std::unique_lock lock(m_mutex);
  m_cv.wait(lock, [this] { return m_result.has_value(); });
  Status theirs = std::move(*m_result);
  m_result.reset();
  return mine.ok() ? theirs : mine;
}

}  // namespace ordo::util
