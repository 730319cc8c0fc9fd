#pragma once

#include "abstractfeedbackwidget.h"

#include <memory>

namespace FeedbackKit {

class StarRatingPrivate;

/*!
 * \brief A row of 1..maximum stars, with optional half steps, hover preview and read-only mode.
 *
 * Mouse: hovering previews, clicking sets, clicking the current value clears. Keyboard: the
 * arrow keys step (Left and Right swap in right-to-left layouts), Home and End go to the lowest
 * and highest value, a digit sets that many stars (0 clears) and Backspace or Delete clear.
 * Assistive technology sees a slider with a value and the text "3 of 5 stars".
 *
 * Each user change is the patch {"score": n}, or {"score": null} when cleared.
 *
 * \sa RatingPainter, ThumbsWidget, FeedbackBar
 */
class FEEDBACKKIT_WIDGETS_EXPORT StarRating : public AbstractFeedbackWidget
{
    Q_OBJECT
    Q_PROPERTY(double value READ value WRITE setValue NOTIFY valueChanged)
    Q_PROPERTY(int maximum READ maximum WRITE setMaximum NOTIFY maximumChanged)
    Q_PROPERTY(bool halfSteps READ halfSteps WRITE setHalfSteps NOTIFY halfStepsChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly WRITE setReadOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(QSize iconSize READ iconSize WRITE setIconSize NOTIFY iconSizeChanged)

public:
    explicit StarRating(QWidget *parent = nullptr);
    ~StarRating() override;

    /*! The rating in stars; 0 when unset. Snapped to whole (or half) stars within 0..maximum. */
    double value() const;
    /*! Shows \a value; emits valueChanged but no patch. Out-of-range values are clamped. */
    void setValue(double value);
    /*! The number of stars, 1..20 (default 5). Lowering it clamps the value. */
    int maximum() const;
    void setMaximum(int maximum);
    bool halfSteps() const;
    void setHalfSteps(bool halfSteps);
    /*! A read-only rating shows a value and can be focused and read, but not changed. */
    bool isReadOnly() const;
    void setReadOnly(bool readOnly);
    /*! The logical size of one star (default 20×20). */
    QSize iconSize() const;
    void setIconSize(const QSize &size);

    /*! The value the pointer previews, 0 when not hovering. */
    double hoverValue() const;
    /*! The translated description of the value, such as "3 of 5 stars" or "Not rated". */
    QString valueText() const;
    /*!
     * The same words for \a stars of \a maximum, in \a locale's digits: wherever stars are
     * told (a delegate's row, its summary) they read as the widget's.
     */
    static QString valueText(double stars, int maximum, const QLocale &locale = QLocale());

    Feedback feedbackState() const override;
    void setFeedbackState(const Feedback &state) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void valueChanged(double value);
    void maximumChanged(int maximum);
    void halfStepsChanged(bool halfSteps);
    void readOnlyChanged(bool readOnly);
    void iconSizeChanged(const QSize &size);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class StarRatingAccessible;
    /*! A change the user made (mouse, keyboard, assistive technology): shown and submitted. */
    void applyUserValue(double value);
    void setHoverValue(double value);
    double step() const;
    QRect starArea() const;
    void syncPainter();
    std::unique_ptr<StarRatingPrivate> const d;
};

} // namespace FeedbackKit
