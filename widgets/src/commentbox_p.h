#pragma once

#include "commentbox.h"
#include "reasonchips_p.h"

#include <FeedbackKit/CommentController>
#include <FeedbackKit/RatingController>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace FeedbackKit {

// CommentBox's parts: the editor, its counter, the chips and the buttons, and the controllers
// they render.
class CommentBoxPrivate
{
public:
    QPlainTextEdit *editor = nullptr;
    ReasonChips *chips = nullptr;
    QLabel *counter = nullptr;
    QPushButton *send = nullptr;
    QPushButton *cancel = nullptr;
    QString placeholder;
    // The box's own rating controller, bound as the box is (or not at all, inside a bar): the
    // comment's patches go through it, and what it shows is what Esc goes back to.
    RatingController rating;
    // The rules the box renders: the cap and its counter, the reasons per sentiment, the keys,
    // submit and cancel. The sentiment is always set by the box (its property, or the bar's).
    CommentController comment;
};

} // namespace FeedbackKit
