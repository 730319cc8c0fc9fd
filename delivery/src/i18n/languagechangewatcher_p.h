#pragma once

#include <QObject>

namespace FeedbackKit {

/*!
 * \internal
 * Tells the UI-neutral controllers that the application's language changed, so that they can
 * announce their texts again (NOTIFY) and every front end shows the new words.
 *
 * QCoreApplication sends QEvent::LanguageChange to itself when a translator is installed or
 * removed, and passes it on to top-level widgets and windows only, never to other QObjects.
 * One watcher per application filters the application's events (as QQmlApplicationEngine
 * does for retranslate()); every controller connects to its signal instead of filtering all of
 * the application's events itself, which would cost each event once per controller.
 */
class LanguageChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /*! The application's watcher, made on first use; nullptr without a QCoreApplication
     * or outside its thread. */
    static LanguageChangeWatcher *instance();

    /*! Calls \a slot of \a receiver after every language change (nothing without an app). */
    template<class Receiver, class Slot> static void notify(Receiver *receiver, Slot slot)
    {
        if (LanguageChangeWatcher *watcher = instance())
            connect(watcher, &LanguageChangeWatcher::languageChanged, receiver, slot);
    }

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace FeedbackKit
