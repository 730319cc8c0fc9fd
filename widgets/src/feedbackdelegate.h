#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>
#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QStyledItemDelegate>

class QKeyEvent;

#include <memory>

namespace FeedbackKit {

class Client;

class FeedbackDelegatePrivate;

/*!
 * \brief Paints and edits thumbs and stars inside item views, for chats too long for a
 * widget per row.
 *
 * Each row's feedback state comes from FeedbackRole (a Feedback, QJsonObject or QVariantMap).
 * The display text is drawn at the leading side, thumbs and stars at the trailing side, with
 * the same RatingPainter as ThumbsWidget and StarRating. A click on a thumb or a star edits
 * the row directly (clicking the active one clears it). On the view's current row, keys rate
 * without a mouse: \c + (helpful) and \c - (not helpful) toggle the thumbs as a click does,
 * \c 1 to \c 9 set the stars (up to maximum()), \c 0 clears them, and the view's edit key
 * (F2 by default) opens an editor with the thumbs and stars.
 *
 * Assistive technology sees each row of the view as a list item whose children are its thumbs
 * (buttons, checkable, checked when chosen) and its stars (a slider with a value), and whose
 * description sums up its feedback ("Rated helpful, 4 of 5 stars, commented"); acting on them
 * edits the row as a click does.
 *
 * Every edit merges the patch into FeedbackRole with QAbstractItemModel::setData, is emitted
 * as feedbackEdited(), and, when a client is set and the row gives a Target in TargetRole (a
 * Target, or an event ID string), is written through Client::enrich().
 *
 * \sa RatingPainter, FeedbackBar
 */
class FEEDBACKKIT_WIDGETS_EXPORT FeedbackDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_MOC_INCLUDE("FeedbackKit/Client")
    Q_PROPERTY(
        bool thumbsVisible READ thumbsVisible WRITE setThumbsVisible NOTIFY thumbsVisibleChanged)
    Q_PROPERTY(bool starsVisible READ starsVisible WRITE setStarsVisible NOTIFY starsVisibleChanged)
    Q_PROPERTY(int maximum READ maximum WRITE setMaximum NOTIFY maximumChanged)
    Q_PROPERTY(bool halfSteps READ halfSteps WRITE setHalfSteps NOTIFY halfStepsChanged)
    Q_PROPERTY(FeedbackKit::Client *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(FeedbackKit::Channel channel READ channel WRITE setChannel NOTIFY channelChanged)

public:
    /*!
     * \value FeedbackRole  the row's feedback state
     * \value TargetRole    what the row's feedback attaches to (Target or event ID)
     */
    enum Role { FeedbackRole = Qt::UserRole + 0x4642, TargetRole };
    Q_ENUM(Role)

    explicit FeedbackDelegate(QObject *parent = nullptr);
    ~FeedbackDelegate() override;

    bool thumbsVisible() const;
    void setThumbsVisible(bool visible);
    bool starsVisible() const;
    void setStarsVisible(bool visible);
    /*! Stars per row, 1..20 (default 5). */
    int maximum() const;
    void setMaximum(int maximum);
    bool halfSteps() const;
    void setHalfSteps(bool halfSteps);
    /*! Edits are also written to this client (not owned); nullptr: only the model. */
    Client *client() const;
    void setClient(Client *client);
    /*! End-user feedback (default) or expert metrics, for the edits written to client(). */
    Channel channel() const;
    void setChannel(Channel channel);

    /*! The feedback a FeedbackRole value holds; empty for anything else. */
    static Feedback feedbackFromVariant(const QVariant &value);
    /*!
     * What a screen reader says of a row's \a state, translated: "Rated helpful, 4 of 5
     * stars, commented"; "Not rated" when there is nothing.
     */
    static QString summary(const Feedback &state, int maximum = 5);

    /*! As a click on that thumb of \a index: sets the rating, or clears it when it is set. */
    void toggleThumb(const QModelIndex &index, bool up);
    /*! Sets the stars of \a index; 0 clears them. Values beyond maximum() are refused. */
    void setScore(const QModelIndex &index, double stars);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    /*! The user changed the feedback of \a index; \a patch is the change. */
    void feedbackEdited(const QModelIndex &index, const FeedbackKit::Feedback &patch);
    /*! The client refused the edit of \a index (nothing queued); \a error says why. */
    void submitFailed(const QModelIndex &index, const QString &error);
    void thumbsVisibleChanged(bool visible);
    void starsVisibleChanged(bool visible);
    void maximumChanged(int maximum);
    void halfStepsChanged(bool halfSteps);
    void clientChanged(FeedbackKit::Client *client);
    void channelChanged(FeedbackKit::Channel channel);

private:
    friend class DelegateControlAccessible; // the areas it reports to assistive technology
    bool handleKey(const QKeyEvent &key, const QModelIndex &index);
    bool handleClick(const QPoint &pos, QAbstractItemModel *model,
                     const QStyleOptionViewItem &option, const QModelIndex &index);
    void apply(QAbstractItemModel *model, const QModelIndex &index, const Feedback &patch);
    std::unique_ptr<FeedbackDelegatePrivate> const d;
};

} // namespace FeedbackKit
