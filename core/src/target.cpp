#include "target.h"

#include <QUuid>

namespace FeedbackKit {

QString channelField(Channel channel)
{
    return channel == Channel::Expert ? QStringLiteral("metrics") : QStringLiteral("feedback");
}

bool isValidId(QStringView id, QString *error)
{
    // 8-4-4-4-12 lowercase hex digits, the form HoneyHive's IDs take.
    static constexpr qsizetype dashes[] = {8, 13, 18, 23};
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("\"%1\" is not a valid ID: %2").arg(id.left(64), why);
        return false;
    };
    if (id.size() != 36)
        return fail(QStringLiteral("expected a lowercase UUID such as 123e4567-e89b-42d3-a456-426614174000"));
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const bool dash = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return fail(dash ? QStringLiteral("expected '-' at position %1").arg(i + 1)
                             : QStringLiteral("expected a lowercase hex digit at position %1").arg(i + 1));
    }
    return true;
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
    if (!isValidId(eventId, error) || (!sessionId.isEmpty() && !isValidId(sessionId, error)))
        return target;
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
