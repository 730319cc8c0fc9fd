#include "widgetstranslation.h"

#include "widgetslogging_p.h"
#include <FeedbackKit/Translation>

namespace FeedbackKit {

bool loadWidgetsTranslation(QTranslator *translator, const QLocale &locale)
{
    if (!translator) {
        qCWarning(lcWidgets) << "loadWidgetsTranslation: no translator given";
        return false;
    }
    return loadTranslation(translator, locale); // one catalog for every layer, in Core
}

} // namespace FeedbackKit
