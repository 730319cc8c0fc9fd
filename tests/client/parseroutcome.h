#pragma once

// Shared by the answer parser's test and its fuzzer: everything a caller can see once the
// parser has read its bytes, so that two ways of feeding the same stream can be compared.

#include "httpresponseparser_p.h"

namespace FeedbackKit {

struct ParserOutcome
{
    HttpResponseParser::Result result = HttpResponseParser::Result::NeedMore;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray location;
    bool keepAlive = false;
    QString error;

    bool operator==(const ParserOutcome &) const = default;
};

inline ParserOutcome outcomeOf(const HttpResponseParser &parser, HttpResponseParser::Result result)
{
    return { result,
             parser.status(),
             parser.body(),
             parser.retryAfter(),
             parser.location(),
             parser.keepAlive(),
             parser.errorString() };
}

} // namespace FeedbackKit
