// feedbackkit-atspi-list: the window the AT-SPI tests read through the real accessibility bridge
// (tests/atspi/check_list.py). A QListView whose rows FeedbackDelegate paints and edits, and a
// standalone ThumbsWidget and StarRating, all bound to a real Client that delivers to the
// collector at --api-url. Every row is an event the client logs first, so that its feedback
// can be read back from the collector (GET /v1/events/{id}).
//
// stdout, one line each: "session <id>", "row <n> <eventId>" per row, "standalone <eventId>",
// then "ready" once the window is exposed.

#include <FeedbackKit/Client>
#include <FeedbackKit/FeedbackDelegate>
#include <FeedbackKit/Session>
#include <FeedbackKit/StarRating>
#include <FeedbackKit/Target>
#include <FeedbackKit/ThumbsWidget>

#include <QApplication>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

using namespace FeedbackKit;

namespace {

const QString kProject = QStringLiteral("feedbackkit-atspi");

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Options
{
    QUrl apiUrl;
    QString apiKey;
    int rows = 5;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A list with FeedbackDelegate and standalone thumbs and stars, for the AT-SPI tests."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("api-url"),
                                 QStringLiteral("The collector's base URL."),
                                 QStringLiteral("url"));
    const QCommandLineOption key(QStringLiteral("api-key"),
                                 QStringLiteral("The collector's API key."), QStringLiteral("key"),
                                 QStringLiteral("feedbackkit-atspi"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows (default 5)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({ url, key, rows });
    parser.process(app);
    Options options;
    options.apiUrl = QUrl(parser.value(url));
    options.apiKey = parser.value(key);
    options.rows = qBound(1, parser.value(rows).toInt(), 20);
    if (!options.apiUrl.isValid() || options.apiUrl.scheme().isEmpty()) {
        std::fprintf(stderr, "feedbackkit-atspi-list: --api-url URL is required\n");
        std::exit(2);
    }
    return options;
}

// Logs one event of the session, so that feedback on it has somewhere to go.
Target logAnswer(Client &client, const Session &session, const QString &text)
{
    const QString id = generateId();
    const QJsonObject fields {
        { QStringLiteral("event_type"), QStringLiteral("model") },
        { QStringLiteral("event_name"), QStringLiteral("atspi-answer") },
        { QStringLiteral("outputs"), QJsonObject { { QStringLiteral("content"), text } } },
    };
    QString error;
    if (!client.logEvent(id, session.id(), fields, &error))
        qFatal("logEvent: %s", qPrintable(error));
    return Target::event(id, session.id());
}

// The last row comes with feedback already given (and sent): the row's description then has
// something to sum up before the test acts.
Feedback givenFeedback()
{
    Feedback feedback;
    feedback.setRating(true);
    feedback.setScore(4);
    feedback.setComment(QStringLiteral("Clear and short."));
    return feedback;
}

void fillModel(QStandardItemModel &model, Client &client, const Session &session, int rows)
{
    for (int row = 0; row < rows; ++row) {
        const QString text
            = QStringLiteral("Answer %1: the capital of France is Paris.").arg(row + 1);
        const Target target = logAnswer(client, session, text);
        Feedback state;
        if (row == rows - 1) {
            state = givenFeedback();
            client.enrich(target, state);
        }
        auto *item = new QStandardItem(text);
        item->setEditable(true);
        item->setData(QVariant::fromValue(state), FeedbackDelegate::FeedbackRole);
        item->setData(QVariant::fromValue(target), FeedbackDelegate::TargetRole);
        model.appendRow(item);
        say(QStringLiteral("row %1 %2").arg(row).arg(target.eventId()));
    }
}

void sayReadyWhenExposed(QWidget *window)
{
    auto *poll = new QTimer(window);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll] {
        if (window->windowHandle() && window->windowHandle()->isExposed()) {
            poll->stop();
            say(QStringLiteral("ready"));
        }
    });
    poll->start();
}

ClientConfig clientConfig(const Options &options, const QTemporaryDir &outboxDir)
{
    ClientConfig config;
    config.apiUrl = options.apiUrl;
    config.apiKey = options.apiKey;
    config.project = kProject;
    config.outboxPath = outboxDir.filePath(QStringLiteral("outbox.sqlite"));
    config.initialBackoff = std::chrono::milliseconds(100);
    return config;
}

// The list on top, the standalone answer with its own thumbs and stars below.
void buildWindow(QWidget &window, QStandardItemModel &model, Client &client,
                 const Target &standalone)
{
    window.setWindowTitle(QStringLiteral("FeedbackKit AT-SPI list"));
    auto *view = new QListView(&window);
    view->setAccessibleName(QStringLiteral("Answers"));
    view->setModel(&model);
    auto *delegate = new FeedbackDelegate(view);
    delegate->setClient(&client);
    view->setItemDelegate(delegate);
    auto *thumbs = new ThumbsWidget(&window);
    thumbs->bind(&client, standalone);
    auto *stars = new StarRating(&window);
    stars->bind(&client, standalone);

    auto *standaloneRow = new QHBoxLayout;
    standaloneRow->addWidget(new QLabel(QStringLiteral("A standalone answer."), &window));
    standaloneRow->addWidget(thumbs);
    standaloneRow->addWidget(stars);
    standaloneRow->addStretch(1);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view, 1);
    layout->addLayout(standaloneRow);
    window.resize(640, 360);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("feedbackkit-atspi-list"));
    const Options options = parseOptions(app);

    QTemporaryDir outboxDir;
    Client client(clientConfig(options, outboxDir));
    const Session session = Session::create(kProject, QStringLiteral("feedbackkit-atspi"));
    client.startSession(session);
    say(QStringLiteral("session %1").arg(session.id()));

    QStandardItemModel model;
    fillModel(model, client, session, options.rows);
    const Target standalone = logAnswer(client, session, QStringLiteral("A standalone answer."));
    say(QStringLiteral("standalone %1").arg(standalone.eventId()));

    QWidget window;
    buildWindow(window, model, client, standalone);
    window.show();
    sayReadyWhenExposed(&window);
    return QApplication::exec();
}
