// Distributed linking: the W3C baggage and traceparent headers that HoneyHive's SDKs propagate,
// read from untrusted answers and written for requests to the application's own backend.

#include <FeedbackKit/TraceHeaders>

#include <QRegularExpression>
#include <QTest>

using namespace FeedbackKit;
using Headers = QList<TraceHeaders::Header>;

class TestTraceHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSession_data();
    void readsTheSession();
    void refusesBadHeaders_data();
    void refusesBadHeaders();
    void writesWhatItReads();
};

namespace {
const QByteArray sessionId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const QByteArray traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
} // namespace

void TestTraceHeaders::readsTheSession_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("source");
    QTest::newRow("session only") << Headers { { "baggage", "session_id=" + sessionId } }
                                  << QString() << QString();
    QTest::newRow("as HoneyHive's SDKs send it")
        << Headers { { "traceparent", traceparent },
                     { "baggage", "session_id=" + sessionId + ",project=chat,source=production" } }
        << "chat"
        << "production";
    QTest::newRow("any case, spaces, properties, other members") << Headers {
        { "Baggage",
          " userId=alice , session_id = " + sessionId + ";ttl=30 , project=My%20Chat%2C%20v2" }
    } << "My Chat, v2" << QString();
    QTest::newRow("repeated headers are one list")
        << Headers { { "baggage", "project=a" }, { "BAGGAGE", "session_id=" + sessionId } } << "a"
        << QString();
}

void TestTraceHeaders::readsTheSession()
{
    QFETCH(Headers, headers);
    QFETCH(QString, project);
    QFETCH(QString, source);
    QString error;
    const Session session = TraceHeaders::sessionFrom(headers, &error);
    QVERIFY2(session.isValid(), qPrintable(error));
    QCOMPARE(session.id(), QString::fromLatin1(sessionId));
    QCOMPARE(session.project(), project);
    QCOMPARE(session.source(), source);
    QVERIFY(!session.isLocal()); // adopted: started by the other service
}

void TestTraceHeaders::refusesBadHeaders_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing") << Headers {} << "no baggage";
    QTest::newRow("no session in it") << Headers { { "baggage", "project=x" } } << "no session_id";
    QTest::newRow("not a UUID") << Headers { { "baggage", "session_id=../../etc/passwd" } }
                                << "not a valid ID";
    QTest::newRow("member without =") << Headers { { "baggage", "session_id" } } << "malformed";
    QTest::newRow("oversized") << Headers {
        { "baggage", "session_id=" + sessionId + ",x=" + QByteArray(9000, 'a') }
    } << "larger than";
    QTest::newRow("traceparent of another version")
        << Headers { { "traceparent", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
                     { "baggage", "session_id=" + sessionId } }
        << "traceparent";
    QTest::newRow("all-zero trace ID")
        << Headers { { "traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01" },
                     { "baggage", "session_id=" + sessionId } }
        << "traceparent";
    QTest::newRow("binary garbage")
        << Headers { { "baggage", QByteArray("\0\xff\x01=\x02", 5) } } << "session";
}

void TestTraceHeaders::refusesBadHeaders()
{
    QFETCH(Headers, headers);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!TraceHeaders::sessionFrom(headers, &error).isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestTraceHeaders::writesWhatItReads()
{
    Session session = Session::create(QStringLiteral("chat, v2"), QStringLiteral("production"));
    const Headers headers = TraceHeaders::headersFor(session);
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0).first, "baggage");
    QCOMPARE(headers.at(0).second,
             "session_id=" + session.id().toLatin1() + ",project=chat%2C%20v2,source=production");
    // The session's UUID is the trace ID; each call gets a fresh parent span ID.
    const QString expectedTrace = session.id().remove(u'-');
    const QRegularExpression form(QStringLiteral("^00-%1-[0-9a-f]{16}-01$").arg(expectedTrace));
    QVERIFY2(form.match(QString::fromLatin1(headers.at(1).second)).hasMatch(),
             headers.at(1).second.constData());
    QVERIFY(TraceHeaders::headersFor(session).at(1).second != headers.at(1).second);
    const Session read = TraceHeaders::sessionFrom(headers);
    QCOMPARE(read.id(), session.id());
    QCOMPARE(read.project(), session.project());
    QCOMPARE(read.source(), session.source());
    QVERIFY(TraceHeaders::headersFor(Session()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTraceHeaders)
#include "tst_traceheaders.moc"
