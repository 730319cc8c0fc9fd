#include "collectorprogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace FeedbackKit {

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

QList<QCommandLineOption> programOptions()
{
    auto option = [](const char *name, const char *help, const char *value = nullptr) {
        return value
            ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
            : QCommandLineOption(QLatin1String(name), QLatin1String(help));
    };
    return {
        option("listen",
               "Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).",
               "host:port"),
        option("db",
               "SQLite database file, or :memory: (default: collector.sqlite in the application "
               "data folder).",
               "path"),
        option("api-key",
               "Require 'Authorization: Bearer KEY' (or set FEEDBACKKIT_COLLECTOR_API_KEY).",
               "key"),
        option("max-body", "Largest request body in bytes (default 2097152).", "bytes"),
        option("durability",
               "process-crash (synchronous=NORMAL, default) or power-loss (synchronous=FULL).",
               "level"),
        option("merge-rule",
               "How writes merge feedback, metrics and the other enrichable objects into a "
               "stored event: replace (whole), top-level (keys, default) or deep (RFC 7386).",
               "rule"),
        option("fault-profile", "JSON file with a fault profile; the flags below override it.",
               "file"),
        option("seed", "Seed of the fault generator.", "n"),
        option("fail-500", "Fraction of writes answered 500.", "rate"),
        option("fail-503", "Fraction of writes answered 503.", "rate"),
        option("fail-429", "Fraction of writes answered 429.", "rate"),
        option("retry-after", "Retry-After seconds on 503 and 429.", "seconds"),
        option("retry-after-date", "Send Retry-After as an HTTP date."),
        option("drop-before-apply",
               "Fraction of writes whose connection is closed before applying.", "rate"),
        option("drop-after-apply", "Fraction of writes applied, then closed without a reply.",
               "rate"),
        option("delay-ms", "Delay every faulted reply by this many milliseconds.", "ms"),
        option("faults-include-reads", "Apply faults to GET requests too."),
        option("restart-downtime", "Downtime of the restart SIGHUP triggers (default 1000 ms).",
               "ms"),
    };
}

bool readNumber(const QCommandLineParser &parser, const char *name, double min, double max,
                double *value, QString *error)
{
    const QString key = QLatin1String(name);
    if (!parser.isSet(key))
        return true;
    bool ok = false;
    const double number = parser.value(key).toDouble(&ok);
    if (!ok || number < min || number > max) {
        *error = QStringLiteral("--%1: expected a number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *value = number;
    return true;
}

bool readListen(const QCommandLineParser &parser, CollectorOptions *options, QString *error)
{
    if (!parser.isSet(QStringLiteral("listen")))
        return true;
    const QString text = parser.value(QStringLiteral("listen"));
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    if (colon < 0 || !ok || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--listen: expected HOST:PORT, such as 127.0.0.1:0");
        return false;
    }
    options->address = address;
    options->port = quint16(port);
    return true;
}

bool readStorage(const QCommandLineParser &parser, CollectorOptions *options, QString *error)
{
    if (parser.isSet(QStringLiteral("db"))) {
        options->databasePath = parser.value(QStringLiteral("db"));
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        options->databasePath = folder + QStringLiteral("/collector.sqlite");
    }
    const QString durability = parser.value(QStringLiteral("durability"));
    if (durability == QLatin1String("power-loss"))
        options->durability = Durability::PowerLoss;
    else if (!durability.isEmpty() && durability != QLatin1String("process-crash")) {
        *error = QStringLiteral("--durability: process-crash or power-loss");
        return false;
    }
    options->apiKey = parser.isSet(QStringLiteral("api-key"))
        ? parser.value(QStringLiteral("api-key"))
        : qEnvironmentVariable("FEEDBACKKIT_COLLECTOR_API_KEY");
    double maxBody = double(options->maxBodyBytes);
    if (!readNumber(parser, "max-body", 1024, 1 << 30, &maxBody, error))
        return false;
    options->maxBodyBytes = qint64(maxBody);
    return true;
}

bool readMergeRule(const QCommandLineParser &parser, CollectorOptions *options, QString *error)
{
    static const QHash<QString, MergeRule> rules {
        { QStringLiteral("replace"), MergeRule::Replace },
        { QStringLiteral("top-level"), MergeRule::TopLevel },
        { QStringLiteral("deep"), MergeRule::Deep },
    };
    if (!parser.isSet(QStringLiteral("merge-rule")))
        return true;
    const auto rule = rules.constFind(parser.value(QStringLiteral("merge-rule")));
    if (rule == rules.cend()) {
        *error = QStringLiteral("--merge-rule: replace, top-level or deep");
        return false;
    }
    options->mergeRule = *rule;
    return true;
}

bool readFaults(const QCommandLineParser &parser, ProgramOptions *options, QString *error)
{
    FaultProfile &faults = options->faults;
    if (parser.isSet(QStringLiteral("fault-profile"))) {
        QFile file(parser.value(QStringLiteral("fault-profile")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--fault-profile: %1").arg(file.errorString());
            return false;
        }
        std::optional<FaultProfile> profile = FaultProfile::fromJson(file.read(1 << 20), error);
        if (!profile)
            return false;
        faults = *profile;
    }
    double seed = double(faults.seed), retryAfter = faults.retryAfterSeconds.value_or(-1);
    double delay = double(faults.delay.count()),
           downtime = double(options->restartDowntime.count());
    const bool ok = readNumber(parser, "seed", 0, double(qint64(1) << 53), &seed, error)
        && readNumber(parser, "fail-500", 0, 1, &faults.status500Rate, error)
        && readNumber(parser, "fail-503", 0, 1, &faults.status503Rate, error)
        && readNumber(parser, "fail-429", 0, 1, &faults.status429Rate, error)
        && readNumber(parser, "retry-after", 0, 86400, &retryAfter, error)
        && readNumber(parser, "drop-before-apply", 0, 1, &faults.dropBeforeApplyRate, error)
        && readNumber(parser, "drop-after-apply", 0, 1, &faults.dropAfterApplyRate, error)
        && readNumber(parser, "delay-ms", 0, 600000, &delay, error)
        && readNumber(parser, "restart-downtime", 0, 3600000, &downtime, error);
    if (!ok)
        return false;
    faults.seed = quint64(seed);
    if (retryAfter >= 0)
        faults.retryAfterSeconds = int(retryAfter);
    faults.retryAfterAsDate
        = faults.retryAfterAsDate || parser.isSet(QStringLiteral("retry-after-date"));
    faults.includeReads
        = faults.includeReads || parser.isSet(QStringLiteral("faults-include-reads"));
    faults.delay = std::chrono::milliseconds(qint64(delay));
    options->restartDowntime = std::chrono::milliseconds(qint64(downtime));
    return true;
}

} // namespace

std::optional<ProgramOptions> parseCommandLine(const QStringList &arguments, QString *error,
                                               QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local HoneyHive-compatible server for FeedbackKit. Prints its base URL on the "
        "first line of stdout. SIGINT/SIGTERM stop it; SIGHUP restarts it after "
        "--restart-downtime."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(programOptions());
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpText = parser.isSet(help)
            ? parser.helpText()
            : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error
            = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    ProgramOptions options;
    if (!readListen(parser, &options.collector, error)
        || !readStorage(parser, &options.collector, error)
        || !readMergeRule(parser, &options.collector, error)
        || !readFaults(parser, &options, error))
        return std::nullopt;
    return options;
}

bool installSignalHandlers(std::function<void()> onHangup, QString *error)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        *error = QStringLiteral("cannot create the signal pipe");
        return false;
    }
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [onHangup = std::move(onHangup)] {
        char number = 0;
        if (::read(signalPipe[1], &number, 1) != 1)
            return;
        if (number == SIGHUP)
            onHangup();
        else
            QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : { SIGINT, SIGTERM, SIGHUP })
        ::sigaction(number, &action, nullptr);
    return true;
}

} // namespace FeedbackKit
