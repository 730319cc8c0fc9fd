#include "script.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FeedbackKitDemo {

namespace {

ScriptStep say(const QString &text)
{
    return { ScriptStep::Kind::Say, text };
}

ScriptStep thumbs(bool up)
{
    ScriptStep step { ScriptStep::Kind::Thumbs };
    step.up = up;
    return step;
}

ScriptStep stars(int count)
{
    ScriptStep step { ScriptStep::Kind::Stars };
    step.stars = count;
    return step;
}

std::optional<ScriptStep> stepFromJson(const QJsonObject &object, QString *error)
{
    const QString key = object.size() == 1 ? object.begin().key() : QString();
    const QJsonValue value = object.value(key);
    ScriptStep step;
    if (key == QLatin1String("say") && value.isString())
        return say(value.toString());
    if (key == QLatin1String("thumbs")
        && (value == QLatin1String("up") || value == QLatin1String("down")))
        return thumbs(value == QLatin1String("up"));
    if (key == QLatin1String("stars") && value.isDouble() && value.toInt() >= 1
        && value.toInt() <= 5)
        return stars(value.toInt());
    if (key == QLatin1String("comment") && value.isString())
        return ScriptStep { ScriptStep::Kind::Comment, value.toString() };
    if (key == QLatin1String("edit") && value.isString())
        return ScriptStep { ScriptStep::Kind::Edit, value.toString() };
    if (key == QLatin1String("copy") && value == QJsonValue(true))
        return ScriptStep { ScriptStep::Kind::Copy };
    if (key == QLatin1String("regenerate") && value == QJsonValue(true))
        return ScriptStep { ScriptStep::Kind::Regenerate };
    if (key == QLatin1String("reasons") && value.isArray()) {
        step.kind = ScriptStep::Kind::Reasons;
        for (const QJsonValue &reason : value.toArray())
            step.reasons.append(reason.toString());
        return step;
    }
    *error = QStringLiteral("not a step: %1 (expected one of say, thumbs \"up\"/\"down\", stars "
                            "1-5, reasons [..], comment, copy true, regenerate true, edit)")
                 .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return std::nullopt;
}

} // namespace

Script Script::builtIn()
{
    Script script;
    ScriptStep reasons { ScriptStep::Kind::Reasons };
    reasons.reasons = { QCoreApplication::translate("FeedbackKitDemo::MessageBar", "Too vague",
                                                    "@item:reason for a bad answer") };
    script.steps = {
        say(tr("Hello!", "@info:scripted user")),
        thumbs(true),
        stars(5),
        { ScriptStep::Kind::Copy },
        say(tr("How does feedback work here?", "@info:scripted user")),
        thumbs(true),
        stars(4),
        say(tr("What happens when I go offline?", "@info:scripted user")),
        thumbs(false),
        stars(2),
        reasons,
        { ScriptStep::Kind::Comment,
          tr("Say how long the outbox keeps my ratings.", "@info:scripted user") },
        say(tr("Summarise our chat in one line", "@info:scripted user")),
        { ScriptStep::Kind::Regenerate },
        thumbs(true),
        stars(4),
        { ScriptStep::Kind::Copy },
        { ScriptStep::Kind::Edit,
          tr("We talked about feedback, going offline and this demo.", "@info:scripted user") },
    };
    return script;
}

std::optional<Script> Script::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray steps = document.isArray()
        ? document.array()
        : document.object().value(QStringLiteral("steps")).toArray();
    Script script;
    for (const QJsonValue &entry : steps) {
        const std::optional<ScriptStep> step = stepFromJson(entry.toObject(), error);
        if (!step)
            return std::nullopt;
        script.steps.append(*step);
    }
    if (script.steps.isEmpty() || script.steps.first().kind != ScriptStep::Kind::Say) {
        *error = QStringLiteral("a script starts with a \"say\" step");
        return std::nullopt;
    }
    return script;
}

std::optional<Script> Script::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto script = fromJson(file.readAll(), error);
    if (!script)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return script;
}

int Script::count(ScriptStep::Kind kind) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [kind](const ScriptStep &step) { return step.kind == kind; }));
}

} // namespace FeedbackKitDemo
