#pragma once

#include "dashboardfigures.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

class Backend;
class ChatModel;

/*!
 * \brief Computes the dashboard's figures without ever blocking the UI.
 *
 * With a collector (embedded or --collector) every figure comes from its chart endpoint
 * (GET /v1/events/chart), requested asynchronously, so the dashboard shows what the server
 * stored. HoneyHive's chart endpoint does not offer every aggregation the dashboard needs, so
 * there the same queries run on the core's measurements over this chat's feedback states.
 *
 * Refreshes asked for while one is running are merged into one more refresh afterwards.
 */
class DashboardSource : public QObject
{
    Q_OBJECT

public:
    DashboardSource(Backend *backend, ChatModel *model, QObject *parent = nullptr);

    /*! Starts a refresh now (or after the one running). */
    void refresh();
    /*! Refreshes after a short pause, so a burst of deliveries costs one refresh. */
    void refreshSoon();
    bool isRefreshing() const { return m_inFlight > 0; }
    DashboardFigures figures() const { return m_figures; }
    /*! Whether a refresh has succeeded yet. */
    bool hasFigures() const { return m_hasFigures; }
    /*! Where the figures come from, for the dashboard's status line. */
    QString originDescription() const;

Q_SIGNALS:
    /*! New figures are in figures(). */
    void updated();
    void refreshFailed(const QString &error);

private:
    void requestFromCollector();
    void measureLocally();
    void receive(QNetworkReply *reply, const QString &key);
    void finishRefresh();

    Backend *m_backend;
    ChatModel *m_model;
    QNetworkAccessManager *m_network;
    QTimer m_debounce;
    QMap<QString, QJsonObject> m_answers;
    QString m_error;
    DashboardFigures m_figures;
    int m_inFlight = 0;
    bool m_hasFigures = false;
    bool m_again = false;
};

} // namespace FeedbackKitDemo
