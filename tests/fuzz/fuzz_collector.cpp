// Fuzzes what the collector does with a request. The first byte picks the layer:
//  - 0x00-0xEF: one endpoint, called directly with the rest as its body (or id, or query).
//    Invariant: a refused request (4xx) changes nothing, and every answer is a JSON object.
//  - 0xF0-0xFF: the rest goes as raw bytes over TCP to a collector running in this process,
//    so QHttpServer's parsing, the connection guard and the router see exactly what was sent.
//    Every 64 such inputs, an honest request must still be answered.

#include "collector.h"
#include "eventsapi_p.h"
#include "eventstore_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <cstdio>
#include <cstdlib>

using namespace FeedbackKit;

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

EventStore &store()
{
    static EventStore *instance = [] {
        auto *opened = new EventStore;
        QString error;
        check(opened->open(QStringLiteral(":memory:"), Durability::ProcessCrash, &error),
              "store opens");
        return opened;
    }();
    return *instance;
}

HttpReply callEndpoint(unsigned selector, const QByteArray &input, int *writes)
{
    static EventsApi api(store(), CollectorOptions());
    const QString text = QString::fromUtf8(input);
    WriteResult result;
    switch (selector % 7) {
    case 0:
        result = api.startSession(input);
        break;
    case 1:
        result = api.createEvent(input);
        break;
    case 2:
        result = api.createBatch(input);
        break;
    case 3:
        result = api.updateEvent(input);
        break;
    case 4:
        return getEvent(store(), text);
    case 5:
        return getSession(store(), text);
    default:
        return getChart(store(), QUrlQuery(text));
    }
    *writes = result.writes;
    return result.reply;
}

void fuzzEndpoint(unsigned selector, const QByteArray &input)
{
    const int before = store().count();
    int writes = 0;
    const HttpReply reply = callEndpoint(selector, input, &writes);
    check(reply.status >= 200 && reply.status < 600, "a real HTTP status");
    check(QJsonDocument::fromJson(reply.body).isObject(), "every answer is a JSON object");
    if (reply.status >= 400) {
        check(writes == 0 && store().count() == before, "a refused request changes nothing");
        check(QJsonDocument::fromJson(reply.body).object().contains(QStringLiteral("error")),
              "a refusal says why");
    }
    QString error;
    check(store().commit(&error), "the store commits");
}

Collector &server()
{
    static Collector *instance = [] {
        CollectorOptions options;
        options.requestTimeout = std::chrono::milliseconds(200);
        auto *started = new Collector(options);
        QString error;
        check(started->start(&error), "collector starts");
        return started;
    }();
    return *instance;
}

QByteArray exchange(const QByteArray &bytes, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(server().baseUrl().port()));
    if (!socket.waitForConnected(2000))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(200);
    QByteArray answer;
    while (socket.waitForReadyRead(waitMs))
        answer += socket.readAll();
    socket.abort();
    return answer;
}

void fuzzWire(const QByteArray &bytes)
{
    static int sent = 0;
    exchange(bytes, 20);
    if (++sent % 64 != 0)
        return;
    const QByteArray answer = exchange(
        "GET /v1/events/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: x\r\n\r\n", 2000);
    if (!answer.startsWith("HTTP/1.1 404"))
        std::fprintf(stderr, "honest request answered: [%s]\n", answer.left(200).constData());
    check(answer.startsWith("HTTP/1.1 404"), "the collector still answers honest requests");
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
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] >= 0xF0)
        fuzzWire(rest);
    else
        fuzzEndpoint(data[0], rest);
    return 0;
}
