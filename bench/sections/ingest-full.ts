/** Section: read + clean + full analysis + store. */
import { ingestCorpora } from '../lib/ingest-corpora.js';
import { report } from '../lib/measure.js';

report(await ingestCorpora('ingest: read + clean + analyze + store', true));
