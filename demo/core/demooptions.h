#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace FeedbackKitDemo {

/*! What the command line asked for. */
struct DemoOptions
{
    enum class Tab { Chat, Dashboard };

    /*! --collector URL: a running collector instead of the embedded one. */
    QUrl collectorUrl;
    /*! --screenshot FILE: play the script offscreen, save the window as PNG, exit. */
    QString screenshotPath;
    /*! --script FILE: the conversation to play (JSON); the built-in one otherwise. */
    QString scriptPath;
    /*! --dump-state FILE: after the script, write what the backend stored, as JSON. */
    QString dumpStatePath;
    /*! --lang CODE: en, de or ar; the system language otherwise. */
    QString language;
    Tab tab = Tab::Chat;

    bool isHeadless() const { return !screenshotPath.isEmpty(); }

    /*!
     * Reads \a arguments (argv as a list). Returns nullopt, with \a error set, when they do
     * not make sense; --help and --version print and exit like any Qt program.
     */
    static std::optional<DemoOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace FeedbackKitDemo
