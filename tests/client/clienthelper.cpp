// A child process for the client's process-level tests: the CLI verbs (linked from cli/src,
// so the tests do not depend on the CLI's main()), and a capture-then-quit run that exercises
// the bounded flush on QCoreApplication::aboutToQuit.
//
//   feedbackkit-clienthelper enrich ARGS...      as `feedbackkit enrich`
//   feedbackkit-clienthelper outbox ARGS...      as `feedbackkit outbox`
//   feedbackkit-clienthelper quit OUTBOX N MS    capture N items, quit with a MS flush bound

#include "enrichcommand.h"
#include "outboxcommand.h"

#include <FeedbackKit/Client>

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace FeedbackKit;

static int captureThenQuit(const QStringList &args)
{
    if (args.size() != 3)
        return 2;
    ClientConfig config = ClientConfig::fromEnvironment();
    config.outboxPath = args.at(0);
    config.quitFlushTimeout = std::chrono::milliseconds(args.at(2).toInt());
    Client client(config);
    const int items = args.at(1).toInt();
    for (int i = 0; i < items; ++i) {
        Feedback patch;
        patch.setScore(i % 5 + 1);
        if (!client.enrich(Target::session(generateId()), patch))
            return 1;
    }
    std::puts("captured");
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("enrich"))
        return runEnrich(args);
    if (verb == QLatin1String("outbox"))
        return runOutbox(args);
    if (verb == QLatin1String("quit"))
        return captureThenQuit(args);
    std::fputs("usage: feedbackkit-clienthelper enrich|outbox|quit ...\n", stderr);
    return 2;
}
