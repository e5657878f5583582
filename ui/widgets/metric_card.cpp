#include "widgets/metric_card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ordo::ui {

MetricCard::MetricCard(const QString& title, const QString& value_object_name, const QString& tooltip,
                       QWidget* parent)
    : QFrame(parent) {
  setFrameShape(QFrame::StyledPanel);
  setToolTip(tooltip);
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

  m_title = new QLabel(title, this);
  m_title->setForegroundRole(QPalette::PlaceholderText);

  m_value = new QLabel(tr("Collecting data…"), this);
  m_value->setObjectName(value_object_name);
  m_value->setToolTip(tooltip);
  m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont value_font = m_value->font();
  value_font.setPointSizeF(value_font.pointSizeF() * 1.5);
  value_font.setBold(true);
  m_value->setFont(value_font);
  m_value->setWordWrap(true);

  m_detail = new QLabel(this);
  m_detail->setObjectName(value_object_name + QStringLiteral("Detail"));
  m_detail->setWordWrap(true);
  m_detail->setForegroundRole(QPalette::PlaceholderText);
  m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(4);
  layout->addWidget(m_title);
  layout->addWidget(m_value);
  layout->addWidget(m_detail);
  layout->addStretch(1);
}

void MetricCard::SetValue(const QString& value) { m_value->setText(value); }

void MetricCard::SetDetail(const QString& detail) { m_detail->setText(detail); }

}  // namespace ordo::ui
