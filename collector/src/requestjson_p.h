#pragma once

// Private: reading untrusted request bodies into JSON, and checking their fields.

#include "collectortypes.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace FeedbackKit {

class EventStore;

/*!
 * Parses a request body. Refuses, with \a error set: text that is not JSON, invalid UTF-8,
 * nesting deeper than Limits::maxParseDepth (checked while parsing, so absurd depth costs
 * nothing) and the same key twice in one object.
 */
std::optional<nlohmann::json> parseRequestJson(const QByteArray &body, QString *error);

/*!
 * The object under \a key of \a body, given either as an object or as a string holding the
 * object's JSON text (HoneyHive documents the string form, SDKs send both).
 */
std::optional<nlohmann::json> unwrapObject(const nlohmann::json &body, const char *key,
                                           QString *error);

/*!
 * Checks the fields FeedbackKit gives a type to: \c feedback, \c metrics, \c metadata,
 * \c outputs, \c config, \c user_properties, \c inputs objects; \c duration, \c start_time,
 * \c end_time finite numbers; ID fields lowercase UUIDs. \c feedback and \c metrics must also
 * pass Feedback validation (nesting limits, keys, sizes); the error names the dot path
 * ("feedback.a.b.c.d.e.f: ..."). \a prefix is put before every path (e.g. "events.3.").
 */
bool checkEventFields(const nlohmann::json &event, const QString &prefix, QString *error);
/*! checkEventFields() without the Feedback validation: types and IDs only. */
bool checkEventTypes(const nlohmann::json &event, const QString &prefix, QString *error);
/*!
 * The further types a new event's fields must have, because HoneyHive's SDKs read them back
 * typed (their Event models, in session.getSession, the export and the session-start reply):
 * \c project, \c project_id, \c source, \c event_name, \c session_name strings; \c error a
 * string or null; \c children_ids an array of strings; \c end_time a whole number.
 */
bool checkNewEventTypes(const nlohmann::json &event, const QString &prefix, QString *error);

/*! The string at \a key, or an empty string. */
QString stringField(const nlohmann::json &object, const char *key);

/*! Merges the object \a patch into \a target[field] by \a rule (see MergeRule). */
void mergeObjectField(nlohmann::json &target, const char *field, const nlohmann::json &patch,
                      MergeRule rule);

/*!
 * Checks a new event (POST /events, a batch entry, a session start), fills what HoneyHive
 * generates when left out (IDs, names, times), and completes a stored event with the same ID
 * (see the README: given fields replace, enrichable objects merge by \a rule). nullopt, with
 * \a error naming the field after \a prefix, when refused.
 */
std::optional<nlohmann::json> prepareNewEvent(const EventStore &store, nlohmann::json event,
                                              MergeRule rule, const QString &prefix,
                                              QString *error);

/*! The fields PUT /events merges by the collector's MergeRule. */
inline constexpr const char *mergeableFields[]
    = { "feedback", "metrics", "metadata", "outputs", "config", "user_properties" };

/*! Whether \a key is one of mergeableFields. */
bool isMergeableField(std::string_view key);

} // namespace FeedbackKit
