// Part b: the SDK's own calls against feedbackkit-collector (started on 127.0.0.1 with an API
// key, SQLite in memory), and what they wrote read back through GET /v1/events/{id}.
'use strict';

const assert = require('node:assert');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const { check } = require('./checks');
const { project } = require('./clientcases');

const apiKey = 'sdk-test-key';

/** Resolves to { child, url } once the collector has printed its base URL. */
function startCollector(program) {
    return new Promise((resolve, reject) => {
        const child = spawn(program,
                            ['--listen', '127.0.0.1:0', '--db', ':memory:', '--api-key', apiKey],
                            { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        const timer = setTimeout(() => reject(new Error(`no URL after 10 s: ${err}`)), 10000);
        child.stderr.on('data', (data) => { err += data; });
        child.stdout.on('data', (data) => {
            out += data;
            if (out.includes('\n')) {
                clearTimeout(timer);
                resolve({ child, url: out.split('\n')[0].trim().replace(/\/+$/, '') });
            }
        });
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`collector exited (${code}): ${err}`)));
    });
}

async function readBack(url, id) {
    const response = await fetch(`${url}/v1/events/${id}`,
                                 { headers: { Authorization: `Bearer ${apiKey}` } });
    const text = await response.text();
    assert.strictEqual(response.status, 200, `GET /v1/events/${id}: HTTP ${response.status} ${text}`);
    return JSON.parse(text);
}

function expectFields(stored, expected) {
    const text = JSON.stringify(stored);
    for (const [key, value] of Object.entries(expected))
        assert.deepStrictEqual(stored[key], value, `"${key}" in ${text}`);
}

async function writes(hh, sessionId, eventId) {
    await check('b: session.startSession', async () => {
        const started = await hh.session.startSession({ session: {
            project, sessionName: 'sdk test session', source: 'ci', sessionId,
            userProperties: { plan: 'free' }, inputs: { channel: 'cli' } } });
        assert.strictEqual(started.sessionId, sessionId, `answered ${JSON.stringify(started)}`);
    });
    await check('b: session.startSession without a session_id gets one', async () => {
        const started = await hh.session.startSession({ session: {
            project, sessionName: 'generated', source: 'ci' } });
        assert.match(started.sessionId ?? '', /^[0-9a-f-]{36}$/, `answered ${JSON.stringify(started)}`);
    });
    await check('b: events.createEvent', async () => {
        const created = await hh.events.createEvent({ event: {
            project, source: 'ci', eventName: 'answer', eventType: 'model', eventId, sessionId,
            parentId: sessionId, config: { model: 'm' }, inputs: { question: 'q' },
            outputs: { answer: 'a' }, duration: 42, metadata: { step: 1 } } });
        assert.deepStrictEqual(created, { eventId, success: true });
    });
    await check('b: events.updateEvent feedback on the event', () =>
        hh.events.updateEvent({ eventId, feedback: { rating: 4, comment: 'from the SDK' } }));
    await check('b: events.updateEvent metrics on the event', () =>
        hh.events.updateEvent({ eventId, metrics: { accuracy: 0.75 } }));
    await check('b: events.updateEvent feedback on the session', () =>
        hh.events.updateEvent({ eventId: sessionId, feedback: { rating: 5 } }));
}

async function readBacks(url, sessionId, eventId) {
    await check('b: GET /v1/events/{event} holds what the SDK wrote', async () => {
        expectFields(await readBack(url, eventId), {
            session_id: sessionId, event_name: 'answer', event_type: 'model', source: 'ci',
            inputs: { question: 'q' }, outputs: { answer: 'a' }, duration: 42,
            metadata: { step: 1 }, feedback: { rating: 4, comment: 'from the SDK' },
            metrics: { accuracy: 0.75 } });
    });
    await check('b: GET /v1/events/{session} holds what the SDK wrote', async () => {
        expectFields(await readBack(url, sessionId), {
            event_type: 'session', project, source: 'ci', user_properties: { plan: 'free' },
            inputs: { channel: 'cli' }, feedback: { rating: 5 } });
    });
}

// The SDK's read calls: GET /session/{id} and POST /events/export (no /v1 in either path).
async function sdkReads(hh, sessionId, eventId) {
    await check('b: session.getSession (GET /session/{id}; needs that collector endpoint)', async () => {
        const session = await hh.session.getSession(sessionId);
        const text = JSON.stringify(session);
        assert.strictEqual(session.eventId, sessionId, text);
        assert.strictEqual(session.eventType, 'session', text);
        assert.deepStrictEqual(session.feedback, { rating: 5 }, text);
    });
    await check('b: events.getEvents (POST /events/export; needs that collector endpoint)', async () => {
        const found = await hh.events.getEvents({ project, filters: [
            { field: 'event_id', value: eventId, operator: 'is', type: 'id' }] });
        const text = JSON.stringify(found);
        const event = (found.events ?? []).find((e) => e.eventId === eventId);
        assert.ok(event, `event ${eventId} not in ${text}`);
        assert.deepStrictEqual(event.feedback, { rating: 4, comment: 'from the SDK' }, text);
        assert.deepStrictEqual(event.metrics, { accuracy: 0.75 }, text);
    });
}

async function againstCollector(HoneyHive, collectorProgram) {
    const collector = await startCollector(collectorProgram);
    const hh = new HoneyHive({ bearerAuth: apiKey, serverURL: collector.url, timeoutMs: 5000 });
    const sessionId = crypto.randomUUID();
    const eventId = crypto.randomUUID();
    try {
        await writes(hh, sessionId, eventId);
        await readBacks(collector.url, sessionId, eventId);
        await sdkReads(hh, sessionId, eventId);
    } finally {
        collector.child.removeAllListeners('exit');
        collector.child.kill('SIGTERM');
    }
}

module.exports = { againstCollector };
