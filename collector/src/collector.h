#pragma once

#include "collectortypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace FeedbackKit {

/*!
 * \brief A local HoneyHive-compatible server: the demo's embedded backend and the tests' real
 * server.
 *
 * It speaks the part of the HoneyHive REST API that FeedbackKit uses (sessions, events,
 * enrichment with PUT /events, reading back, charts) over HTTP, stores events in SQLite, and
 * can inject faults (error statuses, dropped connections, delays, restarts).
 *
 * The server runs in a thread of its own, so the thread that owns the Collector (the UI thread
 * of the demo) never waits on a socket or a disk write; only start(), stop() and restart()
 * wait, briefly, for that thread.
 *
 * \code
 * FeedbackKit::Collector collector;
 * QString error;
 * if (!collector.start(&error))
 *     qFatal("%s", qPrintable(error));
 * client.setConfig({collector.baseUrl(), ...});
 * \endcode
 */
class CollectorPrivate;

class Collector : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY baseUrlChanged)

public:
    explicit Collector(const CollectorOptions &options = {}, QObject *parent = nullptr);
    ~Collector() override;

    CollectorOptions options() const;

    /*!
     * Opens the database and starts listening. Returns false, with \a error set, when the
     * options are invalid (CollectorOptions::problem()), the database cannot be opened or the
     * address cannot be bound. Once a port was bound, later
     * starts reuse it, so baseUrl() stays the same across stop() and start().
     */
    bool start(QString *error = nullptr);
    /*! Closes every connection and the database. Unacknowledged requests are lost. */
    void stop();
    /*!
     * Stops now and starts again on the same port after \a downtime, without waiting: an
     * outage as a client sees it. runningChanged() reports both transitions.
     */
    void restart(std::chrono::milliseconds downtime);
    bool isRunning() const;

    /*! "http://127.0.0.1:PORT", valid once started. */
    QUrl baseUrl() const;

    /*!
     * Replaces the faults injected from the next request on (and reseeds the generator).
     * Returns false, changing nothing, when \a faults is invalid; \a error then says why.
     */
    bool setFaults(const FaultProfile &faults, QString *error = nullptr);
    FaultProfile faults() const;

    CollectorStats stats() const;
    void resetStats();

    /*!
     * The stored event \a eventId (a session is an event too), or an empty object; also empty
     * once stopped (the store is closed). Safe to call while the server is busy: it reads the
     * in-memory copy under a short lock, never the disk.
     */
    QJsonObject event(const QString &eventId) const;
    /*! How many events are stored, placeholders included. */
    int eventCount() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void baseUrlChanged(const QUrl &baseUrl);

private:
    std::unique_ptr<CollectorPrivate> const d;
};

} // namespace FeedbackKit
