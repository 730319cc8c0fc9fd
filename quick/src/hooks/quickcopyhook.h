#pragma once

#include "clipboardwatcher_p.h"
#include "quickhook.h"

#include <QPointer>
#include <QQuickItem>

namespace FeedbackKit {

/*!
 * \brief Records that the user copied (part of) a response, in QML: \c CopyHook.
 *
 * \c source is the item that shows the response: a \c TextEdit or \c TextArea (or a
 * \c TextInput / \c TextField, or a \c Text). The copy shortcut (Ctrl+C, Ctrl+Insert) on a
 * selection in it is a copy of the selection. A Copy button or a context menu's Copy entry
 * calls copy(): it copies the selection when there is one, else the whole response, puts it
 * on the clipboard and records it. A copy the application makes itself (\c {answer.copy()}
 * from its own menu entry) is recorded too: a clipboard change whose text is the source's
 * selection is this hook's copy (most surely while the source has the active focus; one
 * change goes to one hook, of either front end, as the widgets' CopyHook shares the
 * clipboard listener).
 *
 * The patch and its counts are the widgets' CopyHook's (CopyRule):
 * \code
 * {"actions": {"copied": true, "copy_count": 3, "copied_chars": 120, "copied_all": false}}
 * \endcode
 * and the same text copied again for the same target within correlationWindow is counted
 * once, whichever front end or path saw it first (the shortcut and the clipboard change it
 * makes, a menu entry calling copy()).
 *
 * \code
 * CopyHook { id: copyHook; source: answer; client: feedback.client; target: message.target }
 * Button { text: qsTr("Copy"); onClicked: copyHook.copy() }
 * \endcode
 */
// The base is named in full: Qt 6.4's type registrar does not find it otherwise.
class FEEDBACKKIT_QUICK_EXPORT QuickCopyHook : public FeedbackKit::QuickHook,
                                               private ClipboardClaimant
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CopyHook)
    Q_PROPERTY(QQuickItem *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(
        QString responseText READ responseText WRITE setResponseText NOTIFY responseTextChanged)
    Q_PROPERTY(int correlationWindow READ correlationWindow WRITE setCorrelationWindow NOTIFY
                   correlationWindowChanged)

public:
    explicit QuickCopyHook(QObject *parent = nullptr);
    ~QuickCopyHook() override;

    /*! The item that shows the response; its keys are watched, not taken. Not owned. */
    QQuickItem *source() const;
    void setSource(QQuickItem *source);
    /*! The whole response; empty (the default): the source's \c text. */
    QString responseText() const;
    void setResponseText(const QString &text);
    /*! Milliseconds within which the same copy seen twice counts once (default 500). */
    int correlationWindow() const;
    void setCorrelationWindow(int milliseconds);

    /*!
     * The user copied \a text; empty: the source's selection, or the whole response when
     * nothing is selected. Puts it on the clipboard and records it; returns whether it was
     * recorded (not paused, filtered out, refused or a repeat).
     */
    Q_INVOKABLE bool copy(const QString &text = QString());

Q_SIGNALS:
    void sourceChanged();
    void responseTextChanged();
    void correlationWindowChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mayClaim() const override;
    int claimLevel(const QString &text) const override;
    void claim(const QString &text) override;

    QString selectedText() const;
    QString wholeResponse() const;
    bool recordCopy(const QString &copied);

    QPointer<QQuickItem> m_source;
    QString m_responseText;
    std::optional<QString> m_copying; // what copy() is putting on the clipboard
    int m_window = 500;
};

} // namespace FeedbackKit
