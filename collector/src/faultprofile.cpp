#include "collectortypes.h"
#include "failure_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace FeedbackKit {

namespace {

bool readRate(const QJsonObject &object, const QString &key, double *rate, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        return fail(error, QStringLiteral("%1: must be a number from 0 to 1").arg(key));
    *rate = value.toDouble();
    return true;
}

bool readCount(const QJsonObject &object, const QString &key, qint64 max, qint64 *count,
               QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(max) || number != qint64(number))
        return fail(error,
                    QStringLiteral("%1: must be a whole number from 0 to %2").arg(key).arg(max));
    *count = qint64(number);
    return true;
}

const QStringList &knownKeys()
{
    static const QStringList keys {
        QStringLiteral("seed"),
        QStringLiteral("status_500_rate"),
        QStringLiteral("status_503_rate"),
        QStringLiteral("status_429_rate"),
        QStringLiteral("retry_after_seconds"),
        QStringLiteral("retry_after_as_date"),
        QStringLiteral("drop_before_apply_rate"),
        QStringLiteral("drop_after_apply_rate"),
        QStringLiteral("delay_ms"),
        QStringLiteral("include_reads"),
    };
    return keys;
}

bool readBool(const QJsonObject &object, const QString &key, bool *flag, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(error, QStringLiteral("%1: must be true or false").arg(key));
    *flag = value.toBool();
    return true;
}

} // namespace

bool FaultProfile::isEmpty() const
{
    return status500Rate <= 0 && status503Rate <= 0 && status429Rate <= 0
        && dropBeforeApplyRate <= 0 && dropAfterApplyRate <= 0 && delay.count() <= 0;
}

QString FaultProfile::problem() const
{
    const std::pair<const char *, double> rates[] = {
        { "status500Rate", status500Rate },
        { "status503Rate", status503Rate },
        { "status429Rate", status429Rate },
        { "dropBeforeApplyRate", dropBeforeApplyRate },
        { "dropAfterApplyRate", dropAfterApplyRate },
    };
    for (const auto &[name, rate] : rates) {
        if (!(rate >= 0 && rate <= 1)) // also refuses NaN
            return QStringLiteral("%1 must be from 0 to 1").arg(QLatin1String(name));
    }
    if (delay.count() < 0)
        return QStringLiteral("delay must not be negative");
    if (retryAfterSeconds && *retryAfterSeconds < 0)
        return QStringLiteral("retryAfterSeconds must not be negative");
    return {};
}

QString CollectorOptions::problem() const
{
    if (maxBodyBytes < 1024 || maxBodyBytes > (qint64(1) << 30))
        return QStringLiteral("maxBodyBytes must be from 1 KiB to 1 GiB");
    if (maxBatchEvents < 1)
        return QStringLiteral("maxBatchEvents must be at least 1");
    if (maxConnections < 1)
        return QStringLiteral("maxConnections must be at least 1");
    if (requestTimeout.count() <= 0 || idleTimeout.count() <= 0)
        return QStringLiteral("requestTimeout and idleTimeout must be positive");
    if (databasePath.isEmpty())
        return QStringLiteral("databasePath must not be empty (\":memory:\" keeps nothing)");
    return {};
}

std::optional<FaultProfile> FaultProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        fail(error,
             QStringLiteral("fault profile: not a JSON object (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    for (const QString &key : object.keys()) {
        if (!knownKeys().contains(key)) {
            fail(error, QStringLiteral("fault profile: unknown key \"%1\"").arg(key));
            return std::nullopt;
        }
    }
    FaultProfile profile;
    qint64 seed = qint64(profile.seed), retryAfter = -1, delayMs = 0;
    const bool ok = readCount(object, QStringLiteral("seed"), qint64(1) << 53, &seed, error)
        && readRate(object, QStringLiteral("status_500_rate"), &profile.status500Rate, error)
        && readRate(object, QStringLiteral("status_503_rate"), &profile.status503Rate, error)
        && readRate(object, QStringLiteral("status_429_rate"), &profile.status429Rate, error)
        && readCount(object, QStringLiteral("retry_after_seconds"), 86400, &retryAfter, error)
        && readBool(object, QStringLiteral("retry_after_as_date"), &profile.retryAfterAsDate, error)
        && readRate(object, QStringLiteral("drop_before_apply_rate"), &profile.dropBeforeApplyRate,
                    error)
        && readRate(object, QStringLiteral("drop_after_apply_rate"), &profile.dropAfterApplyRate,
                    error)
        && readCount(object, QStringLiteral("delay_ms"), 600000, &delayMs, error)
        && readBool(object, QStringLiteral("include_reads"), &profile.includeReads, error);
    if (!ok)
        return std::nullopt;
    profile.seed = quint64(seed);
    if (object.contains(QStringLiteral("retry_after_seconds")))
        profile.retryAfterSeconds = int(retryAfter);
    profile.delay = std::chrono::milliseconds(delayMs);
    return profile;
}

QByteArray FaultProfile::toJson() const
{
    QJsonObject object {
        { QStringLiteral("seed"), double(seed) },
        { QStringLiteral("status_500_rate"), status500Rate },
        { QStringLiteral("status_503_rate"), status503Rate },
        { QStringLiteral("status_429_rate"), status429Rate },
        { QStringLiteral("retry_after_as_date"), retryAfterAsDate },
        { QStringLiteral("drop_before_apply_rate"), dropBeforeApplyRate },
        { QStringLiteral("drop_after_apply_rate"), dropAfterApplyRate },
        { QStringLiteral("delay_ms"), double(delay.count()) },
        { QStringLiteral("include_reads"), includeReads },
    };
    if (retryAfterSeconds)
        object.insert(QStringLiteral("retry_after_seconds"), *retryAfterSeconds);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace FeedbackKit
