#pragma once

// Private: the hash of event IDs in the client's tables. Every capture and every request looks
// an ID up in several of them; qHash(QStringView) (SipHash where AES-NI is not used) was 15%
// of the delivery thread's instructions. This one mixes eight bytes per step with multiply and
// xor-shift (as wyhash and SplitMix64 do). It is seeded per process by Qt's random global seed,
// so colliding IDs cannot be prepared in advance.

#include <QString>
#include <QStringView>

#include <cstring>

namespace FeedbackKit {

inline size_t hashId(QStringView id, size_t seed) noexcept
{
    constexpr quint64 multiplier = 0xbf58476d1ce4e5b9ULL;
    quint64 hash = quint64(seed) ^ (quint64(id.size()) * 0x9e3779b97f4a7c15ULL);
    const char *bytes = reinterpret_cast<const char *>(id.utf16());
    qsizetype left = id.size() * qsizetype(sizeof(char16_t));
    for (; left >= 8; bytes += 8, left -= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        hash = (hash ^ word) * multiplier;
        hash ^= hash >> 31;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, bytes, size_t(left));
        hash = (hash ^ word) * multiplier;
    }
    hash ^= hash >> 29;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 32;
    return size_t(hash);
}

/*!
 * Whether two IDs are equal; for the same tables. The keys of a table and the IDs looked up in
 * it are mostly copies of one string, found equal without reading it (QString's own operator
 * reads both, a cache miss in a large table).
 */
inline bool sameId(const QString &a, const QString &b) noexcept
{
    return a.size() == b.size()
        && (a.constData() == b.constData()
            || std::memcmp(a.constData(), b.constData(), size_t(a.size()) * sizeof(QChar)) == 0);
}

} // namespace FeedbackKit
