// HoneyHive's official TypeScript SDK (npm "honeyhive", pinned in package.json) against
// FeedbackKit, in two parts (lib/clientbodies.js, lib/againstcollector.js):
//   a. every kind of request body the client sends, recorded by a HoneyHive stand-in and
//      judged by the SDK's own request model for its endpoint;
//   b. the SDK's own calls (session start, event create and update, getSession, getEvents)
//      against feedbackkit-collector, read back through GET /v1/events/{id}.
// One PASS or FAIL line per check; exit code 1 when any check failed, 2 on bad arguments.
//
//   node sdk_official_typescript.js --cli PATH --collector PATH --creation-helper PATH
//                                   [--node-modules DIR] [--part a|b]
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');
const { fail, describe, failures } = require('./lib/checks');
const { clientBodies } = require('./lib/clientbodies');
const { againstCollector } = require('./lib/againstcollector');

const usage = 'usage: node sdk_official_typescript.js --cli PATH --collector PATH '
    + '--creation-helper PATH [--node-modules DIR] [--part a|b]';

function parseArguments(args) {
    const known = { '--cli': 'cli', '--collector': 'collector',
                    '--creation-helper': 'creationHelper', '--node-modules': 'nodeModules',
                    '--part': 'part' };
    const parsed = { nodeModules: path.join(__dirname, 'node_modules'), part: 'ab' };
    for (let i = 0; i < args.length; i += 2) {
        if (!known[args[i]] || i + 1 >= args.length)
            return { problem: `unexpected argument ${args[i]}` };
        parsed[known[args[i]]] = args[i + 1];
    }
    if (!parsed.cli || !parsed.collector || !parsed.creationHelper)
        return { problem: '--cli, --collector and --creation-helper are required' };
    return parsed;
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    if (options.problem) {
        console.error(`${options.problem}\n${usage}`);
        return 2;
    }
    const started = Date.now();
    // The SDK as installed in node_modules: its client, and its models as zod schemas.
    const sdkRequire = createRequire(path.join(options.nodeModules, '..', 'package.json'));
    const operations = sdkRequire('honeyhive/models/operations');
    const { HoneyHive } = sdkRequire('honeyhive');
    console.log(`honeyhive ${sdkRequire('honeyhive/package.json').version} `
                + `(zod ${sdkRequire('zod/package.json').version}), node ${process.version}`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feedbackkit-sdk-'));
    try {
        if (options.part.includes('a'))
            await clientBodies(operations, options, tmp);
        if (options.part.includes('b'))
            await againstCollector(HoneyHive, options.collector);
    } catch (error) {
        fail('run', describe(error));
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(failures() ? `${failures()} check(s) FAILED in ${seconds} s`
                           : `all checks passed in ${seconds} s`);
    return failures() ? 1 : 0;
}

// Bounds a hang well inside CTest's timeout, with a line saying so instead of a kill.
setTimeout(() => {
    fail('whole run', 'still running after 45 s');
    process.exit(1);
}, 45000).unref();
main().then((code) => process.exit(code));
