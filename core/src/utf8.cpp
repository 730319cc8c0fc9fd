#include "utf8_p.h"

#include <cstdint>
#include <cstring>

namespace FeedbackKit {

namespace {
bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the sequence starting at \a lead, with the allowed range of the second byte (which
// is where overlong forms, surrogates and code points above U+10FFFF show).
int sequenceLength(unsigned char lead, unsigned char &low, unsigned char &high)
{
    low = 0x80;
    high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
        return 4;
    }
    return 0;
}
} // namespace

// Feedback text is mostly ASCII: skip eight ASCII bytes at a time.
static size_t skipAscii(const unsigned char *bytes, size_t i, size_t size)
{
    constexpr std::uint64_t highBits = 0x8080808080808080ULL;
    while (i + 8 <= size) {
        std::uint64_t word;
        std::memcpy(&word, bytes + i, sizeof word);
        if (word & highBits)
            break;
        i += 8;
    }
    return i;
}

bool isValidUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t i = skipAscii(bytes, 0, size);
    while (i < size) {
        if (bytes[i] < 0x80) {
            i = skipAscii(bytes, i + 1, size);
            continue;
        }
        unsigned char low, high;
        const int length = sequenceLength(bytes[i], low, high);
        if (length == 0 || i + length > size || bytes[i + 1] < low || bytes[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(bytes[i + k]))
                return false;
        }
        i += length;
    }
    return true;
}

} // namespace FeedbackKit
