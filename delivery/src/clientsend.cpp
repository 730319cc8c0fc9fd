// The send path: a bounded number of requests in flight (the scheduler's count), one per item
// at most, always carrying the item's newest state.

#include "client_p.h"

namespace FeedbackKit {

void ClientPrivate::requestSend()
{
    // Sending happens from the event loop, never inside a capture call.
    if (sendRequested || paused || shuttingDown)
        return;
    sendRequested = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            sendRequested = false;
            sendReady();
        },
        Qt::QueuedConnection);
}

void ClientPrivate::sendReady()
{
    while (!paused && !shuttingDown) {
        const std::optional<ItemKey> key = scheduler->next();
        if (!key)
            return;
        auto it = pending.find(*key);
        if (it == pending.end()) {
            scheduler->finished(*key, false); // not sent after all
            continue;
        }
        send(*key, *it);
    }
}

void ClientPrivate::send(const ItemKey &key, PendingItem &item)
{
    // The newest state: the item's version is the store's, since both move at each capture.
    const Feedback state
        = isFeedbackKind(key.kind) ? states.state(item.target, channelOf(key.kind)) : Feedback();
    const WireRequest request
        = backend->request(key, item.target, state, item.removals, item.payload);
    const quint64 version = item.version;
    item.removalsSinceSend = Feedback(); // all of `removals` is in this body
    ++stats.requests;
    if (item.attempts > 0)
        ++stats.resends;
    transports.current()->send(request.method, request.path, request.body,
                               [this, key, version, request](const HttpAnswer &answer) {
                                   onFinished(answer, key, version, request);
                               });
}

} // namespace FeedbackKit
