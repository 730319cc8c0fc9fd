// EditDistance: exact Levenshtein distances in code points, and the bounded fallback.

#include <FeedbackKit/EditDistance>

#include <QElapsedTimer>
#include <QTest>

using namespace FeedbackKit;

class TestEditDistance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data();
    void distance();
    void codePoints();
    void hugeLocalEditIsExact();
    void hugeRewriteIsBounded();
};

void TestEditDistance::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("distance");
    QTest::addColumn<double>("ratio");
    QTest::newRow("both empty") << QString() << QString() << qint64(0) << 0.0;
    QTest::newRow("equal") << QStringLiteral("Paris") << QStringLiteral("Paris") << qint64(0)
                           << 0.0;
    QTest::newRow("from empty") << QString() << QStringLiteral("abc") << qint64(3) << 1.0;
    QTest::newRow("to empty") << QStringLiteral("abcd") << QString() << qint64(4) << 1.0;
    QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << qint64(3)
                            << 3.0 / 7.0;
    QTest::newRow("flaw") << QStringLiteral("flaw") << QStringLiteral("lawn") << qint64(2) << 0.5;
    QTest::newRow("middle") << QStringLiteral("New York is big")
                            << QStringLiteral("New Jersey is big") << qint64(5) << 5.0 / 17.0;
    QTest::newRow("disjoint") << QStringLiteral("abc") << QStringLiteral("xyz") << qint64(3) << 1.0;
}

void TestEditDistance::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, distance);
    QFETCH(double, ratio);
    const EditDistance forward = EditDistance::compute(a, b);
    const EditDistance backward = EditDistance::compute(b, a);
    QCOMPARE(forward.distance, distance);
    QCOMPARE(backward.distance, distance);
    QVERIFY(forward.exact);
    QCOMPARE(forward.ratio(), ratio);
}

void TestEditDistance::codePoints()
{
    // Replacing one emoji (two UTF-16 units) by another is one substitution.
    const QString thumbsUp = QString::fromUtf8("ok \xF0\x9F\x91\x8D");
    const QString thumbsDown = QString::fromUtf8("ok \xF0\x9F\x91\x8E");
    const EditDistance result = EditDistance::compute(thumbsUp, thumbsDown);
    QCOMPARE(result.distance, 1);
    QCOMPARE(result.longerLength, 4);
}

void TestEditDistance::hugeLocalEditIsExact()
{
    // A 1 MB response with one word changed: the common prefix and suffix are skipped.
    const QString before = QString(512 * 1024, QLatin1Char('a')) + QStringLiteral("cat")
        + QString(512 * 1024, QLatin1Char('z'));
    QString after = before;
    after.replace(512 * 1024, 3, QStringLiteral("dog"));
    QElapsedTimer clock;
    clock.start();
    const EditDistance result = EditDistance::compute(before, after);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(result.exact);
    QCOMPARE(result.distance, 3);
}

void TestEditDistance::hugeRewriteIsBounded()
{
    QString before;
    QString after;
    for (int i = 0; i < 1024 * 1024; ++i) {
        before.append(QChar(u'a' + i % 7));
        after.append(QChar(u'a' + i % 5));
    }
    QElapsedTimer clock;
    clock.start();
    const EditDistance bounded = EditDistance::compute(before, after);
    QVERIFY2(clock.elapsed() < 2000, "the cell cap must bound the time");
    QVERIFY(!bounded.exact);
    QVERIFY(bounded.distance <= bounded.longerLength);
    QCOMPARE(bounded.longerLength, 1024 * 1024);

    // Under the cap the same shape of input is computed exactly.
    const EditDistance small = EditDistance::compute(before.left(100), after.left(100), 10'000);
    QVERIFY(small.exact);
}

QTEST_GUILESS_MAIN(TestEditDistance)
#include "tst_editdistance.moc"
