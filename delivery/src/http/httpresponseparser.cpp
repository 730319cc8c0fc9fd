#include "httpresponseparser_p.h"

#include <string_view>

namespace FeedbackKit {

namespace {
// A chunk-size line or a trailer line longer than this is not from an honest server.
constexpr qsizetype maxLineBytes = 1024;

// std::string_view's search (memchr, then a compare): QByteArrayView::indexOf() cost 4% of
// the delivery thread's instructions, most of them setting up its search for a four-byte needle.
qsizetype find(QByteArrayView haystack, std::string_view needle, qsizetype from = 0)
{
    const std::string_view text(haystack.data(), size_t(haystack.size()));
    const size_t at = text.find(needle, size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        if (equalsIgnoringCase(list.first(comma < 0 ? list.size() : comma).trimmed(), token))
            return true;
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
    return false;
}

// Digits only: "+5", " 5" or "5x" are refused rather than guessed at.
qint64 parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Hex digits only: QByteArray::toLongLong(16) would also take "0x5" (and guess at it).
qint64 parseChunkSize(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}
} // namespace

HttpResponseParser::HttpResponseParser(qsizetype keptBodyBytes)
    : m_keptBodyBytes(keptBodyBytes)
{ }

void HttpResponseParser::reset()
{
    m_stage = Stage::Head;
    m_head.clear();
    m_body.clear();
    m_retryAfter.clear();
    m_location.clear();
    m_error.clear();
    m_remaining = 0;
    m_contentLength = -1;
    m_status = 0;
    m_chunked = false;
    m_keepAlive = true;
    m_started = false;
}

HttpResponseParser::Result HttpResponseParser::feed(QByteArrayView data)
{
    if (!data.isEmpty())
        m_started = true;
    while (!data.isEmpty()) {
        Result result = Result::NeedMore;
        switch (m_stage) {
        case Stage::Head:
            result = readHead(data);
            break;
        case Stage::Done:
            return fail(QStringLiteral("the server sent bytes after its answer"));
        default:
            result = readBody(data);
            break;
        }
        if (result == Result::Error)
            return result;
        if (result == Result::Complete && data.isEmpty())
            return result;
    }
    return m_stage == Stage::Done ? Result::Complete : Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::finishAtClose()
{
    if (m_stage == Stage::UntilClose) {
        m_stage = Stage::Done;
        m_keepAlive = false;
        return Result::Complete;
    }
    if (m_stage == Stage::Done)
        return Result::Complete;
    return fail(m_started ? QStringLiteral("the server closed the connection mid-answer")
                          : QStringLiteral("the server closed the connection without answering"));
}

HttpResponseParser::Result HttpResponseParser::readHead(QByteArrayView &data)
{
    // Usually the whole head comes in one read: parse it where it is, without a copy.
    if (m_head.isEmpty()) {
        const qsizetype end = find(data, "\r\n\r\n");
        if (end >= 0 && end <= maxHeaderBytes)
            return headRead(data.first(end), data, end + 4);
    }
    // The end marker may straddle two reads: search from a little before the new bytes.
    const qsizetype before = m_head.size();
    const qsizetype searchFrom = qMax<qsizetype>(0, before - 3);
    m_head.append(data.first(qMin(data.size(), maxHeaderBytes + 4 - before)));
    const qsizetype end = find(m_head, "\r\n\r\n", searchFrom);
    if (end < 0) {
        // Refused only once the end marker cannot fit any more (m_head holds at most
        // maxHeaderBytes + 4): a smaller bound would depend on where the stream was cut.
        if (m_head.size() >= maxHeaderBytes + 4)
            return fail(QStringLiteral("the answer's headers exceed %1 bytes").arg(maxHeaderBytes));
        data = {};
        return Result::NeedMore;
    }
    const QByteArray head = std::exchange(m_head, {});
    return headRead(QByteArrayView(head).first(end), data, end + 4 - before);
}

HttpResponseParser::Result HttpResponseParser::headRead(QByteArrayView head, QByteArrayView &data,
                                                        qsizetype used)
{
    // Hand back what follows the head: it is body (or the next answer after a 1xx).
    data = data.sliced(used);
    if (!parseHead(head))
        return Result::Error;
    return startBody();
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    qsizetype lineEnd = find(head, "\r\n");
    if (!parseStatusLine(head.first(lineEnd < 0 ? head.size() : lineEnd)))
        return false;
    while (lineEnd >= 0) {
        head = head.sliced(lineEnd + 2);
        lineEnd = find(head, "\r\n");
        const QByteArrayView line = head.first(lineEnd < 0 ? head.size() : lineEnd);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("malformed header line in the answer"));
            return false;
        }
        if (!parseHeader(line.first(colon), line.sliced(colon + 1).trimmed()))
            return false;
    }
    return true;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // "HTTP/1.1 200 OK": the version, a three-digit code, an optional reason.
    const bool http11 = line.startsWith("HTTP/1.1 ");
    if (!(http11 || line.startsWith("HTTP/1.0 ")) || line.size() < 12
        || (line.size() > 12 && line[12] != ' ')) {
        fail(QStringLiteral("the server did not answer in HTTP/1.x"));
        return false;
    }
    const qint64 status = parseLength(line.sliced(9, 3));
    if (status < 100 || status > 599) {
        fail(QStringLiteral("the answer has no valid status code"));
        return false;
    }
    m_status = int(status);
    m_keepAlive = http11;
    return true;
}

bool HttpResponseParser::parseHeader(QByteArrayView name, QByteArrayView value)
{
    if (equalsIgnoringCase(name, "content-length")) {
        const qint64 length = parseLength(value);
        if (length < 0 || (m_contentLength >= 0 && length != m_contentLength)) {
            fail(QStringLiteral("the answer has an invalid Content-Length"));
            return false;
        }
        m_contentLength = length;
    } else if (equalsIgnoringCase(name, "transfer-encoding")) {
        // Only a final "chunked" frames the body; any other coding runs until close.
        m_chunked = value.trimmed().endsWith("chunked");
        if (!m_chunked)
            m_keepAlive = false;
    } else if (equalsIgnoringCase(name, "connection")) {
        if (hasToken(value, "close"))
            m_keepAlive = false;
        else if (hasToken(value, "keep-alive"))
            m_keepAlive = true;
    } else if (equalsIgnoringCase(name, "retry-after")) {
        m_retryAfter = value.first(qMin<qsizetype>(value.size(), 256)).toByteArray();
    } else if (equalsIgnoringCase(name, "location")) {
        m_location = value.first(qMin<qsizetype>(value.size(), 8192)).toByteArray();
    }
    return true;
}

HttpResponseParser::Result HttpResponseParser::startBody()
{
    if (m_status < 200 && m_status != 101) {
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        const bool started = m_started;
        reset();
        m_started = started;
        return Result::NeedMore;
    }
    if (m_status == 101)
        return fail(QStringLiteral("the server switched protocols"));
    if (m_status == 204 || m_status == 304) {
        m_stage = Stage::Done;
    } else if (m_chunked) {
        m_stage = Stage::ChunkSize;
    } else if (m_contentLength >= 0) {
        m_remaining = m_contentLength;
        m_stage = m_remaining > 0 ? Stage::FixedBody : Stage::Done;
    } else {
        m_stage = Stage::UntilClose;
        m_keepAlive = false;
    }
    return m_stage == Stage::Done ? Result::Complete : Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::readBody(QByteArrayView &data)
{
    switch (m_stage) {
    case Stage::UntilClose:
        keep(data);
        data = {};
        return Result::NeedMore;
    case Stage::FixedBody:
    case Stage::ChunkData: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size()));
        keep(data.first(take));
        data = data.sliced(take);
        m_remaining -= take;
        if (m_remaining > 0)
            return Result::NeedMore;
        m_stage = m_stage == Stage::FixedBody ? Stage::Done : Stage::ChunkEnd;
        return m_stage == Stage::Done ? Result::Complete : Result::NeedMore;
    }
    case Stage::ChunkSize:
        return readChunkSize(data);
    case Stage::ChunkEnd:
    case Stage::Trailers:
        return readLineAfterChunk(data);
    case Stage::Head:
    case Stage::Done:
        break;
    }
    return Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::readChunkSize(QByteArrayView &data)
{
    const LineRead read = readLine(data);
    if (read != LineRead::Line)
        return read == LineRead::TooLong ? lineTooLong() : Result::NeedMore;
    QByteArrayView size(m_head);
    if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
        size = size.first(semicolon); // chunk extensions: ignored
    const qint64 length = parseChunkSize(size.trimmed());
    m_head.clear();
    if (length < 0)
        return fail(QStringLiteral("the answer has an invalid chunk size"));
    m_remaining = length;
    m_stage = length == 0 ? Stage::Trailers : Stage::ChunkData;
    return Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::readLineAfterChunk(QByteArrayView &data)
{
    // After a chunk's data: its CRLF. After the last chunk: trailer lines, then an empty one.
    const LineRead read = readLine(data);
    if (read != LineRead::Line)
        return read == LineRead::TooLong ? lineTooLong() : Result::NeedMore;
    const bool empty = m_head.isEmpty();
    m_head.clear();
    if (m_stage == Stage::ChunkEnd) {
        if (!empty)
            return fail(QStringLiteral("a chunk of the answer is longer than announced"));
        m_stage = Stage::ChunkSize;
        return Result::NeedMore;
    }
    if (!empty)
        return Result::NeedMore; // a trailer field: ignored
    m_stage = Stage::Done;
    return Result::Complete;
}

HttpResponseParser::LineRead HttpResponseParser::readLine(QByteArrayView &data)
{
    // Into m_head, without its line break; a line may arrive in pieces.
    const qsizetype newline = data.indexOf('\n');
    const QByteArrayView part = newline < 0 ? data : data.first(newline);
    if (m_head.size() + part.size() > maxLineBytes)
        return LineRead::TooLong;
    m_head.append(part);
    data = newline < 0 ? QByteArrayView() : data.sliced(newline + 1);
    if (newline < 0)
        return LineRead::Partial;
    if (m_head.endsWith('\r'))
        m_head.chop(1);
    return LineRead::Line;
}

HttpResponseParser::Result HttpResponseParser::lineTooLong()
{
    return fail(QStringLiteral("a line of the chunked answer is too long"));
}

void HttpResponseParser::keep(QByteArrayView bytes)
{
    const qsizetype room = m_keptBodyBytes - m_body.size();
    if (room > 0)
        m_body.append(bytes.first(qMin(room, bytes.size())));
}

HttpResponseParser::Result HttpResponseParser::fail(const QString &why)
{
    m_error = why;
    m_keepAlive = false;
    return Result::Error;
}

} // namespace FeedbackKit
