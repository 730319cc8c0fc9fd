#pragma once

// Private: the outbox's write statements, prepared once per open database. Preparing them for
// every group commit cost more than running them (13% of the client's instructions in
// bench-delivery under callgrind).

#include <QSqlDatabase>
#include <QSqlQuery>

namespace FeedbackKit {

struct OutboxStatements
{
    explicit OutboxStatements(const QSqlDatabase &db);
    QSqlQuery upsert, delivered, quarantine, retry;
};

} // namespace FeedbackKit
