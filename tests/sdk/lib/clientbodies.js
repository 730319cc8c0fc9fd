// Part a: every kind of request body FeedbackKit's client sends, recorded by a HoneyHive
// stand-in and judged by the SDK's own request model for that endpoint. The feedback and
// metrics updates come from the feedbackkit CLI; session starts and event creations, which
// only the library API sends, from feedbackkit-sdk-creationhelper.
'use strict';

const assert = require('node:assert');
const crypto = require('node:crypto');
const { pass, fail, check, zodIssues, run } = require('./checks');
const { startRecorder } = require('./recorder');
const { cliCases, creationCases } = require('./clientcases');

/** The SDK's model for each endpoint, and the object its body must wrap. */
function requestModels(operations) {
    const model = (name, wraps) => ({ name, wraps,
                                      schema: operations[`${name}$inboundSchema`],
                                      outbound: operations[`${name}$outboundSchema`] });
    return {
        'PUT /events': model('UpdateEventRequestBody'),
        'POST /session/start': model('StartSessionRequestBody', 'session'),
        'POST /events': model('CreateEventRequestBody', 'event'),
    };
}

/** The models really judge: they refuse what the client once sent and what it must not. */
function controls(models) {
    const session = { session_id: crypto.randomUUID(), project: 'p', session_name: 'n', source: 's' };
    const refused = [
        ['POST /session/start', { session: JSON.stringify(session) }, 'the JSON-text session'],
        ['POST /events', { event: JSON.stringify({ event_type: 'chain' }) }, 'the JSON-text event'],
        ['PUT /events', { feedback: { rating: 5 } }, 'an update without event_id'],
        ['PUT /events', { event_id: crypto.randomUUID(), feedback: '{"rating":5}' }, 'feedback as text'],
    ];
    for (const [kind, body, what] of refused) {
        const name = `a: control: the SDK's ${models[kind].name} refuses ${what}`;
        if (models[kind].schema.safeParse(body).success)
            fail(name, `accepted ${JSON.stringify(body)}`);
        else
            pass(name);
    }
}

function sameJson(a, b) {
    try {
        assert.deepStrictEqual(a, b);
        return true;
    } catch {
        return false;
    }
}

function checkHeaders(label, request) {
    if (request.headers['content-type'] !== 'application/json')
        fail(`${label} Content-Type`,
             `"${request.headers['content-type']}", the SDK sends application/json`);
    if (request.headers.authorization !== 'Bearer x')
        fail(`${label} Authorization`,
             `"${request.headers.authorization}", the SDK sends "Bearer KEY"`);
}

/** One recorded request: its endpoint, the SDK's model, the model's round trip, the wrapper. */
function judge(models, caseName, request, expect) {
    const label = `a: ${caseName}: ${request.kind}`;
    const model = models[request.kind];
    if (!model)
        return fail(label, `not an endpoint the client should send to (body ${request.text})`);
    checkHeaders(label, request);
    if (request.body === undefined)
        return fail(`${label} is JSON`, `not JSON: ${request.text}`);
    const parsed = model.schema.safeParse(request.body);
    if (!parsed.success)
        return fail(`${label} accepted by the SDK's ${model.name}`,
                    `${zodIssues(parsed.error)}; body ${request.text}`);
    pass(`${label} accepted by the SDK's ${model.name}`);
    // The models drop fields they do not know: what the SDK would send for the parsed value
    // must be the body again, or the client sends something the SDK never does.
    const again = model.outbound.safeParse(parsed.data);
    const sdkWouldSend = again.success ? JSON.parse(JSON.stringify(again.data)) : undefined;
    if (sameJson(sdkWouldSend, request.body))
        pass(`${label} round trip through the SDK's model`);
    else
        fail(`${label} round trip through the SDK's model`,
             `the SDK would send ${again.success ? JSON.stringify(sdkWouldSend) : zodIssues(again.error)}; `
             + `the client sent ${request.text}`);
    const wrapped = model.wraps && request.body[model.wraps];
    if (model.wraps && (typeof wrapped !== 'object' || wrapped === null))
        fail(`${label} wraps "${model.wraps}"`, 'the model makes it optional, but without it the '
             + `request creates nothing: ${request.text}`);
    if (expect)
        expect(caseName, request);
}

/**
 * One client run: it exits 0 (or, for a case that must be refused, not 0 with that error),
 * sends the expected kinds, and each body is judged.
 */
async function clientCase(recorder, models, c) {
    const from = recorder.recorded.length;
    const result = await run(c.program, c.args,
                             { HH_API_URL: recorder.url, HH_API_KEY: 'x', HH_PROJECT: '', ...c.env });
    const requests = recorder.recorded.slice(from);
    if (c.refused) {
        await check(`a: ${c.name}: refused with a clear error`, () => {
            assert.notStrictEqual(result.code, 0, 'exit 0');
            assert.match(result.stderr, c.refused);
        });
    } else {
        await check(`a: ${c.name}: exits 0 after delivering`, () => {
            assert.strictEqual(result.code, 0, `exit ${result.code}; stderr: ${result.stderr.trim()}`);
        });
    }
    const kinds = requests.map((r) => r.kind);
    await check(`a: ${c.name}: sends ${c.kinds.join(', ')}`, () => {
        assert.deepStrictEqual([...new Set(kinds)].sort(), [...c.kinds].sort(),
                               `sent ${kinds.join(', ') || 'nothing'}`);
    });
    for (const request of requests)
        judge(models, c.name, request, c.each);
    if (c.after)
        await c.after(requests);
}

async function clientBodies(operations, programs, tmp) {
    const models = requestModels(operations);
    controls(models);
    const recorder = await startRecorder(operations);
    try {
        for (const c of [...cliCases(programs.cli, tmp), ...creationCases(programs.creationHelper, tmp)])
            await clientCase(recorder, models, c);
    } finally {
        recorder.close();
    }
}

module.exports = { clientBodies };
