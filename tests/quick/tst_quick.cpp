// Runs the Qt Quick Test suites (tst_*.qml in this folder) offscreen, with a real collector on
// loopback: a QML test rates an answer and then reads what the server stored.

#include <FeedbackKit/Collector>

#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
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

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(QStringLiteral("collector"),
                                                  new CollectorProbe(engine));
    }
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(feedbackkit_quick, Setup)

#include "tst_quick.moc"
