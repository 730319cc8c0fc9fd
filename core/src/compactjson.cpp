#include "compactjson_p.h"

#include "utf8_p.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace FeedbackKit {

namespace {
using json = nlohmann::json;

// Writes into the QByteArray's own storage through a pointer: QByteArray::append() is a call
// into QtCore per piece, which cost more than the writing itself.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
        , m_start(out.size())
    {
        m_out.resize(m_start + 256);
        m_used = m_start;
    }

    void finish() { m_out.resize(m_used); }
    void abandon() { m_out.resize(m_start); }

    void put(char c)
    {
        reserve(1);
        m_out.data()[m_used++] = c;
    }
    void put(const char *text, size_t size)
    {
        reserve(qsizetype(size));
        std::memcpy(m_out.data() + m_used, text, size);
        m_used += qsizetype(size);
    }
    template<size_t N> void put(const char (&literal)[N]) { put(literal, N - 1); }

private:
    void reserve(qsizetype more)
    {
        if (m_used + more > m_out.size())
            m_out.resize(qMax(m_out.size() * 2, m_used + more));
    }

    QByteArray &m_out;
    const qsizetype m_start;
    qsizetype m_used = 0;
};

// Whether any of eight bytes needs a look of its own: a control character, '"', '\\', or a
// byte of a multi-byte UTF-8 sequence. It may say yes for a plain byte next to such a one
// (a borrow crosses into it), never no for one that needs it.
bool needsLook(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (word - 0x20 * ones) & ~word & highs;
    return (word & highs) | control | hasZeroByte(word ^ ('"' * ones))
        | hasZeroByte(word ^ ('\\' * ones));
}

// Text is mostly plain ASCII: it goes in eight bytes at a time, and in one piece.
const char *skipPlain(const char *c, const char *end)
{
    for (std::uint64_t word; end - c >= 8; c += 8) {
        std::memcpy(&word, c, sizeof word);
        if (needsLook(word))
            break;
    }
    return c;
}

bool putString(const std::string &text, Writer &out)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.put('"');
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const char *plainFrom = begin;
    bool ascii = true;
    for (const char *c = skipPlain(begin, end); c != end; c = skipPlain(c, end)) {
        const auto byte = static_cast<unsigned char>(*c++);
        ascii = ascii && byte < 0x80;
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue; // the common case: copied in one piece below
        out.put(plainFrom, size_t(c - 1 - plainFrom));
        plainFrom = c;
        switch (byte) {
        case '"':
            out.put("\\\"");
            break;
        case '\\':
            out.put("\\\\");
            break;
        case '\b':
            out.put("\\b");
            break;
        case '\f':
            out.put("\\f");
            break;
        case '\n':
            out.put("\\n");
            break;
        case '\r':
            out.put("\\r");
            break;
        case '\t':
            out.put("\\t");
            break;
        default: {
            const char escaped[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf] };
            out.put(escaped, sizeof escaped);
        }
        }
    }
    // dump() repairs invalid UTF-8 its own way: such a string is left to it.
    if (!ascii && !isValidUtf8(text))
        return false;
    out.put(plainFrom, size_t(end - plainFrom));
    out.put('"');
    return true;
}

template<typename Number> void putNumber(Number value, Writer &out)
{
    char buffer[64];
    const char *end = nullptr;
    if constexpr (std::is_floating_point_v<Number>) {
        // The shortest text that reads back as the same double, as dump() writes it ("4.0",
        // "1e+100").
        end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    } else {
        end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    }
    out.put(buffer, size_t(end - buffer));
}

bool put(const json &value, Writer &out);

bool putObject(const json::object_t &object, Writer &out)
{
    out.put('{');
    bool first = true;
    for (const auto &[key, member] : object) {
        if (!std::exchange(first, false))
            out.put(',');
        if (!putString(key, out))
            return false;
        out.put(':');
        if (!put(member, out))
            return false;
    }
    out.put('}');
    return true;
}

bool putArray(const json::array_t &array, Writer &out)
{
    out.put('[');
    bool first = true;
    for (const json &element : array) {
        if (!std::exchange(first, false))
            out.put(',');
        if (!put(element, out))
            return false;
    }
    out.put(']');
    return true;
}

bool put(const json &value, Writer &out)
{
    switch (value.type()) {
    case json::value_t::object:
        return putObject(value.get_ref<const json::object_t &>(), out);
    case json::value_t::array:
        return putArray(value.get_ref<const json::array_t &>(), out);
    case json::value_t::string:
        return putString(value.get_ref<const std::string &>(), out);
    case json::value_t::boolean:
        value.get<bool>() ? out.put("true") : out.put("false");
        return true;
    case json::value_t::number_integer:
        putNumber(value.get<std::int64_t>(), out);
        return true;
    case json::value_t::number_unsigned:
        putNumber(value.get<std::uint64_t>(), out);
        return true;
    case json::value_t::number_float: {
        const double number = value.get<double>();
        std::isfinite(number) ? putNumber(number, out) : out.put("null");
        return true;
    }
    case json::value_t::null:
        out.put("null");
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
    Writer writer(out);
    if (!put(value, writer)) {
        writer.abandon();
        return false;
    }
    writer.finish();
    return true;
}

} // namespace FeedbackKit
