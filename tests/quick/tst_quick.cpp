// Runs the Qt Quick Test suites (tst_*.qml in this folder) offscreen, with a real collector on
// loopback: a QML test rates an answer and then reads what the server stored.

#include <FeedbackKit/Collector>
#include <FeedbackKit/Translation>

#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQuickTest>

namespace {

// What a QML test sees of the collector: where it listens and what it stored.
class CollectorProbe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl url READ url CONSTANT)
    Q_PROPERTY(QString scratchDir READ scratchDir CONSTANT)

public:
    explicit CollectorProbe(QObject *parent = nullptr)
        : QObject(parent)
        , m_collector(FeedbackKit::CollectorOptions {})
    {
        QString error;
        if (!m_collector.start(&error))
            qFatal("cannot start the collector: %s", qPrintable(error));
    }
    QUrl url() const { return m_collector.baseUrl(); }
    QString scratchDir() const { return m_scratch.path(); }
    Q_INVOKABLE QVariantMap storedEvent(const QString &eventId) const
    {
        return m_collector.event(eventId).toVariantMap();
    }

private:
    QTemporaryDir m_scratch;
    FeedbackKit::Collector m_collector;
};

// FeedbackKit's catalog as a QML application uses it: loadTranslation() (the .qm files are in
// Core), the translator installed, then the engine's retranslate(). A QML test switches with
// use(); FEEDBACKKIT_TEST_LANGUAGE picks the language a run starts in (tst_quick_de).
class TranslationProbe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    explicit TranslationProbe(QQmlEngine *engine)
        : QObject(engine)
        , m_engine(engine)
    { }
    QString language() const { return m_language; }
    /*! Shows \a language ("de", "ar"), or the source strings for an empty one. */
    Q_INVOKABLE bool use(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_translator);
        if (!language.isEmpty()) {
            if (!FeedbackKit::loadTranslation(&m_translator, QLocale(language)))
                return false;
            QCoreApplication::installTranslator(&m_translator);
        }
        m_language = language;
        m_engine->retranslate();
        Q_EMIT languageChanged();
        return true;
    }

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    QTranslator m_translator;
    QString m_language;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(QStringLiteral("collector"),
                                                  new CollectorProbe(engine));
        auto *translations = new TranslationProbe(engine);
        const QString language = qEnvironmentVariable("FEEDBACKKIT_TEST_LANGUAGE");
        if (!language.isEmpty() && !translations->use(language))
            qFatal("no FeedbackKit translation for %s", qPrintable(language));
        engine->rootContext()->setContextProperty(QStringLiteral("translations"), translations);
    }
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(feedbackkit_quick, Setup)

#include "tst_quick.moc"
