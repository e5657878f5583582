#include "sim_disk.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <utility>

namespace ordo::sim {

namespace {

using storage::Column;
using storage::WriteBatch;

// splitmix64: fully specified, so a seed makes the same choices on every platform and standard
// library (std:: distributions are not).
uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A draw in [0, n); the modulo bias is irrelevant for the small n used here.
uint64_t Below(uint64_t* state, uint64_t n) {
  ORDO_ASSERT(n > 0);
  return SplitMix64(state) % n;
}

// What a power loss keeps of one file's unsynced writes.
enum class Survivors : uint8_t { None, All, SomePages, TornPrefix };
constexpr uint64_t survivor_kinds = 4;

void Overlay(Bytes* image, uint64_t offset, ByteSpan data) {
  if (image->size() < offset + data.size()) image->resize(offset + data.size(), 0);
  std::copy(data.begin(), data.end(), image->begin() + static_cast<std::ptrdiff_t>(offset));
}

// The pages [first, end) that bytes [offset, offset + size) touch; size > 0.
std::pair<uint64_t, uint64_t> PagesTouched(uint64_t offset, uint64_t size) {
  ORDO_ASSERT(size > 0);
  return {offset / sim_disk_page_bytes, (offset + size - 1) / sim_disk_page_bytes + 1};
}

uint64_t BatchBytes(const WriteBatch& batch) {
  uint64_t bytes = 0;
  for (size_t i = 0; i < batch.count(); ++i) bytes += batch.operation(i).key.size() + batch.operation(i).value.size();
  return bytes;
}

}  // namespace

struct SimDisk::Inode {
  struct Write {
    uint64_t offset;
    Bytes data;
  };
  Bytes durable;
  Bytes current;               // durable with the pending writes applied: what reads see
  std::vector<Write> pending;  // since the last Sync, in order
  // When the power failed (FailPowerAtSync): current as it was then, what a power loss works
  // from; and whether the file was created after it, so never existed on the platter.
  std::optional<Bytes> at_power_failure;
  bool created_after_power_failure = false;
};

struct SimDisk::KvData {
  using Tables = std::array<std::map<Bytes, Bytes>, storage::column_count>;
  Tables durable;
  Tables current;                         // durable with the pending writes applied
  std::vector<WriteBatch> pending;        // unsynced, in order
  KvHandle* handle = nullptr;             // the newest handed out

  static void Apply(Tables* tables, const WriteBatch& batch) {
    for (size_t i = 0; i < batch.count(); ++i) {
      const WriteBatch::Operation op = batch.operation(i);
      std::map<Bytes, Bytes>& table = (*tables)[static_cast<size_t>(op.column)];
      Bytes key(op.key.begin(), op.key.end());
      if (op.is_delete) {
        table.erase(key);
      } else {
        table[std::move(key)] = Bytes(op.value.begin(), op.value.end());
      }
    }
  }
};

class SimDisk::FileHandle final : public storage::File {
 public:
  FileHandle(SimDisk& disk, std::shared_ptr<Inode> inode, std::string path, bool writable)
      : m_disk(disk), m_inode(std::move(inode)), m_path(std::move(path)), m_writable(writable), m_generation(disk.m_generation) {}

  Result<uint64_t> Size() override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    return static_cast<uint64_t>(m_inode->current.size());
  }

  Status Read(uint64_t offset, size_t n, Bytes* out) override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    const Bytes& image = m_inode->current;
    const uint64_t from = std::min<uint64_t>(offset, image.size());
    const uint64_t to = from + std::min<uint64_t>(n, image.size() - from);
    out->assign(image.begin() + static_cast<std::ptrdiff_t>(from), image.begin() + static_cast<std::ptrdiff_t>(to));
    return Status::Ok();
  }

  Status Write(uint64_t offset, ByteSpan data) override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    if (!m_writable) return Status::IoError("write " + m_path + ": opened read-only");
    if (data.empty()) return Status::Ok();
    Overlay(&m_inode->current, offset, data);
    if (m_disk.m_powered_off) return Status::Ok();  // never reaches the disk
    m_inode->pending.push_back(Inode::Write{offset, Bytes(data.begin(), data.end())});
    return Status::Ok();
  }

  Status Sync() override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    if (!m_disk.SyncReachesDisk()) return Status::Ok();
    for (const Inode::Write& w : m_inode->pending) m_disk.m_bytes_synced += w.data.size();
    m_inode->durable = m_inode->current;
    m_inode->pending.clear();
    return Status::Ok();
  }

 private:
  // Called with the disk's mutex held.
  Status CheckAlive() const {
    if (m_generation != m_disk.m_generation) return Status::IoError(m_path + ": handle opened before a simulated crash");
    return Status::Ok();
  }

  SimDisk& m_disk;
  const std::shared_ptr<Inode> m_inode;  // stays the old file's after a ReplaceSynced, as on POSIX
  const std::string m_path;
  const bool m_writable;
  const uint64_t m_generation;
};

class SimDisk::KvHandle final : public storage::KeyValueStore {
 public:
  KvHandle(SimDisk& disk, KvData& data, std::string name)
      : m_disk(disk), m_data(data), m_name(std::move(name)), m_generation(disk.m_generation) {}

  uint64_t generation() const { return m_generation; }

  Status Write(const WriteBatch& batch, bool sync) override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    KvData::Apply(&m_data.current, batch);
    if (m_disk.m_powered_off) return Status::Ok();  // never reaches the disk
    if (!sync || !m_disk.SyncReachesDisk()) {
      m_data.pending.push_back(batch);  // in flight when the power failed: PowerLoss decides
      return Status::Ok();
    }
    // The log is synced up to and including this write, so every earlier one is durable too.
    for (const WriteBatch& earlier : m_data.pending) m_disk.m_bytes_synced += BatchBytes(earlier);
    m_disk.m_bytes_synced += BatchBytes(batch);
    m_data.durable = m_data.current;
    m_data.pending.clear();
    return Status::Ok();
  }

  Result<std::optional<Bytes>> Get(Column c, ByteSpan key) const override {
    std::lock_guard lock(m_disk.m_mutex);
    if (Status s = CheckAlive(); !s.ok()) return s;
    const std::map<Bytes, Bytes>& table = m_data.current[static_cast<size_t>(c)];
    const auto it = table.find(Bytes(key.begin(), key.end()));
    if (it == table.end()) return std::optional<Bytes>();
    return std::optional<Bytes>(it->second);
  }

  Status ForEach(Column c, const std::function<bool(ByteSpan key, ByteSpan value)>& fn) const override {
    std::map<Bytes, Bytes> snapshot;
    {
      // fn runs without the lock, so it may use the disk itself.
      std::lock_guard lock(m_disk.m_mutex);
      if (Status s = CheckAlive(); !s.ok()) return s;
      snapshot = m_data.current[static_cast<size_t>(c)];
    }
    for (const auto& [key, value] : snapshot) {
      if (!fn(key, value)) break;
    }
    return Status::Ok();
  }

 private:
  // Called with the disk's mutex held.
  Status CheckAlive() const {
    if (m_generation != m_disk.m_generation) return Status::IoError("store " + m_name + ": opened before a simulated crash");
    return Status::Ok();
  }

  SimDisk& m_disk;
  KvData& m_data;
  const std::string m_name;
  const uint64_t m_generation;
};

SimDisk::SimDisk() = default;
SimDisk::~SimDisk() = default;

Result<std::unique_ptr<storage::File>> SimDisk::Open(const std::string& path, storage::OpenMode mode) {
  std::lock_guard lock(m_mutex);
  auto it = m_files.find(path);
  if (it == m_files.end()) {
    if (mode != storage::OpenMode::Create) return Status::NotFound(path + ": no such file");
    it = m_files.emplace(path, std::make_shared<Inode>()).first;
    it->second->created_after_power_failure = m_powered_off;
  }
  return std::unique_ptr<storage::File>(
      std::make_unique<FileHandle>(*this, it->second, path, mode != storage::OpenMode::ReadOnly));
}

bool SimDisk::Exists(const std::string& path) {
  std::lock_guard lock(m_mutex);
  return m_files.count(path) > 0;
}

Status SimDisk::ReplaceSynced(const std::string& path, ByteSpan bytes) {
  std::lock_guard lock(m_mutex);
  if (!SyncReachesDisk()) return Status::Ok();  // the rename never happened
  auto inode = std::make_shared<Inode>();
  inode->durable.assign(bytes.begin(), bytes.end());
  inode->current = inode->durable;
  m_files[path] = std::move(inode);
  m_bytes_synced += bytes.size();
  return Status::Ok();
}

Status SimDisk::Remove(const std::string& path) {
  std::lock_guard lock(m_mutex);
  if (m_powered_off) return m_files.count(path) > 0 ? Status::Ok() : Status::NotFound(path + ": no such file");
  if (m_files.erase(path) == 0) return Status::NotFound(path + ": no such file");
  return Status::Ok();
}

storage::KeyValueStore& SimDisk::OpenKv(const std::string& name) {
  std::lock_guard lock(m_mutex);
  std::unique_ptr<KvData>& data = m_kvs[name];
  if (!data) data = std::make_unique<KvData>();
  if (data->handle == nullptr || data->handle->generation() != m_generation) {
    m_kv_handles.push_back(std::make_unique<KvHandle>(*this, *data, name));
    data->handle = m_kv_handles.back().get();
  }
  return *data->handle;
}

void SimDisk::FailPowerAtSync(uint64_t nth) {
  ORDO_ASSERT(nth > 0);
  std::lock_guard lock(m_mutex);
  m_syncs_until_power_fails = nth;
}

bool SimDisk::powered_off() const {
  std::lock_guard lock(m_mutex);
  return m_powered_off;
}

bool SimDisk::SyncReachesDisk() {
  if (m_powered_off) return false;
  if (m_syncs_until_power_fails == 0 || --m_syncs_until_power_fails > 0) return true;
  m_powered_off = true;
  for (auto& [path, inode] : m_files) inode->at_power_failure = inode->current;
  return false;
}

void SimDisk::ProcessCrash() {
  std::lock_guard lock(m_mutex);
  ++m_generation;
  m_syncs_until_power_fails = 0;
  m_powered_off = false;
}

void SimDisk::PowerLoss(uint64_t seed) {
  std::lock_guard lock(m_mutex);
  ++m_generation;
  m_syncs_until_power_fails = 0;
  m_powered_off = false;
  m_pending_writes_lost = 0;
  // One draw per file and store, in name order, so that each one's fate depends on the seed alone.
  uint64_t state = seed;
  // (What was written after the power failed is in no file's pending writes: current drops it.)
  std::erase_if(m_files, [](const auto& entry) { return entry.second->created_after_power_failure; });
  for (auto& [path, inode] : m_files) {
    if (!inode->pending.empty()) LosePendingWrites(*inode, SplitMix64(&state));
    inode->current = inode->durable;
    inode->at_power_failure.reset();
  }
  for (auto& [name, kv] : m_kvs) {
    if (!kv->pending.empty()) LosePendingKvWrites(*kv, SplitMix64(&state));
    kv->current = kv->durable;
  }
}

void SimDisk::LosePendingWrites(Inode& inode, uint64_t choice_seed) {
  uint64_t state = choice_seed;
  const std::vector<Inode::Write>& pending = inode.pending;
  const Bytes& image = inode.at_power_failure ? *inode.at_power_failure : inode.current;
  uint64_t lost = 0;
  switch (static_cast<Survivors>(Below(&state, survivor_kinds))) {
    case Survivors::None:
      lost = pending.size();
      break;
    case Survivors::All:
      inode.durable = image;
      break;
    case Survivors::SomePages: {
      // The page cache writes dirty pages back in no particular order: each one is either on the
      // platter with all the pending writes to it, or not at all.
      std::set<uint64_t> dirty;
      for (const Inode::Write& w : pending) {
        const auto [first, end] = PagesTouched(w.offset, w.data.size());
        for (uint64_t p = first; p < end; ++p) dirty.insert(p);
      }
      std::set<uint64_t> kept;
      for (uint64_t p : dirty) {
        if (Below(&state, 2) == 0) continue;
        kept.insert(p);
        const uint64_t from = p * sim_disk_page_bytes;
        const uint64_t to = std::min<uint64_t>(from + sim_disk_page_bytes, image.size());
        Overlay(&inode.durable, from, ByteSpan(image).subspan(from, to - from));
      }
      for (const Inode::Write& w : pending) {
        const auto [first, end] = PagesTouched(w.offset, w.data.size());
        bool survived = true;
        for (uint64_t p = first; p < end; ++p) survived = survived && kept.count(p) > 0;
        if (!survived) ++lost;
      }
      break;
    }
    case Survivors::TornPrefix: {
      const uint64_t whole = Below(&state, pending.size());
      for (uint64_t i = 0; i < whole; ++i) Overlay(&inode.durable, pending[i].offset, pending[i].data);
      const Inode::Write& torn = pending[whole];
      Overlay(&inode.durable, torn.offset, ByteSpan(torn.data).first(Below(&state, torn.data.size())));
      lost = pending.size() - whole;
      break;
    }
  }
  inode.current = inode.durable;
  inode.pending.clear();
  m_pending_writes_lost += lost;
}

void SimDisk::LosePendingKvWrites(KvData& kv, uint64_t choice_seed) {
  uint64_t state = choice_seed;
  const uint64_t kept = Below(&state, kv.pending.size() + 1);
  for (uint64_t i = 0; i < kept; ++i) KvData::Apply(&kv.durable, kv.pending[i]);
  m_pending_writes_lost += kv.pending.size() - kept;
  kv.current = kv.durable;
  kv.pending.clear();
}

uint64_t SimDisk::bytes_synced() const {
  std::lock_guard lock(m_mutex);
  return m_bytes_synced;
}

uint64_t SimDisk::pending_writes() const {
  std::lock_guard lock(m_mutex);
  uint64_t pending = 0;
  for (const auto& [path, inode] : m_files) pending += inode->pending.size();
  for (const auto& [name, kv] : m_kvs) pending += kv->pending.size();
  return pending;
}

uint64_t SimDisk::pending_writes_lost() const {
  std::lock_guard lock(m_mutex);
  return m_pending_writes_lost;
}

}  // namespace ordo::sim
