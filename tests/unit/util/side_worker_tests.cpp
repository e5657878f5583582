// SideWorker: both jobs run, at the same time, and their errors come back in a fixed order; the
// worker is reusable and stops cleanly.

#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "ordo/util/side_worker.h"

using ordo::Status;
using ordo::util::SideWorker;

namespace {

// Waits (bounded) until `flag` is set; false when it never was.
bool WaitFor(const std::atomic<bool>& flag) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!flag.load()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
  return true;
}

}  // namespace

class SideWorkerTests : public QObject {
  Q_OBJECT

 private slots:
  // Each job waits for the other to have started: run one after the other, the first would time
  // out and report an error.
  void runsBothAtOnce() {
    SideWorker worker;
    for (int round = 0; round < 50; ++round) {
      std::atomic<bool> here_started{false}, there_started{false};
      std::thread::id here_thread, there_thread;
      const Status s = worker.RunBoth(
          [&] {
            here_thread = std::this_thread::get_id();
            here_started = true;
            return WaitFor(there_started) ? Status::Ok() : Status::IoError("side job never started");
          },
          [&] {
            there_thread = std::this_thread::get_id();
            there_started = true;
            return WaitFor(here_started) ? Status::Ok() : Status::IoError("caller's job never started");
          });
      QVERIFY2(s.ok(), s.ToString().c_str());
      QCOMPARE(here_thread, std::this_thread::get_id());
      QVERIFY(there_thread != here_thread);
    }
  }

  void errorsComeBackHereFirst() {
    SideWorker worker;
    int ran = 0;
    auto ok = [&] { ++ran; return Status::Ok(); };
    auto here_fails = [&] { ++ran; return Status::IoError("here"); };
    auto there_fails = [&] { ++ran; return Status::Corruption("there"); };
    QVERIFY(worker.RunBoth(ok, ok).ok());
    QCOMPARE(worker.RunBoth(here_fails, ok).message(), std::string("here"));
    QCOMPARE(worker.RunBoth(ok, there_fails).message(), std::string("there"));
    const Status both = worker.RunBoth(here_fails, there_fails);
    QVERIFY(both.IsIoError());
    QCOMPARE(both.message(), std::string("here"));
    QCOMPARE(ran, 8);  // a failing job does not stop the other
  }

  void stopsCleanlyUsedOrNot() {
    { SideWorker idle; }
    SideWorker used;
    QVERIFY(used.RunBoth([] { return Status::Ok(); }, [] { return Status::Ok(); }).ok());
  }
};

QTEST_APPLESS_MAIN(SideWorkerTests)
#include "side_worker_tests.moc"
