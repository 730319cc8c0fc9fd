#pragma once

// Helpers shared by the hook suites: expected patches written as JSON text, recorded patches
// read back from a QSignalSpy, fresh targets, and a window the widgets live in.

#include <FeedbackKit/AbstractHook>
#include <FeedbackKit/Feedback>
#include <FeedbackKit/HookRegistry>
#include <FeedbackKit/Target>

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

namespace HookTest {

/*! \a feedback as compact JSON with sorted keys: integers and doubles written alike. */
inline QByteArray json(const FeedbackKit::Feedback &feedback)
{
    return QJsonDocument(feedback.toJsonObject()).toJson(QJsonDocument::Compact);
}

/*! The JSON text \a text normalised as json() writes it; fails loudly on bad test data. */
inline QByteArray expected(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("test data is not a JSON object (%s): %s", qPrintable(error.errorString()), text);
    return json(FeedbackKit::Feedback(document.object()));
}

/*! A spy on AbstractHook::feedbackRecorded. */
inline std::unique_ptr<QSignalSpy> recordSpy(FeedbackKit::AbstractHook *hook)
{
    return std::make_unique<QSignalSpy>(hook, &FeedbackKit::AbstractHook::feedbackRecorded);
}

/*! The patches a recordSpy() saw, as json(). */
inline QList<QByteArray> patches(const QSignalSpy &spy)
{
    QList<QByteArray> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(json(arguments.at(1).value<FeedbackKit::Feedback>()));
    return result;
}

/*! The targets a recordSpy() saw. */
inline QList<FeedbackKit::Target> targets(const QSignalSpy &spy)
{
    QList<FeedbackKit::Target> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<FeedbackKit::Target>());
    return result;
}

/*! The CopyHook patch for copy number \a count of \a chars characters. */
inline QByteArray copyPatch(int count, int chars, bool all)
{
    const QString text = QStringLiteral(R"({"actions": {"copied": true, "copy_count": %1,
                                           "copied_chars": %2, "copied_all": %3}})")
                             .arg(count)
                             .arg(chars)
                             .arg(all ? QStringLiteral("true") : QStringLiteral("false"));
    return expected(text.toUtf8().constData());
}

/*! The value at \a path of the patch recorded \a index-th, as a one-element JSON array. */
inline QByteArray valueAt(const QSignalSpy &spy, int index, QStringView path)
{
    const auto patch = spy.at(index).at(1).value<FeedbackKit::Feedback>();
    return QJsonDocument(QJsonArray { patch.value(path) }).toJson(QJsonDocument::Compact);
}

/*! A new event target in a new session, so that running counts start from zero. */
inline FeedbackKit::Target freshTarget()
{
    return FeedbackKit::Target::event(FeedbackKit::generateId(), FeedbackKit::generateId());
}

/*! Puts the registry back as the application starts: not paused, no filter. */
inline void resetRegistry()
{
    FeedbackKit::HookRegistry::instance()->setPaused(false);
    FeedbackKit::HookRegistry::instance()->setFilter({});
}

/*!
 * Opens the real context menu of \a receiver (a line edit, or a scroll area's viewport) and
 * returns it once every queued event (a hook looks for the menu after the event) has run.
 */
inline QMenu *openContextMenu(QWidget *receiver)
{
    const QPoint pos(4, 4);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, receiver->mapToGlobal(pos));
    QCoreApplication::sendEvent(receiver, &event);
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }))
        return nullptr;
    QCoreApplication::processEvents();
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

/*! The Copy entry of a standard context menu (QLineEdit's entries have no object name). */
inline QAction *copyEntry(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-copy")
            || action->text().startsWith(QLatin1String("&Copy")))
            return action;
    }
    return nullptr;
}

} // namespace HookTest
