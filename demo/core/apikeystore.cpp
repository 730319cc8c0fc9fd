#include "apikeystore.h"

#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace FeedbackKitDemo {

#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
namespace {
const QString kService = QStringLiteral("feedbackkit-demo");
const QString kKey = QStringLiteral("honeyhive-api-key");

template<typename Job> Job *makeJob(QObject *parent)
{
    auto *job = new Job(kService, parent);
    job->setAutoDelete(true);
    job->setKey(kKey);
    return job;
}
} // namespace
#endif

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{ }

bool ApiKeyStore::isKeychainBuilt()
{
#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void ApiKeyStore::read()
{
#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Q_EMIT keyRead(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
#else
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT keyRead({}); }, Qt::QueuedConnection);
#endif
}

void ApiKeyStore::write(const QString &key)
{
#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::WritePasswordJob>(this);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Q_EMIT written(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT written(
                tr("This build has no keychain support; the key stays in memory.", "@info"));
        },
        Qt::QueuedConnection);
#endif
}

void ApiKeyStore::forget()
{
#ifdef FEEDBACKKIT_DEMO_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool gone
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        Q_EMIT written(gone ? QString() : job->errorString());
    });
    job->start();
#else
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT written({}); }, Qt::QueuedConnection);
#endif
}

} // namespace FeedbackKitDemo
