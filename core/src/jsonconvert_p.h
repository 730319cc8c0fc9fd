#pragma once

// Private: conversions between Qt's JSON and variant types and nlohmann::json.

#include <QJsonValue>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace FeedbackKit {

/*!
 * Integers held exactly (QJsonValue keeps 64-bit integers apart from doubles). \a depth is
 * where the value will sit in its document: containers that would sit deeper than
 * Limits::maxParseDepth come out empty (see limitNesting()).
 */
nlohmann::json toNlohmann(const QJsonValue &value, int depth = 0);
/*!
 * Like QJsonValue::fromVariant(), except that NaN and infinities are kept (Qt turns them into
 * null, which a patch would read as "clear this key"), so that validation can refuse them.
 * Nesting is limited as by toNlohmann().
 */
nlohmann::json variantToNlohmann(const QVariant &value, int depth = 0);

/*!
 * Empties the containers nested deeper than Limits::maxParseDepth. Such a document breaks the
 * nesting rule long before that depth, so nothing valid is lost; what is gained is that every
 * later copy, comparison, merge and serialisation (nlohmann's and Qt's are recursive) stays
 * within a small, bounded stack. Iterative, so any depth is safe.
 */
void limitNesting(nlohmann::json &root);
/*! A copy of \a value with limitNesting() applied, made without deep recursion. */
nlohmann::json limitedCopy(const nlohmann::json &value, int depth = 0);
QJsonValue toQJson(const nlohmann::json &value);
std::string toStdString(QStringView text);
QString toQString(const std::string &utf8);

} // namespace FeedbackKit
