#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QQuickItem;
class QString;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*!
 * The item named \a objectName in the visual tree under \a root, depth first (\a root
 * included): delegates, the items of QML components, a window's footer and its open popups
 * are reached whatever their QObject parents are. Null when there is none.
 */
QQuickItem *findItem(QQuickItem *root, const QString &objectName);

/*!
 * Clicks the middle of \a item with the left mouse button, through its window as the
 * platform would deliver it, so the item's handlers and whatever is on top decide what
 * happens. Returns false, doing nothing, for an item that is hidden, disabled or not in a
 * window.
 */
bool clickItem(QQuickItem *item);

} // namespace FeedbackKitDemo
