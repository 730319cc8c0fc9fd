#pragma once

#include "clipboardwatcher_p.h"
#include "copyhook.h"

#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace FeedbackKit {

class CopyHookPrivate : public ClipboardClaimant
{
public:
    /*! What announced a copy before the clipboard changed. */
    enum class Trigger { None, Shortcut, ContextMenu, Action };

    explicit CopyHookPrivate(CopyHook *q);
    ~CopyHookPrivate() override;

    bool mayClaim() const override;
    int claimLevel(const QString &text) const override;
    void claim(const QString &text) override;

    /*! A copy is announced; the clipboard change that follows (or just preceded) is it. */
    void arm(Trigger trigger);
    void disarm();
    bool isArmed() const;
    /*! Connects to the context menu that a ContextMenu event just opened. */
    void observeContextMenu();
    void onMenuTriggered(QAction *action);

    /*! Whether one of the text sources has exactly \a text selected. */
    bool sourceHolds(const QString &text) const;
    bool sourceHasFocus() const;
    QString wholeResponse() const;
    void recordCopy(const std::optional<QString> &copied);

    CopyHook *const q;
    Trigger armedBy = Trigger::None;
    qint64 armedAt = 0;
    QString responseText;
    int window = 500;
    QTimer actionFallback; // an action that put nothing on the clipboard still was a copy
    QPointer<QMenu> observedMenu;
};

} // namespace FeedbackKit
