#pragma once

#include <QStringList>

/*!
 * \brief `feedbackkit outbox`: inspect and maintain a delivery outbox.
 *
 * \code
 * feedbackkit outbox [--outbox PATH] list [--json]
 * feedbackkit outbox [--outbox PATH] stats
 * feedbackkit outbox [--outbox PATH] retry
 * feedbackkit outbox [--outbox PATH] purge --yes [--all]
 * \endcode
 *
 * list shows every item (status, kind, event, version, last change, the server's answer for a
 * quarantined one); stats counts them; retry makes quarantined items pending again; purge
 * removes delivered and quarantined items (and pending ones with --all), only with --yes.
 *
 * Exit codes: 0 done; 1 the outbox cannot be opened or changed; 2 usage error.
 */
int runOutbox(const QStringList &args);
