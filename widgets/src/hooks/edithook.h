#pragma once

#include "abstracthook.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace FeedbackKit {

class EditHookPrivate;

/*!
 * \brief Records the user's corrections of a response they may edit.
 *
 * Source: the one widget that holds the editable response (QTextEdit, QPlainTextEdit or
 * QLineEdit). An edit is committed when the widget loses the focus (not to its own context
 * menu), when the application calls commit() (its Save button), after quietPeriod() without
 * typing when that is set, and when the widget or the hook is deleted (then with the text the
 * user typed last, as a widget being destroyed can no longer be read). A commit whose
 * text equals the last recorded one (at first: originalText()) records nothing. Otherwise:
 * \code
 * {"actions": {"edited": true, "edit_distance_ratio": 0.0833},
 *  "edits": [{"value": "first correction"}, {"value": "the text now"}],
 *  "ground_truth": "the text now"}
 * \endcode
 * \c edit_distance_ratio is the Levenshtein distance between the original and the edited text
 * over the longer length (EditDistance), rounded to 4 decimals; for huge, wholly rewritten
 * texts it is an upper bound and \c actions.edit_distance_exact is false. \c edits keeps the
 * last maxEdits() values; arrays are replaced whole by a patch, so the whole list is sent (when
 * bound it continues the list in the Client's stored state). \c ground_truth is set only with
 * recordGroundTruth(). Values longer than maxValueBytes() are cut at a character boundary and
 * \c actions.edit_truncated is true; the oldest edits are left out if the patch would
 * otherwise take more than half of Limits::maxDocumentBytes. Both flags describe the newest
 * edit: after one that raised them, the next edit that is not cut (or exactly measured)
 * records \c {"edit_truncated": false} (\c {"edit_distance_exact": true}).
 *
 * The original is the text when the source was added, or what setOriginalText() sets: set it
 * again when the application replaces the response (streaming, regeneration).
 *
 * \code
 * EditHook::attach(answerEditor, target, client)->setRecordGroundTruth(true);
 * \endcode
 */
class FEEDBACKKIT_WIDGETS_EXPORT EditHook : public AbstractHook
{
    Q_OBJECT
    Q_PROPERTY(
        QString originalText READ originalText WRITE setOriginalText NOTIFY originalTextChanged)
    Q_PROPERTY(int maxEdits READ maxEdits WRITE setMaxEdits NOTIFY maxEditsChanged)
    Q_PROPERTY(int quietPeriod READ quietPeriod WRITE setQuietPeriod NOTIFY quietPeriodChanged)
    Q_PROPERTY(bool recordGroundTruth READ recordGroundTruth WRITE setRecordGroundTruth NOTIFY
                   recordGroundTruthChanged)

public:
    explicit EditHook(QObject *parent = nullptr);
    ~EditHook() override;

    /*!
     * Creates a hook watching \a editor, as a child of \a editor, for \a target; bound to
     * \a client when one is given. Returns nullptr (with a warning) when \a editor is not an
     * editable text widget kind or \a target is invalid.
     */
    static EditHook *attach(QWidget *editor, const Target &target, Client *client = nullptr,
                            Channel channel = Channel::EndUser);

    /*! The response as it was before any edit; commits compare against it. */
    QString originalText() const;
    /*! Sets the original and forgets the edits recorded so far for this hook's baseline. */
    void setOriginalText(const QString &text);

    /*! How many edits the \c edits list keeps (the newest); default 10, at least 1. */
    int maxEdits() const;
    void setMaxEdits(int count);

    /*! Milliseconds without typing after which an edit is committed; 0 (default): never. */
    int quietPeriod() const;
    void setQuietPeriod(int milliseconds);

    /*! Whether each committed edit also becomes \c ground_truth (default false). */
    bool recordGroundTruth() const;
    void setRecordGroundTruth(bool record);

    /*! The cap on one recorded value, in UTF-8 bytes; depends on maxEdits(). */
    qsizetype maxValueBytes() const;

public Q_SLOTS:
    /*! Records the current text if it changed; returns whether something was recorded. */
    bool commit();

Q_SIGNALS:
    void originalTextChanged(const QString &text);
    void maxEditsChanged(int count);
    void quietPeriodChanged(int milliseconds);
    void recordGroundTruthChanged(bool record);

protected:
    bool canWatch(QObject *source) const override;
    void watch(QObject *source) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class EditHookPrivate; // reaches the protected recording API
    std::unique_ptr<EditHookPrivate> const d;
};

} // namespace FeedbackKit
