#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace FeedbackKitDemo {

/*! What feedbackkit-quick-demo's command line asked for. */
struct QuickDemoOptions
{
    /*! --collector URL: a running collector instead of the embedded one. */
    QUrl collectorUrl;
    /*! --screenshot FILE: play the script offscreen, save the window as PNG, print the state. */
    QString screenshotPath;
    /*! --script FILE: the conversation to play (JSON); the built-in one otherwise. */
    QString scriptPath;
    /*! --lang CODE: en, de or ar; the system language otherwise. */
    QString language;
    /*! --style NAME: the Qt Quick Controls style. */
    QString style = QStringLiteral("Fusion");

    bool isHeadless() const { return !screenshotPath.isEmpty(); }

    /*! The styles offered: Basic, Fusion, Material. */
    static QStringList styles();
    /*!
     * Reads \a arguments (argv as a list). Returns nullopt, with \a error set, when they do
     * not make sense; --help and --version print and exit like any Qt program.
     */
    static std::optional<QuickDemoOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace FeedbackKitDemo
