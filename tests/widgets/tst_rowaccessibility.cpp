// Rows of item views as assistive technology sees them, offscreen through QAccessible: the
// thumbs and stars a FeedbackDelegate paints are children of their row, act like clicks, write
// through the client, and announce their changes; a widget placed on a row (the demo's
// FeedbackBar) is the row's child once the view is exposed. The keys rate the current row.
// (The same through the real AT-SPI bridge: tests/atspi.)

#include <FeedbackKit/AccessibleRows>
#include <FeedbackKit/Client>
#include <FeedbackKit/Collector>
#include <FeedbackKit/FeedbackBar>
#include <FeedbackKit/FeedbackDelegate>
#include <FeedbackKit/ThumbsWidget>
#include <FeedbackKit/WidgetsTranslation>

#include <QAccessible>
#include <QListView>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace FeedbackKit;

namespace {
QString idOf(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QList<QAccessible::Event> s_events;
void recordEvent(QAccessibleEvent *event)
{
    s_events.append(event->type());
}

/*! A list of three answers drawn by a FeedbackDelegate, bound to a client. */
struct RatedList
{
    explicit RatedList(Client *client)
    {
        for (int row = 0; row < 3; ++row) {
            auto *item = new QStandardItem(QStringLiteral("Answer %1").arg(row + 1));
            item->setData(QVariant::fromValue(Target::event(idOf(100 + row), idOf(1))),
                          FeedbackDelegate::TargetRole);
            model.appendRow(item);
        }
        delegate.setClient(client);
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(500, 200);
        view.show();
    }
    QAccessibleInterface *row(int n) const
    {
        return QAccessible::queryAccessibleInterface(const_cast<QListView *>(&view))->child(n);
    }
    Feedback state(int n) const
    {
        return FeedbackDelegate::feedbackFromVariant(
            model.index(n, 0).data(FeedbackDelegate::FeedbackRole));
    }

    QStandardItemModel model;
    FeedbackDelegate delegate;
    QListView view;
};
} // namespace

class TestRowAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rowsHoldTheirControls();
    void actingWritesThroughTheClient();
    void changesAreAnnounced();
    void keysRateTheCurrentRow();
    void rightToLeftMirrorsTheControls();
    void summaryIsTranslated_data();
    void summaryIsTranslated();
    void rowWidgetsAreChildrenOnceExposed();
    void thumbsAreCheckableAndSayTheirNameOnce();

private:
    Collector m_collector;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_client;
};

void TestRowAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::setActive(true); // as when a screen reader listens
    QVERIFY(m_collector.start());
    ClientConfig config;
    config.apiUrl = m_collector.baseUrl();
    config.apiKey = QStringLiteral("key");
    config.project = QStringLiteral("tests");
    config.outboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
    config.initialBackoff = std::chrono::milliseconds(10);
    m_client = std::make_unique<Client>(config);
}

void TestRowAccessibility::init()
{
    s_events.clear();
}

void TestRowAccessibility::rowsHoldTheirControls()
{
    RatedList list(m_client.get());
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&list.view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->childCount(), 3);
    QAccessibleInterface *row = list.row(1);
    QCOMPARE(row->role(), QAccessible::ListItem);
    QCOMPARE(row->text(QAccessible::Name), QStringLiteral("Answer 2"));
    QCOMPARE(row->text(QAccessible::Description), QStringLiteral("Not rated"));
    QCOMPARE(row->parent(), view);
    QCOMPARE(view->indexOfChild(row), 1);
    QCOMPARE(row->childCount(), 3);

    QAccessibleInterface *up = row->child(0);
    QAccessibleInterface *down = row->child(1);
    QAccessibleInterface *stars = row->child(2);
    QCOMPARE(up->role(), QAccessible::Button);
    QCOMPARE(up->text(QAccessible::Name), QStringLiteral("Good response"));
    QCOMPARE(down->text(QAccessible::Name), QStringLiteral("Bad response"));
    QVERIFY(up->state().checkable);
    QVERIFY(!up->state().checked && !up->state().pressed);
    QCOMPARE(up->parent(), row);
    QCOMPARE(row->indexOfChild(down), 1);
    QVERIFY(
        up->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    QCOMPARE(stars->role(), QAccessible::Slider);
    QCOMPARE(stars->text(QAccessible::Name), QStringLiteral("Rating"));
    QCOMPARE(stars->valueInterface()->currentValue().toDouble(), 0.0);
    QCOMPARE(stars->valueInterface()->minimumValue().toInt(), 0);
    QCOMPARE(stars->valueInterface()->maximumValue().toInt(), 5);
    QVERIFY(row->rect().contains(up->rect()) && row->rect().contains(stars->rect()));
    QCOMPARE(row->childAt(stars->rect().center().x(), stars->rect().center().y()), stars);
    QCOMPARE(view->childAt(row->rect().center().x(), row->rect().center().y()), row);
    // The same interfaces are given again: a screen reader's references stay valid.
    QCOMPARE(list.row(1)->child(2), stars);
}

void TestRowAccessibility::actingWritesThroughTheClient()
{
    RatedList list(m_client.get());
    QAccessibleInterface *row = list.row(0);
    QAccessibleInterface *up = row->child(0);
    up->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(list.state(0).rating(), true);
    QVERIFY(up->state().checked && up->state().pressed);
    QVERIFY(!row->child(1)->state().checked);
    row->child(2)->valueInterface()->setCurrentValue(4);
    QCOMPARE(list.state(0).score(), 4.0);
    QCOMPARE(row->child(2)->text(QAccessible::Value), QStringLiteral("4 of 5 stars"));
    QCOMPARE(row->text(QAccessible::Description), QStringLiteral("Rated helpful, 4 of 5 stars"));
    // What a click does, the server ends with.
    QTRY_COMPARE(m_client->pendingCount(), 0);
    const QJsonObject stored = m_collector.event(idOf(100)).value("feedback").toObject();
    QCOMPARE(stored.value("rating"), QJsonValue(true));
    QCOMPARE(stored.value("score"), QJsonValue(4));

    up->actionInterface()->doAction(QAccessibleActionInterface::toggleAction()); // clears it
    QVERIFY(!list.state(0).rating());
    row->child(2)->valueInterface()->setCurrentValue(9); // beyond the maximum: refused
    QCOMPARE(list.state(0).score(), 4.0);
    QTRY_COMPARE(m_client->pendingCount(), 0);
    QVERIFY(!m_collector.event(idOf(100)).value("feedback").toObject().contains("rating"));
}

void TestRowAccessibility::changesAreAnnounced()
{
    if (!QAccessible::isActive()) // Qt sends accessibility events only to a bridge
        QSKIP("no accessibility bridge on this platform: tests/atspi checks the events");
    RatedList list(m_client.get());
    QAccessibleInterface *row = list.row(2);
    QAccessibleInterface *up = row->child(0);
    QAccessible::installUpdateHandler(recordEvent);
    up->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    row->child(2)->valueInterface()->setCurrentValue(2);
    QAccessible::installUpdateHandler(nullptr);
    QVERIFY(s_events.contains(QAccessible::StateChanged));
    QVERIFY(s_events.contains(QAccessible::ValueChanged));
    QVERIFY(s_events.contains(QAccessible::DescriptionChanged));
}

void TestRowAccessibility::keysRateTheCurrentRow()
{
    RatedList list(m_client.get());
    list.view.setFocus();
    list.view.setCurrentIndex(list.model.index(1, 0));
    QTest::keyClick(&list.view, Qt::Key_Plus);
    QCOMPARE(list.state(1).rating(), true);
    QTest::keyClick(&list.view, Qt::Key_Minus);
    QCOMPARE(list.state(1).rating(), false);
    QTest::keyClick(&list.view, Qt::Key_Minus); // the active thumb again: cleared
    QVERIFY(!list.state(1).rating());
    QTest::keyClick(&list.view, Qt::Key_3);
    QCOMPARE(list.state(1).score(), 3.0);
    QTest::keyClick(&list.view, Qt::Key_0);
    QVERIFY(!list.state(1).score());
    QTest::keyClick(&list.view, Qt::Key_7); // beyond five stars: not a rating
    QVERIFY(!list.state(1).score());
    QVERIFY(list.state(0).isEmpty() && list.state(2).isEmpty()); // only the current row
}

void TestRowAccessibility::rightToLeftMirrorsTheControls()
{
    RatedList list(m_client.get());
    QAccessibleInterface *row = list.row(0);
    const int upLeftToRight = row->child(0)->rect().center().x();
    const int starsLeftToRight = row->child(2)->rect().center().x();
    QVERIFY(upLeftToRight < starsLeftToRight); // stars at the trailing end
    list.view.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(row->child(0)->rect().center().x() > row->child(2)->rect().center().x());
    QVERIFY(row->child(0)->rect().center().x() > row->child(1)->rect().center().x());
}

void TestRowAccessibility::summaryIsTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "Rated not helpful, 2 of 5 stars, commented";
    QTest::newRow("de") << "de"
                        << "Als nicht hilfreich bewertet, 2 von 5 Sternen, kommentiert";
    QTest::newRow("ar") << "ar"
                        << "قُيّم بأنه غير مفيد، 2 من 5 نجوم، مع تعليق";
}

void TestRowAccessibility::summaryIsTranslated()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QTranslator translator;
    if (locale != QLatin1String("en")) {
        QVERIFY(loadWidgetsTranslation(&translator, QLocale(locale)));
        QCoreApplication::installTranslator(&translator);
    }
    Feedback state;
    state.setRating(false);
    state.setScore(2);
    state.setComment(QStringLiteral("too long"));
    const QString summary = FeedbackDelegate::summary(state);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(summary, expected);
}

void TestRowAccessibility::rowWidgetsAreChildrenOnceExposed()
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("Question")));
    model.appendRow(new QStandardItem(QStringLiteral("Answer")));
    QListView view;
    view.setModel(&model);
    auto *bar = new FeedbackBar;
    view.setIndexWidget(model.index(1, 0), bar);
    view.resize(500, 300);
    view.show();
    // Qt's own list: a row is a cell with no children, the bar out of reach.
    QAccessibleInterface *before = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(before);
    exposeRowWidgets(&view);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&view);
    QCOMPARE(list->childCount(), 2);
    QAccessibleInterface *answer = list->child(1);
    QCOMPARE(answer->role(), QAccessible::ListItem);
    QCOMPARE(answer->text(QAccessible::Name), QStringLiteral("Answer"));
    QCOMPARE(answer->childCount(), 1);
    QCOMPARE(answer->child(0)->object(), bar);
    QCOMPARE(answer->child(0)->parent(), answer); // going up from the bar reaches its row
    QCOMPARE(answer->indexOfChild(answer->child(0)), 0);
    QCOMPARE(list->child(0)->childCount(), 0); // the question carries no widget
    // The bar's own controls are below it: a screen reader reaches the thumbs from the row.
    bool foundThumb = false;
    QList<QAccessibleInterface *> pending { answer->child(0) };
    while (!pending.isEmpty() && !foundThumb) {
        QAccessibleInterface *node = pending.takeFirst();
        foundThumb = node->text(QAccessible::Name) == QLatin1String("Good response");
        for (int i = 0; i < node->childCount(); ++i)
            pending << node->child(i);
    }
    QVERIFY(foundThumb);
}

void TestRowAccessibility::thumbsAreCheckableAndSayTheirNameOnce()
{
    ThumbsWidget thumbs;
    thumbs.show();
    for (QToolButton *button : thumbs.findChildren<QToolButton *>()) {
        QAccessibleInterface *thumb = QAccessible::queryAccessibleInterface(button);
        QVERIFY(thumb->state().checkable); // a toggle from the start, before any press
        QVERIFY(!thumb->state().pressed);
        QVERIFY(!thumb->text(QAccessible::Name).isEmpty());
        QVERIFY2(thumb->text(QAccessible::Description) != thumb->text(QAccessible::Name),
                 qPrintable(thumb->text(QAccessible::Description)));
    }
}

QTEST_MAIN(TestRowAccessibility)
#include "tst_rowaccessibility.moc"
