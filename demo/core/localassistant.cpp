#include "localassistant.h"

namespace FeedbackKitDemo {

LocalAssistant::LocalAssistant(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::milliseconds(45));
    connect(&m_timer, &QTimer::timeout, this, &LocalAssistant::streamNextWord);
}

QString LocalAssistant::answerFor(const QString &prompt, int attempt) const
{
    const QStringList canned = cannedAnswers(prompt);
    if (canned.isEmpty())
        return echoAnswer(prompt, attempt);
    return canned.at(attempt % canned.size());
}

QStringList LocalAssistant::cannedAnswers(const QString &prompt) const
{
    // Topics are matched on the prompt as typed, in the language of the user interface.
    const QString text = prompt.toLower();
    const auto mentions
        = [&text](const QString &keyword) { return text.contains(keyword.toLower()); };
    if (mentions(tr("feedback", "@info:keyword typed by the user")))
        return { tr("Every answer here has a feedback bar. A thumb or a comment is merged into "
                    "the answer's state and sent to the collector, even if you go offline.",
                    "@info:assistant answer"),
                 tr("Rate this answer with the thumbs below it: the rating is stored durably "
                    "and attached to this answer's span.",
                    "@info:assistant answer") };
    if (mentions(tr("offline", "@info:keyword typed by the user")))
        return { tr("Switch Offline on in the delivery panel, rate a few answers and watch the "
                    "pending count grow. Switch it off again and the outbox drains.",
                    "@info:assistant answer") };
    if (mentions(tr("hello", "@info:keyword typed by the user")))
        return { tr("Hello! I am a local demo assistant. Ask me about feedback, going offline "
                    "or anything else, and rate my answers.",
                    "@info:assistant answer"),
                 tr("Hi there! Nothing leaves this computer unless you configure a server.",
                    "@info:assistant answer") };
    return {};
}

QString LocalAssistant::echoAnswer(const QString &prompt, int attempt) const
{
    if (attempt % 2 == 0)
        return tr("You said: “%1”. I am a local assistant without a model, so I repeat what "
                  "you write. Rate this answer anyway!",
                  "@info:assistant answer")
            .arg(prompt);
    return tr("Once more, in other words: “%1”. Copy, edit or regenerate me to send implicit "
              "feedback.",
              "@info:assistant answer")
        .arg(prompt);
}

void LocalAssistant::setWordInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void LocalAssistant::stream(const QString &answer)
{
    if (isStreaming()) {
        while (m_next < m_words.size())
            streamNextWord();
    }
    m_answer = answer;
    m_words = answer.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_next = 0;
    m_timer.start();
}

void LocalAssistant::streamNextWord()
{
    if (m_next >= m_words.size()) {
        m_timer.stop();
        Q_EMIT finished(m_answer);
        return;
    }
    const QString word = m_words.at(m_next);
    Q_EMIT streamed(m_next == 0 ? word : QLatin1Char(' ') + word);
    ++m_next;
    if (m_next == m_words.size()) {
        m_timer.stop();
        Q_EMIT finished(m_answer);
    }
}

} // namespace FeedbackKitDemo
