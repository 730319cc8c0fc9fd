#include "jsonconvert_p.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace FeedbackKit {

std::string toStdString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

static nlohmann::json numberToNlohmann(double number)
{
    // QJsonValue keeps every number as a double; give integral values back their integer type
    // so that 4 stays 4 on the wire and not 4.0.
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= exactIntegerLimit)
        return static_cast<std::int64_t>(number);
    return number;
}

nlohmann::json toNlohmann(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return numberToNlohmann(value.toDouble());
    case QJsonValue::String:
        return toStdString(value.toString());
    case QJsonValue::Array: {
        nlohmann::json array = nlohmann::json::array();
        for (const QJsonValue &element : value.toArray())
            array.push_back(toNlohmann(element));
        return array;
    }
    case QJsonValue::Object: {
        nlohmann::json object = nlohmann::json::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object[toStdString(it.key())] = toNlohmann(it.value());
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return nullptr;
}

QJsonValue toQJson(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::boolean:
        return value.get<bool>();
    case nlohmann::json::value_t::number_integer:
        return qint64(value.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
        return double(value.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float:
        return value.get<double>();
    case nlohmann::json::value_t::string:
        return toQString(value.get_ref<const std::string &>());
    case nlohmann::json::value_t::array: {
        QJsonArray array;
        for (const auto &element : value)
            array.append(toQJson(element));
        return array;
    }
    case nlohmann::json::value_t::object: {
        QJsonObject object;
        for (auto it = value.begin(); it != value.end(); ++it)
            object.insert(toQString(it.key()), toQJson(it.value()));
        return object;
    }
    default:
        return QJsonValue::Null;
    }
}

} // namespace FeedbackKit
