#pragma once

#include "edithook.h"

#include <QStringList>
#include <QTimer>

#include <optional>

namespace FeedbackKit {

class EditHookPrivate
{
public:
    explicit EditHookPrivate(EditHook *q);

    /*! The text the next commit compares against: the last one recorded, or the original. */
    QString baseline() const { return lastRecorded.value_or(originalText); }
    /*! The edits list to continue: the client's stored one when bound, else this hook's. */
    QStringList previousEdits() const;
    /*! The patch for \a text, with the edits list \a edits (already including \a text). */
    Feedback patchFor(const QString &text, QStringList edits) const;
    /*! Forgets what was recorded (new target or new original). */
    void resetHistory();
    void onTextChanged();

    EditHook *const q;
    QString originalText;
    std::optional<QString> lastRecorded;
    QStringList edits; // as recorded for the current target, when unbound
    int maxEdits = 10;
    bool recordGroundTruth = false;
    QTimer quietTimer;
};

} // namespace FeedbackKit
