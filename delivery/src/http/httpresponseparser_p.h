#pragma once

// Private: reads one HTTP/1.1 answer from a byte stream, incrementally, with bounded memory
// whatever the server sends: Content-Length, chunked or read-until-close bodies, interim 1xx
// answers skipped. Only the start of the body is kept; the rest is counted and dropped.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace FeedbackKit {

class HttpResponseParser
{
public:
    enum class Result {
        NeedMore, ///< The answer is not complete yet.
        Complete, ///< status(), headers and body() are ready.
        Error, ///< Not HTTP, or beyond the limits: errorString() says how. Close the connection.
    };

    /*! Headers larger than this are refused: no honest API answer comes near it. */
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(qsizetype keptBodyBytes);

    /*! Starts over for the next answer on the same connection. */
    void reset();
    /*! Reads \a data. Bytes after a complete answer are an error (nothing was pipelined). */
    Result feed(QByteArrayView data);
    /*! The server closed the connection: completes an answer that runs until close. */
    Result finishAtClose();

    bool hasStarted() const { return m_started; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &retryAfter() const { return m_retryAfter; }
    const QByteArray &location() const { return m_location; }
    /*! The server may take another request on this connection. */
    bool keepAlive() const { return m_keepAlive; }
    QString errorString() const { return m_error; }

private:
    enum class Stage {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done
    };

    Result readHead(QByteArrayView &data);
    Result headRead(QByteArrayView head, QByteArrayView &data, qsizetype used);
    bool parseHead(QByteArrayView head);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeader(QByteArrayView name, QByteArrayView value);
    Result startBody();
    Result readBody(QByteArrayView &data);
    Result readChunkSize(QByteArrayView &data);
    enum class LineRead { Partial, Line, TooLong };
    Result readLineAfterChunk(QByteArrayView &data);
    LineRead readLine(QByteArrayView &data);
    Result lineTooLong();
    void keep(QByteArrayView bytes);
    Result fail(const QString &why);

    const qsizetype m_keptBodyBytes;
    Stage m_stage = Stage::Head;
    QByteArray m_head; ///< Head bytes so far (or the current chunk-size/trailer line).
    QByteArray m_body;
    QByteArray m_retryAfter;
    QByteArray m_location;
    QString m_error;
    qint64 m_remaining = 0; ///< Body or chunk bytes still to read.
    qint64 m_contentLength = -1;
    int m_status = 0;
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_started = false;
};

} // namespace FeedbackKit
