#pragma once
// TrayNotifier: desktop notifications for Warning and Critical alerts (raised, and recovered) via
// the system tray, when there is one. A catch-up or a flapping network can raise many alerts at
// once, so balloons are rate limited: at most one per interval, the rest coalesced into
// "N more alerts". The limiting is NotificationLimiter, plain logic that the tests drive.

#include <optional>

#include <QObject>
#include <QString>

#include "alerts/alert_center.h"

class QSystemTrayIcon;
class QTimer;

namespace ordo::ui {

class NotificationLimiter {
 public:
  struct Message {
    QString title;
    QString body;
  };

  explicit NotificationLimiter(qint64 interval_ms) : m_interval_ms(interval_ms) {}

  // What to show now: `m` itself (with a note of what was held back) when no balloon was shown in
  // the last interval; otherwise nothing, and `m` is held back for Flush.
  std::optional<Message> Offer(qint64 now_ms, const Message& m);
  // Once the interval has passed: the held-back messages, summarised ("N more alerts").
  std::optional<Message> Flush(qint64 now_ms);
  int held() const { return m_held; }
  // When Flush can next show something (meaningful while held() > 0).
  qint64 nextFlushMs() const { return m_last_shown_ms + m_interval_ms; }

 private:
  qint64 m_interval_ms;
  qint64 m_last_shown_ms = 0;
  bool m_shown_any = false;
  int m_held = 0;
  Message m_last_held;
};

class TrayNotifier : public QObject {
  Q_OBJECT

 public:
  static constexpr qint64 tray_interval_ms = 10'000;

  // Shows balloons through its own tray icon when the desktop has a system tray; without one the
  // messages are still limited and emitted (messageShown) but not displayed.
  explicit TrayNotifier(AlertCenter* alerts, QObject* parent = nullptr, qint64 interval_ms = tray_interval_ms);
  ~TrayNotifier() override;

  // Null without a system tray.
  QSystemTrayIcon* trayIcon() const { return m_tray; }

 Q_SIGNALS:
  // A balloon was shown (or would have been, without a tray).
  void messageShown(const QString& title, const QString& body);

 private:
  void Offer(const NotificationLimiter::Message& m, bool critical);
  void Show(const NotificationLimiter::Message& m, bool critical);
  void FlushHeld();

  NotificationLimiter m_limiter;
  QSystemTrayIcon* m_tray = nullptr;
  QTimer* m_flush_timer = nullptr;
  bool m_held_critical = false;
};

}  // namespace ordo::ui
