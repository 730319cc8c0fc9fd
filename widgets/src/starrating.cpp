#include "starrating.h"

#include "ratingpainter.h"
#include "starratingaccessible_p.h"
#include "thumbbuttonaccessible_p.h"
#include "widgetslogging_p.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>

#include <cmath>

namespace FeedbackKit {

namespace {
constexpr int focusMargin = 3;
} // namespace

class StarRatingPrivate
{
public:
    RatingPainter painter;
    double value = 0;
    double hover = 0;
    bool readOnly = false;
};

StarRating::StarRating(QWidget *parent)
    : AbstractFeedbackWidget(parent)
    , d(std::make_unique<StarRatingPrivate>())
{
    installAccessibleFactory();
    d->painter.setIconSize(QSize(20, 20));
    d->painter.setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

StarRating::~StarRating() = default;

double StarRating::value() const
{
    return d->value;
}

void StarRating::setValue(double value)
{
    if (!std::isfinite(value)) {
        qCWarning(lcWidgets) << "StarRating: ignoring a non-finite value";
        return;
    }
    const double snapped = d->painter.snapped(value);
    if (snapped != value)
        qCDebug(lcWidgets) << "StarRating: value" << value << "shown as" << snapped;
    if (qFuzzyCompare(1 + d->value, 1 + snapped))
        return;
    d->value = snapped;
    update();
    QAccessibleValueChangeEvent event(this, snapped);
    QAccessible::updateAccessibility(&event);
    Q_EMIT valueChanged(snapped);
}

int StarRating::maximum() const
{
    return d->painter.maximum();
}

void StarRating::setMaximum(int maximum)
{
    if (maximum < 1 || maximum > RatingPainter::maximumStars) {
        qCWarning(lcWidgets) << "StarRating: maximum must be 1 ..." << RatingPainter::maximumStars
                             << "got" << maximum;
        maximum = qBound(1, maximum, RatingPainter::maximumStars);
    }
    if (d->painter.maximum() == maximum)
        return;
    d->painter.setMaximum(maximum);
    updateGeometry();
    update();
    Q_EMIT maximumChanged(maximum);
    setValue(qMin(d->value, double(maximum)));
}

bool StarRating::halfSteps() const
{
    return d->painter.halfSteps();
}

void StarRating::setHalfSteps(bool halfSteps)
{
    if (d->painter.halfSteps() == halfSteps)
        return;
    d->painter.setHalfSteps(halfSteps);
    Q_EMIT halfStepsChanged(halfSteps);
    setValue(d->painter.snapped(d->value)); // 3.5 becomes 4 without half steps
}

bool StarRating::isReadOnly() const
{
    return d->readOnly;
}

void StarRating::setReadOnly(bool readOnly)
{
    if (d->readOnly == readOnly)
        return;
    d->readOnly = readOnly;
    setHoverValue(0);
    Q_EMIT readOnlyChanged(readOnly);
}

QSize StarRating::iconSize() const
{
    return d->painter.iconSize();
}

void StarRating::setIconSize(const QSize &size)
{
    if (size.isEmpty()) {
        qCWarning(lcWidgets) << "StarRating: ignoring an empty icon size" << size;
        return;
    }
    if (d->painter.iconSize() == size)
        return;
    d->painter.setIconSize(size);
    updateGeometry();
    update();
    Q_EMIT iconSizeChanged(size);
}

double StarRating::hoverValue() const
{
    return d->hover;
}

QString StarRating::valueText() const
{
    return valueText(d->value, maximum(), locale());
}

QString StarRating::valueText(double stars, int maximum, const QLocale &locale)
{
    return RatingController::starsText(stars, maximum, locale);
}

Feedback StarRating::feedbackState() const
{
    Feedback state;
    if (d->value > 0)
        state.setScore(d->value);
    return state;
}

void StarRating::setFeedbackState(const Feedback &state)
{
    setValue(state.score().value_or(0));
}

QSize StarRating::sizeHint() const
{
    const int margin = 2 * focusMargin;
    return d->painter.starsSizeHint() + QSize(margin, margin);
}

void StarRating::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    syncPainter();
    d->painter.paintStars(&painter, starArea(), d->value, d->hover);
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

QRect StarRating::starArea() const
{
    return rect().adjusted(focusMargin, focusMargin, -focusMargin, -focusMargin);
}

// The painter draws and hit-tests with the widget's current palette, state and direction.
void StarRating::syncPainter()
{
    d->painter.setPalette(palette());
    d->painter.setEnabled(isEnabled());
    d->painter.setLayoutDirection(layoutDirection());
}

double StarRating::step() const
{
    return halfSteps() ? 0.5 : 1.0;
}

void StarRating::keyPressEvent(QKeyEvent *event)
{
    // The keys are the controller's rule, shared with the Qt Quick StarRating.
    const double next = RatingController::starsForKey(d->value, event->key(), step(), maximum(),
                                                      layoutDirection() == Qt::RightToLeft);
    if (next < 0 || d->readOnly) {
        AbstractFeedbackWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    applyUserValue(next);
}

void StarRating::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->readOnly) {
        syncPainter();
        setHoverValue(d->painter.valueAt(starArea(), event->position().toPoint()));
    }
    AbstractFeedbackWidget::mouseMoveEvent(event);
}

void StarRating::mousePressEvent(QMouseEvent *event)
{
    syncPainter();
    const double clicked = d->painter.valueAt(starArea(), event->position().toPoint());
    if (d->readOnly || event->button() != Qt::LeftButton || clicked <= 0) {
        AbstractFeedbackWidget::mousePressEvent(event);
        return;
    }
    applyUserValue(RatingController::starClick(d->value, clicked));
}

void StarRating::leaveEvent(QEvent *event)
{
    setHoverValue(0);
    AbstractFeedbackWidget::leaveEvent(event);
}

void StarRating::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        QAccessibleEvent nameChange(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChange);
    }
    AbstractFeedbackWidget::changeEvent(event);
}

void StarRating::applyUserValue(double value)
{
    const double before = d->value;
    setValue(value);
    if (qFuzzyCompare(1 + before, 1 + d->value))
        return;
    submit(RatingController::scorePatch(d->value));
}

void StarRating::setHoverValue(double value)
{
    if (d->hover == value)
        return;
    d->hover = value;
    update();
}

} // namespace FeedbackKit
