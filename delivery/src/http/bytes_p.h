#pragma once

// Private: a byte string joined from pieces with one allocation. QByteArray::append() goes
// through insert() for every piece, some two hundred instructions each; every request body and
// head is built from a handful of pieces.

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <initializer_list>

namespace FeedbackKit {

inline QByteArray concatenated(std::initializer_list<QByteArrayView> parts)
{
    qsizetype size = 0;
    for (const QByteArrayView part : parts)
        size += part.size();
    QByteArray joined(size, Qt::Uninitialized);
    char *out = joined.data();
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty())
            std::memcpy(out, part.data(), size_t(part.size()));
        out += part.size();
    }
    return joined;
}

} // namespace FeedbackKit
