#pragma once

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QLocale;
class QTranslator;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * \brief Switches the interface language at runtime: installs translators for Qt, the
 * demo and the catalogues its user interface adds (the FeedbackKit widgets' for the widgets
 * demo), and sets the layout direction (right-to-left for Arabic).
 *
 * Installing a translator sends every widget a LanguageChange event, and each retranslates
 * itself; nothing has to be rebuilt. (A QML engine retranslates on retranslate().)
 */
class LanguageSwitcher : public QObject
{
    Q_OBJECT
    // For the Qt Quick demo's Language menu.
    Q_PROPERTY(QString language READ language WRITE select NOTIFY languageChanged)

public:
    /*! Loads one catalogue for a locale into a translator; false when there is none. */
    using CatalogueLoader = std::function<bool(QTranslator *, const QLocale &)>;

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    /*! The languages offered: "en", "de", "ar". */
    Q_INVOKABLE static QStringList languages();
    /*! The name of \a code in that language (menus show each language in its own words). */
    Q_INVOKABLE static QString nativeName(const QString &code);
    /*! The offered language closest to the system's, or English. */
    static QString systemLanguage();

    QString language() const { return m_language; }
    /*! Switches to \a code; returns false for a language that is not offered. */
    bool setLanguage(const QString &code);
    /*! setLanguage() as a property's setter. */
    void select(const QString &code) { setLanguage(code); }
    /*!
     * Adds the catalogue \a name, loaded by \a loader for every language from now on and
     * at once for the current one. Adding a name again replaces its loader.
     */
    void addCatalogue(const QString &name, CatalogueLoader loader);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();
    bool install(const QString &fileName, const QStringList &folders);
    bool installFrom(const CatalogueLoader &loader, const QLocale &locale);
    void adopt(QTranslator *translator);

    QString m_language;
    QList<QTranslator *> m_translators;
    QMap<QString, CatalogueLoader> m_catalogues;
};

} // namespace FeedbackKitDemo
