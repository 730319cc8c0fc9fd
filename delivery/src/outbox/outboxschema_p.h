#pragma once

// Private: the layout of the outbox's table, on the connection of the OutboxStore that opens it.

#include <QSqlDatabase>
#include <QString>

namespace FeedbackKit {

/*!
 * \brief Creates the items table, and moves a file written by an older version to the current
 * layout (rows in insertion order, the removals column).
 */
class OutboxSchema
{
public:
    explicit OutboxSchema(const QSqlDatabase &db);

    /*! Returns an empty string once the table is there in the current layout, else the error. */
    QString prepare() const;

private:
    bool exec(const QString &sql, QString *error = nullptr) const;
    bool isEventOrdered() const;
    bool hasRemovals() const;
    bool moveToInsertionOrder(QString *error) const;

    QSqlDatabase m_db;
};

} // namespace FeedbackKit
