#pragma once

#include <FeedbackKit/feedbackkit_quick_export.h>

#include <QJSValue>
#include <QObject>
#include <QtQml/qqml.h>

namespace FeedbackKit {

/*!
 * \brief The process-wide privacy switches of every hook (HookRegistry), in QML:
 * \c {HookRegistry.paused = true}.
 *
 * \c paused stops every hook, of both front ends, from observing anything. \c filter is a
 * JavaScript function \c {function(patch, target)} that every hook's signal goes through
 * after the hook's own filter: it returns the patch to record (as is or redacted) or \c null
 * to drop it. Setting it replaces the registry's filter, also one installed from C++; it is
 * removed when the QML engine goes away.
 */
class FEEDBACKKIT_QUICK_EXPORT QuickHookRegistry : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(HookRegistry)
    QML_SINGLETON
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(QJSValue filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    explicit QuickHookRegistry(QObject *parent = nullptr);
    ~QuickHookRegistry() override;

    bool isPaused() const;
    void setPaused(bool paused);
    QJSValue filter() const;
    void setFilter(const QJSValue &filter);

Q_SIGNALS:
    void pausedChanged();
    void filterChanged();

private:
    void onRegistryFilterChanged();

    QJSValue m_filter;
    bool m_installing = false;
};

} // namespace FeedbackKit
