#include "feedbackdelegate_p.h"

#include "itemviewaccessible_p.h"
#include "starrating.h"
#include "thumbbuttonaccessible_p.h"
#include "widgetslogging_p.h"
#include <FeedbackKit/Client>

#include <QApplication>
#include <QJsonObject>
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

} // namespace FeedbackKit
