#include "languageswitcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace FeedbackKitDemo {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar") };
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString LanguageSwitcher::systemLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages().contains(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!languages().contains(code))
        return false;
    removeTranslators();
    m_language = code;
    QLocale::setDefault(QLocale(code));
    if (code != QLatin1String("en")) {
        // The demo's catalogue is compiled into its resources, the added ones (the widgets')
        // into their libraries; Qt's own (standard buttons) comes from the system when it has it.
        install(QStringLiteral("feedbackkit_demo_%1").arg(code), { QStringLiteral(":/i18n") });
        for (const CatalogueLoader &loader : std::as_const(m_catalogues))
            installFrom(loader, QLocale(code));
        install(QStringLiteral("qtbase_%1").arg(code),
                { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
    }
    QGuiApplication::setLayoutDirection(code == QLatin1String("ar") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageSwitcher::addCatalogue(const QString &name, CatalogueLoader loader)
{
    const bool isNew = !m_catalogues.contains(name);
    m_catalogues.insert(name, std::move(loader));
    // English is the source language: nothing to load for it.
    if (isNew && m_language != QLatin1String("en"))
        installFrom(m_catalogues.value(name), QLocale(m_language));
}

bool LanguageSwitcher::installFrom(const CatalogueLoader &loader, const QLocale &locale)
{
    auto *translator = new QTranslator(this);
    if (!loader(translator, locale)) {
        delete translator;
        return false;
    }
    adopt(translator);
    return true;
}

bool LanguageSwitcher::install(const QString &fileName, const QStringList &folders)
{
    auto *translator = new QTranslator(this);
    for (const QString &folder : folders) {
        if (translator->load(fileName, folder)) {
            adopt(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

void LanguageSwitcher::adopt(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    m_translators.append(translator);
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

} // namespace FeedbackKitDemo
