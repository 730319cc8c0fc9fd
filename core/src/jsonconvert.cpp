#include "jsonconvert_p.h"

#include "validationerror.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace FeedbackKit {

using nlohmann::json;

std::string toStdString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

static json numberToNlohmann(const QJsonValue &value)
{
    // QJsonValue reports every number as Double but keeps 64-bit integers exactly: take the
    // integer when it stands for the same number, so 4 stays 4 on the wire (not 4.0) and
    // 2^53 + 1 keeps its last digit. toInteger() gives 0 for fractions, NaN and huge values.
    const double number = value.toDouble();
    const qint64 integer = value.toInteger();
    if (double(integer) == number)
        return std::int64_t(integer);
    return number;
}

// An empty container of the same kind, for a container that would sit too deep.
static json emptied(bool object)
{
    return object ? json::object() : json::array();
}

json toNlohmann(const QJsonValue &value, int depth)
{
    if ((value.isObject() || value.isArray()) && depth >= Limits::maxParseDepth)
        return emptied(value.isObject());
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return numberToNlohmann(value);
    case QJsonValue::String:
        return toStdString(value.toString());
    case QJsonValue::Array: {
        json array = json::array();
        const QJsonArray source = value.toArray();
        array.get_ref<json::array_t &>().reserve(size_t(source.size()));
        for (const QJsonValue &element : source)
            array.push_back(toNlohmann(element, depth + 1));
        return array;
    }
    case QJsonValue::Object: {
        json object = json::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.emplace(toStdString(it.key()), toNlohmann(it.value(), depth + 1));
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return nullptr;
}

// Containers are walked here (not by Qt) so that a NaN nested anywhere survives.
json variantToNlohmann(const QVariant &value, int depth)
{
    const int type = value.metaType().id();
    const bool object = type == QMetaType::QVariantMap || type == QMetaType::QVariantHash;
    if ((object || type == QMetaType::QVariantList) && depth >= Limits::maxParseDepth)
        return emptied(object);
    switch (type) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        return std::isfinite(number) ? numberToNlohmann(QJsonValue(number)) : json(number);
    }
    case QMetaType::QVariantMap: {
        json object = json::object();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.emplace(toStdString(it.key()), variantToNlohmann(*it, depth + 1));
        return object;
    }
    case QMetaType::QVariantHash: {
        json object = json::object();
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            object.emplace(toStdString(it.key()), variantToNlohmann(*it, depth + 1));
        return object;
    }
    case QMetaType::QVariantList: {
        json array = json::array();
        for (const QVariant &element : value.toList())
            array.push_back(variantToNlohmann(element, depth + 1));
        return array;
    }
    default:
        return toNlohmann(QJsonValue::fromVariant(value), depth);
    }
}

void limitNesting(json &root)
{
    std::vector<std::pair<json *, int>> pending { { &root, 0 } };
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (!node->is_structured())
            continue;
        if (depth >= Limits::maxParseDepth) {
            *node = emptied(node->is_object()); // nlohmann destroys iteratively
            continue;
        }
        for (json &child : *node) {
            if (child.is_structured())
                pending.emplace_back(&child, depth + 1);
        }
    }
}

// Recursion here is bounded by Limits::maxParseDepth, not by the input.
json limitedCopy(const json &value, int depth)
{
    if (!value.is_structured())
        return value;
    if (depth >= Limits::maxParseDepth)
        return emptied(value.is_object());
    json copy = emptied(value.is_object());
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (value.is_object())
            copy.emplace(it.key(), limitedCopy(*it, depth + 1));
        else
            copy.push_back(limitedCopy(*it, depth + 1));
    }
    return copy;
}

QJsonValue toQJson(const json &value)
{
    switch (value.type()) {
    case json::value_t::boolean:
        return value.get<bool>();
    case json::value_t::number_integer:
        return qint64(value.get<std::int64_t>());
    case json::value_t::number_unsigned: {
        // The parser reads every non-negative integer as unsigned; keep those that fit exact.
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number <= std::uint64_t(std::numeric_limits<qint64>::max()))
            return qint64(number);
        return double(number);
    }
    case json::value_t::number_float:
        return value.get<double>();
    case json::value_t::string:
        return toQString(value.get_ref<const std::string &>());
    case json::value_t::array: {
        QJsonArray array;
        for (const auto &element : value)
            array.append(toQJson(element));
        return array;
    }
    case json::value_t::object: {
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
