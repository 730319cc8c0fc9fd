// End-to-end delivery benchmark: capture N items over T targets as fast as the API allows,
// drain the outbox to a server, and print one JSON line of figures.
//
//   feedbackkit-bench-delivery --url URL --items N --targets T [--comment-bytes B] [--api-key K]
//                              [--in-flight N]
//
// "lost" counts targets whose last accepted version the server did not confirm.

#include <FeedbackKit/Client>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace FeedbackKit;

namespace {

struct Options
{
    QUrl url;
    QString apiKey;
    int items = 0;
    int targets = 0;
    int commentBytes = 48;
    int inFlight = 0; ///< 0: the client's default
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { "url", "Server base URL.", "url" },
                        { "items", "Items to capture.", "n" },
                        { "targets", "Targets to spread them over.", "n" },
                        { "comment-bytes", "Length of the comment patches (default 48).", "bytes" },
                        { "api-key", "API key (default: HH_API_KEY, else \"bench\").", "key" },
                        { "in-flight", "Requests in flight (default: the client's).", "n" } });
    parser.process(app);
    Options options;
    options.url = QUrl(parser.value("url"));
    options.items = parser.value("items").toInt();
    options.targets = parser.value("targets").toInt();
    options.inFlight = parser.value("in-flight").toInt();
    if (parser.isSet("comment-bytes"))
        options.commentBytes = parser.value("comment-bytes").toInt();
    options.apiKey
        = parser.isSet("api-key") ? parser.value("api-key") : qEnvironmentVariable("HH_API_KEY");
    if (options.apiKey.isEmpty())
        options.apiKey = QStringLiteral("bench");
    if (!options.url.isValid() || options.items <= 0 || options.targets <= 0
        || options.targets > options.items || options.commentBytes < 0
        || options.commentBytes > 60000) {
        std::fputs("usage: feedbackkit-bench-delivery --url URL --items N --targets T (T <= N) "
                   "[--comment-bytes B] [--api-key K]\n",
                   stderr);
        return std::nullopt;
    }
    return options;
}

// Rating, score, comment and a copied action in rotation.
std::vector<Feedback> makePatches(int commentBytes)
{
    Feedback rating, score, comment, copied;
    rating.setRating(true);
    score.setScore(4);
    comment.setComment(QString(commentBytes, u'c'));
    copied.setAction(QStringLiteral("copied"), true);
    return { rating, score, comment, copied };
}

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto ms
        = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// The outbox writer thread's CPU time (Linux: the thread is named "fk-outbox"); -1 elsewhere.
double writerCpuMs()
{
    QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "fk-outbox")
            continue;
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // Fields after the parenthesised name: utime and stime are the 12th and 13th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const double ticks = fields[11].toDouble() + fields[12].toDouble();
        return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double percentile(std::vector<double> &values, double p)
{
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const size_t low = size_t(rank);
    const size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    QTemporaryDir dir;
    ClientConfig config;
    config.apiUrl = options->url;
    config.apiKey = options->apiKey;
    config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
    if (options->inFlight > 0)
        config.maxInFlight = options->inFlight;
    config.maxPendingTargets = std::max(config.maxPendingTargets, options->targets);
    config.keepDeliveredTargets = std::max(config.keepDeliveredTargets, options->targets);

    std::vector<Target> targets;
    targets.reserve(size_t(options->targets));
    for (int i = 0; i < options->targets; ++i)
        targets.push_back(Target::event(generateId()));
    const std::vector<Feedback> patches = makePatches(options->commentBytes);
    std::vector<double> captureUs;
    captureUs.reserve(size_t(options->items));

    const double cpuStart = cpuMs();
    QElapsedTimer wall;
    wall.start();
    Client client(config);
    // Each accepted capture bumps its target's version by one, so the last version of each
    // target is its number of accepted captures.
    std::vector<quint64> lastAccepted(targets.size(), 0);
    QHash<QString, quint64> lastDelivered;
    lastDelivered.reserve(options->targets); // the bench's own bookkeeping stays out of the way
    QObject::connect(&client, &Client::delivered, &client,
                     [&](const Target &target, quint64 version) {
                         quint64 &delivered = lastDelivered[target.eventId()];
                         delivered = std::max(delivered, version);
                     });
    int refused = 0;
    for (int i = 0; i < options->items; ++i) {
        const size_t t = size_t(i % options->targets);
        const Feedback &patch = patches[size_t(i / options->targets + i) % patches.size()];
        const auto start = std::chrono::steady_clock::now();
        const bool ok = client.enrich(targets[t], patch);
        const auto end = std::chrono::steady_clock::now();
        captureUs.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        refused += !ok;
        lastAccepted[t] += ok;
        // Like an application, the event loop runs between captures: delivery overlaps capture.
        if (i % 1024 == 1023)
            QCoreApplication::processEvents();
    }
    client.flush(std::chrono::minutes(5));
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpuStart;
    const double writerCpu = writerCpuMs();

    int deliveredTargets = 0;
    for (size_t t = 0; t < targets.size(); ++t)
        deliveredTargets += lastDelivered.value(targets[t].eventId()) == lastAccepted[t];
    const ClientStatistics stats = client.statistics();
    const QJsonObject result {
        { "items", options->items },
        { "targets", options->targets },
        { "requests", qint64(stats.requests) },
        { "delivered_targets", deliveredTargets },
        { "lost", options->targets - deliveredTargets },
        { "refused", refused },
        { "wall_ms", qRound(wallMs) },
        { "cpu_ms", qRound(cpu) },
        { "writer_cpu_ms", qRound(writerCpu) },
        { "peak_rss_mb", qRound(peakRssMb() * 10) / 10.0 },
        { "capture_median_us", qRound(percentile(captureUs, 0.5) * 100) / 100.0 },
        { "capture_p99_us", qRound(percentile(captureUs, 0.99) * 100) / 100.0 }
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return deliveredTargets == options->targets ? 0 : 1;
}
