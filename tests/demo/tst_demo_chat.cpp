// The chat window with a long conversation: appending and scrolling stay fast, and only the
// rows on screen get feedback widgets. Prints the timings it measures (see the demo's README).

#include "apikeystore.h"
#include "backend.h"
#include "chatmodel.h"
#include "chatpage.h"
#include "conversation.h"
#include "dashboardsource.h"
#include "languageswitcher.h"
#include "localassistant.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "settingsdialog.h"
#include "visiblerowbars.h"

#include <FeedbackKit/Collector>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/ThumbsWidget>
#include <algorithm>

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace FeedbackKitDemo;

class TestDemoChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void streamsTheAnswerWordByWord();
    void regenerateAddsAnAnswerUnderANewSpan();
    void everyAnswerIsReachedInReadingOrder();
    void offlineHoldsFeedbackUntilBackOnline();
    void thousandMessagesAppendAndScroll();
    void settingsKeepTheKeyOutOfTheSettingsFile();
    void languageSwitchesAtRuntime();
    void dashboardLabelsFitAndUseTheLocaleDigits_data();
    void dashboardLabelsFitAndUseTheLocaleDigits();

private:
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<LanguageSwitcher> m_languages;
};

void TestDemoChat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HH_API_KEY", QByteArray());
    // The test's own data folder (~/.qttest), emptied: the embedded collector's database would
    // otherwise keep every earlier run's answers and ratings, and the figures grow run by run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_backend = std::make_unique<Backend>(QUrl());
    QString error;
    QVERIFY2(m_backend->start(&error), qPrintable(error));
    m_languages = std::make_unique<LanguageSwitcher>();
}

void TestDemoChat::streamsTheAnswerWordByWord()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.assistant()->setWordInterval(std::chrono::milliseconds(1));
    QSignalSpy pieces(window.assistant(), &LocalAssistant::streamed);
    QSignalSpy finished(window.conversation(), &Conversation::answerFinished);
    window.chatPage()->sendText(QStringLiteral("hello"));
    QCOMPARE(window.model()->rowCount(), 2);
    QVERIFY(window.model()->message(1).streaming);
    QVERIFY(finished.wait(5000));
    const ChatMessage answer = window.model()->message(1);
    QVERIFY(!answer.streaming);
    QCOMPARE(pieces.size(), answer.text.split(QLatin1Char(' ')).size());
    QVERIFY(FeedbackKit::isValidId(answer.eventId));
}

void TestDemoChat::regenerateAddsAnAnswerUnderANewSpan()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.show();
    window.assistant()->setWordInterval(std::chrono::milliseconds(1));
    QSignalSpy finished(window.conversation(), &Conversation::answerFinished);
    window.chatPage()->sendText(QStringLiteral("something to echo"));
    QVERIFY(finished.wait(5000));
    MessageBar *bar = window.chatPage()->revealBar(1);
    QVERIFY(bar);
    bar->regenerateButton()->click();
    QVERIFY(finished.wait(5000));
    QCOMPARE(window.model()->rowCount(), 3);
    const ChatMessage first = window.model()->message(1);
    const ChatMessage second = window.model()->message(2);
    QCOMPARE(second.prompt, first.prompt);
    QVERIFY(second.eventId != first.eventId);
    QVERIFY(second.text != first.text);
    const auto target
        = FeedbackKit::Target::event(first.eventId, window.conversation()->session().id());
    QTRY_VERIFY(m_backend->client()->state(target).actions().value(QStringLiteral("regenerated"))
                == QJsonValue(true));
}

void TestDemoChat::everyAnswerIsReachedInReadingOrder()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.resize(900, 900);
    window.show();
    window.assistant()->setWordInterval(std::chrono::milliseconds(1));
    QSignalSpy finished(window.conversation(), &Conversation::answerFinished);
    window.chatPage()->sendText(QStringLiteral("first question"));
    QVERIFY(finished.wait(5000));
    window.chatPage()->sendText(QStringLiteral("second question"));
    QVERIFY(finished.wait(5000));
    MessageBar *first = window.chatPage()->revealBar(1);
    MessageBar *second = window.chatPage()->revealBar(3);
    QVERIFY(first && second);

    // A screen reader finds each answer's bar as the child of its row.
    auto *view = window.findChild<QListView *>();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(list->childCount(), 4);
    QCOMPARE(list->child(1)->childCount(), 1);
    QCOMPARE(list->child(1)->child(0)->object(), first);
    QCOMPARE(list->child(3)->child(0)->object(), second);
    QCOMPARE(list->child(0)->childCount(), 0); // a question has no bar
    QCOMPARE(list->child(1)->child(0)->parent(), list->child(1));
    QCOMPARE(list->child(1)->text(QAccessible::Description), QStringLiteral("Not rated"));
    first->feedbackBar()->thumbs()->findChild<QToolButton *>(QStringLiteral("thumbUp"))->click();
    QCOMPARE(list->child(1)->text(QAccessible::Description), QStringLiteral("Rated helpful"));

    // Tab from the list goes through the first answer's controls, then the second's.
    view->setFocus();
    QList<QWidget *> reached;
    for (int i = 0; i < 40 && reached.size() < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (!focused || focused == view || reached.contains(focused))
            break;
        reached << focused;
    }
    auto inside
        = [](QWidget *bar) { return [bar](QWidget *widget) { return bar->isAncestorOf(widget); }; };
    const auto firstBegin = std::find_if(reached.cbegin(), reached.cend(), inside(first));
    const auto secondBegin = std::find_if(reached.cbegin(), reached.cend(), inside(second));
    QVERIFY2(firstBegin != reached.cend() && secondBegin != reached.cend(),
             qPrintable(QString::number(reached.size())));
    QVERIFY(firstBegin < secondBegin);
    // Every control of the first answer comes before any of the second.
    QVERIFY(std::none_of(secondBegin, reached.cend(), inside(first)));
    QVERIFY(std::count_if(reached.cbegin(), reached.cend(), inside(first)) >= 5);
}

void TestDemoChat::offlineHoldsFeedbackUntilBackOnline()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.show();
    window.assistant()->setWordInterval(std::chrono::milliseconds(1));
    QSignalSpy finished(window.conversation(), &Conversation::answerFinished);
    window.chatPage()->sendText(QStringLiteral("hello"));
    QVERIFY(finished.wait(5000));
    FeedbackKit::Client *client = m_backend->client();
    QTRY_COMPARE(client->pendingCount(), 0);

    const quint64 failuresBefore = client->statistics().retryableFailures;
    m_backend->setOffline(true);
    MessageBar *bar = window.chatPage()->revealBar(1);
    QVERIFY(bar);
    const auto thumbs = bar->feedbackBar()->thumbs()->findChildren<QAbstractButton *>();
    QVERIFY(thumbs.size() >= 2);
    thumbs.at(1)->click();
    QCOMPARE(client->pendingCount(), 1);
    // Offline, every attempt fails like a lost connection: the outbox keeps the rating.
    QTRY_VERIFY(client->statistics().retryableFailures > failuresBefore);
    QCOMPARE(client->pendingCount(), 1);
    const QString eventId = window.model()->message(1).eventId;
    QVERIFY(!m_backend->collector()
                 ->event(eventId)
                 .value(QStringLiteral("feedback"))
                 .toObject()
                 .contains(QStringLiteral("rating")));

    m_backend->setOffline(false);
    QTRY_COMPARE_WITH_TIMEOUT(client->pendingCount(), 0, 10000);
    QCOMPARE(m_backend->collector()
                 ->event(eventId)
                 .value(QStringLiteral("feedback"))
                 .toObject()
                 .value(QStringLiteral("rating")),
             QJsonValue(false));
}

void TestDemoChat::thousandMessagesAppendAndScroll()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<ChatMessage> messages;
    for (int i = 0; i < 500; ++i) {
        messages.append({ ChatMessage::Author::User, QStringLiteral("Question %1").arg(i) });
        ChatMessage answer { ChatMessage::Author::Assistant,
                             window.assistant()->answerFor(QStringLiteral("question %1").arg(i)) };
        answer.eventId = FeedbackKit::generateId();
        answer.prompt = QStringLiteral("question %1").arg(i);
        messages.append(answer);
    }
    QListView *view = window.chatPage()->view();

    QElapsedTimer clock;
    clock.start();
    window.model()->appendAll(messages);
    view->doItemsLayout();
    view->scrollToBottom();
    window.chatPage()->bars()->updateNow();
    view->viewport()->repaint();
    const qint64 appendMs = clock.elapsed();

    QScrollBar *scrollBar = view->verticalScrollBar();
    QVERIFY(scrollBar->maximum() > 0);
    scrollBar->setValue(0);
    int frames = 0;
    qint64 slowestFrameNs = 0;
    clock.restart();
    while (scrollBar->value() < scrollBar->maximum()) {
        QElapsedTimer frame;
        frame.start();
        scrollBar->setValue(scrollBar->value() + scrollBar->pageStep() / 2);
        window.chatPage()->bars()->updateNow();
        view->viewport()->repaint();
        slowestFrameNs = qMax(slowestFrameNs, frame.nsecsElapsed());
        ++frames;
        // Bars exist only for the rows on screen (and a couple around), never for all 500.
        QVERIFY2(window.chatPage()->bars()->openCount() <= 20,
                 qPrintable(QString::number(window.chatPage()->bars()->openCount())));
    }
    const qint64 scrollMs = clock.elapsed();

    // One more streamed word in a chat of 1,000 messages: the cost of a token arriving.
    window.model()->append({ ChatMessage::Author::Assistant, QStringLiteral("Streaming"),
                             FeedbackKit::generateId(), QStringLiteral("p"), true });
    view->doItemsLayout();
    clock.restart();
    const int last = window.model()->rowCount() - 1;
    for (int word = 0; word < 20; ++word) {
        window.model()->appendText(last, QStringLiteral(" word"));
        view->doItemsLayout();
        view->viewport()->repaint();
    }
    const double perWordMs = double(clock.nsecsElapsed()) / 20 / 1e6;

    qInfo("1,000 messages: append + layout + first paint %lld ms; scroll top to bottom %d "
          "half-page steps in %lld ms (%.2f ms a step, slowest %.2f ms); one streamed word "
          "%.2f ms",
          appendMs, frames, scrollMs, double(scrollMs) / frames, double(slowestFrameNs) / 1e6,
          perWordMs);
    // Loose bounds: the machine is shared, these catch a per-row widget or quadratic layout,
    // not a few milliseconds.
    QVERIFY(appendMs < 3000);
    QVERIFY(double(slowestFrameNs) / 1e6 < 500);
    QVERIFY(perWordMs < 100);
}

void TestDemoChat::settingsKeepTheKeyOutOfTheSettingsFile()
{
    const QString originalKey = m_backend->apiKey();
    ApiKeyStore keyStore;
    auto *dialog = new SettingsDialog(m_backend.get(), &keyStore);
    auto *keyEdit = dialog->findChildren<QLineEdit *>().value(0);
    QVERIFY(keyEdit);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(keyEdit->text().isEmpty()); // the current key is never shown
    keyEdit->setText(QStringLiteral("secret-key-123"));
    auto *remember = dialog->findChild<QCheckBox *>();
    QVERIFY(remember);
    remember->setChecked(false);
    dialog->accept();
    QCOMPARE(m_backend->apiKey(), QStringLiteral("secret-key-123"));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("secret-key-123"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("secret-key-123")));
    m_backend->applySettings(originalKey, {}, {});
    QCOMPARE(m_backend->apiKey(), originalKey);
}

void TestDemoChat::languageSwitchesAtRuntime()
{
    MainWindow window(m_backend.get(), m_languages.get());
    window.show();
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Chat"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("ar")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("المحادثة")); // LanguageChange is posted
    QVERIFY(m_languages->setLanguage(QStringLiteral("de")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Übersicht"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Dashboard"));
    QVERIFY(!m_languages->setLanguage(QStringLiteral("fr")));
}

namespace {
// The texts the charts draw besides their titles: axis labels, bar values, slice labels.
QStringList chartLabels(const QChartView *view)
{
    QStringList labels;
    const auto items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty()
            && text->toPlainText() != view->chart()->title())
            labels << text->toPlainText();
    }
    return labels;
}

bool hasDigit(const QStringList &labels, char16_t zero)
{
    for (const QString &label : labels) {
        for (QChar c : label) {
            if (c.unicode() >= zero && c.unicode() <= zero + 9)
                return true;
        }
    }
    return false;
}
} // namespace

void TestDemoChat::dashboardLabelsFitAndUseTheLocaleDigits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<char16_t>("zero");
    QTest::addColumn<char16_t>("foreignZero");
    QTest::newRow("en") << QStringLiteral("en") << u'0' << u'\u0660';
    QTest::newRow("de") << QStringLiteral("de") << u'0' << u'\u0660';
    QTest::newRow("ar") << QStringLiteral("ar") << u'\u0660' << u'0';
}

void TestDemoChat::dashboardLabelsFitAndUseTheLocaleDigits()
{
    QFETCH(QString, language);
    QFETCH(char16_t, zero);
    QFETCH(char16_t, foreignZero);
    // The window at its default size (the screenshots' size too), switched at runtime from a
    // language with other digits.
    QVERIFY(m_languages->setLanguage(language == QLatin1String("ar") ? QStringLiteral("en")
                                                                     : QStringLiteral("ar")));
    MainWindow window(m_backend.get(), m_languages.get());
    window.show();
    window.showTab(DemoOptions::Tab::Dashboard);
    QSignalSpy updated(window.dashboardSource(), &DashboardSource::updated);
    window.dashboardSource()->refresh();
    QVERIFY(updated.wait(10000));
    QVERIFY(m_languages->setLanguage(language));
    const auto views = window.findChildren<QChartView *>();
    QCOMPARE(views.size(), 4);
    for (const QChartView *view : views) {
        // The page takes the locale on LanguageChange, which is posted; the charts lay out
        // their labels in posted events too.
        QTRY_COMPARE(view->chart()->locale(), QLocale());
        const auto axes = view->chart()->axes();
        for (const QAbstractAxis *axis : axes)
            QTRY_VERIFY2(!axis->labelsTruncated(), qPrintable(chartLabels(view).join(u'|')));
        QTRY_VERIFY2(!hasDigit(chartLabels(view), foreignZero),
                     qPrintable(chartLabels(view).join(u'|')));
        if (!axes.isEmpty())
            QTRY_VERIFY2(hasDigit(chartLabels(view), zero),
                         qPrintable(chartLabels(view).join(u'|')));
        // Elided until the chart's posted relayout for the new language has run.
        const auto noneElided = [view] {
            const QStringList labels = chartLabels(view);
            return std::none_of(labels.cbegin(), labels.cend(), [](const QString &label) {
                return label.endsWith(QLatin1String("..."));
            });
        };
        QTRY_VERIFY2(noneElided(), qPrintable(chartLabels(view).join(u'|')));
    }
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestDemoChat)
#include "tst_demo_chat.moc"
