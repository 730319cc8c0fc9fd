#include "editdistance.h"

#include <QList>

#include <algorithm>
#include <span>

namespace FeedbackKit {

namespace {

// Classic two-row dynamic programme folded into one row over the shorter text.
qint64 levenshtein(std::span<const uint> shorter, std::span<const uint> longer)
{
    QList<qint64> row(qsizetype(shorter.size()) + 1);
    for (qsizetype i = 0; i < row.size(); ++i)
        row[i] = i;
    for (size_t j = 1; j <= longer.size(); ++j) {
        qint64 diagonal = row[0];
        row[0] = qint64(j);
        for (size_t i = 1; i <= shorter.size(); ++i) {
            const qint64 above = row[qsizetype(i)];
            const qint64 substitution = diagonal + (shorter[i - 1] == longer[j - 1] ? 0 : 1);
            row[qsizetype(i)] = std::min({ above + 1, row[qsizetype(i - 1)] + 1, substitution });
            diagonal = above;
        }
    }
    return row.last();
}

} // namespace

EditDistance EditDistance::compute(QStringView a, QStringView b, qint64 maxCells)
{
    const QList<uint> ucsA = a.toUcs4();
    const QList<uint> ucsB = b.toUcs4();
    std::span<const uint> left(ucsA.constData(), size_t(ucsA.size()));
    std::span<const uint> right(ucsB.constData(), size_t(ucsB.size()));
    EditDistance result;
    result.longerLength = qint64(std::max(left.size(), right.size()));

    const auto prefix = std::mismatch(left.begin(), left.end(), right.begin(), right.end());
    const size_t skipFront = size_t(prefix.first - left.begin());
    left = left.subspan(skipFront);
    right = right.subspan(skipFront);
    const auto suffix = std::mismatch(left.rbegin(), left.rend(), right.rbegin(), right.rend());
    const size_t skipBack = size_t(suffix.first - left.rbegin());
    left = left.first(left.size() - skipBack);
    right = right.first(right.size() - skipBack);

    if (left.size() > right.size())
        std::swap(left, right);
    if (left.empty()) {
        result.distance = qint64(right.size());
    } else if (qint64(left.size()) * qint64(right.size()) > maxCells) {
        result.distance = qint64(right.size());
        result.exact = false;
    } else {
        result.distance = levenshtein(left, right);
    }
    return result;
}

} // namespace FeedbackKit
