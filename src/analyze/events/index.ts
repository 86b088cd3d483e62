/**
 * Stage "events": who did what to whom, when, where, with what status. Each sentence is parsed
 * shallowly (parse.ts), its verb groups and event nouns matched against the pattern dictionary
 * (patterns.txt), their arguments turned into participants (participants.ts), then the drafts of
 * the whole article refined (refine.ts) into PLOVER events with CAMEO codes.
 */
import { loadKb } from '../../kb/index.js';
import type { PoliticalEvent } from '../../model.js';
import { spanOf, type AnalysisContext, type Doc, type Stage } from '../doc.js';
import { coderContext, type CoderContext } from './context.js';
import { SentenceCoder, type Draft } from './coder.js';
import { loadDictionary, type EventDictionary, type EventPattern } from './dictionary.js';
import { withPatterns } from './petrarch-verbs.js';
import { parseSentence } from './parse.js';
import { applyFollowUps, followUps, type FollowUp } from './followup.js';
import { refine, type Placed } from './refine.js';

export { eventKey } from './key.js';

/** Token ranges of multi-word mentions inside the sentence: each stays one noun phrase. */
export function mentionUnits(c: CoderContext, doc: Doc, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (!first || !last) return out;
  for (const m of c.mentions) {
    if (m.end <= first.start || m.start >= last.end || m.form === 'pronoun') continue;
    let a = -1;
    let b = -1;
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (a < 0 && t.start >= m.start) a = k;
      if (t.end <= m.end && t.start >= m.start) b = k;
    }
    if (a >= 0 && b > a) out.push([a - from, b - from + 1]);
  }
  return out;
}

export function codeEvents(doc: Doc, ctx: AnalysisContext = {}, dict: EventDictionary = loadDictionary()): PoliticalEvent[] {
  const c = coderContext(doc, ctx, dict, loadKb());
  const drafts: Placed[] = [];
  const follow: FollowUp[] = [];
  // "BEIJING, Dec. 18 (Xinhua) -- Wang Yi ... held": the dateline says where the story was filed,
  // it takes no part in the lead's sentence.
  const dl = doc.article.dateline?.span;
  doc.sentences.forEach((s, si) => {
    let from = s.tokenStart;
    if (dl) while (from < s.tokenEnd && doc.tokens[from]!.start >= dl.start && doc.tokens[from]!.start < dl.end) from++;
    const tokens = doc.tokens.slice(from, s.tokenEnd);
    if (tokens.length < 2) return;
    const headline = doc.article.parts[s.part]?.kind === 'headline' || doc.article.parts[s.part]?.kind === 'subheading';
    const ps = parseSentence(tokens, dict, mentionUnits(c, doc, from, s.tokenEnd), { headline });
    for (const d of new SentenceCoder(c, { ps, headline }).run()) drafts.push({ ...d, sentence: si });
    follow.push(...followUps(c, ps, si));
  });
  applyFollowUps(drafts, follow);
  return refine(c, drafts).map((d) => toEvent(c, d));
}

function toEvent(c: CoderContext, d: Draft): PoliticalEvent {
  const e: PoliticalEvent = {
    type: d.type, cameo: d.cameo, actor: d.actor, recipient: d.recipient, status: d.status,
    evidence: spanOf(c.text, d.start, d.end),
  };
  if (d.mode) e.mode = d.mode;
  if (d.date) e.date = d.date;
  if (d.dateInferred) e.dateInferred = true;
  if (d.location) e.location = d.location;
  if (d.reported) e.reported = true;
  if (d.about) {
    const a = toEvent(c, d.about);
    delete a.about;
    e.about = a;
  }
  return e;
}

const merged = new WeakMap<readonly EventPattern[], EventDictionary>();

/** The dictionary an analysis uses: ours, with the context's imported verb patterns if any. */
export function dictionaryFor(ctx: AnalysisContext): EventDictionary {
  const extra = ctx.eventPatterns;
  if (!extra || extra.length === 0) return loadDictionary();
  let d = merged.get(extra);
  if (!d) { d = withPatterns(loadDictionary(), extra); merged.set(extra, d); }
  return d;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: Doc, ctx: AnalysisContext): void {
    doc.events = codeEvents(doc, ctx, dictionaryFor(ctx));
  },
};
