#include "languagechangewatcher_p.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QThread>

namespace FeedbackKit {

LanguageChangeWatcher *LanguageChangeWatcher::instance()
{
    // A child of the application, so a test that makes a new application gets a new watcher.
    static QPointer<LanguageChangeWatcher> watcher;
    QCoreApplication *app = QCoreApplication::instance();
    // The controllers live in the GUI thread, where the language changes; one made in another
    // thread keeps its words.
    if (!app || QThread::currentThread() != app->thread())
        return nullptr;
    if (!watcher) {
        watcher = new LanguageChangeWatcher(app);
        app->installEventFilter(watcher);
    }
    return watcher;
}

bool LanguageChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // An application-wide filter sees every event of every object: compare the type first.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT languageChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace FeedbackKit
