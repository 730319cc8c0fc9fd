#pragma once

// Private: C++ types of the lower layers, made known to QML by name so that properties of
// those types type-check in QML (QML_FOREIGN), without changing the lower layers.

#include <FeedbackKit/Client>

#include <QtQml/qqml.h>

namespace FeedbackKit {

struct ForeignClient
{
    Q_GADGET
    QML_FOREIGN(FeedbackKit::Client)
    QML_NAMED_ELEMENT(Client)
    QML_UNCREATABLE("Declare a FeedbackClient, or hand over a Client made in C++.")
};

} // namespace FeedbackKit
