#include "dashboardsource.h"
#include "backend.h"
#include "chatmodel.h"

#include <FeedbackKit/Client>
#include <FeedbackKit/Measurements>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace FeedbackKitDemo {

namespace {

QUrl chartUrl(const QUrl &server, const ChartQuery &query)
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QStringLiteral("/v1/events/chart"));
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("metric"), query.metric);
    items.addQueryItem(QStringLiteral("aggregation"), query.aggregation);
    if (!query.groupBy.isEmpty())
        items.addQueryItem(QStringLiteral("groupBy"), query.groupBy);
    url.setQuery(items);
    return url;
}

std::optional<double> aggregate(const FeedbackKit::Measurement &m, const QString &aggregation)
{
    if (aggregation == QLatin1String("count"))
        return double(m.count);
    if (m.count == 0)
        return std::nullopt;
    if (aggregation == QLatin1String("true_pct"))
        return m.truePct;
    if (aggregation == QLatin1String("avg"))
        return m.avg;
    if (aggregation == QLatin1String("median"))
        return m.median;
    if (aggregation == QLatin1String("p95"))
        return m.p95;
    return m.p99;
}

QJsonObject point(const FeedbackKit::Measurement &m, const QString &aggregation)
{
    const std::optional<double> value = aggregate(m, aggregation);
    return { { QStringLiteral("count"), double(m.count) },
             { QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue() } };
}

// The answer the chart endpoint would give for \a query over \a events.
QJsonObject measure(const QList<FeedbackKit::Feedback> &events, const ChartQuery &query)
{
    FeedbackKit::MeasurementQuery measurementQuery;
    measurementQuery.path = query.metric;
    measurementQuery.groupBy = query.groupBy;
    const FeedbackKit::MeasurementResult result = FeedbackKit::measure(events, measurementQuery);
    QJsonObject answer = point(result.overall, query.aggregation);
    QJsonArray points;
    for (auto it = result.groups.cbegin(); it != result.groups.cend(); ++it) {
        QJsonObject groupPoint = point(it.value(), query.aggregation);
        groupPoint.insert(QStringLiteral("group"), it.key());
        points.append(groupPoint);
    }
    answer.insert(QStringLiteral("events"), points);
    return answer;
}

} // namespace

DashboardSource::DashboardSource(Backend *backend, ChatModel *model, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_model(model)
    , m_network(new QNetworkAccessManager(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(250));
    connect(&m_debounce, &QTimer::timeout, this, &DashboardSource::refresh);
}

QString DashboardSource::originDescription() const
{
    if (m_backend->kind() == Backend::Kind::HoneyHive)
        return tr("the core measurements over this chat's feedback", "@info:status");
    return tr("the collector's chart endpoint", "@info:status");
}

void DashboardSource::refreshSoon()
{
    m_debounce.start();
}

void DashboardSource::refresh()
{
    if (isRefreshing()) {
        m_again = true;
        return;
    }
    m_answers.clear();
    m_error.clear();
    if (m_backend->kind() == Backend::Kind::HoneyHive)
        measureLocally();
    else
        requestFromCollector();
}

void DashboardSource::requestFromCollector()
{
    const QList<ChartQuery> queries = dashboardQueries();
    m_inFlight = int(queries.size());
    for (const ChartQuery &query : queries) {
        QNetworkRequest request(chartUrl(m_backend->serverUrl(), query));
        request.setRawHeader("Authorization", "Bearer " + m_backend->apiKey().toUtf8());
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, key = query.key] { receive(reply, key); });
    }
}

void DashboardSource::receive(QNetworkReply *reply, const QString &key)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (reply->error() == QNetworkReply::NoError)
        m_answers.insert(key, QJsonDocument::fromJson(body).object());
    else
        m_error = QStringLiteral("%1: %2").arg(reply->errorString(), QString::fromUtf8(body));
    if (--m_inFlight == 0)
        finishRefresh();
}

void DashboardSource::measureLocally()
{
    // This chat's answers and their current states: the same documents the server stores,
    // reduced to what the measurements read.
    QList<FeedbackKit::Feedback> events;
    const QString sessionId = FeedbackKit::Session::current().id();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString eventId = m_model->message(row).eventId;
        if (eventId.isEmpty())
            continue;
        const auto target = FeedbackKit::Target::event(eventId, sessionId);
        const QJsonObject state = m_backend->client()->state(target).toJsonObject();
        events.append(FeedbackKit::Feedback(QJsonObject { { QStringLiteral("event_id"), eventId },
                                                          { QStringLiteral("feedback"), state } }));
    }
    for (const ChartQuery &query : dashboardQueries())
        m_answers.insert(query.key, measure(events, query));
    finishRefresh();
}

void DashboardSource::finishRefresh()
{
    if (m_error.isEmpty()) {
        m_figures = DashboardFigures::fromAnswers(m_answers);
        m_hasFigures = true;
        Q_EMIT updated();
    } else {
        Q_EMIT refreshFailed(m_error);
    }
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace FeedbackKitDemo
