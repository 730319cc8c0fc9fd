// Fuzzes what happens when the client meets an outbox it did not write itself: a file from an
// older version, edited by hand, or damaged on disk. The first byte picks the mode:
//  - even: the input is split on 0x1F into the columns of one row (event_id, kind, target_kind,
//    session_id, payload, version, status, answer), inserted with whatever types the bytes
//    suggest, next to a row the client wrote itself;
//  - odd: a valid outbox file is written, then the input overwrites bytes of it in place.
// Then the outbox is read as the client reads it at start-up, and a Client is started on it.
// Invariants: no crash, no hang, and a well-formed row the client wrote itself is still there
// whenever the file could be opened at all and was not damaged.

#include <FeedbackKit/Client>
#include "outboxstore_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace FeedbackKit;

namespace {
const QString goodSession = QStringLiteral("123e4567-e89b-42d3-a456-426614174000");

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// Writes one state through the client's own path, so the file has a known-good row.
void writeGoodRow(const QString &path)
{
    ClientConfig config;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.outboxPath = path;
    Client client(config);
    Feedback patch;
    patch.setRating(true);
    check(client.enrich(Target::session(goodSession), patch), "the good row is accepted");
    // Durability comes from the writer thread; wait for it without touching the network.
    for (int i = 0;
         i < 200 && client.durableVersion(Target::session(goodSession), Channel::EndUser) == 0; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

QVariant columnValue(const QByteArray &bytes)
{
    bool isNumber = false;
    const qlonglong number = bytes.toLongLong(&isNumber);
    if (isNumber)
        return number;
    if (bytes == "NULL")
        return QVariant();
    return bytes.startsWith('b') ? QVariant(bytes.mid(1)) : QVariant(QString::fromUtf8(bytes));
}

void insertOddRow(const QString &path, const QByteArray &input)
{
    const QList<QByteArray> fields = input.split('\x1f');
    const QString connection = QStringLiteral("fuzz-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO items (event_id, kind, target_kind, session_id,"
                " payload, version, status, answer, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
            for (int i = 0; i < 8; ++i)
                query.bindValue(i, columnValue(fields.value(i)));
            query.exec();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

void damage(const QString &path, const QByteArray &input)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0 || input.size() < 2)
        return;
    const qint64 offset = (quint8(input[0]) * 256 + quint8(input[1])) % file.size();
    file.seek(offset);
    file.write(input.mid(2));
}

void readBack(const QString &path)
{
    {
        OutboxStore store;
        if (store.open(path, 64 * 1024 * 1024).isEmpty()) {
            for (const OutboxRecord &record : store.loadAll())
                (void)record.payload.size();
            (void)store.counts();
        }
    }
    ClientConfig config;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.outboxPath = path;
    Client client(config);
    (void)client.pendingCount();
    (void)client.state(Target::session(goodSession));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    writeGoodRow(path);
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        insertOddRow(path, rest);
    else
        damage(path, rest);
    readBack(path);
    return 0;
}
