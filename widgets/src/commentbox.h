#pragma once

#include "abstractfeedbackwidget.h"

#include <memory>

namespace FeedbackKit {

class CommentBoxPrivate;

/*!
 * \brief A free-text comment with a length cap, and optional reason chips.
 *
 * The box renders a CommentController, the rules the Qt Quick CommentBox renders too.
 *
 * The text is capped at maximumLength characters and a counter shows how many are used.
 * Ctrl+Enter (or the Send button) submits the patch {"comment": "...", "reasons": [...]};
 * an empty comment or no reason sends null for that key. Esc (or Cancel) drops the edits,
 * going back to what was last submitted, and emits cancelled().
 *
 * Reasons are configured separately for positive and negative ratings; sentiment selects
 * which list is offered (none for Neutral).
 *
 * \sa FeedbackBar
 */
class FEEDBACKKIT_WIDGETS_EXPORT CommentBox : public AbstractFeedbackWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString placeholderText READ placeholderText WRITE setPlaceholderText NOTIFY
                   placeholderTextChanged)
    Q_PROPERTY(
        int maximumLength READ maximumLength WRITE setMaximumLength NOTIFY maximumLengthChanged)
    Q_PROPERTY(QStringList positiveReasons READ positiveReasons WRITE setPositiveReasons NOTIFY
                   positiveReasonsChanged)
    Q_PROPERTY(QStringList negativeReasons READ negativeReasons WRITE setNegativeReasons NOTIFY
                   negativeReasonsChanged)
    Q_PROPERTY(Sentiment sentiment READ sentiment WRITE setSentiment NOTIFY sentimentChanged)
    Q_PROPERTY(QStringList selectedReasons READ selectedReasons WRITE setSelectedReasons NOTIFY
                   selectedReasonsChanged)

public:
    /*!
     * \value Neutral   no reasons offered
     * \value Positive  the positive reasons (after a thumbs up or a high score)
     * \value Negative  the negative reasons (after a thumbs down or a low score)
     */
    enum class Sentiment { Neutral, Positive, Negative };
    Q_ENUM(Sentiment)

    explicit CommentBox(QWidget *parent = nullptr);
    ~CommentBox() override;

    QString text() const;
    /*! Longer text is cut to maximumLength (with a warning). */
    void setText(const QString &text);
    /*! Empty: a translated default ("Tell us more (optional)"). */
    QString placeholderText() const;
    void setPlaceholderText(const QString &text);
    /*! 1 .. 16384 characters (default 1000). Lowering it cuts the text. */
    int maximumLength() const;
    void setMaximumLength(int length);
    QStringList positiveReasons() const;
    /*! Empty, duplicate and over-long (> 256 characters) reasons are dropped with a warning. */
    void setPositiveReasons(const QStringList &reasons);
    QStringList negativeReasons() const;
    void setNegativeReasons(const QStringList &reasons);
    Sentiment sentiment() const;
    void setSentiment(Sentiment sentiment);
    QStringList selectedReasons() const;
    /*! Reasons not offered for the current sentiment are ignored. */
    void setSelectedReasons(const QStringList &reasons);

    Feedback feedbackState() const override;
    void setFeedbackState(const Feedback &state) override;

public Q_SLOTS:
    /*! Submits the comment and the selected reasons (Ctrl+Enter). */
    void submitComment();
    /*! Drops unsent edits and emits cancelled() (Esc). */
    void cancel();

Q_SIGNALS:
    void textChanged(const QString &text);
    void placeholderTextChanged(const QString &text);
    void maximumLengthChanged(int length);
    void positiveReasonsChanged(const QStringList &reasons);
    void negativeReasonsChanged(const QStringList &reasons);
    void sentimentChanged(FeedbackKit::CommentBox::Sentiment sentiment);
    void selectedReasonsChanged(const QStringList &reasons);
    /*! The comment was submitted (after feedbackEdited). */
    void submitted();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectController();
    void enforceLength();
    void showText();
    void updateCounter();
    void retranslate();
    std::unique_ptr<CommentBoxPrivate> const d;
};

} // namespace FeedbackKit
