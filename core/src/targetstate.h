#pragma once

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>

#include <memory>

namespace FeedbackKit {

class TargetStateStorePrivate;

/*!
 * \brief The current feedback state of each target, and its version.
 *
 * Every capture is a patch; apply() merges it into the target's state for that channel and
 * bumps the version. What goes on the wire is always state(): the whole current document, so a
 * resend or a reordering can never leave the server with a partial or older result than the
 * newest version.
 *
 * Not thread-safe: one owner (the client) serialises access.
 */
class FEEDBACKKIT_CORE_EXPORT TargetStateStore
{
public:
    struct Entry
    {
        Feedback state;
        quint64 version = 0;
    };

    TargetStateStore();
    ~TargetStateStore();
    TargetStateStore(const TargetStateStore &) = delete;
    TargetStateStore &operator=(const TargetStateStore &) = delete;

    /*!
     * Merges \a patch into the state of (\a target, \a channel) and returns the new entry.
     * The merged state is validated first; if it breaks a rule nothing changes, \a errors is
     * filled and the returned entry has version 0. An invalid target (Rule::InvalidTarget) or
     * a patch that is not an object (Rule::NotAnObject) is refused the same way.
     *
     * With \a removed, the keys the patch takes out of the state (set to null, or an object
     * replaced by a value) are added to it as a skeleton: an object of those keys, each null or
     * the skeleton of the object it held. A refused patch adds nothing.
     */
    Entry apply(const Target &target, Channel channel, const Feedback &patch,
                ValidationErrors *errors = nullptr, Feedback *removed = nullptr);
    /*!
     * Replaces the state outright (e.g. restored from the outbox) with a known version. Does
     * nothing for an invalid target.
     */
    void restore(const Target &target, Channel channel, const Feedback &state, quint64 version);

    /*! The current entry; version 0 and an empty state for a target never seen. */
    Entry entry(const Target &target, Channel channel) const;
    Feedback state(const Target &target, Channel channel) const
    {
        return entry(target, channel).state;
    }
    quint64 version(const Target &target, Channel channel) const
    {
        return entry(target, channel).version;
    }

    qsizetype size() const;
    void clear();

private:
    std::unique_ptr<TargetStateStorePrivate> const d;
};

} // namespace FeedbackKit
