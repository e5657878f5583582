#pragma once
// AlertCenter: turns the stream of node snapshots (and evidence notifications) into operator
// alerts. Pure logic on the GUI thread, no widgets: each rule reads one snapshot at a time and
// raises its alert only after a run of bad readings, and clears it only after a run of good ones
// (hysteresis), so a flapping metric does not flood the operator. Alerts are keyed by a stable id
// (de-duplication); the active set and a bounded history survive restarts through QSettings.

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include "models/node_snapshot.h"

class QSettings;

namespace ordo::ui {

class ClientModel;
class SettingsWriter;

enum class AlertSeverity { Info = 0, Warning = 1, Critical = 2 };

// Stable translated label of a severity ("Warning").
QString AlertSeverityName(AlertSeverity severity);

struct Alert {
  QString id;                 // stable: "own-missed-blocks", "equivocation:<key>:<height>"
  AlertSeverity severity = AlertSeverity::Info;
  QString title;
  QString detail;
  QDateTime raised;
  QDateTime cleared;          // null while active
  bool active = false;
  bool acknowledged = false;  // cleared by the operator rather than by recovery
  int count = 1;              // how many times this id has been raised (this episode included)
};

class AlertCenter : public QObject {
  Q_OBJECT

 public:
  // Hysteresis, in readings (snapshots) unless stated otherwise.
  static constexpr int missed_raise_readings = 2;     // heights in a row where our miss count grew
  static constexpr int missed_clear_readings = 5;     // heights in a row without a new miss
  static constexpr int other_missed_raise_readings = 3;  // another validator: heights in a row missed
  static constexpr int other_missed_clear_readings = 3;  // heights in a row it signed again
  static constexpr int peers_raise_readings = 8;      // ~2 s at 4 Hz
  static constexpr int peers_clear_readings = 4;
  static constexpr int stall_raise_readings = 2;
  static constexpr int stall_clear_readings = 1;
  static constexpr int behind_raise_readings = 8;
  static constexpr int behind_clear_readings = 4;
  static constexpr int disk_raise_readings = 2;
  static constexpr int disk_clear_readings = 4;
  static constexpr int clock_raise_readings = 5;
  static constexpr int clock_clear_readings = 5;

  static constexpr qint64 stall_min_ms = 10'000;       // stall_after_ms = max(10 × interval, this)
  static constexpr int stall_target_intervals = 10;
  static constexpr quint64 behind_blocks_max = 10;     // more than this behind the best peer
  static constexpr size_t catchup_readings_max = 8;    // gap history used to detect progress
  static constexpr quint64 disk_warning_bytes = quint64{1} << 30;     // 1 GiB
  static constexpr quint64 disk_critical_bytes = quint64{200} << 20;  // 200 MiB
  static constexpr qint64 clock_drift_max_ms = 1000;
  static constexpr size_t alerts_history_max = 500;
  static constexpr size_t evidence_seen_max = 2000;    // equivocation ids remembered (no re-raise)

  // Rule ids (also the alert ids of the single-instance rules).
  static const QString own_missed_id;
  static const QString validator_missed_prefix;  // + the validator's key: another validator missing blocks
  static const QString peers_low_id;
  static const QString stalled_id;
  static const QString behind_id;
  static const QString disk_low_id;
  static const QString clock_drift_id;

  // `settings` (may be null: nothing persists) is not owned and must outlive this object; the
  // state is loaded from, and saved to, `group` in it.
  explicit AlertCenter(QSettings* settings = nullptr, QObject* parent = nullptr,
                       const QString& group = QStringLiteral("alerts"));

  // Replaces the persistence target and loads the state stored there.
  void setSettings(QSettings* settings, const QString& group = QStringLiteral("alerts"));
  // Saves through `writer` (on its own thread) instead of the QSettings given above, which is
  // then only read at setSettings. Null: save to that QSettings directly.
  void setWriter(SettingsWriter* writer);
  // Feeds every snapshot and evidence notification of `model` into this center.
  void Attach(ClientModel* model);

  // One reading of every rule.
  void Evaluate(const NodeSnapshot& snapshot);
  // One equivocation (from the node's evidence notification or a snapshot).
  void OnEvidence(const interfaces::EvidenceInfo& evidence);

  // The operator clears an active alert: it moves to the history as acknowledged. A rule alert
  // stays quiet until its condition has recovered and gone bad again. False if `id` is not active.
  bool Acknowledge(const QString& id);
  void ClearHistory();

  // Active alerts, most severe first, then newest first.
  QList<Alert> activeAlerts() const;
  // Past alerts, oldest first (at most alerts_history_max).
  QList<Alert> history() const { return m_history; }
  std::optional<Alert> activeAlert(const QString& id) const;

  // The stall threshold for a block interval: max(10 × interval, 10 s).
  static qint64 StallAfterMs(quint64 target_block_interval_ms);

 Q_SIGNALS:
  void alertRaised(const ordo::ui::Alert& alert);
  // Recovered (alert.acknowledged false) or cleared by the operator (true).
  void alertCleared(const ordo::ui::Alert& alert);
  void alertsChanged();

 private:
  struct RuleState {
    int bad = 0;
    int good = 0;
    bool raised = false;  // the hysteresis says "raised", even if the operator acknowledged it
  };
  struct Reading {
    bool bad = false;
    AlertSeverity severity = AlertSeverity::Warning;
    QString title;
    QString detail;
  };

  void Observe(const QString& id, const Reading& reading, int raise_after, int clear_after, const QDateTime& now);
  void Raise(const QString& id, AlertSeverity severity, const QString& title, const QString& detail, const QDateTime& now);
  void Clear(const QString& id, const QDateTime& now, bool acknowledged);
  void AppendHistory(const Alert& alert);

  Reading MissedBlocksReading(const NodeSnapshot& s);
  void ObserveOtherValidators(const NodeSnapshot& s, const QDateTime& now);
  Reading PeersReading(const NodeSnapshot& s) const;
  Reading StallReading(const NodeSnapshot& s, bool catching_up) const;
  Reading BehindReading(const NodeSnapshot& s, bool catching_up) const;
  Reading DiskReading(const NodeSnapshot& s) const;
  Reading ClockReading(const NodeSnapshot& s) const;

  void Load();
  void Save();

  QSettings* m_settings = nullptr;
  SettingsWriter* m_writer = nullptr;
  QString m_group;

  std::map<QString, Alert> m_active;
  QList<Alert> m_history;  // oldest first
  std::map<QString, RuleState> m_rules;
  std::set<QString> m_evidence_seen;
  std::deque<QString> m_evidence_order;  // for bounding m_evidence_seen

  // Readings history.
  quint64 m_last_committed = 0;
  qint64 m_last_height_change_ms = 0;
  std::map<std::string, quint64> m_missed_by_key;   // at the previous height
  std::deque<quint64> m_gaps;                       // best_peer_height - last_committed
};

}  // namespace ordo::ui

Q_DECLARE_METATYPE(ordo::ui::Alert)
