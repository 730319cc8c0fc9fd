#include "translation.h"

#include <QTranslator>

namespace FeedbackKit {

bool loadTranslation(QTranslator *translator, const QLocale &locale)
{
    if (!translator)
        return false;
    // Tries feedbackkit_de_DE, then feedbackkit_de, for each of the locale's UI languages.
    return translator->load(locale, QStringLiteral("feedbackkit"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"));
}

} // namespace FeedbackKit
