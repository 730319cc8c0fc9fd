#pragma once

#include <QFile>
#include <QString>

#include <cstdio>
#include <memory>

namespace FeedbackKit::Cli {

/*!
 * Opens \a name for reading: "-" (or empty) is standard input. Returns null and sets
 * \a error when the file cannot be read.
 */
std::unique_ptr<QFile> openInput(const QString &name, QString *error);

/*! Reads until end of input or \a limit bytes, whichever comes first (pipes deliver in pieces). */
QByteArray readUpTo(QIODevice &device, qint64 limit);

/*! Writes \a text and a newline to stderr (UTF-8), prefixed with the program name. */
void printError(const QString &text);
/*! Writes \a text and a newline to \a stream (UTF-8) and flushes, so pipes see it at once. */
void printLine(std::FILE *stream, const QString &text);
/*! printLine() on stdout. */
void printLine(const QString &text);

} // namespace FeedbackKit::Cli
