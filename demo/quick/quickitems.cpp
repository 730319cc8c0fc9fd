#include "quickitems.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

namespace FeedbackKitDemo {

namespace {
void sendMouse(QQuickWindow *window, QEvent::Type type, const QPointF &scenePos,
               Qt::MouseButtons buttons)
{
    const QPointF globalPos = window->mapToGlobal(scenePos.toPoint());
    QMouseEvent event(type, scenePos, globalPos, Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &event);
}
} // namespace

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

bool clickItem(QQuickItem *item)
{
    QQuickWindow *window = item ? item->window() : nullptr;
    if (!window || !item->isVisible() || !item->isEnabled())
        return false;
    const QPointF middle = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    sendMouse(window, QEvent::MouseButtonPress, middle, Qt::LeftButton);
    sendMouse(window, QEvent::MouseButtonRelease, middle, Qt::NoButton);
    return true;
}

} // namespace FeedbackKitDemo
