#include "enrichcommand.h"
#include "input.h"

#include <FeedbackKit/Client>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <functional>
#include <optional>

using namespace FeedbackKit;

namespace {

// Durability takes milliseconds; this only bounds a broken disk.
constexpr int durableTimeoutMs = 30000;
// A line longer than this cannot hold a valid item (documents are capped at 1 MiB).
constexpr qsizetype maxLineBytes = 2 * 1024 * 1024;

struct Options
{
    QString session, event, feedback, metrics, batch, outbox;
    std::optional<int> waitSeconds;
};

std::optional<Options> parseOptions(const QStringList &args, QString *error)
{
    Options options;
    const QHash<QString, QString *> valued {
        { "--session", &options.session },   { "--event", &options.event },
        { "--feedback", &options.feedback }, { "--metrics", &options.metrics },
        { "--batch", &options.batch },       { "--outbox", &options.outbox }
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (i + 1 >= args.size() || (!valued.contains(arg) && arg != QLatin1String("--wait"))) {
            *error = QStringLiteral("unexpected argument %1").arg(arg);
            return std::nullopt;
        }
        const QString value = args.at(++i);
        if (arg == QLatin1String("--wait")) {
            bool ok = false;
            options.waitSeconds = value.toInt(&ok);
            if (!ok || *options.waitSeconds < 0 || *options.waitSeconds > 86400) {
                *error = QStringLiteral("--wait needs a number of seconds (0 to 86400)");
                return std::nullopt;
            }
        } else {
            *valued.value(arg) = value;
        }
    }
    const bool single = !options.session.isEmpty();
    const bool oneDocument = options.feedback.isEmpty() != options.metrics.isEmpty();
    if (single == !options.batch.isEmpty() || (single && !oneDocument)
        || (!single
            && (!options.feedback.isEmpty() || !options.metrics.isEmpty()
                || !options.event.isEmpty()))) {
        *error = QStringLiteral("use either --session ID [--event ID] (--feedback JSON | --metrics "
                                "JSON), or --batch FILE|-");
        return std::nullopt;
    }
    return options;
}

struct Item
{
    Target target;
    Channel channel = Channel::EndUser;
    Feedback patch;
};

std::optional<Item> makeItem(const QString &session, const QString &event, const QByteArray &json,
                             Channel channel, QString *error)
{
    Item item;
    item.channel = channel;
    item.target
        = event.isEmpty() ? Target::session(session, error) : Target::event(event, session, error);
    if (!item.target.isValid())
        return std::nullopt;
    ValidationErrors problems;
    const std::optional<Feedback> patch = Feedback::parse(json, &problems);
    if (!patch) {
        *error
            = problems.isEmpty() ? QStringLiteral("invalid feedback") : problems.first().toString();
        return std::nullopt;
    }
    item.patch = *patch;
    return item;
}

std::optional<Item> parseBatchLine(const QByteArray &line, QString *error)
{
    if (line.size() > maxLineBytes) {
        *error = QStringLiteral("line longer than %1 bytes").arg(maxLineBytes);
        return std::nullopt;
    }
    // The line's own structure (duplicate keys, bad UTF-8) is checked strictly; nesting is left
    // to the feedback's own validation, which counts from the feedback, not the line.
    ValidationErrors problems;
    const std::optional<Feedback> parsed = Feedback::parse(line, &problems);
    for (const ValidationError &problem : std::as_const(problems)) {
        if (problem.rule != ValidationError::Rule::ObjectNesting
            && problem.rule != ValidationError::Rule::ArrayNesting) {
            *error = problem.toString();
            return std::nullopt;
        }
    }
    const QJsonObject object = parsed ? parsed->toJsonObject() : QJsonObject();
    const QJsonValue feedback = object.value(QLatin1String("feedback"));
    const QJsonValue metrics = object.value(QLatin1String("metrics"));
    if (!object.value(QLatin1String("session")).isString()
        || feedback.isObject() == metrics.isObject()) {
        *error
            = QStringLiteral("expected {\"session\": ID, \"event\": ID (optional), \"feedback\" or "
                             "\"metrics\": {...}}");
        return std::nullopt;
    }
    const QJsonObject document = feedback.isObject() ? feedback.toObject() : metrics.toObject();
    Item item;
    item.channel = feedback.isObject() ? Channel::EndUser : Channel::Expert;
    const QString session = object.value(QLatin1String("session")).toString();
    const QString event = object.value(QLatin1String("event")).toString();
    item.target
        = event.isEmpty() ? Target::session(session, error) : Target::event(event, session, error);
    if (!item.target.isValid())
        return std::nullopt;
    item.patch = Feedback(document);
    return item;
}

/*! Prints "durable N" for each captured line as the client reports its version on disk. */
class DurableTracker
{
public:
    explicit DurableTracker(Client &client)
        : m_client(client)
    { }

    void add(int line, const Item &item, quint64 version)
    {
        m_waiting[{ item.target.eventId(), int(item.channel) }].push_back({ version, line });
        ++m_outstanding;
    }

    void onDurable(const Target &target)
    {
        for (Channel channel : { Channel::EndUser, Channel::Expert }) {
            auto &queue = m_waiting[{ target.eventId(), int(channel) }];
            const quint64 durable = m_client.durableVersion(target, channel);
            while (!queue.empty() && queue.front().first <= durable) {
                Cli::printLine(stdout, QStringLiteral("durable %1").arg(queue.front().second));
                queue.pop_front();
                --m_outstanding;
            }
        }
    }

    int outstanding() const { return m_outstanding; }

private:
    Client &m_client;
    QHash<std::pair<QString, int>, std::deque<std::pair<quint64, int>>> m_waiting;
    int m_outstanding = 0;
};

bool waitUntil(Client &client, int timeoutMs, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    auto check = [&] {
        if (done() || client.isOutboxFull())
            loop.quit();
    };
    QObject::connect(&client, &Client::durable, &loop, check);
    QObject::connect(&client, &Client::outboxFullChanged, &loop, check);
    loop.exec();
    return done();
}

/*! Captures \a items in order; lines that failed to parse are reported and skipped. */
bool captureAll(Client &client, DurableTracker &tracker,
                const QList<std::pair<int, std::optional<Item>>> &items)
{
    quint64 acceptedVersion = 0;
    const auto connection
        = QObject::connect(&client, &Client::accepted, &client,
                           [&](const Target &, quint64 version) { acceptedVersion = version; });
    bool allCaptured = true;
    for (const auto &[line, item] : items) {
        QString error;
        if (!client.enrich(item->target, item->patch, item->channel, &error)) {
            Cli::printLine(stderr, QStringLiteral("line %1: %2").arg(line).arg(error));
            allCaptured = false;
            continue;
        }
        tracker.add(line, *item, acceptedVersion);
    }
    QObject::disconnect(connection);
    return allCaptured;
}

/*!
 * The next line of \a file, read through \a buffer (one allocation for the whole batch, where
 * QIODevice::readLine(maxSize) allocates maxSize per line). A line longer than the buffer holds
 * comes back cut to more than maxLineBytes, so it is refused, and the rest of it is skipped:
 * its tail is not taken for the next line.
 */
QByteArray readBatchLine(QFile &file, QByteArray &buffer)
{
    const qint64 length = file.readLine(buffer.data(), buffer.size());
    if (length <= 0)
        return {};
    QByteArray text(buffer.constData(), length);
    bool cut = text.back() != '\n' && !file.atEnd();
    while (cut) {
        const qint64 skipped = file.readLine(buffer.data(), buffer.size());
        cut = skipped > 0 && buffer.at(skipped - 1) != '\n';
    }
    return text;
}

/*! Reads the batch; bad lines are reported on stderr and left out. */
QList<std::pair<int, std::optional<Item>>> readBatch(const QString &path, bool *skipped,
                                                     QString *error)
{
    QList<std::pair<int, std::optional<Item>>> items;
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return items;
    }
    QByteArray buffer(maxLineBytes + 2, Qt::Uninitialized); // a line, one byte more, and a NUL
    for (int line = 1; !file.atEnd(); ++line) {
        const QByteArray text = readBatchLine(file, buffer).trimmed();
        if (text.isEmpty())
            continue;
        QString problem;
        std::optional<Item> item = parseBatchLine(text, &problem);
        if (!item) {
            Cli::printLine(stderr, QStringLiteral("line %1: %2").arg(line).arg(problem));
            *skipped = true;
            continue;
        }
        items.append({ line, std::move(item) });
    }
    return items;
}

int waitForDelivery(Client &client, int seconds)
{
    if (client.flush(std::chrono::seconds(seconds)))
        return 0;
    Cli::printLine(stderr,
                   QStringLiteral("not delivered after %1 s: %2 pending, %3 quarantined%4")
                       .arg(seconds)
                       .arg(client.pendingCount())
                       .arg(client.quarantinedCount())
                       .arg(client.isPaused()
                                ? QStringLiteral(" (paused: %1)").arg(client.pauseReason())
                                : QString()));
    return 1;
}

int run(const Options &options)
{
    QList<std::pair<int, std::optional<Item>>> items;
    bool skipped = false;
    QString error;
    if (options.batch.isEmpty()) {
        const bool expert = !options.metrics.isEmpty();
        std::optional<Item> item = makeItem(options.session, options.event,
                                            (expert ? options.metrics : options.feedback).toUtf8(),
                                            expert ? Channel::Expert : Channel::EndUser, &error);
        if (!item) {
            Cli::printLine(stderr, QStringLiteral("feedbackkit enrich: %1").arg(error));
            return 2;
        }
        items.append({ 1, std::move(item) });
    } else {
        items = readBatch(options.batch, &skipped, &error);
        if (!error.isEmpty()) {
            Cli::printLine(stderr, QStringLiteral("feedbackkit enrich: %1").arg(error));
            return 2;
        }
    }
    ClientConfig config = ClientConfig::fromEnvironment();
    config.outboxPath = options.outbox;
    Client client(config);
    DurableTracker tracker(client);
    QObject::connect(&client, &Client::durable, &client,
                     [&tracker](const Target &target) { tracker.onDurable(target); });
    const bool captured = captureAll(client, tracker, items);
    if (!waitUntil(client, durableTimeoutMs, [&] { return tracker.outstanding() == 0; })) {
        Cli::printLine(
            stderr,
            QStringLiteral("feedbackkit enrich: %1 items not stored%2")
                .arg(tracker.outstanding())
                .arg(client.isOutboxFull() ? QStringLiteral(" (outbox full)") : QString()));
        return 1;
    }
    if (options.waitSeconds && waitForDelivery(client, *options.waitSeconds) != 0)
        return 1;
    if (!captured)
        return 1;
    return skipped ? 3 : 0;
}

} // namespace

int runEnrich(const QStringList &args)
{
    QString error;
    const std::optional<Options> options = parseOptions(args, &error);
    if (!options) {
        Cli::printLine(stderr, QStringLiteral("feedbackkit enrich: %1").arg(error));
        return 2;
    }
    // The client needs an event loop; the CLI's main() normally provides the application.
    static int argc = 1;
    static char name[] = "feedbackkit";
    static char *argv[] = { name, nullptr };
    std::optional<QCoreApplication> ownApp;
    if (!QCoreApplication::instance())
        ownApp.emplace(argc, argv);
    return run(*options);
}
