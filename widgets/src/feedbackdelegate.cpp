#include "feedbackdelegate_p.h"

#include "delegateeditor_p.h"
#include "itemviewaccessible_p.h"
#include "starrating.h"
#include "thumbbuttonaccessible_p.h"
#include "thumbswidget.h"
#include "widgetslogging_p.h"
#include <FeedbackKit/Client>
#include <FeedbackKit/RatingController>

#include <QApplication>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace FeedbackKit {

using namespace DelegateLayout;

FeedbackDelegate::FeedbackDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , d(std::make_unique<FeedbackDelegatePrivate>())
{
    d->painter.setAlignment(Qt::AlignCenter);
    installAccessibleFactory();
}

FeedbackDelegate::~FeedbackDelegate() = default;

QString FeedbackDelegate::summary(const Feedback &state, int maximum)
{
    QStringList parts;
    if (const std::optional<bool> rating = state.rating())
        parts << (*rating ? tr("Rated helpful", "@info:status accessible summary of a row")
                          : tr("Rated not helpful", "@info:status accessible summary of a row"));
    if (const std::optional<double> score = state.score(); score && *score > 0)
        parts << StarRating::valueText(*score, maximum);
    if (const std::optional<QString> comment = state.comment(); comment && !comment->isEmpty())
        parts << tr("commented", "@info:status accessible summary of a row");
    if (parts.isEmpty())
        return StarRating::valueText(0, maximum);
    //: Between the parts of a row's summary ("Rated helpful, 4 of 5 stars")
    return parts.join(tr(", ", "@info:status list separator"));
}

bool FeedbackDelegate::thumbsVisible() const
{
    return d->thumbsVisible;
}

void FeedbackDelegate::setThumbsVisible(bool visible)
{
    if (d->thumbsVisible == visible)
        return;
    d->thumbsVisible = visible;
    Q_EMIT thumbsVisibleChanged(visible);
    Q_EMIT sizeHintChanged({});
}

bool FeedbackDelegate::starsVisible() const
{
    return d->starsVisible;
}

void FeedbackDelegate::setStarsVisible(bool visible)
{
    if (d->starsVisible == visible)
        return;
    d->starsVisible = visible;
    Q_EMIT starsVisibleChanged(visible);
    Q_EMIT sizeHintChanged({});
}

int FeedbackDelegate::maximum() const
{
    return d->painter.maximum();
}

void FeedbackDelegate::setMaximum(int maximum)
{
    if (maximum < 1 || maximum > RatingPainter::maximumStars) {
        qCWarning(lcWidgets) << "FeedbackDelegate: maximum must be 1 ..."
                             << RatingPainter::maximumStars << "got" << maximum;
        maximum = qBound(1, maximum, RatingPainter::maximumStars);
    }
    if (d->painter.maximum() == maximum)
        return;
    d->painter.setMaximum(maximum);
    Q_EMIT maximumChanged(maximum);
    Q_EMIT sizeHintChanged({});
}

bool FeedbackDelegate::halfSteps() const
{
    return d->painter.halfSteps();
}

void FeedbackDelegate::setHalfSteps(bool halfSteps)
{
    if (d->painter.halfSteps() == halfSteps)
        return;
    d->painter.setHalfSteps(halfSteps);
    Q_EMIT halfStepsChanged(halfSteps);
}

Client *FeedbackDelegate::client() const
{
    return d->client;
}

void FeedbackDelegate::setClient(Client *client)
{
    if (d->client == client)
        return;
    d->client = client;
    Q_EMIT clientChanged(client);
}

Channel FeedbackDelegate::channel() const
{
    return d->channel;
}
void FeedbackDelegate::setChannel(Channel channel)
{
    if (d->channel == channel)
        return;
    d->channel = channel;
    Q_EMIT channelChanged(channel);
}

Feedback FeedbackDelegate::feedbackFromVariant(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Feedback>())
        return value.value<Feedback>();
    if (value.metaType() == QMetaType::fromType<QJsonObject>())
        return Feedback(value.toJsonObject());
    if (value.metaType() == QMetaType::fromType<QVariantMap>())
        return Feedback(value.toMap());
    return {};
}

void FeedbackDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (option.widget != d->accessibleView) {
        // Set on a view whose accessible interface Qt had already made: made again, with rows
        // that hold their thumbs and stars. Once per view (paint runs for every row).
        d->accessibleView = option.widget;
        if (option.widget)
            ItemViewAccessible::replaceQtInterface(const_cast<QWidget *>(option.widget));
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const Areas areas = d->areas(item);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The style draws background, selection and focus over the whole row, the text in what is
    // left of it; the ratings are ours.
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    d->drawText(painter, item, text, areas.text);

    const Feedback feedback = feedbackFromVariant(index.data(FeedbackRole));
    d->preparePainter(item);
    if (d->thumbsVisible)
        d->painter.paintThumbs(painter, areas.thumbs, feedback.rating());
    if (d->starsVisible)
        d->painter.paintStars(painter, areas.stars, feedback.score().value_or(0));
}

// What QStyle::drawItemText does, with the layout from the cache instead of shaping the text
// twice (elide, then draw) on every paint.
void FeedbackDelegatePrivate::drawText(QPainter *painter, const QStyleOptionViewItem &item,
                                       const QString &text, const QRect &rect)
{
    const QPalette::ColorRole role
        = item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QPen saved = painter->pen();
    painter->setPen(QPen(item.palette.brush(role), saved.widthF()));
    const Qt::Alignment visual = QStyle::visualAlignment(item.direction, item.displayAlignment);
    this->text.draw(painter, { text, item.font, rect, visual, item.direction, item.textElideMode });
    painter->setPen(saved);
}

QSize FeedbackDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int ratings = 2 * margin;
    if (d->thumbsVisible)
        ratings += d->painter.thumbsSizeHint().width() + gap;
    if (d->starsVisible)
        ratings += d->painter.starsSizeHint().width() + gap;
    size.rwidth() += ratings;
    size.setHeight(qMax(size.height(), d->painter.iconSize().height() + 2 * margin));
    return size;
}

// FeedbackDelegate's editing: clicks on thumbs and stars, the keyboard editor, and writing
// each change to the model and, when set, to the client.

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
