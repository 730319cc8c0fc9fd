#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace FeedbackKitDemo {

/*!
 * \brief The demo's assistant: canned answers for a few topics, an echo for anything else,
 * streamed word by word like a real model's tokens. No model and no network are involved, so
 * the demo runs anywhere.
 */
class LocalAssistant : public QObject
{
    Q_OBJECT

public:
    explicit LocalAssistant(QObject *parent = nullptr);

    /*!
     * The answer to \a prompt. \a attempt > 0 is a regeneration and gives another wording,
     * so Regenerate visibly changes the answer.
     */
    QString answerFor(const QString &prompt, int attempt = 0) const;

    /*! The pause between two streamed words (the headless mode shortens it). */
    void setWordInterval(std::chrono::milliseconds interval);
    /*! Starts streaming \a answer; a stream still running is finished at once first. */
    void stream(const QString &answer);
    bool isStreaming() const { return m_timer.isActive(); }

Q_SIGNALS:
    /*! The next piece of the answer, including the space before it. */
    void streamed(const QString &piece);
    void finished(const QString &answer);

private:
    void streamNextWord();
    QStringList cannedAnswers(const QString &prompt) const;
    QString echoAnswer(const QString &prompt, int attempt) const;

    QTimer m_timer;
    QStringList m_words;
    int m_next = 0;
    QString m_answer;
};

} // namespace FeedbackKitDemo
