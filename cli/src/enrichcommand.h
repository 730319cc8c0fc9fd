#pragma once

#include <QStringList>

/*!
 * \brief `feedbackkit enrich`: capture feedback into the outbox from the command line.
 *
 * \code
 * feedbackkit enrich --session ID [--event ID] (--feedback JSON | --metrics JSON)
 *                    [--outbox PATH] [--wait SECONDS]
 * feedbackkit enrich --batch FILE|- [--outbox PATH] [--wait SECONDS]
 * \endcode
 *
 * A batch is JSON Lines, one item per line: {"session": ID, "event": ID (optional),
 * "feedback": {...}} or {..., "metrics": {...}}, captured in order. As item N (its 1-based line
 * number) becomes durable, "durable N" is printed on stdout at once. A bad line is reported on
 * stderr with its number and skipped.
 *
 * The backend comes from HH_API_KEY, HH_PROJECT and HH_API_URL. Without --wait the command
 * returns once its items are durable (delivery continues at the next start of any client of
 * the same outbox); with --wait it returns when everything pending in the outbox is delivered.
 *
 * Exit codes: 0 done; 1 not everything became durable, or --wait timed out (pending and
 * quarantined counts on stderr); 2 usage error or invalid feedback; 3 some batch lines were
 * skipped (the others were handled as with 0).
 *
 * \a args are the arguments after the verb.
 */
int runEnrich(const QStringList &args);
