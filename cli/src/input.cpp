#include "input.h"

#include <cstdio>

namespace FeedbackKit::Cli {

std::unique_ptr<QFile> openInput(const QString &name, QString *error)
{
    auto file = std::make_unique<QFile>();
    const bool useStdin = name.isEmpty() || name == QLatin1String("-");
    const bool opened = useStdin ? file->open(stdin, QIODevice::ReadOnly)
                                 : (file->setFileName(name), file->open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2")
                     .arg(useStdin ? QStringLiteral("standard input") : name, file->errorString());
        return nullptr;
    }
    return file;
}

QByteArray readUpTo(QIODevice &device, qint64 limit)
{
    QByteArray data;
    while (data.size() < limit) {
        const QByteArray chunk = device.read(limit - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

void printError(const QString &text)
{
    std::fprintf(stderr, "feedbackkit: %s\n", text.toUtf8().constData());
}

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toUtf8().constData());
    std::fflush(stream);
}

void printLine(const QString &text)
{
    printLine(stdout, text);
}

} // namespace FeedbackKit::Cli
