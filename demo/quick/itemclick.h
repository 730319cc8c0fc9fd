#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QQuickItem;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * Clicks the middle of \a item with the left mouse button, through its window as the
 * platform would deliver it, so the item's handlers and whatever is on top decide what
 * happens. Returns false, doing nothing, for an item that is hidden, disabled or not in a
 * window.
 */
bool clickItem(QQuickItem *item);

} // namespace FeedbackKitDemo
