#pragma once

#include "commentbox.h"
#include "reasonchips_p.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace FeedbackKit {

// Shared by commentbox.cpp (parts and properties) and commentboxediting.cpp (keys, length cap,
// submit and cancel).
namespace CommentText {
constexpr int defaultMaximumLength = 1000;

inline bool isSubmitKey(const QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    return enter && event->modifiers().testFlag(Qt::ControlModifier);
}

// Cutting between the two halves of a surrogate pair would leave invalid UTF-16 (and so
// text that cannot become valid UTF-8 on the wire).
inline QString cutTo(const QString &text, int length)
{
    QString cut = text.left(length);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}
} // namespace CommentText

class CommentBoxPrivate
{
public:
    using Sentiment = CommentBox::Sentiment;

    QPlainTextEdit *editor = nullptr;
    ReasonChips *chips = nullptr;
    QLabel *counter = nullptr;
    QPushButton *send = nullptr;
    QPushButton *cancel = nullptr;
    QString placeholder;
    int maximumLength = CommentText::defaultMaximumLength;
    QStringList positive;
    QStringList negative;
    Sentiment sentiment = Sentiment::Neutral;
    Feedback submitted; // what Esc goes back to

    QStringList offered() const
    {
        switch (sentiment) {
        case Sentiment::Positive:
            return positive;
        case Sentiment::Negative:
            return negative;
        case Sentiment::Neutral:
            break;
        }
        return {};
    }
};

} // namespace FeedbackKit
