#include "traceheaders.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace FeedbackKit {

namespace {
const QByteArray baggageName = QByteArrayLiteral("baggage");
const QByteArray traceparentName = QByteArrayLiteral("traceparent");

QByteArray headerValue(const QList<TraceHeaders::Header> &headers, const QByteArray &name)
{
    // Repeated headers are one list, joined with commas (RFC 9110, 5.3).
    QByteArray joined;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            joined += (joined.isEmpty() ? QByteArray() : QByteArrayLiteral(",")) + value;
    }
    return joined;
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// W3C Baggage: list-members "key=value;property...", values percent-encoded.
bool parseBaggage(const QByteArray &text, QHash<QByteArray, QString> *members, QString *error)
{
    if (text.size() > TraceHeaders::maxBaggageBytes)
        return setError(error,
                        QCoreApplication::translate("FeedbackKit::TraceHeaders",
                                                    "the baggage header is larger than %1 bytes")
                            .arg(TraceHeaders::maxBaggageBytes));
    for (const QByteArray &member : text.split(',')) {
        const QByteArray pair = member.split(';').constFirst().trimmed();
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            return setError(error,
                            QCoreApplication::translate("FeedbackKit::TraceHeaders",
                                                        "malformed baggage member: %1")
                                .arg(QString::fromLatin1(pair.left(64))));
        const QByteArray key = pair.left(equals).trimmed();
        members->insert(key, QUrl::fromPercentEncoding(pair.mid(equals + 1).trimmed()));
    }
    return true;
}

bool isWellFormedTraceparent(const QByteArray &value)
{
    static const QRegularExpression form(
        QStringLiteral("^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$"));
    return form.match(QString::fromLatin1(value.trimmed())).hasMatch();
}

QByteArray hexOfRandom(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    do {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                              bytes / int(sizeof(quint32)));
    } while (raw.count('\0') == bytes); // all zeros is invalid
    return raw.toHex();
}

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}
} // namespace

Session TraceHeaders::sessionFrom(const QList<Header> &headers, QString *error)
{
    const QByteArray traceparent = headerValue(headers, traceparentName);
    if (!traceparent.isEmpty() && !isWellFormedTraceparent(traceparent)) {
        setError(error,
                 QCoreApplication::translate("FeedbackKit::TraceHeaders",
                                             "malformed traceparent header"));
        return {};
    }
    const QByteArray baggage = headerValue(headers, baggageName);
    if (baggage.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("FeedbackKit::TraceHeaders", "no baggage header"));
        return {};
    }
    QHash<QByteArray, QString> members;
    if (!parseBaggage(baggage, &members, error))
        return {};
    const QString sessionId = members.value(QByteArrayLiteral("session_id"));
    if (sessionId.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("FeedbackKit::TraceHeaders",
                                             "the baggage carries no session_id"));
        return {};
    }
    return Session::adopt(sessionId, members.value(QByteArrayLiteral("project")),
                          members.value(QByteArrayLiteral("source")), error);
}

QList<TraceHeaders::Header> TraceHeaders::headersFor(const Session &session)
{
    if (!session.isValid())
        return {};
    QByteArray baggage = "session_id=" + encoded(session.id());
    if (!session.project().isEmpty())
        baggage += ",project=" + encoded(session.project());
    if (!session.source().isEmpty())
        baggage += ",source=" + encoded(session.source());
    const QByteArray traceId = session.id().toLatin1().replace('-', QByteArray()).toLower();
    return { { baggageName, baggage },
             { traceparentName, "00-" + traceId + '-' + hexOfRandom(8) + "-01" } };
}

} // namespace FeedbackKit
