#pragma once

#include <FeedbackKit/Feedback>

#include <QWidget>

namespace FeedbackKit {

class StarRating;
class ThumbsWidget;

/*!
 * \brief The keyboard editor FeedbackDelegate opens in a row: thumbs and stars.
 *
 * Changes accumulate into one patch that the delegate takes when the view commits; every
 * change asks for a commit at once, so a rating is never lost when the editor closes.
 */
class DelegateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DelegateEditor(QWidget *parent = nullptr);

    ThumbsWidget *thumbs() const { return m_thumbs; }
    StarRating *stars() const { return m_stars; }
    void setFeedbackState(const Feedback &state);
    /*! The changes since the last call. */
    Feedback takePatch();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ThumbsWidget *m_thumbs;
    StarRating *m_stars;
    Feedback m_patch;
};

} // namespace FeedbackKit
