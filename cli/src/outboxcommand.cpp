#include "outboxcommand.h"
#include "input.h"

#include <FeedbackKit/Client>
#include <FeedbackKit/OutboxFile>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace FeedbackKit;

namespace {

int usage(const QString &problem)
{
    Cli::printLine(
        stderr,
        QStringLiteral("feedbackkit outbox: %1\nusage: feedbackkit outbox [--outbox PATH] "
                       "list [--json] | stats | retry | purge --yes [--all]")
            .arg(problem));
    return 2;
}

QString statusName(OutboxEntry::Status status)
{
    switch (status) {
    case OutboxEntry::Status::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::Status::Delivered:
        return QStringLiteral("delivered");
    case OutboxEntry::Status::Quarantined:
        return QStringLiteral("quarantined");
    }
    return {};
}

int list(const OutboxFile &outbox, bool json)
{
    for (const OutboxEntry &entry : outbox.entries()) {
        if (json) {
            const QJsonObject object { { "status", statusName(entry.status) },
                                       { "kind", entry.kind },
                                       { "event_id", entry.eventId },
                                       { "session_id", entry.sessionId },
                                       { "version", qint64(entry.version) },
                                       { "updated", entry.updated.toString(Qt::ISODateWithMs) },
                                       { "answer", entry.answer },
                                       { "payload",
                                         QJsonDocument::fromJson(entry.payload).object() } };
            Cli::printLine(stdout,
                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            continue;
        }
        QString line = QStringLiteral("%1 %2 %3 v%4 %5")
                           .arg(statusName(entry.status), -11)
                           .arg(entry.kind, -13)
                           .arg(entry.eventId)
                           .arg(entry.version)
                           .arg(entry.updated.toString(Qt::ISODate));
        if (!entry.answer.isEmpty())
            line += QStringLiteral("  ") + entry.answer.simplified();
        Cli::printLine(stdout, line);
    }
    return 0;
}

int stats(const OutboxFile &outbox)
{
    const OutboxFile::Counts counts = outbox.counts();
    Cli::printLine(stdout,
                   QStringLiteral("pending %1\ndelivered %2\nquarantined %3\nbytes %4")
                       .arg(counts.pending)
                       .arg(counts.delivered)
                       .arg(counts.quarantined)
                       .arg(counts.bytes));
    return 0;
}

int changed(int rows, const QString &error, const QString &what)
{
    if (rows < 0) {
        Cli::printLine(stderr, QStringLiteral("feedbackkit outbox: %1").arg(error));
        return 1;
    }
    Cli::printLine(stdout, what.arg(rows));
    return 0;
}

} // namespace

int runOutbox(const QStringList &args)
{
    QString path;
    QString verb;
    QStringList flags;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--outbox") && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--")))
            flags.append(args.at(i));
        else if (verb.isEmpty())
            verb = args.at(i);
        else
            return usage(QStringLiteral("unexpected argument %1").arg(args.at(i)));
    }
    static const QHash<QString, QStringList> allowed { { "list", { "--json" } },
                                                       { "stats", {} },
                                                       { "retry", {} },
                                                       { "purge", { "--yes", "--all" } } };
    if (!allowed.contains(verb))
        return usage(verb.isEmpty() ? QStringLiteral("missing command")
                                    : QStringLiteral("unknown command %1").arg(verb));
    for (const QString &flag : std::as_const(flags)) {
        if (!allowed.value(verb).contains(flag))
            return usage(QStringLiteral("%1 does not take %2").arg(verb, flag));
    }
    if (verb == QLatin1String("purge") && !flags.contains(QLatin1String("--yes")))
        return usage(QStringLiteral("purge deletes data: confirm with --yes"));

    // Opening the SQLite driver needs an application object; the CLI's main() normally has one.
    static int argc = 1;
    static char name[] = "feedbackkit";
    static char *argv[] = { name, nullptr };
    std::optional<QCoreApplication> ownApp;
    if (!QCoreApplication::instance())
        ownApp.emplace(argc, argv);

    OutboxFile outbox(path);
    QString error;
    if (!QFileInfo::exists(outbox.path())) {
        Cli::printLine(stderr,
                       QStringLiteral("feedbackkit outbox: no outbox at %1").arg(outbox.path()));
        return 1;
    }
    if (!outbox.open(&error)) {
        Cli::printLine(stderr, QStringLiteral("feedbackkit outbox: %1").arg(error));
        return 1;
    }
    if (verb == QLatin1String("list"))
        return list(outbox, flags.contains(QLatin1String("--json")));
    if (verb == QLatin1String("stats"))
        return stats(outbox);
    if (verb == QLatin1String("retry"))
        return changed(outbox.retryQuarantined(&error), error,
                       QStringLiteral("%1 quarantined items are pending again"));
    return changed(outbox.purge(flags.contains(QLatin1String("--all")), &error), error,
                   QStringLiteral("%1 items removed"));
}
