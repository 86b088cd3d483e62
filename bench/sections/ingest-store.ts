/** Section: read + clean + store (SQLite, full-text index, near-duplicate bands), no analysis. */
import { ingestCorpora } from '../lib/ingest-corpora.js';
import { report } from '../lib/measure.js';

report(await ingestCorpora('ingest: read + clean + store (no analysis)', false));
