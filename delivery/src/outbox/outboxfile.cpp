#include "outboxfile.h"

#include "outboxstore_p.h"

#include <QDateTime>
#include <QStandardPaths>

namespace FeedbackKit {

class OutboxFilePrivate
{
public:
    QString path;
    OutboxStore store;
};

OutboxFile::OutboxFile(const QString &path)
    : d(std::make_unique<OutboxFilePrivate>())
{
    d->path = path.isEmpty() ? defaultPath() : path;
}

OutboxFile::~OutboxFile() = default;

QString OutboxFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/feedbackkit-outbox.sqlite");
}

QString OutboxFile::path() const
{
    return d->path;
}

bool OutboxFile::open(QString *error)
{
    // The cap only limits growth; inspecting or purging never needs to grow the file much.
    const QString problem = d->store.open(d->path, ClientConfig().maxOutboxBytes);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

QList<OutboxEntry> OutboxFile::entries() const
{
    QList<OutboxEntry> result;
    if (!d->store.isOpen())
        return result;
    const QList<OutboxRecord> records = d->store.loadAll();
    result.reserve(records.size());
    for (const OutboxRecord &record : records) {
        OutboxEntry entry;
        entry.eventId = record.key.eventId;
        entry.sessionId = record.target.sessionId();
        entry.kind = itemKindName(record.key.kind);
        entry.version = record.version;
        entry.status = record.status;
        entry.answer = record.answer;
        entry.payload = record.payload;
        entry.updated = QDateTime::fromMSecsSinceEpoch(record.updatedMs, Qt::UTC);
        result.append(entry);
    }
    return result;
}

OutboxFile::Counts OutboxFile::counts() const
{
    return d->store.isOpen() ? d->store.counts() : Counts {};
}

int OutboxFile::retryQuarantined(QString *error)
{
    return d->store.retryQuarantined(error);
}

int OutboxFile::purge(bool includePending, QString *error)
{
    return d->store.purge(includePending, error);
}

} // namespace FeedbackKit
