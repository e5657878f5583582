#include "settings/translator.h"

#include <memory>

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QTranslator>

namespace ordo::ui {

Translator::Translator(QObject* parent) : QObject(parent) {}

Translator::~Translator() {
  if (m_translator != nullptr) QCoreApplication::removeTranslator(m_translator);
  delete m_translator;
}

QStringList Translator::AvailableLanguages() {
  return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString Translator::NativeName(const QString& language) {
  const QLocale locale(language);
  QString name = locale.nativeLanguageName();
  if (language.contains(QLatin1Char('_'))) name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
  return name;
}

QString Translator::QmPath(const QString& language) {
  return QStringLiteral(":/i18n/ordo_%1.qm").arg(language);
}

bool Translator::SetLanguage(const QString& language) {
  auto next = std::make_unique<QTranslator>();
  bool loaded = false;
  if (language.isEmpty()) {
    loaded = next->load(QLocale::system(), QStringLiteral("ordo"), QStringLiteral("_"), QStringLiteral(":/i18n"));
  } else {
    loaded = next->load(QmPath(language));
  }
  if (m_translator != nullptr) {
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    m_translator = nullptr;
  }
  m_language = language;
  if (!loaded) return false;
  m_translator = next.release();
  // An empty translation (a language not translated yet) is installed without the LanguageChange
  // event; send it anyway so every widget re-reads its texts.
  if (!QCoreApplication::installTranslator(m_translator)) {
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
  }
  return true;
}

}  // namespace ordo::ui
