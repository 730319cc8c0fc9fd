// A minimal application using the installed FeedbackKit package: the model (Core), a Client
// (Delivery) and, when built, a FeedbackBar (Widgets).

#include "client.h" // the application's own, not FeedbackKit's

#include <FeedbackKit/Client>
#include <FeedbackKit/ClientConfig>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/OutboxFile>
#include <FeedbackKit/Target>
#ifdef CONSUMER_WITH_WIDGETS
#include <FeedbackKit/FeedbackBar>
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QTemporaryDir>

#include <cstdio>

static_assert(consumerOwnClientHeader == 42);

static bool modelWorks()
{
    FeedbackKit::Feedback feedback;
    feedback.setRating(true);
    feedback.setValue(u"actions.copied", true);
    const auto target = FeedbackKit::Target::session(FeedbackKit::generateId());
    std::printf("%s\n", feedback.toJson().constData());
    return feedback.isValid() && target.isValid()
        && feedback.toJson() == R"({"actions":{"copied":true},"rating":true})";
}

// A capture with no server reachable: durable in the outbox, nothing lost.
static bool deliveryWorks(const QString &folder)
{
    FeedbackKit::ClientConfig config;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.apiKey = QStringLiteral("consumer-key");
    config.project = QStringLiteral("consumer");
    config.outboxPath = folder + QStringLiteral("/outbox.sqlite");
    FeedbackKit::Client client(config);
    const auto target = FeedbackKit::Target::event(FeedbackKit::generateId(),
                                                   FeedbackKit::generateId());
    FeedbackKit::Feedback patch;
    patch.setRating(true);
    if (!client.enrich(target, patch))
        return false;
#ifdef CONSUMER_WITH_WIDGETS
    FeedbackKit::FeedbackBar bar;
    bar.setClient(&client);
    bar.setTarget(target);
#endif
    return client.state(target).toJson() == R"({"rating":true})";
}

int main(int argc, char **argv)
{
#ifdef CONSUMER_WITH_WIDGETS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QTemporaryDir folder;
    return modelWorks() && deliveryWorks(folder.path()) ? 0 : 1;
}
