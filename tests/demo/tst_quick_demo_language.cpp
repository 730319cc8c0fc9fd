// The Qt Quick demo's Language menu, clicked as a user would: the window's words, the backend's
// description (C++ words QML cannot re-read by itself) and the layout direction follow the
// switch, with no restart.

#include "backend.h"
#include "chatcontroller.h"
#include "languageswitcher.h"
#include "quickdemowindow.h"
#include "quickitems.h"

#include <FeedbackKit/Translation>

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace FeedbackKitDemo;

class TestQuickDemoLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languageMenuSwitchesTheWindow();
    void cleanupTestCase();

private:
    QQuickItem *item(const char *objectName) const;
    void chooseLanguage(const char *code);
    /*! The Language menu's entry for \a code, open or not. */
    QQuickItem *languageItem(const char *code) const;

    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<ChatController> m_chat;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

void TestQuickDemoLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HH_API_KEY", QByteArray());
    // The test's own data folder (~/.qttest), emptied: the embedded collector's database would
    // otherwise keep every earlier run's answers and ratings, and the figures grow run by run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->addCatalogue(QStringLiteral("feedbackkit"),
                              [](QTranslator *translator, const QLocale &locale) {
                                  return FeedbackKit::loadTranslation(translator, locale);
                              });
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_backend = std::make_unique<Backend>(QUrl());
    QString error;
    QVERIFY2(m_backend->start(&error), qPrintable(error));
    m_chat = std::make_unique<ChatController>(m_backend.get());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = loadQuickDemoWindow(*m_engine, m_chat.get(), m_languages.get());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestQuickDemoLanguage::cleanupTestCase()
{
    m_engine.reset();
    m_chat.reset();
    m_backend.reset();
    m_languages.reset();
}

namespace {
// Every item of the visual tree under root, depth first.
void collect(QQuickItem *root, QList<QQuickItem *> *items)
{
    items->append(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}
} // namespace

QQuickItem *TestQuickDemoLanguage::item(const char *objectName) const
{
    return findItem(m_window->contentItem(), QLatin1String(objectName));
}

QQuickItem *TestQuickDemoLanguage::languageItem(const char *code) const
{
    QObject *menu = m_window->findChild<QObject *>(QStringLiteral("languageMenu"));
    const QString name = QStringLiteral("language_") + QLatin1String(code);
    for (int index = 0; menu && index < menu->property("count").toInt(); ++index) {
        QQuickItem *entry = nullptr;
        QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, entry),
                                  Q_ARG(int, index));
        if (entry && entry->objectName() == name)
            return entry;
    }
    return nullptr;
}

void TestQuickDemoLanguage::chooseLanguage(const char *code)
{
    const auto bar = m_window->findChild<QObject *>(QStringLiteral("languageMenu"));
    QVERIFY(bar);
    // The menu bar's entry for the Language menu, then the language in the open menu.
    QList<QQuickItem *> items;
    collect(m_window->contentItem(), &items);
    QQuickItem *entry = nullptr;
    for (QQuickItem *candidate : std::as_const(items)) {
        if (candidate->property("menu").value<QObject *>() == bar)
            entry = candidate;
    }
    QVERIFY(clickItem(entry));
    QTRY_VERIFY(languageItem(code) && languageItem(code)->isVisible());
    QVERIFY(clickItem(languageItem(code)));
    QTRY_COMPARE(m_languages->language(), QLatin1String(code));
}

void TestQuickDemoLanguage::languageMenuSwitchesTheWindow()
{
    const QString englishTitle = m_window->title();
    const QString englishDescription = m_backend->description();
    QCOMPARE(englishTitle, QStringLiteral("FeedbackKit demo"));
    QCOMPARE(item("backendDescription")->property("text").toString(), englishDescription);

    chooseLanguage("de");
    const QString germanTitle = QCoreApplication::translate("FeedbackKitDemo::MainWindow",
                                                            "FeedbackKit demo", "@title:window");
    QVERIFY(germanTitle != englishTitle);
    QTRY_COMPARE(m_window->title(), germanTitle);
    QVERIFY(m_backend->description() != englishDescription);
    QTRY_COMPARE(item("backendDescription")->property("text").toString(), m_backend->description());
    QVERIFY(languageItem("de")->property("checked").toBool());
    QVERIFY(!languageItem("en")->property("checked").toBool());

    // Arabic mirrors the window: the delivery panel moves to the left of the conversation.
    QQuickItem *panel = item("deliveryPanel");
    QQuickItem *conversation = item("conversationView");
    QVERIFY(panel && conversation);
    QVERIFY(panel->mapToScene({}).x() > conversation->mapToScene({}).x());
    chooseLanguage("ar");
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(panel->mapToScene({}).x() < conversation->mapToScene({}).x());

    chooseLanguage("en");
    QTRY_COMPARE(m_window->title(), englishTitle);
    QTRY_COMPARE(item("backendDescription")->property("text").toString(), englishDescription);
    QTRY_VERIFY(panel->mapToScene({}).x() > conversation->mapToScene({}).x());
}

QTEST_MAIN(TestQuickDemoLanguage)
#include "tst_quick_demo_language.moc"
