// The transport's HTTP/1.1 answer parser on its own (compiled in: it is private), one row per
// kind of answer a server may send, honest or not. Every row small enough is also fed split at
// every byte boundary and one byte at a time: a TCP stream may cut an answer anywhere, and the
// result must not depend on where.

#include "parseroutcome.h"

#include <QTest>

using namespace FeedbackKit;
using Result = HttpResponseParser::Result;

Q_DECLARE_METATYPE(FeedbackKit::HttpResponseParser::Result)

namespace {
constexpr qsizetype kept = 4096;

using Outcome = ParserOutcome;

const char *describe(Result result)
{
    switch (result) {
    case Result::NeedMore:
        return "NeedMore";
    case Result::Complete:
        return "Complete";
    case Result::Error:
        return "Error";
    }
    return "?";
}

/*! Feeds \a pieces as a socket would, stopping at the first error; then the close, if asked. */
Outcome parse(const QList<QByteArrayView> &pieces, bool closed)
{
    HttpResponseParser parser(kept);
    Result result = Result::NeedMore;
    for (QByteArrayView piece : pieces) {
        result = parser.feed(piece);
        if (result == Result::Error)
            break;
    }
    if (closed && result == Result::NeedMore)
        result = parser.finishAtClose();
    return outcomeOf(parser, result);
}

QList<QByteArrayView> splitAt(QByteArrayView bytes, qsizetype at)
{
    return { bytes.first(at), bytes.sliced(at) };
}

QList<QByteArrayView> bytewise(QByteArrayView bytes)
{
    QList<QByteArrayView> pieces;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        pieces.append(bytes.sliced(i, 1));
    return pieces;
}

QByteArray ok(const QByteArray &headers, const QByteArray &body = {})
{
    return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

QByteArray headOf(qsizetype bytes)
{
    // A status line and one header, \a bytes long in all (without the blank line).
    const QByteArray start = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Filler: ";
    return start + QByteArray(bytes - start.size(), 'f');
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void splitAnywhereGivesSameResult_data() { parses_data(); }
    void splitAnywhereGivesSameResult();
    void hugeBodyKeptBounded_data();
    void hugeBodyKeptBounded();
    void resetBetweenAnswers();
};

void TestHttpResponseParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("closed"); // the server closes the connection after the bytes
    QTest::addColumn<Result>("result");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QString>("error"); // part of errorString(); empty: none

    const auto good = [](const char *name, const QByteArray &input, int status,
                         const QByteArray &body, bool keepAlive, bool closed = false) {
        QTest::newRow(name) << input << closed << Result::Complete << status << body << keepAlive
                            << QString();
    };
    const auto bad
        = [](const char *name, const QByteArray &input, const char *error, bool closed = false) {
              QTest::newRow(name) << input << closed << Result::Error << -1 << QByteArray() << false
                                  << QString::fromLatin1(error);
          };

    good("content-length", ok("Content-Length: 5\r\n", "hello"), 200, "hello", true);
    good("content-length zero", ok("Content-Length: 0\r\n"), 200, {}, true);
    good("header names any case", ok("content-LENGTH: 2\r\n", "{}"), 200, "{}", true);
    good("same content-length twice", ok("Content-Length: 2\r\nContent-Length: 2\r\n", "{}"), 200,
         "{}", true);
    good("chunked", ok("Transfer-Encoding: chunked\r\n", "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"),
         200, "hello world", true);
    good("chunked, extensions and trailers",
         ok("Transfer-Encoding: chunked\r\n",
            "5;name=value\r\nhello\r\nA ; x=\"y\"\r\n0123456789\r\n0;last\r\nX-Trailer: "
            "t\r\nX-Other: u\r\n\r\n"),
         200, "hello0123456789", true);
    good("chunked, upper and lower hex",
         ok("Transfer-Encoding: chunked\r\n", "a\r\n0123456789\r\nA\r\nabcdefghij\r\n0\r\n\r\n"),
         200, "0123456789abcdefghij", true);
    good("chunked wins over content-length",
         ok("Content-Length: 99\r\nTransfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n"), 200,
         "{}", true);
    good("100 continue, then 200",
         "HTTP/1.1 100 Continue\r\n\r\n" + ok("Content-Length: 2\r\n", "{}"), 200, "{}", true);
    good("two interim answers, then 201",
         "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
         "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n",
         201, {}, true);
    good("204 has no body", "HTTP/1.1 204 No Content\r\n\r\n", 204, {}, true);
    good("204 ignores a content-length", "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n",
         204, {}, true);
    good("304 has no body", "HTTP/1.1 304 Not Modified\r\n\r\n", 304, {}, true);
    good("http/1.0 until close", "HTTP/1.0 200 OK\r\n\r\n{\"a\":1}", 200, "{\"a\":1}", false, true);
    good("http/1.1 without length runs until close", "HTTP/1.1 200 OK\r\n\r\nall of it", 200,
         "all of it", false, true);
    good("http/1.0 keep-alive with a length",
         "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}", 200, "{}",
         true);
    good("connection: close", ok("Connection: Close\r\nContent-Length: 2\r\n", "{}"), 200, "{}",
         false);
    good("connection: close among tokens",
         ok("Connection: upgrade, close\r\nContent-Length: 2\r\n", "{}"), 200, "{}", false);
    good("status line without a reason", "HTTP/1.1 503\r\nContent-Length: 0\r\n\r\n", 503, {},
         true);
    good("status 599", "HTTP/1.1 599 X\r\nContent-Length: 0\r\n\r\n", 599, {}, true);
    good("head of exactly 64 KiB", headOf(HttpResponseParser::maxHeaderBytes) + "\r\n\r\n", 200, {},
         true);

    bad("conflicting content-lengths", ok("Content-Length: 2\r\nContent-Length: 3\r\n", "{}x"),
        "Content-Length");
    bad("content-length +5", ok("Content-Length: +5\r\n", "hello"), "Content-Length");
    bad("content-length 5x", ok("Content-Length: 5x\r\n", "hello"), "Content-Length");
    bad("content-length -1", ok("Content-Length: -1\r\n"), "Content-Length");
    bad("content-length list", ok("Content-Length: 2, 2\r\n", "{}"), "Content-Length");
    bad("content-length empty", ok("Content-Length:\r\n"), "Content-Length");
    bad("content-length too large", ok("Content-Length: 99999999999999999999\r\n"),
        "Content-Length");
    bad("chunk size not hex", ok("Transfer-Encoding: chunked\r\n", "zz\r\nhello\r\n"),
        "chunk size");
    bad("chunk size empty", ok("Transfer-Encoding: chunked\r\n", "\r\nhello\r\n"), "chunk size");
    bad("chunk size negative", ok("Transfer-Encoding: chunked\r\n", "-5\r\nhello\r\n"),
        "chunk size");
    bad("chunk size signed", ok("Transfer-Encoding: chunked\r\n", "+5\r\nhello\r\n"), "chunk size");
    bad("chunk size with a 0x prefix", ok("Transfer-Encoding: chunked\r\n", "0x5\r\nhello\r\n"),
        "chunk size");
    bad("chunk size oversized", ok("Transfer-Encoding: chunked\r\n", "10000000000000000\r\nx\r\n"),
        "chunk size");
    bad("chunk size line too long",
        ok("Transfer-Encoding: chunked\r\n", "5;" + QByteArray(2000, 'e') + "\r\nhello\r\n"),
        "too long");
    bad("chunk longer than announced",
        ok("Transfer-Encoding: chunked\r\n", "5\r\nhelloEXTRA\r\n0\r\n\r\n"), "longer");
    bad("chunked answer cut short", ok("Transfer-Encoding: chunked\r\n", "5\r\nhel"), "mid-answer",
        true);
    bad("body cut short", ok("Content-Length: 10\r\n", "hello"), "mid-answer", true);
    bad("head cut short", "HTTP/1.1 200 OK\r\nContent-Le", "mid-answer", true);
    bad("closed without a byte", {}, "without answering", true);
    bad("head over 64 KiB", headOf(HttpResponseParser::maxHeaderBytes + 1) + "\r\n\r\n", "exceed");
    bad("endless head", "HTTP/1.1 200 OK\r\n" + QByteArray(70000, 'h'), "exceed");
    bad("not http", "SSH-2.0-OpenSSH_9.2\r\n\r\n", "HTTP/1.x");
    bad("http/2 preface", "HTTP/2 200\r\n\r\n", "HTTP/1.x");
    bad("html instead of http", "<html><body>hello</body></html>\r\n\r\n", "HTTP/1.x");
    bad("status 99", "HTTP/1.1 099 Low\r\nContent-Length: 0\r\n\r\n", "status");
    bad("status two digits", "HTTP/1.1 99 Low\r\nContent-Length: 0\r\n\r\n", "HTTP/1.x");
    bad("status 600", "HTTP/1.1 600 High\r\nContent-Length: 0\r\n\r\n", "status");
    bad("status not a number", "HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n", "status");
    bad("header without a colon", ok("Content-Length 0\r\n"), "malformed");
    bad("switching protocols", "HTTP/1.1 101 Switching Protocols\r\n\r\n", "switched");
    bad("bytes after a complete answer", ok("Content-Length: 2\r\n", "{}") + "HTTP/1.1 200",
        "after");
    bad("bytes after a 204", "HTTP/1.1 204 No Content\r\n\r\nsurprise", "after");
    bad("bytes after a chunked answer",
        ok("Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\nextra"), "after");
}

void TestHttpResponseParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, closed);
    QFETCH(Result, result);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    QFETCH(QString, error);

    const Outcome outcome = parse({ input }, closed);
    QVERIFY2(outcome.result == result,
             qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(describe(outcome.result)),
                                                     outcome.error)));
    QCOMPARE(outcome.keepAlive, keepAlive);
    if (result == Result::Error) {
        QVERIFY2(outcome.error.contains(error, Qt::CaseInsensitive), qPrintable(outcome.error));
        return;
    }
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.body, body);
    QVERIFY(outcome.error.isEmpty());
}

void TestHttpResponseParser::splitAnywhereGivesSameResult()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, closed);

    const Outcome whole = parse({ input }, closed);
    const Outcome oneByOne = parse(bytewise(input), closed);
    QVERIFY2(oneByOne == whole, qPrintable(oneByOne.error + u'/' + whole.error));
    // Every split point of the big rows would be quadratic: their boundaries near the limit.
    const qsizetype limit = HttpResponseParser::maxHeaderBytes;
    for (qsizetype at = 0; at <= input.size(); ++at) {
        if (input.size() > 4096 && at > 64 && qAbs(at - limit) > 8 && input.size() - at > 64)
            continue;
        const Outcome split = parse(splitAt(input, at), closed);
        QVERIFY2(split == whole,
                 qPrintable(QStringLiteral("split at %1: %2 (%3) vs whole %4 (%5)")
                                .arg(at)
                                .arg(QLatin1String(describe(split.result)))
                                .arg(split.error)
                                .arg(QLatin1String(describe(whole.result)))
                                .arg(whole.error)));
    }
}

void TestHttpResponseParser::hugeBodyKeptBounded_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestHttpResponseParser::hugeBodyKeptBounded()
{
    // 50 MB from a server that will not stop talking: only the start is kept.
    QFETCH(bool, chunked);
    constexpr qsizetype piece = 64 * 1024;
    constexpr int pieces = 800; // 50 MiB
    const QByteArray data(piece, 'b');
    const QByteArray chunk = QByteArray::number(piece, 16) + "\r\n" + data + "\r\n";
    HttpResponseParser parser(kept);
    QCOMPARE(
        parser.feed(ok(chunked ? "Transfer-Encoding: chunked\r\n"
                               : "Content-Length: " + QByteArray::number(piece * pieces) + "\r\n")),
        Result::NeedMore);
    for (int i = 0; i < pieces; ++i) {
        QCOMPARE(parser.feed(chunked ? chunk : data),
                 i + 1 < pieces || chunked ? Result::NeedMore : Result::Complete);
        QVERIFY(parser.body().size() <= kept);
        QVERIFY(parser.body().capacity() <= 2 * kept);
    }
    if (chunked)
        QCOMPARE(parser.feed("0\r\n\r\n"), Result::Complete);
    QCOMPARE(parser.status(), 200);
    QCOMPARE(parser.body(), QByteArray(kept, 'b'));
}

void TestHttpResponseParser::resetBetweenAnswers()
{
    // One kept-alive connection: a 503 asking to come back later, a redirect, then a 200.
    HttpResponseParser parser(kept);
    QCOMPARE(parser.feed("HTTP/1.1 503 Busy\r\nRetry-After: 120\r\nContent-Length: 4\r\n\r\nbusy"),
             Result::Complete);
    QCOMPARE(parser.status(), 503);
    QCOMPARE(parser.retryAfter(), "120");
    QCOMPARE(parser.body(), "busy");
    QVERIFY(parser.keepAlive());

    parser.reset();
    QVERIFY(!parser.hasStarted());
    QCOMPARE(parser.feed("HTTP/1.1 307 Moved\r\nLocation:   /v2/events?x=1  \r\nRetry-After: Wed, "
                         "21 Oct 2026 07:28:00 GMT\r\nContent-Length: 0\r\n\r\n"),
             Result::Complete);
    QCOMPARE(parser.status(), 307);
    QCOMPARE(parser.location(), "/v2/events?x=1");
    QCOMPARE(parser.retryAfter(), "Wed, 21 Oct 2026 07:28:00 GMT");

    parser.reset();
    QCOMPARE(parser.feed(ok("Content-Length: 2\r\n", "{}")), Result::Complete);
    QCOMPARE(parser.status(), 200);
    QCOMPARE(parser.body(), "{}");
    QVERIFY(parser.retryAfter().isEmpty());
    QVERIFY(parser.location().isEmpty());
    QVERIFY(parser.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
