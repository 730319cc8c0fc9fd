// A Qt Quick chat of 100,000 answers, each with its FeedbackBar, scrolled through: how long each
// frame takes (delegates made for the rows scrolled in, bound to their targets, rendered), to
// hold against a 60 Hz display's 16.7 ms. An end-to-end program: it prints its figures as JSON.
//
//   feedbackkit-bench-quick-list [--rows N] [--frames N] [--step PIXELS]

#include <QAbstractListModel>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace {

// One session, one event ID per answer: what a chat's model holds.
class AnswersModel : public QAbstractListModel
{
public:
    enum Role { EventIdRole = Qt::UserRole + 1, TextRole };

    explicit AnswersModel(int rows)
    {
        m_ids.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_ids.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == EventIdRole)
            return m_ids.at(index.row());
        if (role == TextRole)
            return QStringLiteral("Answer %1: a few words from the assistant.").arg(index.row());
        return {};
    }
    QHash<int, QByteArray> roleNames() const override
    {
        return { { EventIdRole, "eventId" }, { TextRole, "answer" } };
    }

private:
    QStringList m_ids;
};

const char *const kScene = R"(
import QtQuick
import QtQuick.Controls
import FeedbackKit

ListView {
    id: list
    width: 800; height: 900
    clip: true
    model: answers
    reuseItems: true
    FeedbackClient {
        id: feedback
        apiUrl: "http://127.0.0.1:9"
        apiKey: "bench"
        project: "bench"
        allowInsecureHttp: true
        outboxPath: scratchDir + "/outbox.sqlite"
    }
    delegate: Column {
        required property string eventId
        required property string answer
        width: list.width
        padding: 6
        Label { text: parent.answer }
        FeedbackBar { client: feedback; sessionId: sessionIdValue; eventId: parent.eventId }
    }
}
)";

double percentile(std::vector<double> values, double p)
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
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("rows"), QStringLiteral("Answers."), QStringLiteral("n"),
                          QStringLiteral("100000") },
                        { QStringLiteral("frames"), QStringLiteral("Frames."), QStringLiteral("n"),
                          QStringLiteral("600") },
                        { QStringLiteral("step"), QStringLiteral("Pixels scrolled per frame."),
                          QStringLiteral("px"), QStringLiteral("120") } });
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    const qreal step = parser.value(QStringLiteral("step")).toDouble();

    QTemporaryDir scratch;
    AnswersModel answers(rows);
    QQuickView view;
    view.engine()->addImportPath(QCoreApplication::applicationDirPath()
                                 + QStringLiteral("/../qml"));
    view.rootContext()->setContextProperty(QStringLiteral("answers"), &answers);
    view.rootContext()->setContextProperty(QStringLiteral("scratchDir"), scratch.path());
    view.rootContext()->setContextProperty(QStringLiteral("sessionIdValue"),
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
    QFile scene(scratch.filePath(QStringLiteral("scene.qml")));
    if (!scene.open(QIODevice::WriteOnly) || scene.write(kScene) < 0)
        return 1;
    scene.close();
    view.setSource(QUrl::fromLocalFile(scene.fileName()));
    view.setResizeMode(QQuickView::SizeViewToRootObject);
    view.show();
    if (view.status() != QQuickView::Ready) {
        std::fprintf(stderr, "%s\n", qPrintable(view.errors().value(0).toString()));
        return 1;
    }
    auto *list = view.rootObject();

    // One frame: scroll by a step, then let the view make, bind and render what came in.
    std::vector<double> frameMs;
    QElapsedTimer frame;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < frames; ++i) {
        frame.start();
        list->setProperty("contentY", list->property("contentY").toReal() + step);
        QMetaObject::invokeMethod(list, "forceLayout");
        QCoreApplication::processEvents();
        view.grabWindow(); // renders the frame (offscreen, synchronously)
        frameMs.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    // Jumps anywhere in the conversation (the scroll bar dragged, a search result opened): every
    // row in view is made anew.
    std::vector<double> jumpMs;
    for (int i = 0; i < 50; ++i) {
        frame.start();
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, (i * 7919) % rows),
                                  Q_ARG(int, 1 /* ListView.Beginning */));
        QCoreApplication::processEvents();
        view.grabWindow();
        jumpMs.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    const QJsonObject result {
        { "rows", rows },
        { "frames", frames },
        { "step_px", step },
        { "jump_median_ms", qRound(percentile(jumpMs, 0.5) * 100) / 100.0 },
        { "jump_p99_ms", qRound(percentile(jumpMs, 0.99) * 100) / 100.0 },
        { "frame_median_ms", qRound(percentile(frameMs, 0.5) * 100) / 100.0 },
        { "frame_p99_ms", qRound(percentile(frameMs, 0.99) * 100) / 100.0 },
        { "frame_max_ms", qRound(*std::max_element(frameMs.begin(), frameMs.end()) * 100) / 100.0 },
        { "wall_ms", qRound(double(total.nsecsElapsed()) / 1e6) },
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
