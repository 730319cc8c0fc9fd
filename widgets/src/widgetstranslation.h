#pragma once

#include <FeedbackKit/feedbackkit_widgets_export.h>

#include <QLocale>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace FeedbackKit {

/*!
 * \brief Loads the widgets' translation for \a locale into \a translator.
 *
 * The widgets share FeedbackKit's one catalog with the layers below them (see
 * loadTranslation()), so a Core validation error inside a widget's tooltip is translated too.
 * Install the translator with
 * QCoreApplication::installTranslator(); every visible FeedbackKit widget retranslates
 * itself on the resulting QEvent::LanguageChange. Returns false, leaving \a translator
 * untouched, when there is no translation for \a locale (or \a translator is null).
 */
FEEDBACKKIT_WIDGETS_EXPORT bool loadWidgetsTranslation(QTranslator *translator,
                                                       const QLocale &locale = QLocale());

} // namespace FeedbackKit
