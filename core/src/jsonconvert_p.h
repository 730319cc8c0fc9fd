#pragma once

// Private: conversions between Qt's JSON types and nlohmann::json.

#include <QJsonValue>

#include <nlohmann/json.hpp>

namespace FeedbackKit {

nlohmann::json toNlohmann(const QJsonValue &value);
QJsonValue toQJson(const nlohmann::json &value);
std::string toStdString(QStringView text);
QString toQString(const std::string &utf8);

} // namespace FeedbackKit
