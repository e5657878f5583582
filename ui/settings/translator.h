#pragma once
// Translator: installs the panel's translation (":/i18n/ordo_<lang>.qm", embedded by the build)
// and replaces it when the language changes. Installing or removing a QTranslator sends
// QEvent::LanguageChange to every widget; widgets re-set their texts in changeEvent().

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace ordo::ui {

class Translator : public QObject {
  Q_OBJECT

 public:
  explicit Translator(QObject* parent = nullptr);
  ~Translator() override;

  // "" follows the system's language. False when no translation could be loaded (the panel then
  // shows its source texts, English).
  bool SetLanguage(const QString& language);
  QString language() const { return m_language; }
  // The language codes there are translations for.
  static QStringList AvailableLanguages();
  // The language's own name ("Deutsch"), for the language chooser.
  static QString NativeName(const QString& language);
  static QString QmPath(const QString& language);

 private:
  QTranslator* m_translator = nullptr;  // installed, owned
  QString m_language;
};

}  // namespace ordo::ui
