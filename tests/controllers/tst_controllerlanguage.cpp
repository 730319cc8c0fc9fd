// The UI-neutral controllers after the application's language changes: their words are read
// in the new language and announced again (NOTIFY), so that every front end shows them.
// QCoreApplication passes LanguageChange on to top-level widgets and windows only.

#include <FeedbackKit/CommentController>
#include <FeedbackKit/TargetDeliveryStatus>
#include <FeedbackKit/Translation>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace FeedbackKit;

class TestControllerLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void wordsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<QString>("delivery");
        QTest::newRow("de") << "de"
                            << "3 von 10 Zeichen verwendet"
                            << "Feedback nicht zugestellt: timeout";
        QTest::newRow("ar") << "ar" << QString::fromUtf8("تم استخدام 3 من 10 حرفًا")
                            << QString::fromUtf8("لم يتم تسليم الملاحظات: timeout");
    }
    void wordsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, counter);
        QFETCH(QString, delivery);
        CommentController comment;
        comment.setMaximumLength(10);
        comment.setText(QStringLiteral("abc"));
        TargetDeliveryStatus status;
        status.reportRefused(QStringLiteral("timeout"));
        const QString englishCounter = comment.counterDescription();
        const QString englishDelivery = status.text();
        QSignalSpy counterSpy(&comment, &CommentController::counterChanged);
        QSignalSpy deliverySpy(&status, &TargetDeliveryStatus::textChanged);

        QTranslator translator;
        QVERIFY(loadTranslation(&translator, QLocale(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(counterSpy.count(), 1);
        QCOMPARE(deliverySpy.count(), 1);
        QCOMPARE(comment.counterDescription(), counter);
        QCOMPARE(deliverySpy.last().at(0).toString(), delivery);

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(counterSpy.count(), 2);
        QCOMPARE(comment.counterDescription(), englishCounter);
        QCOMPARE(deliverySpy.last().at(0).toString(), englishDelivery);
    }

    void idleStatusHasNothingToSay()
    {
        TargetDeliveryStatus status;
        QSignalSpy deliverySpy(&status, &TargetDeliveryStatus::textChanged);
        QTranslator translator;
        QVERIFY(loadTranslation(&translator, QLocale(QLocale::German)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(deliverySpy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestControllerLanguage)
#include "tst_controllerlanguage.moc"
