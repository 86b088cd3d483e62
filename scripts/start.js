#!/usr/bin/env node
/**
 * `npm start`, the main job on a fresh clone: analyze and store the example articles in ./dateline.db
 * (and the shared sample article when this checkout sits beside ../shared), print what was found, then
 * serve the web app and the API on http://localhost:8080. Re-running it changes nothing stored.
 */
import { existsSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

const inputs = ['examples/wire', 'examples/web', 'examples/feeds', 'examples/data'];
const sample = '../shared/samples/tass-2018-06-14-putin-kim.txt';
if (existsSync(sample)) inputs.push(sample);

const port = process.env.PORT ?? '8080';
const ingested = await main(['ingest', ...inputs]);
if (ingested > 1) process.exit(ingested);
await main(['show']);
process.exitCode = await main(['serve', '--port', port]);
