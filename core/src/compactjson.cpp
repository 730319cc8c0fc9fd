#include "compactjson_p.h"

#include "utf8_p.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace FeedbackKit {

namespace {
using json = nlohmann::json;

bool appendString(const std::string &text, QByteArray &out)
{
    if (!isValidUtf8(text))
        return false;
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const char *begin = text.data();
    const char *plainFrom = begin;
    for (const char *c = begin; c != begin + text.size(); ++c) {
        const auto byte = static_cast<unsigned char>(*c);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue; // the common case: copied in one piece below
        out.append(plainFrom, c - plainFrom);
        plainFrom = c + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escaped[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf] };
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(plainFrom, begin + text.size() - plainFrom);
    out += '"';
    return true;
}

template<typename Integer> void appendInteger(Integer value, QByteArray &out)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendFloat(double value, QByteArray &out)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // The shortest text that reads back as the same double, as dump() writes it ("4.0", "1e+100").
    char buffer[64];
    const char *end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end - buffer);
}

bool append(const json &value, QByteArray &out)
{
    switch (value.type()) {
    case json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto &[key, member] : value.get_ref<const json::object_t &>()) {
            if (!std::exchange(first, false))
                out += ',';
            if (!appendString(key, out))
                return false;
            out += ':';
            if (!append(member, out))
                return false;
        }
        out += '}';
        return true;
    }
    case json::value_t::array: {
        out += '[';
        bool first = true;
        for (const json &element : value) {
            if (!std::exchange(first, false))
                out += ',';
            if (!append(element, out))
                return false;
        }
        out += ']';
        return true;
    }
    case json::value_t::string:
        return appendString(value.get_ref<const std::string &>(), out);
    case json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return true;
    case json::value_t::number_integer:
        appendInteger(value.get<std::int64_t>(), out);
        return true;
    case json::value_t::number_unsigned:
        appendInteger(value.get<std::uint64_t>(), out);
        return true;
    case json::value_t::number_float:
        appendFloat(value.get<double>(), out);
        return true;
    case json::value_t::null:
        out += "null";
        return true;
    case json::value_t::binary:
    case json::value_t::discarded:
        break;
    }
    return false;
}
} // namespace

bool appendCompactJson(const json &value, QByteArray &out)
{
    const qsizetype size = out.size();
    if (append(value, out))
        return true;
    out.truncate(size);
    return false;
}

} // namespace FeedbackKit
