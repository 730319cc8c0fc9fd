#pragma once

// Raw TCP for the tests that need to see exactly what goes over the wire (dropped connections,
// half-sent and garbage requests), where QNetworkAccessManager would retry or hide it.

#include <QByteArray>
#include <QUrl>

struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
    int status() const; // from the status line; 0 when there is none
};

/*!
 * Connects to \a baseUrl, sends \a request, and reads until the server closes the connection
 * or \a timeoutMs passes (a reply alone does not end the wait unless \a untilReply is set).
 */
RawExchange rawExchange(const QUrl &baseUrl, const QByteArray &request, int timeoutMs = 3000,
                        bool untilReply = true);

/*! An HTTP/1.1 request with a Content-Length body. */
QByteArray rawRequest(const QByteArray &verb, const QByteArray &path, const QByteArray &body);
