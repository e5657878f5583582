#include "alerts/alert_center.h"

#include <algorithm>
#include <cstdlib>

#include <QLocale>
#include <QSettings>

#include "settings/settings_writer.h"
#include <QVariantMap>

#include "models/client_model.h"

namespace ordo::ui {

const QString AlertCenter::own_missed_id = QStringLiteral("own-missed-blocks");
const QString AlertCenter::peers_low_id = QStringLiteral("peers-low");
const QString AlertCenter::validator_missed_prefix = QStringLiteral("validator-missing:");
const QString AlertCenter::stalled_id = QStringLiteral("node-stalled");
const QString AlertCenter::behind_id = QStringLiteral("node-behind");
const QString AlertCenter::disk_low_id = QStringLiteral("disk-low");
const QString AlertCenter::clock_drift_id = QStringLiteral("clock-drift");

namespace {

const QString equivocation_prefix = QStringLiteral("equivocation:");

QString ShortKey(const std::string& key) {
  const QString k = QString::fromStdString(key);
  return k.size() > 12 ? k.left(12) + QStringLiteral("…") : k;
}

QVariantMap ToVariant(const Alert& a) {
  QVariantMap m;
  m.insert(QStringLiteral("id"), a.id);
  m.insert(QStringLiteral("severity"), static_cast<int>(a.severity));
  m.insert(QStringLiteral("title"), a.title);
  m.insert(QStringLiteral("detail"), a.detail);
  m.insert(QStringLiteral("raised_ms"), a.raised.toMSecsSinceEpoch());
  m.insert(QStringLiteral("cleared_ms"), a.cleared.isValid() ? a.cleared.toMSecsSinceEpoch() : qint64{0});
  m.insert(QStringLiteral("active"), a.active);
  m.insert(QStringLiteral("acknowledged"), a.acknowledged);
  m.insert(QStringLiteral("count"), a.count);
  return m;
}

std::optional<Alert> FromVariant(const QVariant& v) {
  const QVariantMap m = v.toMap();
  Alert a;
  a.id = m.value(QStringLiteral("id")).toString();
  if (a.id.isEmpty()) return std::nullopt;
  const int sev = m.value(QStringLiteral("severity")).toInt();
  a.severity = static_cast<AlertSeverity>(std::clamp(sev, 0, 2));
  a.title = m.value(QStringLiteral("title")).toString();
  a.detail = m.value(QStringLiteral("detail")).toString();
  a.raised = QDateTime::fromMSecsSinceEpoch(m.value(QStringLiteral("raised_ms")).toLongLong());
  const qint64 cleared_ms = m.value(QStringLiteral("cleared_ms")).toLongLong();
  if (cleared_ms > 0) a.cleared = QDateTime::fromMSecsSinceEpoch(cleared_ms);
  a.active = m.value(QStringLiteral("active")).toBool();
  a.acknowledged = m.value(QStringLiteral("acknowledged")).toBool();
  a.count = std::max(1, m.value(QStringLiteral("count")).toInt());
  return a;
}

QDateTime SnapshotTime(const NodeSnapshot& s) {
  return s.status.now_ms > 0 ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(s.status.now_ms))
                             : QDateTime::currentDateTime();
}

}  // namespace

QString AlertSeverityName(AlertSeverity severity) {
  switch (severity) {
    case AlertSeverity::Info: return AlertCenter::tr("Info");
    case AlertSeverity::Warning: return AlertCenter::tr("Warning");
    case AlertSeverity::Critical: return AlertCenter::tr("Critical");
  }
  return {};
}

AlertCenter::AlertCenter(QSettings* settings, QObject* parent, const QString& group) : QObject(parent) {
  qRegisterMetaType<Alert>();
  setSettings(settings, group);
}

void AlertCenter::setSettings(QSettings* settings, const QString& group) {
  m_settings = settings;
  m_group = group;
  Load();
  Q_EMIT alertsChanged();
}

void AlertCenter::setWriter(SettingsWriter* writer) { m_writer = writer; }

void AlertCenter::Attach(ClientModel* model) {
  connect(model, &ClientModel::snapshotChanged, this, [this](const SnapshotPtr& s) {
    if (s) Evaluate(*s);
  });
  connect(model, &ClientModel::evidenceSeen, this, &AlertCenter::OnEvidence);
}

qint64 AlertCenter::StallAfterMs(quint64 target_block_interval_ms) {
  return std::max<qint64>(stall_target_intervals * static_cast<qint64>(target_block_interval_ms), stall_min_ms);
}

void AlertCenter::Evaluate(const NodeSnapshot& s) {
  const auto& st = s.status;
  // An empty snapshot (before the first poll) or a stopped node says nothing about health.
  if (!st.running) return;
  const QDateTime now = SnapshotTime(s);
  const qint64 now_ms = now.toMSecsSinceEpoch();

  const bool height_advanced = st.last_committed != m_last_committed || m_last_height_change_ms == 0;
  if (height_advanced) m_last_height_change_ms = now_ms;

  // Catching up: far behind the best peer, with the gap shrinking over the recent readings.
  const quint64 gap = st.best_peer_height > st.last_committed ? st.best_peer_height - st.last_committed : 0;
  const bool catching_up = gap > behind_blocks_max && !m_gaps.empty() && gap < m_gaps.front();
  m_gaps.push_back(gap);
  while (m_gaps.size() > catchup_readings_max) m_gaps.pop_front();

  // A miss is only counted when a height is decided: read once per new height.
  if (st.last_committed != m_last_committed) {
    ObserveOtherValidators(s, now);
    Observe(own_missed_id, MissedBlocksReading(s), missed_raise_readings, missed_clear_readings, now);
  }
  m_last_committed = st.last_committed;

  for (const auto& e : s.evidence) OnEvidence(e);
  Observe(peers_low_id, PeersReading(s), peers_raise_readings, peers_clear_readings, now);
  Observe(stalled_id, StallReading(s, catching_up), stall_raise_readings, stall_clear_readings, now);
  Observe(behind_id, BehindReading(s, catching_up), behind_raise_readings, behind_clear_readings, now);
  Observe(disk_low_id, DiskReading(s), disk_raise_readings, disk_clear_readings, now);
  Observe(clock_drift_id, ClockReading(s), clock_raise_readings, clock_clear_readings, now);
}

AlertCenter::Reading AlertCenter::MissedBlocksReading(const NodeSnapshot& s) {
  Reading r;
  const interfaces::ValidatorInfo* self = nullptr;
  size_t compared = 0;
  size_t missed_now = 0;  // validators whose miss count grew since the previous height
  for (const auto& v : s.validators) {
    if (v.is_self) self = &v;
    auto it = m_missed_by_key.find(v.key);
    if (it == m_missed_by_key.end()) continue;
    ++compared;
    if (v.missed_in_window > it->second) ++missed_now;
  }
  const bool self_grew = self != nullptr && m_missed_by_key.count(self->key) != 0 &&
                         self->missed_in_window > m_missed_by_key[self->key];
  m_missed_by_key.clear();
  for (const auto& v : s.validators) m_missed_by_key[v.key] = v.missed_in_window;
  if (!self_grew) return r;

  r.bad = true;
  r.severity = AlertSeverity::Warning;
  const QString who = QString::fromStdString(self->moniker);
  const bool network_wide = compared >= 2 && missed_now * 2 > compared;
  if (network_wide) {
    r.title = tr("Blocks missed network-wide");
    r.detail = tr("Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: "
                  "the network as a whole is struggling, not only this node.")
                   .arg(who).arg(self->missed_in_window).arg(self->window).arg(missed_now).arg(compared);
  } else {
    r.title = tr("Your validator is missing blocks");
    r.detail = tr("Your validator %1 missed %2 of the last %3 heights while the other validators signed: "
                  "check this node's connectivity, clock and load.")
                   .arg(who).arg(self->missed_in_window).arg(self->window);
  }
  return r;
}

// Another validator whose signature is missing from the commit certificates: its node is down or
// cut off, and the network runs with less margin. Not raised when most validators miss together
// (that is the network-wide case of the own-missed rule).
void AlertCenter::ObserveOtherValidators(const NodeSnapshot& s, const QDateTime& now) {
  size_t compared = 0;
  size_t grew = 0;
  for (const auto& v : s.validators) {
    auto it = m_missed_by_key.find(v.key);
    if (it == m_missed_by_key.end()) continue;
    ++compared;
    if (v.missed_in_window > it->second) ++grew;
  }
  const bool network_wide = compared >= 2 && grew * 2 > compared;
  for (const auto& v : s.validators) {
    if (v.is_self) continue;
    auto it = m_missed_by_key.find(v.key);
    Reading r;
    r.bad = !network_wide && it != m_missed_by_key.end() && v.missed_in_window > it->second;
    if (r.bad) {
      const QString who = QString::fromStdString(v.moniker);
      r.severity = AlertSeverity::Warning;
      r.title = tr("Validator %1 is missing blocks").arg(who);
      r.detail = tr("%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. "
                    "Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.")
                     .arg(who)
                     .arg(v.power_share * 100.0, 0, 'f', 1)
                     .arg(v.missed_in_window)
                     .arg(v.window)
                     .arg(v.last_signed_height);
    }
    Observe(validator_missed_prefix + QString::fromStdString(v.key), r, other_missed_raise_readings,
            other_missed_clear_readings, now);
  }
}

AlertCenter::Reading AlertCenter::PeersReading(const NodeSnapshot& s) const {
  Reading r;
  const auto& st = s.status;
  if (st.network_paused) return r;  // the operator's choice, shown in the status bar
  // The fewest other validators (largest first) that bring our side past 2/3 of the power.
  std::vector<uint64_t> others;
  uint64_t total = 0;
  uint64_t own = 0;
  for (const auto& v : s.validators) {
    if (!v.active) continue;
    total += v.power;
    if (v.is_self) own = v.power;
    else others.push_back(v.power);
  }
  size_t needed = 0;
  if (!others.empty()) {
    std::sort(others.begin(), others.end(), std::greater<>());
    uint64_t power = own;
    for (uint64_t p : others) {
      if (power * 3 > total * 2) break;
      power += p;
      ++needed;
    }
  }
  if (st.mode == interfaces::NodeMode::Joined) needed = std::max<size_t>(needed, 1);
  if (st.peers >= needed) return r;
  r.bad = true;
  r.severity = st.peers == 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
  r.title = st.peers == 0 ? tr("No peers") : tr("Too few peers");
  r.detail = tr("Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). "
                "Check the network, the firewall and the peer list.")
                 .arg(st.peers).arg(needed);
  return r;
}

AlertCenter::Reading AlertCenter::StallReading(const NodeSnapshot& s, bool catching_up) const {
  Reading r;
  const auto& st = s.status;
  if (st.network_paused || catching_up) return r;
  const qint64 now_ms = SnapshotTime(s).toMSecsSinceEpoch();
  const qint64 last_ms = std::max<qint64>(static_cast<qint64>(st.last_commit_local_ms), m_last_height_change_ms);
  const qint64 since_ms = now_ms - last_ms;
  const qint64 stall_after_ms = StallAfterMs(st.target_block_interval_ms);
  if (since_ms <= stall_after_ms) return r;
  r.bad = true;
  r.severity = AlertSeverity::Critical;
  r.title = tr("Node stalled");
  r.detail = tr("No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.")
                 .arg(since_ms / 1000).arg(stall_after_ms / 1000).arg(st.height).arg(st.round)
                 .arg(QString::fromStdString(st.step));
  return r;
}

AlertCenter::Reading AlertCenter::BehindReading(const NodeSnapshot& s, bool catching_up) const {
  Reading r;
  const auto& st = s.status;
  if (st.network_paused || catching_up) return r;
  if (st.best_peer_height <= st.last_committed + behind_blocks_max) return r;
  r.bad = true;
  r.severity = AlertSeverity::Warning;
  r.title = tr("Node behind the network");
  r.detail = tr("This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.")
                 .arg(st.last_committed).arg(st.best_peer_height - st.last_committed).arg(st.best_peer_height);
  return r;
}

AlertCenter::Reading AlertCenter::DiskReading(const NodeSnapshot& s) const {
  Reading r;
  const quint64 free_bytes = s.status.disk_free_bytes;
  if (free_bytes >= disk_warning_bytes) return r;
  r.bad = true;
  r.severity = free_bytes < disk_critical_bytes ? AlertSeverity::Critical : AlertSeverity::Warning;
  r.title = tr("Disk space low");
  r.detail = tr("%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.")
                 .arg(QLocale().formattedDataSize(static_cast<qint64>(free_bytes), 1),
                      QString::fromStdString(s.status.data_dir));
  return r;
}

AlertCenter::Reading AlertCenter::ClockReading(const NodeSnapshot& s) const {
  Reading r;
  const qint64 offset_ms = s.status.clock_offset_ms;
  if (std::llabs(offset_ms) <= clock_drift_max_ms) return r;
  r.bad = true;
  r.severity = AlertSeverity::Warning;
  r.title = tr("Clock drift");
  r.detail = tr("Blocks arrive %1 ms %2 the proposer's clock; more than %3 ms suggests this machine's clock is "
                "wrong. Enable time synchronisation (NTP).")
                 .arg(std::llabs(offset_ms))
                 .arg(offset_ms > 0 ? tr("after") : tr("before"))
                 .arg(clock_drift_max_ms);
  return r;
}

void AlertCenter::OnEvidence(const interfaces::EvidenceInfo& e) {
  const QString id = equivocation_prefix + QString::fromStdString(e.offender_key) + QLatin1Char(':') +
                     QString::number(e.height);
  if (m_evidence_seen.count(id) != 0) return;
  m_evidence_seen.insert(id);
  m_evidence_order.push_back(id);
  while (m_evidence_order.size() > evidence_seen_max) {
    m_evidence_seen.erase(m_evidence_order.front());
    m_evidence_order.pop_front();
  }
  const QString who = e.offender_moniker.empty() ? ShortKey(e.offender_key) : QString::fromStdString(e.offender_moniker);
  const QDateTime when = e.seen_ms > 0 ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(e.seen_ms))
                                       : QDateTime::currentDateTime();
  Raise(id, AlertSeverity::Critical, tr("Equivocation by %1 at height %2").arg(who).arg(e.height),
        tr("%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the "
           "evidence is in a block.")
            .arg(QString::fromStdString(e.kind)).arg(e.height).arg(e.round).arg(who, ShortKey(e.offender_key))
            .arg(e.offender_power),
        when);
}

void AlertCenter::Observe(const QString& id, const Reading& reading, int raise_after, int clear_after,
                          const QDateTime& now) {
  RuleState& r = m_rules[id];
  if (reading.bad) {
    r.good = 0;
    r.bad = std::min(r.bad + 1, raise_after);
    if (!r.raised && r.bad >= raise_after) {
      r.raised = true;
      Raise(id, reading.severity, reading.title, reading.detail, now);
      return;
    }
    auto it = m_active.find(id);
    if (it == m_active.end()) return;
    Alert& a = it->second;
    if (a.severity == reading.severity && a.title == reading.title && a.detail == reading.detail) return;
    const bool escalated = reading.severity > a.severity;
    const bool severity_changed = reading.severity != a.severity;
    a.severity = reading.severity;
    a.title = reading.title;
    a.detail = reading.detail;
    // Persisted on a change of severity only: a detail that follows a live figure (blocks behind,
    // missed signatures) would otherwise make QSettings write and sync its file on the GUI
    // thread every second; after a restart the rules refresh the wording at their first reading.
    if (severity_changed) Save();
    if (escalated) Q_EMIT alertRaised(a);
    Q_EMIT alertsChanged();
    return;
  }
  r.bad = 0;
  if (!r.raised) return;
  if (++r.good < clear_after) return;
  r.raised = false;
  r.good = 0;
  if (m_active.count(id) != 0) Clear(id, now, false);
}

void AlertCenter::Raise(const QString& id, AlertSeverity severity, const QString& title, const QString& detail,
                        const QDateTime& now) {
  if (m_active.count(id) != 0) return;
  Alert a;
  a.id = id;
  a.severity = severity;
  a.title = title;
  a.detail = detail;
  a.raised = now;
  a.active = true;
  a.count = 1 + static_cast<int>(std::count_if(m_history.begin(), m_history.end(),
                                               [&](const Alert& h) { return h.id == id; }));
  m_active[id] = a;
  Save();
  Q_EMIT alertRaised(a);
  Q_EMIT alertsChanged();
}

void AlertCenter::Clear(const QString& id, const QDateTime& now, bool acknowledged) {
  auto it = m_active.find(id);
  if (it == m_active.end()) return;
  Alert a = it->second;
  m_active.erase(it);
  a.active = false;
  a.acknowledged = acknowledged;
  a.cleared = now;
  AppendHistory(a);
  Save();
  Q_EMIT alertCleared(a);
  Q_EMIT alertsChanged();
}

void AlertCenter::AppendHistory(const Alert& alert) {
  m_history.push_back(alert);
  while (static_cast<size_t>(m_history.size()) > alerts_history_max) m_history.pop_front();
}

bool AlertCenter::Acknowledge(const QString& id) {
  if (m_active.count(id) == 0) return false;
  Clear(id, QDateTime::currentDateTime(), true);
  return true;
}

void AlertCenter::ClearHistory() {
  if (m_history.isEmpty()) return;
  m_history.clear();
  Save();
  Q_EMIT alertsChanged();
}

QList<Alert> AlertCenter::activeAlerts() const {
  QList<Alert> out;
  for (const auto& [id, a] : m_active) out.push_back(a);
  std::stable_sort(out.begin(), out.end(), [](const Alert& x, const Alert& y) {
    if (x.severity != y.severity) return x.severity > y.severity;
    return x.raised > y.raised;
  });
  return out;
}

std::optional<Alert> AlertCenter::activeAlert(const QString& id) const {
  auto it = m_active.find(id);
  if (it == m_active.end()) return std::nullopt;
  return it->second;
}

void AlertCenter::Load() {
  m_active.clear();
  m_history.clear();
  m_rules.clear();
  m_evidence_seen.clear();
  m_evidence_order.clear();
  if (m_settings == nullptr) return;
  m_settings->beginGroup(m_group);
  for (const QVariant& v : m_settings->value(QStringLiteral("active")).toList()) {
    auto a = FromVariant(v);
    if (!a) continue;
    a->active = true;
    m_active[a->id] = *a;
    // A restored rule alert clears after the usual run of good readings.
    if (!a->id.startsWith(equivocation_prefix)) m_rules[a->id].raised = true;
  }
  for (const QVariant& v : m_settings->value(QStringLiteral("history")).toList()) {
    if (auto a = FromVariant(v)) AppendHistory(*a);
  }
  for (const QString& id : m_settings->value(QStringLiteral("evidence_seen")).toStringList()) {
    if (m_evidence_seen.insert(id).second) m_evidence_order.push_back(id);
  }
  for (const auto& [id, a] : m_active) {
    if (id.startsWith(equivocation_prefix) && m_evidence_seen.insert(id).second) m_evidence_order.push_back(id);
  }
  while (m_evidence_order.size() > evidence_seen_max) {
    m_evidence_seen.erase(m_evidence_order.front());
    m_evidence_order.pop_front();
  }
  m_settings->endGroup();
}

void AlertCenter::Save() {
  if (m_settings == nullptr) return;
  QVariantList active;
  for (const auto& [id, a] : m_active) active.push_back(ToVariant(a));
  QVariantList history;
  for (const Alert& a : m_history) history.push_back(ToVariant(a));
  QStringList seen(m_evidence_order.begin(), m_evidence_order.end());
  if (m_writer != nullptr) {
    // Off the GUI thread: the file write and its syncs happen on the writer's thread.
    m_writer->Write(m_group, {{QStringLiteral("active"), active},
                              {QStringLiteral("history"), history},
                              {QStringLiteral("evidence_seen"), seen}});
    return;
  }
  m_settings->beginGroup(m_group);
  m_settings->setValue(QStringLiteral("active"), active);
  m_settings->setValue(QStringLiteral("history"), history);
  m_settings->setValue(QStringLiteral("evidence_seen"), seen);
  m_settings->endGroup();
}

}  // namespace ordo::ui
