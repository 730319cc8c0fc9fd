#pragma once

#include <FeedbackKit/feedbackkit_widgets_export.h>

class QAbstractItemView;

namespace FeedbackKit {

/*!
 * Makes the widgets placed on the rows of the list \a view (with setIndexWidget(), such as a
 * FeedbackBar under each answer of a chat) reachable by assistive technology, as children of
 * their rows: Qt's own list interface exposes a row's text only. Each row is a list item
 * named by its text, holding the row's widget.
 *
 * A view whose item delegate is a FeedbackDelegate needs no call: its rows hold the painted
 * thumbs and stars already. QListView only; does nothing for other views.
 */
FEEDBACKKIT_WIDGETS_EXPORT void exposeRowWidgets(QAbstractItemView *view);

} // namespace FeedbackKit
