#pragma once

// Private: conversions between Qt's JSON and variant types and nlohmann::json.

#include <QJsonValue>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace FeedbackKit {

/*! Integers held exactly (QJsonValue keeps 64-bit integers apart from doubles). */
nlohmann::json toNlohmann(const QJsonValue &value);
/*!
 * Like QJsonValue::fromVariant(), except that NaN and infinities are kept (Qt turns them into
 * null, which a patch would read as "clear this key"), so that validation can refuse them.
 */
nlohmann::json variantToNlohmann(const QVariant &value);
QJsonValue toQJson(const nlohmann::json &value);
std::string toStdString(QStringView text);
QString toQString(const std::string &utf8);

} // namespace FeedbackKit
