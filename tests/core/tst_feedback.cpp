#include <QtTest>
#include <FeedbackKit/Feedback>
class TestFeedback : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
