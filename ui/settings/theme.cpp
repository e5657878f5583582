#include "settings/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ordo::ui {

namespace {

QPalette LightPalette() {
  QPalette p;
  p.setColor(QPalette::Window, QColor(0xef, 0xf1, 0xf4));
  p.setColor(QPalette::WindowText, QColor(0x1f, 0x25, 0x2d));
  p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
  p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
  p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
  p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x25, 0x2d));
  p.setColor(QPalette::PlaceholderText, QColor(0x7f, 0x8c, 0x9a));
  p.setColor(QPalette::Text, QColor(0x1f, 0x25, 0x2d));
  p.setColor(QPalette::Button, QColor(0xe4, 0xe7, 0xeb));
  p.setColor(QPalette::ButtonText, QColor(0x1f, 0x25, 0x2d));
  p.setColor(QPalette::BrightText, QColor(0xd6, 0x45, 0x45));
  p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0x9c));
  p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
  p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb0));
  p.setColor(QPalette::Mid, QColor(0xb8, 0xc0, 0xc8));
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
    p.setColor(QPalette::Disabled, role, QColor(0x8a, 0x94, 0x9e));
  }
  return p;
}

QPalette DarkPalette() {
  QPalette p;
  p.setColor(QPalette::Window, QColor(0x23, 0x27, 0x2e));
  p.setColor(QPalette::WindowText, QColor(0xe2, 0xe6, 0xea));
  p.setColor(QPalette::Base, QColor(0x1a, 0x1d, 0x22));
  p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x31));
  p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x38, 0x40));
  p.setColor(QPalette::ToolTipText, QColor(0xe2, 0xe6, 0xea));
  p.setColor(QPalette::PlaceholderText, QColor(0x7f, 0x8c, 0x9a));
  p.setColor(QPalette::Text, QColor(0xe2, 0xe6, 0xea));
  p.setColor(QPalette::Button, QColor(0x2e, 0x33, 0x3b));
  p.setColor(QPalette::ButtonText, QColor(0xe2, 0xe6, 0xea));
  p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
  p.setColor(QPalette::Highlight, QColor(0x3a, 0x8f, 0xb0));
  p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
  p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
  p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x48));
  p.setColor(QPalette::Midlight, QColor(0x33, 0x38, 0x40));
  p.setColor(QPalette::Mid, QColor(0x4a, 0x52, 0x5c));
  p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x1a));
  p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x10));
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
    p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x83, 0x8c));
  }
  return p;
}

}  // namespace

void ApplyTheme(Theme theme) {
  // The system's style, remembered before the first change so "System" can go back to it.
  static const QString system_style = QApplication::style()->name();
  static const QPalette system_palette = QApplication::palette();
  switch (theme) {
    case Theme::System:
      QApplication::setStyle(QStyleFactory::create(system_style));
      QApplication::setPalette(system_palette);
      return;
    case Theme::Light:
      QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
      QApplication::setPalette(LightPalette());
      return;
    case Theme::Dark:
      QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
      QApplication::setPalette(DarkPalette());
      return;
  }
}

}  // namespace ordo::ui
