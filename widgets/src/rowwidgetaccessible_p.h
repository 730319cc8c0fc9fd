#pragma once

#include <QAccessibleWidget>

class QListView;

namespace FeedbackKit {

/*!
 * \brief A widget placed on a row of a list that exposeRowWidgets() made accessible (the
 * demo's bar under each answer), as a child of its row.
 *
 * Qt gives such a widget the view's viewport as its parent, so a screen reader going up from
 * a thumb never reached the answer it rates; here the parent is the row (RowAccessible).
 */
class RowWidgetAccessible : public QAccessibleWidget
{
public:
    explicit RowWidgetAccessible(QWidget *widget);

    /*! The list \a widget is placed on a row of, if that list gets ItemViewAccessible. */
    static QListView *viewOf(QObject *widget);

    QAccessibleInterface *parent() const override;
};

} // namespace FeedbackKit
