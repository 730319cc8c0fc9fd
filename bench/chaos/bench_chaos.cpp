// The tail of delivery under a hostile server, with the client's default backoff: how long
// until the last of 2,000 targets is delivered, under 30 % 503 (Retry-After: 1), 5 % 429,
// 5 % 500, 10 % connections dropped before and 5 % after applying, and two restarts.
// Prints the targets still pending every 10 s and the time of the last delivery.
//
//   feedbackkit-bench-chaos [--healthy-backoff MS] [--limit S]
//
// --healthy-backoff sets ClientConfig::healthyServerMaxBackoff (default: the client's, 30 s);
// set it to 300000 (the default maxBackoff) for the client as it was before backoff followed
// the server's health.

#include <FeedbackKit/Client>
#include <FeedbackKit/Collector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace FeedbackKit;
using namespace std::chrono_literals;

namespace {
constexpr int items = 10000;
constexpr int targets = 2000;

FaultProfile hostile()
{
    FaultProfile faults;
    faults.seed = 11;
    faults.status503Rate = 0.30;
    faults.retryAfterSeconds = 1;
    faults.status429Rate = 0.05;
    faults.status500Rate = 0.05;
    faults.dropBeforeApplyRate = 0.10;
    faults.dropAfterApplyRate = 0.05;
    return faults;
}

QString idOf(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { "healthy-backoff", "ClientConfig::healthyServerMaxBackoff.", "ms" },
                        { "limit", "Give up after this many seconds (default 600).", "s" } });
    parser.addHelpOption();
    parser.process(app);
    const int limitSeconds = parser.isSet("limit") ? parser.value("limit").toInt() : 600;

    QTemporaryDir dir;
    Collector collector;
    if (!collector.start())
        return 2;
    collector.setFaults(hostile());
    ClientConfig config;
    config.apiUrl = collector.baseUrl();
    config.apiKey = QStringLiteral("bench");
    config.project = QStringLiteral("bench");
    config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
    config.retrySeed = 42;
    if (parser.isSet("healthy-backoff"))
        config.healthyServerMaxBackoff
            = std::chrono::milliseconds(parser.value("healthy-backoff").toInt());
    Client client(config);

    std::mt19937 random(2024);
    for (int i = 0; i < items; ++i) {
        Feedback patch;
        patch.setValue(u"n", i);
        client.enrich(Target::session(idOf(10000 + int(random() % targets))), patch);
    }
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(20s, [&] { collector.restart(200ms); });
    QTimer::singleShot(40s, [&] { collector.restart(200ms); });
    qint64 lastDelivery = 0;
    QObject::connect(&client, &Client::delivered, [&] { lastDelivery = clock.elapsed(); });
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] {
        std::printf("%4lld s: %d targets pending\n", clock.elapsed() / 1000, client.pendingCount());
        std::fflush(stdout);
        if (client.pendingCount() == 0 || clock.elapsed() > limitSeconds * 1000LL)
            app.quit();
    });
    report.start(10s);
    app.exec();
    std::printf("healthyServerMaxBackoff %lld ms: last delivery at %.1f s, %d pending at the end\n",
                qint64(config.healthyServerMaxBackoff.count()), double(lastDelivery) / 1000.0,
                client.pendingCount());
    return client.pendingCount() == 0 ? 0 : 1;
}
