// Fuzzes the transport's HTTP/1.1 answer parser (httpresponseparser_p.h) with whatever a server
// might send, cut wherever TCP might cut it. The input's first byte says how many of the next
// bytes are piece sizes (cycled through) and whether the server closes at the end; the rest is
// the stream. Invariants:
//  - body() never holds more than the kept limit;
//  - Complete only with a final status (100..599);
//  - the outcome is the same fed whole, in the input's pieces, and (small inputs) bytewise;
//  - reset() leaves nothing behind: a reused parser reads the stream as a fresh one does;
//  - after Error, more bytes and a close never crash.

#include "../client/parseroutcome.h"

#include <QList>

#include <cstdio>
#include <cstdlib>

using namespace FeedbackKit;
using Result = HttpResponseParser::Result;

namespace {
constexpr qsizetype kept = 64; // small, so that the limit is met often

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

using Outcome = ParserOutcome;

/*! Feeds \a pieces up to the first error, checking the bounds on the way. */
Outcome run(HttpResponseParser &parser, const QList<QByteArrayView> &pieces, bool closed)
{
    Result result = Result::NeedMore;
    qsizetype next = 0;
    while (next < pieces.size() && result != Result::Error) {
        result = parser.feed(pieces.at(next++));
        check(parser.body().size() <= kept, "the kept body stays within its limit");
        if (result == Result::Complete)
            check(parser.status() >= 100 && parser.status() <= 599, "a complete answer's status");
    }
    if (closed && result == Result::NeedMore)
        result = parser.finishAtClose();
    if (result == Result::Complete)
        check(parser.status() >= 100 && parser.status() <= 599, "a complete answer's status");
    const Outcome outcome = outcomeOf(parser, result);
    // Whatever still arrives after an error must be harmless.
    for (; next < pieces.size(); ++next)
        parser.feed(pieces.at(next));
    parser.finishAtClose();
    check(parser.body().size() <= kept, "the kept body stays within its limit after an error");
    return outcome;
}

QList<QByteArrayView> cut(QByteArrayView stream, QByteArrayView sizes)
{
    QList<QByteArrayView> pieces;
    for (qsizetype at = 0, i = 0; at < stream.size(); ++i) {
        const qsizetype size = sizes.isEmpty() ? stream.size() : 1 + uchar(sizes[i % sizes.size()]);
        pieces.append(stream.sliced(at, qMin(size, stream.size() - at)));
        at += size;
    }
    return pieces;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype sizeBytes = qMin<qsizetype>(input[0] & 0x07, input.size() - 1);
    const bool closed = input[0] & 0x08;
    const QByteArrayView sizes = input.sliced(1, sizeBytes);
    const QByteArrayView stream = input.sliced(1 + sizeBytes);

    HttpResponseParser whole(kept);
    const Outcome expected = run(whole, { stream }, closed);
    HttpResponseParser pieces(kept);
    check(run(pieces, cut(stream, sizes), closed) == expected, "split like the input says");
    if (stream.size() <= 512) {
        HttpResponseParser bytewise(kept);
        check(run(bytewise, cut(stream, QByteArrayView("\0", 1)), closed) == expected,
              "one byte at a time");
    }
    whole.reset();
    check(run(whole, { stream }, closed) == expected, "a reset parser reads like a new one");
    return 0;
}
