// FeedbackDelegate's editing: clicks on thumbs and stars, the keyboard editor, and writing
// each change to the model and, when set, to the client.

#include "feedbackdelegate_p.h"

#include "delegateeditor_p.h"
#include "starrating.h"
#include "thumbswidget.h"
#include "widgetslogging_p.h"
#include <FeedbackKit/Client>
#include <FeedbackKit/RatingController>

#include <QKeyEvent>
#include <QMouseEvent>

namespace FeedbackKit {

using namespace DelegateLayout;

bool FeedbackDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::KeyPress && handleKey(*static_cast<QKeyEvent *>(event), index))
        return true;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && handleClick(mouse->position().toPoint(), model, option, index))
            return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool FeedbackDelegate::handleKey(const QKeyEvent &key, const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled)
        || (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const QString text = key.text();
    if (d->thumbsVisible && (text == QLatin1String("+") || text == QLatin1String("-"))) {
        toggleThumb(index, text == QLatin1String("+"));
        return true;
    }
    const int digit = text.size() == 1 && text.at(0).isDigit() ? text.at(0).digitValue() : -1;
    if (d->starsVisible && digit >= 0 && digit <= maximum()) {
        setScore(index, digit);
        return true;
    }
    return false;
}

void FeedbackDelegate::toggleThumb(const QModelIndex &index, bool up)
{
    if (!index.isValid())
        return;
    const Feedback state = feedbackFromVariant(index.data(FeedbackRole));
    apply(const_cast<QAbstractItemModel *>(index.model()), index,
          RatingController::thumbPatch(state.rating(), up));
}

void FeedbackDelegate::setScore(const QModelIndex &index, double stars)
{
    if (!index.isValid() || stars < 0 || stars > maximum())
        return;
    const Feedback state = feedbackFromVariant(index.data(FeedbackRole));
    if ((stars == 0 && !state.score()) || state.score() == stars)
        return; // nothing changes
    apply(const_cast<QAbstractItemModel *>(index.model()), index,
          RatingController::scorePatch(stars));
}

bool FeedbackDelegate::handleClick(const QPoint &pos, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!(model->flags(index) & Qt::ItemIsEnabled))
        return false;
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const Areas areas = d->areas(item);
    d->preparePainter(item);
    const Feedback state = feedbackFromVariant(index.data(FeedbackRole));
    Feedback patch;
    if (d->thumbsVisible && areas.thumbs.adjusted(-gap / 2, 0, gap / 2, 0).contains(pos)) {
        const RatingPainter::Thumb thumb = d->painter.thumbAt(areas.thumbs, pos);
        if (thumb == RatingPainter::Thumb::None)
            return false;
        toggleThumb(index, thumb == RatingPainter::Thumb::Up);
        return true;
    } else if (d->starsVisible && areas.stars.contains(pos)) {
        const double clicked = d->painter.valueAt(areas.stars, pos);
        if (clicked <= 0)
            return false;
        patch = RatingController::scorePatch(
            RatingController::starClick(state.score().value_or(0), clicked));
    } else {
        return false;
    }
    apply(model, index, patch);
    return true;
}

QWidget *FeedbackDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *editor = new DelegateEditor(parent);
    editor->thumbs()->setVisible(d->thumbsVisible);
    editor->stars()->setVisible(d->starsVisible);
    editor->stars()->setMaximum(maximum());
    editor->stars()->setHalfSteps(halfSteps());
    auto *self = const_cast<FeedbackDelegate *>(this); // commitData is a signal: not const
    connect(editor, &DelegateEditor::edited, self,
            [self, editor] { Q_EMIT self->commitData(editor); });
    return editor;
}

void FeedbackDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *feedbackEditor = qobject_cast<DelegateEditor *>(editor))
        feedbackEditor->setFeedbackState(feedbackFromVariant(index.data(FeedbackRole)));
}

void FeedbackDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *feedbackEditor = qobject_cast<DelegateEditor *>(editor);
    if (!feedbackEditor)
        return;
    const Feedback patch = feedbackEditor->takePatch();
    if (!patch.isEmpty())
        const_cast<FeedbackDelegate *>(this)->apply(model, index, patch); // emits: not const
}

void FeedbackDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

void FeedbackDelegate::apply(QAbstractItemModel *model, const QModelIndex &index,
                             const Feedback &patch)
{
    Feedback state = feedbackFromVariant(index.data(FeedbackRole));
    state.merge(patch);
    if (!model->setData(index, QVariant::fromValue(state), FeedbackRole))
        qCWarning(lcWidgets) << "FeedbackDelegate: the model refused FeedbackRole for" << index;
    Q_EMIT feedbackEdited(index, patch);
    if (!d->client)
        return;
    const QVariant targetValue = index.data(TargetRole);
    QString error;
    const Target target = targetValue.metaType() == QMetaType::fromType<Target>()
        ? targetValue.value<Target>()
        : Target::event(targetValue.toString(), {}, &error);
    if (target.isValid() && d->client->enrich(target, patch, d->channel, &error))
        return;
    qCWarning(lcWidgets) << "FeedbackDelegate: feedback for row" << index.row()
                         << "not sent:" << error;
    Q_EMIT submitFailed(index, error);
}

} // namespace FeedbackKit
