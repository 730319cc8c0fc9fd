// Runtime language switch: installing a translator retranslates every visible string of every
// widget (texts, tooltips, placeholders, accessible names), and removing it goes back.

#include <FeedbackKit/Client>
#include <FeedbackKit/CommentBox>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/StarRating>
#include <FeedbackKit/ThumbsWidget>
#include <FeedbackKit/WidgetsTranslation>

#include "widgetstesthelpers.h"

#include <QAccessible>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace FeedbackKit;

namespace {
struct Texts
{
    QString goodResponse;
    QString stars;
    QString placeholder;
    QString send;
    QString commentButton;
    QString undoTooltip;
};

Texts textsOf(ThumbsWidget &thumbs, StarRating &stars, CommentBox &box, FeedbackBar &bar)
{
    Texts texts;
    texts.goodResponse
        = thumbs.findChild<QToolButton *>(QStringLiteral("thumbUp"))->accessibleName();
    texts.stars = QAccessible::queryAccessibleInterface(&stars)->text(QAccessible::Value);
    texts.placeholder = box.findChild<QPlainTextEdit *>()->placeholderText();
    texts.send = box.findChild<QPushButton *>(QStringLiteral("sendButton"))->text();
    texts.commentButton = bar.findChild<QToolButton *>(QStringLiteral("commentButton"))->text();
    texts.undoTooltip = bar.findChild<QToolButton *>(QStringLiteral("undoButton"))->toolTip();
    return texts;
}
} // namespace

class TestWidgetsTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void loading_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("found");
        QTest::newRow("de") << "de_DE" << true;
        QTest::newRow("de_AT falls back to de") << "de_AT" << true;
        QTest::newRow("ar") << "ar_EG" << true;
        QTest::newRow("fr: none") << "fr_FR" << false;
    }
    void loading()
    {
        QFETCH(QString, locale);
        QFETCH(bool, found);
        QTranslator translator;
        QCOMPARE(loadWidgetsTranslation(&translator, QLocale(locale)), found);
        QCOMPARE(translator.isEmpty(), !found);
    }

    void noTranslator()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no translator")));
        QVERIFY(!loadWidgetsTranslation(nullptr));
    }

    void switchAtRuntime_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << "de_DE" << QStringList { "Gute Antwort",
                                                        "3 von 5 Sternen",
                                                        "Erzählen Sie uns mehr (optional)",
                                                        "Senden",
                                                        "Kommentieren …",
                                                        "Letzte Änderung zurücknehmen" };
        QTest::newRow("ar") << "ar"
                            << QStringList {
                                   "إجابة جيدة", "3 من 5 نجوم", "أخبرنا بالمزيد (اختياري)",
                                   "إرسال",      "تعليق…",      "التراجع عن آخر تغيير"
                               };
    }
    void switchAtRuntime()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        QWidget window;
        auto *thumbs = new ThumbsWidget(&window);
        auto *stars = new StarRating(&window);
        stars->setValue(3);
        auto *box = new CommentBox(&window);
        auto *bar = new FeedbackBar(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Texts english = textsOf(*thumbs, *stars, *box, *bar);
        QCOMPARE(english.goodResponse, QStringLiteral("Good response"));
        QCOMPARE(english.stars, QStringLiteral("3 of 5 stars"));

        QTranslator translator;
        QVERIFY(loadWidgetsTranslation(&translator, QLocale(locale)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // LanguageChange reaches the widgets through the event loop.
        QTRY_COMPARE(textsOf(*thumbs, *stars, *box, *bar).goodResponse, expected.at(0));
        const Texts translated = textsOf(*thumbs, *stars, *box, *bar);
        QCOMPARE(translated.goodResponse, expected.at(0));
        QCOMPARE(translated.stars, expected.at(1));
        QCOMPARE(translated.placeholder, expected.at(2));
        QCOMPARE(translated.send, expected.at(3));
        QCOMPARE(translated.commentButton, expected.at(4));
        QCOMPARE(translated.undoTooltip, expected.at(5));

        if (locale == QLatin1String("ar")) {
            // The Arabic bar, right to left, for the docs.
            FeedbackBar arabic;
            arabic.setLayoutDirection(Qt::RightToLeft);
            arabic.setStarsVisible(true);
            arabic.thumbs()->setRating(ThumbsWidget::Rating::Down);
            arabic.stars()->setValue(2);
            arabic.setCommentOpen(true);
            arabic.resize(420, arabic.sizeHint().height());
            TestHelpers::screenshot(&arabic, QStringLiteral("bar-arabic-rtl"), 1);
        }

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_COMPARE(textsOf(*thumbs, *stars, *box, *bar).goodResponse, english.goodResponse);
        const Texts back = textsOf(*thumbs, *stars, *box, *bar);
        QCOMPARE(back.goodResponse, english.goodResponse);
        QCOMPARE(back.commentButton, english.commentButton);
        QCOMPARE(back.placeholder, english.placeholder);
    }

    // One catalog covers every layer: Core's validation errors are translated where they show,
    // inside a widget's tooltip.
    void coreErrorsAreTranslated()
    {
        QTranslator translator;
        QVERIFY(loadWidgetsTranslation(&translator, QLocale(QStringLiteral("de_DE"))));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const ValidationErrors errors = Feedback(QJsonObject { { QString(), 1 } }).validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("Schlüssel dürfen nicht leer sein"));

        // A comment that would take the stored state past the document cap is refused by
        // Core's validation; the bar says so, in German, in its delivery tooltip.
        QTemporaryDir dir;
        ClientConfig config;
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiKey = QStringLiteral("translation-test");
        config.project = QStringLiteral("translation");
        config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        Client client(config);
        const Target target = Target::event(generateId());
        Feedback large;
        for (int i = 0; i < 17; ++i)
            large.setValue(QStringLiteral("notes_%1").arg(i), QString(60000, u'x'));
        QVERIFY(client.enrich(target, large));
        FeedbackBar bar;
        bar.bind(&client, target);
        bar.commentBox()->setMaximumLength(16384);
        bar.commentBox()->setText(QString(16384, u'é'));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
        bar.commentBox()->submitComment();
        QCOMPARE(bar.deliveryState(), FeedbackBar::DeliveryState::Failed);
        QCOMPARE(bar.deliveryText(),
                 QStringLiteral("Feedback nicht zugestellt: das Dokument ist größer als %1 Byte")
                     .arg(Limits::maxDocumentBytes));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        // LanguageChange reaches the bar through the event loop.
        QTRY_COMPARE(bar.deliveryText().left(22), QStringLiteral("Feedback not delivered"));
    }
};

QTEST_MAIN(TestWidgetsTranslation)
#include "tst_widgetstranslation.moc"
