// Runs every ordo-bench scenario with minimal sizes and checks the rows it emits: the documented
// fields exist and hold positive numbers. Nothing here depends on how fast the machine is.

#include <QtTest>

#include <initializer_list>
#include <string>
#include <vector>

#include "bench.h"

using namespace ordo::bench;

namespace {

std::vector<Row> Run(const std::string& scenario) {
  std::vector<Row> rows;
  const bool known = RunScenario(scenario, Sizes::Minimal(), [&](Row r) { rows.push_back(std::move(r)); });
  if (!known) qFatal("unknown scenario %s", scenario.c_str());
  return rows;
}

double Number(const Row& row, const char* key) {
  const boost::json::value* v = row.if_contains(key);
  if (!v || !v->is_number()) return -1;
  return v->to_number<double>();
}

// The row names the scenario, the cores, the revision and the allocator, and every key is a positive number.
bool Check(const Row& row, const std::string& scenario, std::initializer_list<const char*> keys, std::string* why) {
  const std::string text = boost::json::serialize(row);
  const boost::json::value* s = row.if_contains("scenario");
  if (!s || !s->is_string() || s->as_string() != scenario.c_str()) return *why = "scenario missing in " + text, false;
  const boost::json::value* rev = row.if_contains("git_revision");
  if (!rev || !rev->is_string() || rev->as_string().empty()) return *why = "git_revision missing in " + text, false;
  if (Number(row, "cores") <= 0) return *why = "cores missing in " + text, false;
  // Which malloc ran (this test binary uses the system's; ordo-bench links jemalloc).
  const boost::json::value* alloc = row.if_contains("allocator");
  if (!alloc || !alloc->is_string() || (!alloc->as_string().starts_with("glibc ") && !alloc->as_string().starts_with("jemalloc")))
    return *why = "allocator missing in " + text, false;
  for (const char* key : keys) {
    if (!(Number(row, key) > 0)) return *why = std::string(key) + " missing or not positive in " + text, false;
  }
  // Each row is one line of JSON.
  if (text.find('\n') != std::string::npos) return *why = "multi-line row", false;
  return true;
}

}  // namespace

class BenchSmokeTests : public QObject {
  Q_OBJECT

 private slots:
  void crypto() {
    const auto rows = Run("crypto");
    QCOMPARE(rows.size(), size_t{1});
    std::string why;
    QVERIFY2(Check(rows[0], "crypto", {"schnorr_verify_per_s", "ecdsa_recover_per_s", "tx_decode_per_s", "keccak256_mb_per_s"}, &why),
             why.c_str());
  }

  void mempool() {
    const auto rows = Run("mempool");
    QCOMPARE(rows.size(), size_t{1});
    std::string why;
    QVERIFY2(Check(rows[0], "mempool", {"threads", "txs", "admission_tx_per_s", "recoveries_per_s_single_core", "ratio_to_recover_limit", "recoveries_per_s_all_cores", "ratio_to_all_core_recoveries"}, &why),
             why.c_str());
  }

  void storage() {
    const auto rows = Run("storage");
    QCOMPARE(rows.size(), size_t{1});
    std::string why;
    QVERIFY2(Check(rows[0], "storage", {"blocks", "block_txs", "block_bytes", "state_bytes_written", "batch_bytes", "commit_p50_ms",
                                        "commit_p99_ms", "small_sync_write_p50_ms", "signer_state_save_p50_ms",
                                        "wal_synced_append_p50_ms"}, &why),
             why.c_str());
    QVERIFY(Number(rows[0], "commit_p99_ms") >= Number(rows[0], "commit_p50_ms"));
  }

  void simScale() {
    const auto rows = Run("sim-scale");
    QCOMPARE(rows.size(), Sizes::Minimal().sim_validators.size());
    std::string why;
    for (const Row& row : rows) {
      QVERIFY2(Check(row, "sim-scale", {"validators", "heights", "commit_latency_ms", "messages_per_height", "bytes_per_height"}, &why),
               why.c_str());
    }
  }

  void consensus() {
    const auto rows = Run("consensus");
    // Fixed, closed loop and saturation for each network, then the summary row last.
    QCOMPARE(rows.size(), 3 * Sizes::Minimal().consensus_validators.size() + 1);
    std::string why;
    for (size_t i = 0; i + 1 < rows.size(); ++i) {
      const Row& row = rows[i];
      QVERIFY(row.contains("load") && row.at("load").is_string());
      QVERIFY2(Check(row, "consensus", {"validators", "duration_s", "submitted", "heights"}, &why), why.c_str());
      if (row.at("load").as_string() == "fixed") {
        // A light load: every figure is measured.
        QVERIFY2(Check(row, "consensus", {"committed_tx_per_s", "latency_p50_ms", "latency_p99_ms", "height_commit_p50_ms", "proposal_decision_p50_ms", "proposal_durable_p50_ms", "wait_for_block_p50_ms", "block_built_to_commit_p50_ms", "cpu_ms_per_1000_tx", "cpu_busy_fraction"}, &why),
                 why.c_str());
      } else {
        // Overload may stall a network (that is what the figures are for): present, not negative.
        for (const char* key : {"committed_tx_per_s", "latency_p50_ms", "latency_p99_ms", "height_commit_p50_ms", "proposal_decision_p50_ms", "proposal_durable_p50_ms", "wait_for_block_p50_ms", "block_built_to_commit_p50_ms"}) {
          QVERIFY2(Number(row, key) >= 0, key);
        }
      }
    }
    const Row& last = rows.back();
    QVERIFY2(Check(last, "consensus", {"latency_p50_ratio", "recoveries_per_s_single_core", "limit_tx_per_s", "proposal_decision_p50_ms_4v"}, &why), why.c_str());
    for (const char* key : {"throughput_of_limit", "throughput_ratio", "throughput_of_limit_closed_loop"}) {
      QVERIFY2(Number(last, key) >= 0, key);
    }
  }

  void unknownScenarioIsRefused() {
    QVERIFY(!RunScenario("no-such-scenario", Sizes::Minimal(), [](Row) {}));
  }
};

QTEST_APPLESS_MAIN(BenchSmokeTests)
#include "bench_smoke_tests.moc"
