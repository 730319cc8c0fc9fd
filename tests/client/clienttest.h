#pragma once

// Shared by the client's tests: a configuration that points at a local collector and retries
// fast, and deterministic IDs.

#include <FeedbackKit/Client>
#include <FeedbackKit/OutboxFile>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <chrono>

namespace ClientTest {

using namespace std::chrono_literals;

inline const QString apiKey = QStringLiteral("test-key-0123456789");

/*! Retries in milliseconds, not minutes, so that failure scenarios finish quickly. */
inline FeedbackKit::ClientConfig config(const QUrl &url, const QString &outboxPath)
{
    FeedbackKit::ClientConfig config;
    config.apiUrl = url;
    config.apiKey = apiKey;
    config.project = QStringLiteral("tests");
    config.outboxPath = outboxPath;
    config.retrySeed = 42;
    config.initialBackoff = 10ms;
    config.maxBackoff = 200ms;
    config.minRetryDelay = 1ms;
    config.maxRetryAfter = 300ms;
    config.quitFlushTimeout = 500ms;
    return config;
}

/*! The \a n-th deterministic ID: 00000000-0000-4000-8000-<n as 12 digits>. */
inline QString id(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline FeedbackKit::Target session(int n)
{
    return FeedbackKit::Target::session(id(n));
}

inline FeedbackKit::Feedback feedback(const QJsonObject &object)
{
    return FeedbackKit::Feedback(object);
}

/*!
 * \a value with every null removed, at any depth: what a server stores after a clear, read as
 * the user's state (a server that replaces the object whole keeps the nulls it was sent).
 */
inline QJsonValue withoutNulls(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (!it.value().isNull())
            object.insert(it.key(), withoutNulls(it.value()));
    }
    return object;
}

/*! Compact JSON of \a object: keys sorted, so two equal objects compare equal as text. */
inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ClientTest
