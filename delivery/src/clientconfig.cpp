#include "clientconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace FeedbackKit {

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ClientConfig ClientConfig::fromEnvironment()
{
    ClientConfig config;
    config.apiKey = qEnvironmentVariable("HH_API_KEY");
    config.project = qEnvironmentVariable("HH_PROJECT");
    const QString url = qEnvironmentVariable("HH_API_URL");
    if (!url.isEmpty())
        config.apiUrl = QUrl(url);
    return config;
}

QString ClientConfig::deliveryProblem() const
{
    if (!apiUrl.isValid() || apiUrl.host().isEmpty())
        return QCoreApplication::translate("FeedbackKit::Client", "the API URL is not a valid URL");
    const QString scheme = apiUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("FeedbackKit::Client", "the API URL must use https");
    if (scheme == QLatin1String("http") && !allowInsecureHttp && !isLoopbackHost(apiUrl.host()))
        //: %1 is the API URL's host; allowInsecureHttp is ClientConfig's field, not translated
        return QCoreApplication::translate("FeedbackKit::Client",
                                           "plain http:// is refused for %1 (not a loopback "
                                           "host); use https or set allowInsecureHttp")
            .arg(apiUrl.host());
    if (apiKey.isEmpty())
        //: HH_API_KEY is an environment variable, not translated
        return QCoreApplication::translate("FeedbackKit::Client", "no API key (set HH_API_KEY)");
    if (apiKey.contains(u'\n') || apiKey.contains(u'\r'))
        return QCoreApplication::translate("FeedbackKit::Client",
                                           "the API key contains a line break");
    return {};
}

} // namespace FeedbackKit
