#include "abstractfeedbackwidget.h"

#include "clientbinding_p.h"
#include "widgetslogging_p.h"

namespace FeedbackKit {

class AbstractFeedbackWidgetPrivate
{
public:
    ClientBinding binding { lcWidgets };
};

AbstractFeedbackWidget::AbstractFeedbackWidget(QWidget *parent)
    : QWidget(parent)
    , d_binding(std::make_unique<AbstractFeedbackWidgetPrivate>())
{ }

AbstractFeedbackWidget::~AbstractFeedbackWidget() = default;

Client *AbstractFeedbackWidget::client() const
{
    return d_binding->binding.client();
}

void AbstractFeedbackWidget::setClient(Client *client)
{
    if (d_binding->binding.setClient(this, client))
        loadStoredState();
}

Target AbstractFeedbackWidget::target() const
{
    return d_binding->binding.target();
}

void AbstractFeedbackWidget::setTarget(const Target &target)
{
    if (d_binding->binding.setTarget(this, target))
        loadStoredState();
}

Channel AbstractFeedbackWidget::channel() const
{
    return d_binding->binding.channel();
}

void AbstractFeedbackWidget::setChannel(Channel channel)
{
    if (d_binding->binding.setChannel(this, channel))
        loadStoredState();
}

void AbstractFeedbackWidget::bind(Client *client, const Target &target, Channel channel)
{
    // Reloads even when nothing changed: bind() promises to show the stored state.
    if (d_binding->binding.bind(this, client, target, channel))
        loadStoredState();
}

bool AbstractFeedbackWidget::isBound() const
{
    return d_binding->binding.isBound();
}

bool AbstractFeedbackWidget::submit(const Feedback &patch)
{
    Q_EMIT feedbackEdited(patch);
    QString error;
    if (d_binding->binding.writeIfBound(patch, &error))
        return true;
    Q_EMIT submitFailed(error);
    return false;
}

void AbstractFeedbackWidget::loadStoredState()
{
    if (isBound())
        setFeedbackState(d_binding->binding.storedState());
}

} // namespace FeedbackKit
