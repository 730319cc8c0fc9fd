#pragma once

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * \brief Switches the interface language at runtime: installs translators for Qt, the
 * FeedbackKit widgets and the demo, and sets the layout direction (right-to-left for Arabic).
 *
 * Installing a translator sends every widget a LanguageChange event, and each retranslates
 * itself; nothing has to be rebuilt.
 */
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    /*! The languages offered: "en", "de", "ar". */
    static QStringList languages();
    /*! The name of \a code in that language (menus show each language in its own words). */
    static QString nativeName(const QString &code);
    /*! The offered language closest to the system's, or English. */
    static QString systemLanguage();

    QString language() const { return m_language; }
    /*! Switches to \a code; returns false for a language that is not offered. */
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();
    bool install(const QString &fileName, const QStringList &folders);
    void adopt(QTranslator *translator);

    QString m_language;
    QList<QTranslator *> m_translators;
};

} // namespace FeedbackKitDemo
