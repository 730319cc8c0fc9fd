#pragma once

// Private: tells ThreadSanitizer about hand-offs that Qt performs out of its sight.
//
// QtCore is not built with TSan. A call posted to another thread travels through QtCore's own
// mutex, so TSan does not see that everything the sender did before posting happens before the
// call runs, and reports the receiver's use of the sender's data as races. These helpers state
// that edge where FeedbackKit posts across threads. Outside a TSan build they are empty.

#if defined(__SANITIZE_THREAD__)
#define FEEDBACKKIT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FEEDBACKKIT_TSAN 1
#endif
#endif

#ifdef FEEDBACKKIT_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace FeedbackKit::TsanHandoff {

/*! What this thread wrote so far happens before a later acquire() of \a token. */
inline void release([[maybe_unused]] void *token)
{
#ifdef FEEDBACKKIT_TSAN
    __tsan_release(token);
#endif
}

/*! Whatever preceded a release() of \a token happens before what this thread does next. */
inline void acquire([[maybe_unused]] void *token)
{
#ifdef FEEDBACKKIT_TSAN
    __tsan_acquire(token);
#endif
}

/*!
 * While alive, this thread's plain memory accesses are not recorded (synchronisation still is).
 * Wraps QMetaObject::invokeMethod: Qt builds the posted closure after our release(), and the
 * receiver reads the closure's captures before it can acquire().
 */
class IgnoreAccesses
{
public:
#ifdef FEEDBACKKIT_TSAN
    IgnoreAccesses()
    {
        __tsan_ignore_thread_begin();
    }
    ~IgnoreAccesses()
    {
        __tsan_ignore_thread_end();
    }
#else
    IgnoreAccesses() { } // user-provided: a guard, not an unused variable
#endif
    IgnoreAccesses(const IgnoreAccesses &) = delete;
    IgnoreAccesses &operator=(const IgnoreAccesses &) = delete;
};

} // namespace FeedbackKit::TsanHandoff
