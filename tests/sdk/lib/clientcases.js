// The client runs of part a: each names the program and arguments, the request kinds it must
// send, and optional checks on each request (each) or on all of them (after).
'use strict';

const assert = require('node:assert');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { pass, fail, check } = require('./checks');

const project = 'feedbackkit-sdk-test';

/** A check that each PUT /events carries field for id (the session's ID for a session). */
function addresses(id, field) {
    return (caseName, request) => {
        if (request.kind !== 'PUT /events')
            return;
        const name = `a: ${caseName}: PUT /events addresses ${id} with "${field}"`;
        if (request.body.event_id === id && typeof request.body[field] === 'object')
            pass(name);
        else
            fail(name, `body ${request.text}`);
    };
}

function writeBatch(file, session, event) {
    const lines = [
        { session, feedback: { rating: false, comment: 'wrong capital' } },
        { session, event, feedback: { score: 2 } },
        { session, event, metrics: { accuracy: 0.5 } },
        { session, metrics: { reviewed: true } },
    ];
    fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
}

/** Every kind of PUT /events the feedbackkit CLI sends. */
function cliCases(cli, tmp) {
    const session = crypto.randomUUID();
    const event = crypto.randomUUID();
    const outbox = path.join(tmp, 'outbox.sqlite'); // one outbox: the removal merges into the set
    const enrich = (name, target, flag, json, field) => ({
        name, program: cli, env: {}, kinds: ['PUT /events'],
        args: ['enrich', '--session', session, ...(target === event ? ['--event', event] : []),
               flag, json, '--outbox', outbox, '--wait', '10'],
        each: addresses(target, field),
    });
    const batch = path.join(tmp, 'batch.jsonl');
    writeBatch(batch, crypto.randomUUID(), event);
    return [
        enrich('session feedback', session, '--feedback', '{"rating":5,"comment":"x"}', 'feedback'),
        enrich('event feedback', event, '--feedback',
               '{"rating":true,"score":4,"ground_truth":"Albany",'
               + '"actions":{"copied":true,"regenerated":false},"tags":["a","b"]}', 'feedback'),
        enrich('session metrics', session, '--metrics', '{"accuracy":0.9,"reviewer":"expert-1"}',
               'metrics'),
        enrich('event metrics', event, '--metrics', '{"checks":{"factual":true},"latency_ok":false}',
               'metrics'),
        { ...enrich('removal after a set', session, '--feedback', '{"rating":null}', 'feedback'),
          after: (requests) => check('a: removal after a set: sends "comment" and no rating 5', () => {
              const last = requests.at(-1);
              assert.ok(last, 'nothing sent');
              const feedback = last.body.feedback;
              assert.strictEqual(feedback?.comment, 'x', `sent ${last.text}`);
              assert.ok(!('rating' in feedback) || feedback.rating === null, `sent ${last.text}`);
          }) },
        { name: 'enrich --batch', program: cli, env: {}, kinds: ['PUT /events'],
          args: ['enrich', '--batch', batch, '--outbox', path.join(tmp, 'batch.sqlite'),
                 '--wait', '10'],
          after: (requests) => check('a: enrich --batch: one PUT /events per target and channel', () => {
              const keys = requests.map((r) => `${r.body?.event_id} `
                                          + `${'metrics' in (r.body ?? {}) ? 'metrics' : 'feedback'}`);
              assert.strictEqual(new Set(keys).size, 4, `sent ${keys.join(', ')}`);
          }) },
    ];
}

/** What the demo's Conversation::logAnswer() logs for an answer. */
const demoEvent = {
    event_type: 'model',
    event_name: 'local-assistant',
    config: { model: 'canned-and-echo' },
    inputs: { chat_history: [{ role: 'user', content: 'What is the capital of New York?' }] },
    outputs: { role: 'assistant', content: 'Albany.' },
};

/** POST /session/start and POST /events through Client::startSession() and logEvent(). */
function creationCases(helper, tmp) {
    const creation = (name, env, session, event) => ({
        name, program: helper, env, kinds: ['POST /session/start', 'POST /events'],
        args: [path.join(tmp, `creation-${crypto.randomUUID()}.sqlite`), JSON.stringify(session),
               JSON.stringify(event)],
    });
    return [
        creation('session and event as the demo starts and logs them', { HH_PROJECT: project },
                 { source: 'feedbackkit-demo', session_name: 'FeedbackKit demo chat' }, demoEvent),
        creation('session and event with every field the SDK requires', {},
                 { project, source: 'ci', session_name: 'sdk test', user_properties: { plan: 'free' } },
                 { project, source: 'ci', event_name: 'answer', event_type: 'tool', config: {},
                   inputs: { q: 'x' }, outputs: { a: 'y' }, duration: 12.5 }),
        creation('session and event with nothing but a project (HH_PROJECT)', { HH_PROJECT: project },
                 {}, {}),
        // HoneyHive files everything under a project: without one the call refuses, sends nothing.
        { ...creation('session and event without any project', {}, {}, {}),
          kinds: [], refused: /needs a project/ },
    ];
}

module.exports = { cliCases, creationCases, project };
