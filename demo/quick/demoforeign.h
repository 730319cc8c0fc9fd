#pragma once

// The demo core's C++ types QML names (QML_FOREIGN), without making the core depend on QML.

#include "languageswitcher.h"

#include <QtQml/qqml.h>

namespace FeedbackKitDemo {

/*! The interface language, as the Language menu reads and switches it. */
struct ForeignLanguageSwitcher
{
    Q_GADGET
    QML_FOREIGN(FeedbackKitDemo::LanguageSwitcher)
    QML_NAMED_ELEMENT(LanguageSwitcher)
    QML_UNCREATABLE("The program makes the language switcher and hands it to the window.")
};

} // namespace FeedbackKitDemo
