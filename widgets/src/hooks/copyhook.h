#pragma once

#include "abstracthook.h"

#include <memory>

namespace FeedbackKit {

class CopyHookPrivate;

/*!
 * \brief Records that the user copied (part of) a response.
 *
 * Sources: the widget that shows the response (QTextEdit, QTextBrowser, QPlainTextEdit,
 * QLineEdit, or a QLabel with selectable text) and the application's own Copy QAction or
 * button (any QAbstractButton). A copy is seen when it is made with the copy shortcut
 * (QKeySequence::Copy or Ctrl+Insert), the Copy entry of the widget's context menu, the Copy
 * action or button, or the widget's copy() slot called by the application.
 *
 * Each copy is the patch
 * \code
 * {"actions": {"copied": true, "copy_count": 3, "copied_chars": 120, "copied_all": false}}
 * \endcode
 * \c copy_count is a running count per target (seeded from the Client's stored state when
 * bound), \c copied_chars the number of Unicode characters on the clipboard and
 * \c copied_all whether they are the whole response (leading and trailing white space
 * ignored). When an action or button fires but puts no text on the clipboard within
 * correlationWindow(), only \c copied and \c copy_count are recorded.
 *
 * Detection goes through the clipboard: the shortcut, the context menu entry and the action
 * only "arm" the hook, and the clipboard change that follows within correlationWindow() is the
 * copy. A change nobody armed for (the application calling the widget's copy() slot) is
 * claimed by the hook whose widget has exactly the copied text selected, preferring a focused
 * one. Each change is counted once, by one hook, and the same text copied again for the same
 * target within the window is not counted again, so one copy seen by two paths (the shortcut
 * and the Copy action, say) counts once. The clipboard is read only when some hook is armed or
 * has a selection: reading another application's clipboard can wait on that application.
 *
 * \code
 * CopyHook::attach(answerView, target, client);   // one line per source
 * CopyHook::attach(copyButton, target, client);
 * \endcode
 */
class FEEDBACKKIT_WIDGETS_EXPORT CopyHook : public AbstractHook
{
    Q_OBJECT
    Q_PROPERTY(
        QString responseText READ responseText WRITE setResponseText NOTIFY responseTextChanged)
    Q_PROPERTY(int correlationWindow READ correlationWindow WRITE setCorrelationWindow NOTIFY
                   correlationWindowChanged)

public:
    explicit CopyHook(QObject *parent = nullptr);
    ~CopyHook() override;

    /*!
     * Creates a hook watching \a source, as a child of \a source, for \a target; bound to
     * \a client when one is given. Returns nullptr (with a warning) when \a source cannot be
     * watched or \a target is invalid.
     */
    static CopyHook *attach(QObject *source, const Target &target, Client *client = nullptr,
                            Channel channel = Channel::EndUser);

    /*!
     * The whole response, to tell whether a copy took all of it. Empty (the default): the
     * text of the first text widget among the sources.
     */
    QString responseText() const;
    void setResponseText(const QString &text);

    /*! Milliseconds within which a trigger and a clipboard change are one copy (default 500). */
    int correlationWindow() const;
    void setCorrelationWindow(int milliseconds);

Q_SIGNALS:
    void responseTextChanged(const QString &text);
    void correlationWindowChanged(int milliseconds);

protected:
    bool canWatch(QObject *source) const override;
    void watch(QObject *source) override;
    void unwatch(QObject *source) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class CopyHookPrivate; // reaches the protected recording API
    std::unique_ptr<CopyHookPrivate> const d;
};

} // namespace FeedbackKit
