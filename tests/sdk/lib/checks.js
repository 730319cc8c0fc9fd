// PASS/FAIL lines, one per check, and the count of failures for the exit code.
'use strict';

const assert = require('node:assert');
const { spawn } = require('node:child_process');

let failures = 0;

function pass(name) {
    console.log(`PASS ${name}`);
}

function fail(name, why) {
    ++failures;
    console.log(`FAIL ${name}: ${why}`);
}

/** Runs body (sync or async); an exception or a failed assertion is the check's FAIL. */
async function check(name, body) {
    try {
        await body();
        pass(name);
        return true;
    } catch (error) {
        fail(name, error instanceof assert.AssertionError ? error.message : describe(error));
        return false;
    }
}

/** An error on one line; the SDK's errors name the HTTP status and carry the body. */
function describe(error) {
    const parts = [error.name ? `${error.name}: ${error.message}` : String(error)];
    if (error.cause)
        parts.push(`cause: ${describe(error.cause)}`);
    return parts.join('; ').replace(/\s*\n\s*/g, ' ');
}

/** A zod error's issues, as "dot.path: message; ...". */
function zodIssues(error) {
    return error.issues
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
}

/** Runs a program to its end (killed after timeoutMs): { code, stdout, stderr }. */
function run(program, args, env, timeoutMs = 20000) {
    return new Promise((resolve) => {
        const child = spawn(program, args, { env: { ...process.env, ...env },
                                             stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (data) => { stdout += data; });
        child.stderr.on('data', (data) => { stderr += data; });
        child.on('error', (error) => { stderr += String(error); });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code: signal ?? code, stdout, stderr });
        });
    });
}

module.exports = { pass, fail, check, describe, zodIssues, run, failures: () => failures };
