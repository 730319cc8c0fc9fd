// Screenshots of the QML components, for people to look at: every scene in scenes/, left to
// right and right to left, light and dark, saved as PNG under the build tree. CTest runs this
// once per Qt Quick Controls style and device pixel ratio (QT_QUICK_CONTROLS_STYLE,
// QT_SCALE_FACTOR), since a process picks its style once.

#include <FeedbackKit/Collector>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    return palette;
}

// What an application does to give Qt Quick its palette: set the roles on the window's root
// palette (a style's own theme would otherwise win over QGuiApplication::palette()).
void applyPalette(QObject *root, const QPalette &palette)
{
    auto *target = root->property("palette").value<QObject *>();
    if (!target)
        return;
    const std::pair<const char *, QPalette::ColorRole> roles[] = {
        { "window", QPalette::Window },         { "windowText", QPalette::WindowText },
        { "base", QPalette::Base },             { "text", QPalette::Text },
        { "button", QPalette::Button },         { "buttonText", QPalette::ButtonText },
        { "highlight", QPalette::Highlight },   { "highlightedText", QPalette::HighlightedText },
        { "placeholderText", QPalette::PlaceholderText },
        { "mid", QPalette::Mid },               { "dark", QPalette::Dark },
        { "light", QPalette::Light },           { "midlight", QPalette::Midlight },
        { "shadow", QPalette::Shadow },
    };
    for (const auto &[name, role] : roles)
        target->setProperty(name, palette.color(role));
}

} // namespace

class TestQuickScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scene_data();
    void scene();

private:
    QImage grab(const QString &scene, bool rightToLeft, bool dark);

    QTemporaryDir m_scratch;
    std::unique_ptr<FeedbackKit::Collector> m_collector;
    QString m_prefix;
};

void TestQuickScreenshots::initTestCase()
{
    m_collector = std::make_unique<FeedbackKit::Collector>();
    QVERIFY(m_collector->start());
    const QString style = qEnvironmentVariable("QT_QUICK_CONTROLS_STYLE", QStringLiteral("Basic"));
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    m_prefix = QStringLiteral("%1-%2x").arg(style.toLower(), scale);
    QVERIFY(QDir().mkpath(QStringLiteral(QUICK_SCREENSHOT_DIR)));
}

void TestQuickScreenshots::scene_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<bool>("dark");
    const QStringList scenes = QDir(QStringLiteral(QUICK_SCENE_DIR))
                                   .entryList({ QStringLiteral("*.qml") }, QDir::Files);
    for (const QString &file : scenes) {
        const QString scene = file.chopped(4);
        for (const bool rightToLeft : { false, true })
            for (const bool dark : { false, true })
                QTest::addRow("%s-%s-%s", qPrintable(scene), rightToLeft ? "rtl" : "ltr",
                              dark ? "dark" : "light")
                    << scene << rightToLeft << dark;
    }
}

// Renders the scene and keeps the picture; checks what can be checked without eyes: the
// picture has the scene's size at the device pixel ratio, and is not blank.
void TestQuickScreenshots::scene()
{
    QFETCH(QString, scene);
    QFETCH(bool, rightToLeft);
    QFETCH(bool, dark);
    const QImage image = grab(scene, rightToLeft, dark);
    QVERIFY(!image.isNull());
    const QColor corner = image.pixelColor(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 3)
        for (int x = 0; x < image.width() && !varied; x += 3)
            varied = image.pixelColor(x, y) != corner;
    QVERIFY2(varied, "the scene rendered nothing");
    const QString name = QStringLiteral("%1/%2-%3-%4-%5.png")
                             .arg(QStringLiteral(QUICK_SCREENSHOT_DIR), scene, m_prefix,
                                  rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                                  dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QVERIFY(image.save(name));
}

QImage TestQuickScreenshots::grab(const QString &scene, bool rightToLeft, bool dark)
{
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral(QUICK_IMPORT_DIR));
    QQmlContext *context = view.rootContext();
    context->setContextProperty(QStringLiteral("collectorUrl"), m_collector->baseUrl());
    context->setContextProperty(QStringLiteral("scratchDir"), m_scratch.path());
    context->setContextProperty(QStringLiteral("sceneRightToLeft"), rightToLeft);
    context->setContextProperty(QStringLiteral("sceneDark"), dark);
    view.setResizeMode(QQuickView::SizeViewToRootObject);
    view.setSource(QUrl::fromLocalFile(QStringLiteral(QUICK_SCENE_DIR "/") + scene
                                       + QStringLiteral(".qml")));
    if (view.status() != QQuickView::Ready) {
        qWarning() << view.errors();
        return {};
    }
    if (dark)
        applyPalette(view.rootObject(), darkPalette());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    // A scene that rates and delivers says when it is ready to be seen.
    QQuickItem *root = view.rootObject();
    if (root->property("ready").isValid() && !QTest::qWaitFor([root] {
            return root->property("ready").toBool();
        }, 10000))
        return {};
    return view.grabWindow();
}

QTEST_MAIN(TestQuickScreenshots)
#include "tst_quickscreenshots.moc"
