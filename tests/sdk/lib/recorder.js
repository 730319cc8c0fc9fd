// A HoneyHive stand-in on 127.0.0.1 that records every request and answers in the shapes the
// SDK's response models read: {"session_id"} for a session start, {"event_id", "success"} for
// a created event, {"success": true} for an update (the SDK reads no body there).
'use strict';

const crypto = require('node:crypto');
const http = require('node:http');
const { fail, zodIssues } = require('./checks');

const endpoints = ['PUT /events', 'POST /session/start', 'POST /events'];

function answerFor(operations, kind, body) {
    if (kind === 'POST /session/start')
        return { model: operations.StartSessionResponseBody$inboundSchema,
                 answer: { session_id: body?.session?.session_id ?? crypto.randomUUID() } };
    if (kind === 'POST /events')
        return { model: operations.CreateEventResponseBody$inboundSchema,
                 answer: { event_id: body?.event?.event_id ?? crypto.randomUUID(), success: true } };
    return { model: null, answer: { success: true } };
}

function parseJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/** Resolves to { url, recorded: [{ kind, headers, text, body }], close() }. */
function startRecorder(operations) {
    const recorded = [];
    const server = http.createServer((request, response) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const kind = `${request.method} ${new URL(request.url, 'http://x').pathname}`;
            const body = parseJson(text);
            recorded.push({ kind, headers: request.headers, text, body });
            const known = endpoints.includes(kind);
            const { model, answer } = answerFor(operations, kind, body);
            const readable = model ? model.safeParse(answer) : { success: true };
            if (!readable.success) // the stand-in must answer what the SDK itself can read
                fail(`a: the recording server's answer to ${kind}`, zodIssues(readable.error));
            response.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify(known ? answer : { error: `no endpoint ${kind}` }));
        });
    });
    return new Promise((resolve) => {
        server.listen(0, '127.0.0.1', () => resolve({
            url: `http://127.0.0.1:${server.address().port}`,
            recorded,
            close: () => server.close(),
        }));
    });
}

module.exports = { startRecorder };
