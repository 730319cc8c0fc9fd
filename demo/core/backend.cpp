#include "backend.h"

#include <FeedbackKit/Collector>
#include <FeedbackKit/Target>

#include <QDir>
#include <QStandardPaths>

namespace FeedbackKitDemo {

namespace {
// Port 9 (discard) on loopback: nothing listens there, so connections are refused at once.
const QUrl kUnreachableUrl(QStringLiteral("http://127.0.0.1:9"));
// A --collector without HH_API_KEY still sends a bearer token; a collector started without
// --api-key accepts any.
const QString kLocalKeyPrefix = QStringLiteral("feedbackkit-demo-");

// A URL or a path runs left to right whatever the sentence around it: isolated (LRI … PDI),
// an Arabic status line keeps the slash of "/tmp/…" in front instead of moving it to the end.
QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}
} // namespace

Backend::Backend(const QUrl &collectorUrl, QObject *parent)
    : QObject(parent)
    , m_config(FeedbackKit::ClientConfig::fromEnvironment())
{
    if (!collectorUrl.isEmpty()) {
        m_kind = Kind::ExternalCollector;
        m_config.apiUrl = collectorUrl;
        if (m_config.apiKey.isEmpty())
            m_config.apiKey = kLocalKeyPrefix + FeedbackKit::generateId();
    } else if (!m_config.apiKey.isEmpty()) {
        m_kind = Kind::HoneyHive;
    }
    if (m_config.project.isEmpty())
        m_config.project = QStringLiteral("feedbackkit-demo");
}

Backend::~Backend()
{
    // The client's quit flush needs the embedded collector: the client goes first.
    m_client.reset();
    m_collector.reset();
}

bool Backend::start(QString *error)
{
    if (m_kind == Kind::Embedded && !startEmbedded(error))
        return false;
    m_client = std::make_unique<FeedbackKit::Client>(m_config);
    return true;
}

bool Backend::startEmbedded(QString *error)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        *error = tr("Cannot create the data folder %1", "@info").arg(dataDir);
        return false;
    }
    m_databasePath = QDir(dataDir).filePath(QStringLiteral("collector.sqlite"));
    FeedbackKit::CollectorOptions options;
    options.databasePath = m_databasePath;
    // A fresh key per run: the embedded collector accepts only this process's client.
    options.apiKey = kLocalKeyPrefix + FeedbackKit::generateId();
    m_collector = std::make_unique<FeedbackKit::Collector>(options);
    if (!m_collector->start(error))
        return false;
    m_config.apiUrl = m_collector->baseUrl();
    m_config.apiKey = options.apiKey;
    return true;
}

QString Backend::description() const
{
    switch (m_kind) {
    case Kind::Embedded:
        return tr("Embedded collector on %1 — database %2", "@info:status")
            .arg(leftToRight(m_config.apiUrl.toString()),
                 leftToRight(QDir::toNativeSeparators(m_databasePath)));
    case Kind::ExternalCollector:
        return tr("Collector at %1", "@info:status").arg(leftToRight(m_config.apiUrl.toString()));
    case Kind::HoneyHive:
        return tr("HoneyHive at %1, project %2", "@info:status")
            .arg(leftToRight(m_config.apiUrl.toString()), m_config.project);
    }
    return {};
}

void Backend::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    pushConfig();
    Q_EMIT offlineChanged(offline);
}

void Backend::applySettings(const QString &apiKey, const QString &project, const QUrl &serverUrl)
{
    if (!apiKey.isEmpty())
        m_config.apiKey = apiKey;
    if (!project.isEmpty())
        m_config.project = project;
    if (serverUrl.isValid() && !serverUrl.isEmpty() && serverUrl != m_config.apiUrl) {
        m_config.apiUrl = serverUrl;
        m_kind
            = m_collector && serverUrl == m_collector->baseUrl() ? Kind::Embedded : Kind::HoneyHive;
    }
    pushConfig();
    Q_EMIT configurationChanged();
}

void Backend::pushConfig()
{
    FeedbackKit::ClientConfig config = m_config;
    if (m_offline)
        config.apiUrl = kUnreachableUrl;
    m_client->setConfig(config);
}

} // namespace FeedbackKitDemo
