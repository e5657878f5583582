#pragma once
// Helpers shared by the ordo-bench scenarios.

#include <chrono>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "bench.h"
#include "ordo/chain/transaction.h"
#include "ordo/crypto/schnorr.h"

namespace ordo::bench {

using Clock = std::chrono::steady_clock;

// {"scenario": name, "cores": ..., "git_revision": ...}
Row BaseRow(const std::string& scenario);
unsigned Cores();

double Seconds(Clock::duration d);
double Ms(Clock::duration d);
double Round3(double v);  // three decimals
// A figure for a row: an integer from 100 up (Boost.JSON prints doubles in exponent form),
// else a double of three decimals.
boost::json::value Figure(double v);
// Nearest-rank percentile (p in [0, 100]) of unsorted values; 0 for none.
double Percentile(std::vector<double> values, double p);

// Runs fn(i) for i in [0, n) on `threads` threads (striped).
void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

// Deterministic secret keys: SHA-256("ordo-bench/<purpose>/<index>").
crypto::SecretKey DerivedKey(const std::string& purpose, uint64_t index);
Bytes DerivedSecret(const std::string& purpose, uint64_t index);

inline constexpr uint64_t bench_evm_chain_id = 61000;
// An EIP-1559 value transfer of 1 wei with fee caps high enough for any base fee a bench reaches,
// signed by `key` whose address is `from` (what chain::SignTransaction does, without deriving the
// address again each time).
chain::Transaction SignedTransfer(const crypto::SecretKey& key, const Address& from, uint64_t nonce,
                                  const Address& to);
chain::Transaction SignedTransfer(const crypto::SecretKey& key, uint64_t nonce, const Address& to);

// ECDSA sender recoveries per second (crypto::EcdsaRecoverAddress over the signing hashes of
// signed transactions) on `threads` threads together, measured for `seconds`; by default one core.
double MeasureRecoveriesPerSecond(double seconds, unsigned threads = 1);

// A fresh directory under the data dir; removed by the destructor.
class TempDir {
 public:
  explicit TempDir(const std::string& tag);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

struct Hash32Hasher {
  size_t operator()(const Hash32& h) const {
    size_t v = 0;
    std::memcpy(&v, h.data(), sizeof v);
    return v;
  }
};

}  // namespace ordo::bench
