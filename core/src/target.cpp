#include "target.h"

#include <QCoreApplication>
#include <QUuid>

namespace FeedbackKit {

QString channelField(Channel channel)
{
    return channel == Channel::Expert ? QStringLiteral("metrics") : QStringLiteral("feedback");
}

namespace {
bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

// What is wrong with \a id, or an empty string when it is an 8-4-4-4-12 lowercase UUID (the
// form HoneyHive's IDs take). The common mistakes get their own explanation.
QString whyNotAnId(QStringView id)
{
    static constexpr qsizetype dashes[] = { 8, 13, 18, 23 };
    if (id.isEmpty())
        return QCoreApplication::translate("FeedbackKit::Target", "the ID is empty");
    if (id.startsWith(u'{') || id.endsWith(u'}'))
        return QCoreApplication::translate("FeedbackKit::Target", "write the UUID without braces");
    if (id.size() != 36)
        return QCoreApplication::translate("FeedbackKit::Target",
                                           "expected 36 characters, a UUID such as "
                                           "123e4567-e89b-42d3-a456-426614174000, not %1")
            .arg(id.size());
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const bool dash = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        if (dash && c != u'-')
            return QCoreApplication::translate("FeedbackKit::Target", "expected '-' at position %1")
                .arg(i + 1);
        if (!dash && c >= u'A' && c <= u'F')
            return QCoreApplication::translate("FeedbackKit::Target",
                                               "IDs are lowercase: '%1' at position %2")
                .arg(c)
                .arg(i + 1);
        if (!dash && !isLowerHex(c))
            return QCoreApplication::translate("FeedbackKit::Target",
                                               "expected a lowercase hex digit at position %1")
                .arg(i + 1);
    }
    return {};
}
} // namespace

bool isValidId(QStringView id, QString *error)
{
    const QString why = whyNotAnId(id);
    if (why.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("FeedbackKit::Target", "\"%1\" is not a valid ID: %2")
                     .arg(id.left(64), why);
    return false;
}

QString generateId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Target Target::session(const QString &sessionId, QString *error)
{
    Target target;
    if (!isValidId(sessionId, error))
        return target;
    target.m_kind = Kind::Session;
    target.m_eventId = sessionId;
    target.m_sessionId = sessionId;
    return target;
}

Target Target::event(const QString &eventId, const QString &sessionId, QString *error)
{
    Target target;
    if (!isValidId(eventId, error))
        return target;
    if (!sessionId.isEmpty() && !isValidId(sessionId, error)) {
        if (error)
            error->prepend(
                QCoreApplication::translate("FeedbackKit::Target", "the event's session: "));
        return target;
    }
    target.m_kind = Kind::Event;
    target.m_eventId = eventId;
    target.m_sessionId = sessionId;
    return target;
}

QString Target::toString() const
{
    switch (m_kind) {
    case Kind::Session:
        return QStringLiteral("session:") + m_eventId;
    case Kind::Event:
        return QStringLiteral("event:") + m_eventId;
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

} // namespace FeedbackKit
