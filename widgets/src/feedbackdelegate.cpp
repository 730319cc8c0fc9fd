#include "feedbackdelegate.h"

#include "client.h"
#include "delegateeditor_p.h"
#include "ratingpainter.h"
#include "starrating.h"
#include "thumbswidget.h"
#include "widgetslogging_p.h"

#include <QApplication>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>

namespace FeedbackKit {

namespace {
constexpr int margin = 4;
constexpr int gap = 8;
constexpr int maximumStars = 20;

struct Areas
{
    QRect text;
    QRect thumbs;
    QRect stars;
};
} // namespace

class FeedbackDelegate::Private
{
public:
    RatingPainter painter;
    bool thumbsVisible = true;
    bool starsVisible = true;
    QPointer<Client> client;
    Channel channel = Channel::EndUser;

    // Text at the leading side, then thumbs and stars at the trailing side; mirrored in
    // right-to-left.
    Areas areas(const QStyleOptionViewItem &option) const
    {
        const QRect inner = option.rect.adjusted(margin, 0, -margin, 0);
        int trailing = inner.right() + 1;
        Areas areas;
        auto take = [&](QSize size) {
            const QRect area(trailing - size.width(),
                             inner.top() + (inner.height() - size.height()) / 2, size.width(),
                             size.height());
            trailing = area.left() - gap;
            return QStyle::visualRect(option.direction, option.rect, area);
        };
        if (starsVisible)
            areas.stars = take(painter.starsSizeHint());
        if (thumbsVisible)
            areas.thumbs = take(painter.thumbsSizeHint());
        const QRect text(inner.left(), option.rect.top(), qMax(0, trailing - inner.left()),
                         option.rect.height());
        areas.text = QStyle::visualRect(option.direction, option.rect, text);
        return areas;
    }

    // On a selected row the highlight is the background: draw the icons in its text colour.
    void preparePainter(const QStyleOptionViewItem &option)
    {
        QPalette palette = option.palette;
        if (option.state & QStyle::State_Selected) {
            const QColor on = palette.color(QPalette::HighlightedText);
            QColor off = on;
            off.setAlphaF(0.55);
            palette.setColor(QPalette::Highlight, on);
            palette.setColor(QPalette::PlaceholderText, off);
        }
        painter.setPalette(palette);
        painter.setEnabled(option.state & QStyle::State_Enabled);
        painter.setLayoutDirection(option.direction);
    }
};

FeedbackDelegate::FeedbackDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , d(std::make_unique<Private>())
{
    d->painter.setAlignment(Qt::AlignCenter);
}

FeedbackDelegate::~FeedbackDelegate() = default;

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
    if (maximum < 1 || maximum > maximumStars) {
        qCWarning(lcWidgets) << "FeedbackDelegate: maximum must be 1 ..." << maximumStars << "got"
                             << maximum;
        maximum = qBound(1, maximum, maximumStars);
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
    d->channel = channel;
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
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const Areas areas = d->areas(item);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The style draws background, selection and focus over the whole row, the text in what is
    // left of it; the ratings are ours.
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    const QPalette::ColorRole textRole
        = item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, areas.text, int(item.displayAlignment | Qt::TextSingleLine),
                        item.palette, item.state & QStyle::State_Enabled,
                        item.fontMetrics.elidedText(text, item.textElideMode, areas.text.width()),
                        textRole);

    const Feedback feedback = feedbackFromVariant(index.data(FeedbackRole));
    d->preparePainter(item);
    if (d->thumbsVisible)
        d->painter.paintThumbs(painter, areas.thumbs, feedback.rating());
    if (d->starsVisible)
        d->painter.paintStars(painter, areas.stars, feedback.score().value_or(0));
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

bool FeedbackDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && handleClick(mouse->position().toPoint(), model, option, index))
            return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
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
        const bool up = thumb == RatingPainter::Thumb::Up;
        // Clicking the active thumb takes the rating back.
        patch.setValue(u"rating", state.rating() == up ? QJsonValue() : QJsonValue(up));
    } else if (d->starsVisible && areas.stars.contains(pos)) {
        const double clicked = d->painter.valueAt(areas.stars, pos);
        if (clicked <= 0)
            return false;
        patch.setValue(u"score", state.score() == clicked ? QJsonValue() : QJsonValue(clicked));
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
