#pragma once

// Private: a reply as the collector writes it on the wire. The collector formats replies itself
// (not with QHttpServerResponder) because it decides per reply whether the connection stays
// open, and because replies are often written later than the request was handled: after the
// batch commit, or after an injected delay, when only a QPointer to the socket is left.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace FeedbackKit {

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /*! Close the connection once the reply is written. */
    bool closeConnection = false;

    /*! A JSON body (\a json is compact UTF-8 JSON text). */
    static HttpReply json(int status, QByteArray json);
    /*! A 4xx/5xx reply with body {"error": message}. */
    static HttpReply error(int status, const QString &message);

    /*! Status line, headers and body, ready for QTcpSocket::write(). */
    QByteArray serialize() const;
};

/*! The reason phrase of \a status ("OK", "Not Found" ...). */
QByteArray reasonPhrase(int status);

} // namespace FeedbackKit
