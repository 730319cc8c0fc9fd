#pragma once

#include <FeedbackKit/Client>

#include <QObject>
#include <QUrl>

#include <memory>

namespace FeedbackKit {
class Collector;
}

namespace FeedbackKitDemo {

/*!
 * \brief Where the demo's feedback goes, and the client that takes it there.
 *
 * With no HH_API_KEY in the environment (and no --collector), a feedbackkit-collector runs
 * in-process on 127.0.0.1 with its database in the app data folder: the demo works with no
 * configuration at all. With HH_API_KEY (HH_PROJECT, optionally HH_API_URL) it sends to
 * HoneyHive. --collector URL sends to a collector that is already running.
 */
class Backend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool offline READ isOffline WRITE setOffline NOTIFY offlineChanged)

public:
    enum class Kind { Embedded, ExternalCollector, HoneyHive };

    /*! \a collectorUrl: from --collector; empty for the embedded collector or HoneyHive. */
    explicit Backend(const QUrl &collectorUrl, QObject *parent = nullptr);
    ~Backend() override;

    /*! Starts the embedded collector when needed and creates the client. */
    bool start(QString *error);

    Kind kind() const { return m_kind; }
    FeedbackKit::Client *client() const { return m_client.get(); }
    /*! The embedded collector, or nullptr. */
    FeedbackKit::Collector *collector() const { return m_collector.get(); }
    /*! The server's base URL (where the chart endpoint is). */
    QUrl serverUrl() const { return m_config.apiUrl; }
    QString apiKey() const { return m_config.apiKey; }
    QString project() const { return m_config.project; }
    /*! The embedded collector's database file; empty otherwise. */
    QString databasePath() const { return m_databasePath; }
    /*! A sentence for the status bar: where feedback goes. */
    QString description() const;

    /*!
     * Offline points the client at an address where nothing listens (127.0.0.1, port 9), so
     * every delivery fails like a lost connection and the outbox holds the feedback; back
     * online restores the real address and the outbox drains.
     */
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);

    /*! Settings from the settings dialog; an empty \a serverUrl keeps the current server. */
    void applySettings(const QString &apiKey, const QString &project, const QUrl &serverUrl);

Q_SIGNALS:
    void offlineChanged(bool offline);
    void configurationChanged();

private:
    bool startEmbedded(QString *error);
    void pushConfig();

    Kind m_kind = Kind::Embedded;
    FeedbackKit::ClientConfig m_config;
    QString m_databasePath;
    bool m_offline = false;
    std::unique_ptr<FeedbackKit::Collector> m_collector;
    std::unique_ptr<FeedbackKit::Client> m_client;
};

} // namespace FeedbackKitDemo
