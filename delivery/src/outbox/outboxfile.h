#pragma once

#include "outboxentry.h"
#include <FeedbackKit/feedbackkit_delivery_export.h>

#include <QList>
#include <QString>

#include <memory>

namespace FeedbackKit {

class OutboxFilePrivate;

/*!
 * \brief Inspects and maintains an outbox file outside of a running Client (the CLI uses it).
 *
 * Changes made here (retry, purge) are seen by a Client when it next starts.
 */
class FEEDBACKKIT_DELIVERY_EXPORT OutboxFile
{
public:
    struct Counts
    {
        int pending = 0;
        int delivered = 0;
        int quarantined = 0;
        qint64 bytes = 0; ///< Size of the database file and its write-ahead log.
    };

    explicit OutboxFile(const QString &path = {});
    ~OutboxFile();
    OutboxFile(const OutboxFile &) = delete;
    OutboxFile &operator=(const OutboxFile &) = delete;

    /*! The default outbox of this application (AppDataLocation). */
    static QString defaultPath();

    QString path() const;
    /*! Opens the file, creating it (mode 0600) if needed; false with \a error on failure. */
    bool open(QString *error = nullptr);
    QList<OutboxEntry> entries() const;
    Counts counts() const;
    /*! Makes every quarantined item pending again; returns how many (-1 on error). */
    int retryQuarantined(QString *error = nullptr);
    /*! Removes quarantined and delivered rows, and pending ones too with \a includePending. */
    int purge(bool includePending, QString *error = nullptr);

private:
    std::unique_ptr<OutboxFilePrivate> const d;
};

} // namespace FeedbackKit
