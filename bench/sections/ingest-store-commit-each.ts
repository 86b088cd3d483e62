/** Section: read + clean + store with one commit per article (ingest --batch 1), no analysis. */
import { ingestCorpora } from '../lib/ingest-corpora.js';
import { report } from '../lib/measure.js';

report(await ingestCorpora('ingest: read + clean + store, one commit per article (no analysis)', false, 1));
