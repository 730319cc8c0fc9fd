#pragma once

#include "edithook.h"
#include "edittracker_p.h"

#include <QTimer>

namespace FeedbackKit {

// The edit rules are the tracker's (Delivery); this watches the widget and the quiet period.
class EditHookPrivate
{
public:
    explicit EditHookPrivate(EditHook *q);

    /*! Forgets what was recorded (new target or new original). */
    void resetHistory();
    void onTextChanged();

    EditHook *const q;
    EditTracker tracker;
    QTimer quietTimer;
    /*! The editor's text when the user last typed in it (null before): readable to the end. */
    QString typedText;
};

} // namespace FeedbackKit
