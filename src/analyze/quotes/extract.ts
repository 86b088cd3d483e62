/**
 * The quote stage's plan: find the quoted passages (step 1) and, unit by unit, the indirect
 * statements and headline quotes (step 2); resolve speakers walking the article in text order
 * (step 3); settle partial and cue-less quotes (step 4), letting a body speak for the document it
 * stands behind; and write one record per content span.
 */
import type { Quote } from '../../model.js';
import { spanOf, type Doc } from '../doc.js';
import { attributeSpeakers } from './attribute.js';
import { buildContext } from './context.js';
import { documentsToBodies } from './documents.js';
import { passageCandidates } from './passages.js';
import { settle } from './settle.js';
import { unitCandidates } from './statements.js';

export function extractQuotes(doc: Doc): Quote[] {
  const ctx = buildContext(doc);
  if (!ctx) return [];
  const passages = passageCandidates(ctx);
  const { candidates: statements, subjects } = unitCandidates(ctx);
  const candidates = [...passages, ...statements];
  attributeSpeakers(ctx, candidates, subjects);
  const kept = documentsToBodies(settle(ctx, candidates));

  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Quote[] = [];
  let prevKey = '';
  for (const c of kept) {
    const key = `${c.start}:${c.end}`;
    if (key === prevKey) continue;
    prevKey = key;
    const q: Quote = { ...spanOf(ctx.text, c.start, c.end), kind: c.kind };
    if (c.speaker) {
      if (c.speaker.entity) q.speaker = c.speaker.entity.id;
      q.speakerText = c.speaker.text;
      q.speakerResolved = c.speaker.resolved || !!c.inherited;
    }
    if (c.addressee) {
      if (c.addressee.entity) q.addressee = c.addressee.entity.id;
      q.addresseeText = c.addressee.text;
    }
    if (c.cue && !c.inherited) {
      const cueSpan = spanOf(ctx.text, c.cue.start, c.cue.end);
      q.cue = cueSpan.text;
      q.cueSpan = cueSpan;
    }
    out.push(q);
  }
  return out;
}
