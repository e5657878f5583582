#include "alerts/tray_notifier.h"

#include <QDateTime>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

#include "ordo_resources.h"

namespace ordo::ui {

std::optional<NotificationLimiter::Message> NotificationLimiter::Offer(qint64 now_ms, const Message& m) {
  if (m_shown_any && now_ms - m_last_shown_ms < m_interval_ms) {
    ++m_held;
    m_last_held = m;
    return std::nullopt;
  }
  Message out = m;
  if (m_held > 0) {
    out.body += QLatin1Char('\n') + TrayNotifier::tr("(and %n more alert(s) since the last notification)", nullptr, m_held);
    m_held = 0;
  }
  m_shown_any = true;
  m_last_shown_ms = now_ms;
  return out;
}

std::optional<NotificationLimiter::Message> NotificationLimiter::Flush(qint64 now_ms) {
  if (m_held == 0 || now_ms - m_last_shown_ms < m_interval_ms) return std::nullopt;
  Message out = m_last_held;
  if (m_held > 1) {
    out.title = TrayNotifier::tr("%n more alert(s)", nullptr, m_held);
    out.body = TrayNotifier::tr("Latest: %1. Open the Alerts page for all of them.").arg(m_last_held.title);
  }
  m_held = 0;
  m_last_shown_ms = now_ms;
  return out;
}

TrayNotifier::TrayNotifier(AlertCenter* alerts, QObject* parent, qint64 interval_ms)
    : QObject(parent), m_limiter(interval_ms) {
  InitResources();
  if (QSystemTrayIcon::isSystemTrayAvailable()) {
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/app.svg")), this);
    m_tray->setToolTip(tr("Ordo control panel"));
    m_tray->show();
  }
  m_flush_timer = new QTimer(this);
  m_flush_timer->setSingleShot(true);
  connect(m_flush_timer, &QTimer::timeout, this, &TrayNotifier::FlushHeld);

  connect(alerts, &AlertCenter::alertRaised, this, [this](const Alert& a) {
    if (a.severity == AlertSeverity::Info) return;
    Offer({a.title, a.detail}, a.severity == AlertSeverity::Critical);
  });
  connect(alerts, &AlertCenter::alertCleared, this, [this](const Alert& a) {
    // The operator's own acknowledgement needs no notification.
    if (a.acknowledged || a.severity == AlertSeverity::Info) return;
    Offer({tr("Recovered: %1").arg(a.title), tr("The condition has cleared.")}, false);
  });
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::Offer(const NotificationLimiter::Message& m, bool critical) {
  const qint64 now_ms = QDateTime::currentMSecsSinceEpoch();
  if (auto shown = m_limiter.Offer(now_ms, m)) {
    Show(*shown, critical || m_held_critical);
    m_held_critical = false;
    return;
  }
  m_held_critical = m_held_critical || critical;
  if (!m_flush_timer->isActive()) {
    m_flush_timer->start(static_cast<int>(std::max<qint64>(m_limiter.nextFlushMs() - now_ms, 0)));
  }
}

void TrayNotifier::FlushHeld() {
  const qint64 now_ms = QDateTime::currentMSecsSinceEpoch();
  if (auto shown = m_limiter.Flush(now_ms)) {
    Show(*shown, m_held_critical);
    m_held_critical = false;
  } else if (m_limiter.held() > 0) {
    m_flush_timer->start(static_cast<int>(std::max<qint64>(m_limiter.nextFlushMs() - now_ms, 1)));
  }
}

void TrayNotifier::Show(const NotificationLimiter::Message& m, bool critical) {
  if (m_tray != nullptr) {
    m_tray->showMessage(m.title, m.body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
  }
  Q_EMIT messageShown(m.title, m.body);
}

}  // namespace ordo::ui
