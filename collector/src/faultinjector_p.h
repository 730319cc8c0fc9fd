#pragma once

// Private: decides, request by request, which fault (if any) the collector injects.

#include "collectortypes.h"
#include "httpreply_p.h"

#include <QMutex>

#include <random>

namespace FeedbackKit {

/*! What to do with one request. */
struct FaultDecision
{
    enum class Kind { None, Status, DropBeforeApply, DropAfterApply };
    Kind kind = Kind::None;
    /*! For Kind::Status: the reply to send instead of handling the request. */
    HttpReply reply;
    std::chrono::milliseconds delay { 0 };
};

/*!
 * \brief The fault profile and its seeded generator. setProfile() may be called from any
 * thread; decide() is called by the server's thread, once per request, in arrival order.
 */
class FaultInjector
{
public:
    void setProfile(const FaultProfile &profile);
    FaultProfile profile() const;
    FaultDecision decide(bool isWrite);

private:
    bool roll(double rate);
    HttpReply statusReply(int status) const;

    mutable QMutex m_mutex;
    FaultProfile m_profile;
    std::mt19937_64 m_random { 1 };
};

} // namespace FeedbackKit
