#pragma once

#include <FeedbackKit/feedbackkit_core_export.h>

#include <QLocale>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace FeedbackKit {

/*!
 * \brief Loads FeedbackKit's translation for \a locale into \a translator: one catalog for
 * every layer (Core's validation errors, Delivery's status texts, the widgets' strings).
 *
 * The translations (German and Arabic so far) are compiled into FeedbackKit::Core under
 * ":/i18n/feedbackkit_<language>.qm", so any front end (widgets, Qt Quick, a command-line tool)
 * finds them. Install the translator with QCoreApplication::installTranslator(). Returns false,
 * leaving \a translator untouched, when there is no translation for \a locale (or \a translator
 * is null).
 *
 * \sa loadWidgetsTranslation()
 */
FEEDBACKKIT_CORE_EXPORT bool loadTranslation(QTranslator *translator,
                                             const QLocale &locale = QLocale());

} // namespace FeedbackKit
