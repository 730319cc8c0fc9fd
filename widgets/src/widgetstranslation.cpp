#include "widgetstranslation.h"

#include "widgetslogging_p.h"

#include <QTranslator>

namespace FeedbackKit {

bool loadWidgetsTranslation(QTranslator *translator, const QLocale &locale)
{
    if (!translator) {
        qCWarning(lcWidgets) << "loadWidgetsTranslation: no translator given";
        return false;
    }
    // Tries feedbackkit_de_DE, then feedbackkit_de, for each of the locale's UI languages.
    return translator->load(locale, QStringLiteral("feedbackkit"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"));
}

} // namespace FeedbackKit
