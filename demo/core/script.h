#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace FeedbackKitDemo {

/*! One thing the scripted user does. Rating steps apply to the latest answer. */
struct ScriptStep
{
    enum class Kind { Say, Thumbs, Stars, Reasons, Comment, Copy, Regenerate, Edit };

    Kind kind = Kind::Say;
    /*! Say: the prompt; Comment: the comment; Edit: the corrected answer. */
    QString text;
    /*! Thumbs: up (true) or down. */
    bool up = true;
    /*! Stars: how many. */
    int stars = 0;
    QStringList reasons;
};

/*!
 * \brief A conversation to play without a user: for screenshots, tests and demos.
 *
 * The JSON form is an array of one-key objects, played in order:
 * \code
 * [ {"say": "hello"}, {"thumbs": "up"}, {"stars": 4}, {"reasons": ["too long"]},
 *   {"comment": "Clear."}, {"copy": true}, {"regenerate": true}, {"edit": "Better text"} ]
 * \endcode
 */
struct Script
{
    Q_DECLARE_TR_FUNCTIONS(Script)

public:
    QList<ScriptStep> steps;

    /*! The built-in conversation, in the current UI language. */
    static Script builtIn();
    static std::optional<Script> fromJson(const QByteArray &json, QString *error);
    static std::optional<Script> load(const QString &path, QString *error);

    /*! How many steps are of \a kind (the tests compare this with what was stored). */
    int count(ScriptStep::Kind kind) const;
};

} // namespace FeedbackKitDemo
