// A minimal application using the installed FeedbackKit package.

#include <FeedbackKit/Feedback>
#include <FeedbackKit/Target>

#include <cstdio>

int main()
{
    FeedbackKit::Feedback feedback;
    feedback.setRating(true);
    feedback.setValue(u"actions.copied", true);
    const auto target = FeedbackKit::Target::session(FeedbackKit::generateId());
    if (!feedback.isValid() || !target.isValid())
        return 1;
    std::printf("%s\n", feedback.toJson().constData());
    return feedback.toJson() == R"({"actions":{"copied":true},"rating":true})" ? 0 : 1;
}
