// FeedbackDelegate: painting and editing thumbs and stars in a real QListView with mouse and
// keyboard, model roles, writing through a real Client, bad input and screenshots.

#include <FeedbackKit/Client>
#include <FeedbackKit/FeedbackDelegate>
#include <FeedbackKit/StarRating>
#include <FeedbackKit/ThumbsWidget>

#include "svgiconcache_p.h"
#include "widgetstesthelpers.h"

#include <QListView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace FeedbackKit;

namespace {
constexpr int feedbackRole = FeedbackDelegate::FeedbackRole;

// Where the delegate puts things (margin 4, gap 8, 16 px icons, 2 px star spacing).
QPoint spot(const QListView &view, const QModelIndex &index, const QString &what)
{
    const QRect row = view.visualRect(index);
    const int starsLeft = row.right() + 1 - 4 - 88;
    const int thumbsLeft = starsLeft - 8 - 42;
    int x = 0;
    if (what == QLatin1String("up"))
        x = thumbsLeft + 8;
    else if (what == QLatin1String("down"))
        x = thumbsLeft + 34;
    else // "star<n>"
        x = starsLeft + (what.mid(4).toInt() - 1) * 18 + 8;
    if (view.layoutDirection() == Qt::RightToLeft)
        x = row.left() + row.right() - x;
    return { x, row.center().y() };
}

struct Fixture
{
    QStandardItemModel model;
    QListView view;
    FeedbackDelegate delegate;

    explicit Fixture(Qt::LayoutDirection direction = Qt::LeftToRight, int rows = 3)
    {
        for (int i = 0; i < rows; ++i) {
            auto *item = new QStandardItem(QStringLiteral("Answer %1").arg(i + 1));
            item->setData(QVariant::fromValue(Feedback()), feedbackRole);
            model.appendRow(item);
        }
        view.setLayoutDirection(direction);
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(360, 200);
    }
    Feedback state(int row) const
    {
        return FeedbackDelegate::feedbackFromVariant(model.index(row, 0).data(feedbackRole));
    }
};
} // namespace

class TestFeedbackDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clicks_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QStringList>("clicks");
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<QByteArray>("lastPatch");
        for (auto direction : { Qt::LeftToRight, Qt::RightToLeft }) {
            const char *dir = direction == Qt::LeftToRight ? "ltr " : "rtl ";
            QTest::newRow(QByteArray(dir + QByteArray("up")).constData())
                << direction << QStringList { "up" } << QByteArray(R"({"rating":true})")
                << QByteArray(R"({"rating":true})");
            QTest::newRow(QByteArray(dir + QByteArray("up up")).constData())
                << direction << QStringList { "up", "up" } << QByteArray("{}")
                << QByteArray(R"({"rating":null})");
            QTest::newRow(QByteArray(dir + QByteArray("down star3")).constData())
                << direction << QStringList { "down", "star3" }
                << QByteArray(R"({"rating":false,"score":3})") << QByteArray(R"({"score":3})");
            QTest::newRow(QByteArray(dir + QByteArray("star5 star5")).constData())
                << direction << QStringList { "star5", "star5" } << QByteArray("{}")
                << QByteArray(R"({"score":null})");
        }
    }
    void clicks()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QStringList, clicks);
        QFETCH(QByteArray, state);
        QFETCH(QByteArray, lastPatch);
        Fixture f(direction);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy edited(&f.delegate, &FeedbackDelegate::feedbackEdited);
        const QModelIndex index = f.model.index(1, 0);
        for (const QString &what : clicks)
            QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, spot(f.view, index, what));
        QCOMPARE(f.state(1).toJson(), state);
        QCOMPARE(f.state(0).toJson(), QByteArray("{}")); // other rows untouched
        QCOMPARE(edited.count(), clicks.size());
        QCOMPARE(edited.last().at(0).toModelIndex(), index);
        QCOMPARE(edited.last().at(1).value<Feedback>().toJson(), lastPatch);
    }

    void keyboardEditor()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.setFocus();
        const QModelIndex index = f.model.index(2, 0);
        f.view.setCurrentIndex(index);
        QTest::keyClick(&f.view, Qt::Key_F2);
        auto *thumbs = f.view.viewport()->findChild<ThumbsWidget *>();
        QVERIFY(thumbs);
        QTRY_VERIFY(thumbs->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // thumbs up
        QCOMPARE(f.state(2).rating(), true);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<StarRating *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QCOMPARE(f.state(2).toJson(), QByteArray(R"({"rating":true,"score":4})"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!f.view.viewport()->findChild<ThumbsWidget *>());
        QCOMPARE(f.state(2).score(), 4.0); // nothing lost on close
    }

    void roles_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("feedback") << QVariant::fromValue(
            Feedback(QJsonObject { { "rating", true } }))
                                  << QByteArray(R"({"rating":true})");
        QTest::newRow("json object")
            << QVariant(QJsonObject { { "score", 2 } }) << QByteArray(R"({"score":2})");
        QTest::newRow("variant map")
            << QVariant(QVariantMap { { "comment", "x" } }) << QByteArray(R"({"comment":"x"})");
        QTest::newRow("junk") << QVariant(42) << QByteArray("{}");
        QTest::newRow("none") << QVariant() << QByteArray("{}");
    }
    void roles()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, json);
        QCOMPARE(FeedbackDelegate::feedbackFromVariant(value).toJson(), json);
    }

    void writesThroughTheClient()
    {
        QTemporaryDir dir;
        ClientConfig config; // no API key: delivery pauses, capture still works offline
        config.apiKey.clear();
        config.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        Client client(config);
        Fixture f;
        f.delegate.setClient(&client);
        const Target target = Target::event(generateId(), generateId());
        f.model.setData(f.model.index(0, 0), QVariant::fromValue(target),
                        FeedbackDelegate::TargetRole);
        f.model.setData(f.model.index(1, 0), QStringLiteral("not-an-id"),
                        FeedbackDelegate::TargetRole);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy failed(&f.delegate, &FeedbackDelegate::submitFailed);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {},
                          spot(f.view, f.model.index(0, 0), "down"));
        QCOMPARE(client.state(target).rating(), false);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sent")));
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {},
                          spot(f.view, f.model.index(1, 0), "up"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(f.state(1).rating(), true); // the model keeps what the user chose
    }

    void properties()
    {
        FeedbackDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 100, 20);
        QStandardItemModel model(1, 1);
        const int full = delegate.sizeHint(option, model.index(0, 0)).width();
        QSignalSpy starsChanged(&delegate, &FeedbackDelegate::starsVisibleChanged);
        delegate.setStarsVisible(false);
        delegate.setStarsVisible(false);
        QCOMPARE(starsChanged.count(), 1);
        QCOMPARE(delegate.sizeHint(option, model.index(0, 0)).width(), full - 88 - 8);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("maximum must be")));
        delegate.setMaximum(0);
        QCOMPARE(delegate.maximum(), 1);
        QSignalSpy channelChanged(&delegate, &FeedbackDelegate::channelChanged);
        delegate.setChannel(Channel::Expert);
        delegate.setChannel(Channel::Expert);
        QCOMPARE(channelChanged.count(), 1);
        QCOMPARE(channelChanged.first().at(0).value<Channel>(), Channel::Expert);
        QCOMPARE(delegate.property("channel").value<Channel>(), Channel::Expert);
    }

    // The text is laid out once and kept; a text too long for its room is still elided, so it
    // never runs under the thumbs.
    void longTextIsElided()
    {
        Fixture f(Qt::LeftToRight, 1);
        f.model.setData(f.model.index(0, 0), QString(200, QLatin1Char('W')));
        f.view.setPalette(TestHelpers::lightPalette());
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QImage image = TestHelpers::render(f.view.viewport(), 1);
        const QRect row = f.view.visualRect(f.model.index(0, 0));
        const int thumbsLeft = spot(f.view, f.model.index(0, 0), QStringLiteral("up")).x() - 8;
        const QColor text = TestHelpers::lightPalette().color(QPalette::Text);
        QVERIFY(
            TestHelpers::pixelsNear(image, QRect(row.left(), row.top(), 100, row.height()), text)
            > 20);
        const QRect gap(thumbsLeft - 6, row.top(), 5, row.height());
        QCOMPARE(TestHelpers::pixelsNear(image, gap, text), 0);
    }

    // Colours are not part of the kept layout: a new palette shows at once.
    void textFollowsPalette()
    {
        Fixture f(Qt::LeftToRight, 1);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QRect text(4, 0, 60, f.view.visualRect(f.model.index(0, 0)).height());
        TestHelpers::render(f.view.viewport(), 1);
        QPalette palette = TestHelpers::lightPalette();
        palette.setColor(QPalette::Text, Qt::red);
        f.view.setPalette(palette);
        QVERIFY(TestHelpers::pixelsNear(TestHelpers::render(f.view.viewport(), 1), text, Qt::red)
                > 20);
    }

    // A view rendered into a 2x image (grab, QWidget::render) gets icons drawn at 2x, not 1x
    // icons scaled up: the painter's device is then the widget, of ratio 1.
    void renderedAtTwiceTheRatio()
    {
        Fixture f(Qt::LeftToRight, 1);
        f.view.setPalette(TestHelpers::lightPalette());
        Feedback up;
        up.setRating(true);
        f.model.setData(f.model.index(0, 0), QVariant::fromValue(up), feedbackRole);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        SvgIconCache::clear();
        TestHelpers::render(f.view.viewport(), 2);
        const int rendered = SvgIconCache::count();
        const QColor on = TestHelpers::lightPalette().color(QPalette::Active, QPalette::Highlight);
        SvgIconCache::pixmap(FeedbackIcon::ThumbUp, { 16, 16 }, 2, on);
        QCOMPARE(SvgIconCache::count(), rendered); // already there, at 2x
    }

    void screenshots_data() { TestHelpers::addScreenshotRows("delegate"); }
    void screenshots()
    {
        QFETCH(qreal, dpr);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        Fixture f(direction, 5);
        const QPalette palette = dark ? TestHelpers::darkPalette() : TestHelpers::lightPalette();
        f.view.setPalette(palette);
        f.delegate.setHalfSteps(true);
        const QList<QJsonObject> states = { { { "rating", true }, { "score", 5 } },
                                            { { "rating", false }, { "score", 1.5 } },
                                            {},
                                            { { "score", 3.5 } },
                                            { { "rating", true } } };
        for (int i = 0; i < states.size(); ++i)
            f.model.setData(f.model.index(i, 0), QVariant::fromValue(Feedback(states.at(i))),
                            feedbackRole);
        f.view.setCurrentIndex(f.model.index(3, 0));
        f.view.resize(360, 120);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QImage image
            = TestHelpers::screenshot(&f.view, QString::fromLatin1(QTest::currentDataTag()), dpr);
        QCOMPARE(image.size(), f.view.size() * dpr);
        const QColor on = palette.color(QPalette::Highlight);
        const QPoint origin = f.view.viewport()->mapTo(&f.view, QPoint(0, 0));
        auto iconAt = [&](int row, const char *what) {
            return QRect(spot(f.view, f.model.index(row, 0), QLatin1String(what)) + origin
                             - QPoint(7, 7),
                         QSize(14, 14));
        };
        QVERIFY(TestHelpers::pixelsNear(image, iconAt(0, "up"), on) > 30 * dpr * dpr);
        QCOMPARE(TestHelpers::pixelsNear(image, iconAt(0, "down"), on), 0);
        QVERIFY(TestHelpers::pixelsNear(image, iconAt(0, "star5"), on) > 30 * dpr * dpr);
        QCOMPARE(TestHelpers::pixelsNear(image, iconAt(2, "star1"), on), 0);
    }
};

QTEST_MAIN(TestFeedbackDelegate)
#include "tst_feedbackdelegate.moc"
