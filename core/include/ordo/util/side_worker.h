#pragma once
// A second thread for a caller that must wait for two slow calls (two fdatasyncs of different
// files, say) and would otherwise make them one after the other: RunBoth runs one job on the
// calling thread and the other on the side thread at the same time, and returns when both have.
// The side thread starts at the first RunBoth and ends with the object. One caller at a time.

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "ordo/util/status.h"

namespace ordo::util {

class SideWorker {
 public:
  SideWorker() = default;
  ~SideWorker();
  SideWorker(const SideWorker&) = delete;
  SideWorker& operator=(const SideWorker&) = delete;

  // Runs `here` on this thread and `there` on the side thread; the first error of here, then
  // there (both always run to the end). If the side thread cannot be started, runs both here.
  // Neither job may throw.
  [[nodiscard]] Status RunBoth(const std::function<Status()>& here, const std::function<Status()>& there);

 private:
  void Loop();
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::thread m_thread;
  const std::function<Status()>* m_job = nullptr;  // set by RunBoth, cleared by the side thread
  std::optional<Status> m_result;
  bool m_stop = false;
};

}  // namespace ordo::util
