#include "quickedithook.h"

#include "edittracker_p.h"
#include "quickhookregistry.h"
#include "quickhookslogging_p.h"

#include <QMetaProperty>
#include <QQmlEngine>

namespace FeedbackKit {

namespace {
// An engine deletes its singletons first when it goes, before its contexts and the objects
// JavaScript owns: while the HookRegistry singleton lives, the engine can run a filter.
QObject *engineSentinel(QQmlEngine *engine)
{
    static const int typeId = qmlTypeId("FeedbackKit", 1, 0, "HookRegistry");
    return engine->singletonInstance<QuickHookRegistry *>(typeId);
}
} // namespace

QuickEditHook::QuickEditHook(QObject *parent)
    : QuickHook(parent)
    , m_tracker(std::make_unique<EditTracker>())
{
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, &QuickEditHook::commit);
    // Edits belong to one response: a new target starts a new history.
    connect(this, &QuickHook::targetChanged, this, &QuickEditHook::resetHistory);
}

QuickEditHook::~QuickEditHook()
{
    commit();
}

QQuickItem *QuickEditHook::source() const
{
    return m_source;
}

void QuickEditHook::setSource(QQuickItem *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_sourceText.reset();
    if (source)
        watch(source);
    Q_EMIT sourceChanged();
}

void QuickEditHook::watch(QQuickItem *source)
{
    const QMetaProperty text
        = source->metaObject()->property(source->metaObject()->indexOfProperty("text"));
    if (!text.isValid() || !text.hasNotifySignal()) {
        qCWarning(lcQuickHooks) << "EditHook cannot watch" << source << "(it has no text)";
        return;
    }
    if (QQmlEngine *engine = qmlEngine(this)) {
        m_engineAlive = engineSentinel(engine);
        m_declaredInQml = !m_engineAlive.isNull();
    }
    m_sourceText = text.read(source).toString();
    if (originalText().isEmpty())
        setOriginalText(*m_sourceText);
    const int slot = metaObject()->indexOfMethod("onSourceTextChanged()");
    QMetaObject::connect(source, text.notifySignalIndex(), this, slot);
    connect(source, &QQuickItem::activeFocusChanged, this, &QuickEditHook::onFocusChanged);
    connect(source, &QObject::destroyed, this, &QuickEditHook::onSourceDestroyed);
}

QString QuickEditHook::originalText() const
{
    return m_tracker->originalText();
}

void QuickEditHook::setOriginalText(const QString &text)
{
    if (!m_tracker->setOriginalText(text))
        return;
    m_quietTimer.stop();
    Q_EMIT originalTextChanged();
}

int QuickEditHook::maxEdits() const
{
    return m_tracker->maxEdits();
}

void QuickEditHook::setMaxEdits(int count)
{
    if (m_tracker->setMaxEdits(count))
        Q_EMIT maxEditsChanged();
}

int QuickEditHook::quietPeriod() const
{
    return m_quietTimer.interval();
}

void QuickEditHook::setQuietPeriod(int milliseconds)
{
    milliseconds = std::max(milliseconds, 0);
    if (m_quietTimer.interval() == milliseconds)
        return;
    m_quietTimer.setInterval(milliseconds);
    if (milliseconds == 0)
        m_quietTimer.stop();
    Q_EMIT quietPeriodChanged();
}

bool QuickEditHook::recordGroundTruth() const
{
    return m_tracker->recordGroundTruth();
}

void QuickEditHook::setRecordGroundTruth(bool record)
{
    if (m_tracker->setRecordGroundTruth(record))
        Q_EMIT recordGroundTruthChanged();
}

bool QuickEditHook::commit()
{
    m_quietTimer.stop();
    if (!m_sourceText || !isActive() || !target().isValid() || isEngineGoing())
        return false;
    const QString text = *m_sourceText;
    const std::optional<Feedback> patch = m_tracker->patchFor(text, storedState());
    if (!patch || !record(*patch))
        return false;
    m_tracker->noteRecorded(text, *patch);
    return true;
}

bool QuickEditHook::isEngineGoing() const
{
    // Declared in QML and its engine going (the hook, or its source, deleted with what
    // JavaScript owns): nothing may run its filter or its signals' handlers any more.
    return m_declaredInQml && !m_engineAlive;
}

void QuickEditHook::onSourceTextChanged()
{
    // Read now, while the item is whole: an item being destroyed (losing the focus on the
    // way) no longer has its text.
    if (m_source)
        m_sourceText = m_source->property("text").toString();
    // Only typing restarts the quiet period: the application filling the item (streaming a
    // response into it) happens without the focus.
    if (m_quietTimer.interval() > 0 && m_source && m_source->hasActiveFocus())
        m_quietTimer.start();
}

void QuickEditHook::onFocusChanged(bool focused)
{
    if (!focused)
        commit();
}

void QuickEditHook::onSourceDestroyed()
{
    commit(); // a delegate scrolled out, a dialog closed: the last text seen is the edit
    m_sourceText.reset();
}

void QuickEditHook::resetHistory()
{
    m_tracker->resetHistory();
    m_quietTimer.stop();
}

} // namespace FeedbackKit
