#pragma once

// Small helpers shared by the core suites: documents written as JSON text in the tests, so a
// row reads like the document it stands for.

#include <FeedbackKit/Feedback>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace FeedbackKitTest {

/*! The JSON object written in \a text; the test fails loudly if the text itself is wrong. */
inline QJsonObject object(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("test data is not a JSON object (%s): %s", qPrintable(error.errorString()), text);
    return document.object();
}

/*! A Feedback holding the object written in \a text. */
inline FeedbackKit::Feedback feedback(const char *text)
{
    return FeedbackKit::Feedback(object(text));
}

/*! The rules in \a errors, for comparing with an expected list. */
inline QList<FeedbackKit::ValidationError::Rule> rules(const FeedbackKit::ValidationErrors &errors)
{
    QList<FeedbackKit::ValidationError::Rule> result;
    for (const auto &error : errors)
        result.append(error.rule);
    return result;
}

/*! "path [rule]: message" lines, so a failing comparison shows what was reported. */
inline QString describe(const FeedbackKit::ValidationErrors &errors)
{
    QStringList lines;
    for (const auto &error : errors)
        lines.append(QStringLiteral("%1 [%2]").arg(error.toString()).arg(int(error.rule)));
    return lines.join(u'\n');
}

} // namespace FeedbackKitTest
