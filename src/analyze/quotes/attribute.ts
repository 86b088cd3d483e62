/**
 * Step 3: speakers in text order. Unit subjects and cue speakers feed the focus that pronouns
 * resolve against, so "he added" meets the speakers and subjects before it and no later ones.
 * A cue that borrows its subject ("adding that", "and said") takes the clause's speaker.
 */
import type { Token } from '../doc.js';
import type { Candidate, QuoteContext } from './context.js';
import { clauseSubject, type Cue } from './cue.js';
import { isComma, tok, type TokenRange, type View } from './phrases.js';
import { remember, resolvePhrase, type Speaker } from './speakers.js';
import type { Unit } from './units.js';

interface Ev {
  pos: number;
  unit: number;
  subject?: TokenRange;
  cand?: Candidate;
}

export function attributeSpeakers(ctx: QuoteContext, candidates: readonly Candidate[], subjects: ReadonlyArray<TokenRange | undefined>): void {
  const { tokens, units, views, env } = ctx;
  const events: Ev[] = [];
  subjects.forEach((s, k) => {
    if (s) events.push({ pos: (tokens[s.from] as Token).start, unit: k, subject: s });
  });
  for (const c of candidates) if (c.cue) events.push({ pos: c.cue.start, unit: c.unit, cand: c });
  events.sort((x, y) => x.pos - y.pos || (x.subject ? -1 : 1));
  const lastInUnit: Array<Speaker | undefined> = [];
  for (const ev of events) {
    const v = views[ev.unit] as View;
    const part = (units[ev.unit] as Unit).part;
    if (ev.subject) {
      const sp = resolvePhrase(env, v, ev.subject, part, undefined, false);
      remember(env, sp, part);
      lastInUnit[ev.unit] = sp;
      continue;
    }
    const c = ev.cand as Candidate;
    const cue = c.cue as Cue;
    let sp: Speaker | undefined;
    // What was said before the cue ("CLAUSE, he said") holds no antecedent for its pronoun.
    const said = c.end <= cue.start ? { start: c.start, end: c.end } : undefined;
    if (cue.subject) sp = resolvePhrase(env, v, cue.subject, part, said);
    else if (cue.borrowsSubject) {
      // "…, who marched on Sunday and called for …": the relative clause's subject, not the
      // sentence's; but "…, which let him go in 2015, and said …" goes back to the sentence's.
      const near = clauseSubject(v, cue.verb);
      let relative = !!near && near.to - near.from === 1 && /^(?:who|which)$/iu.test(tokens[near.from]?.text ?? '');
      for (let k = near ? near.to : cue.verb; relative && k < cue.verb; k++) if (isComma(tok(v, k))) relative = false;
      const from = relative ? undefined : lastInUnit[ev.unit];
      const subj = from ? undefined : near;
      if (from) sp = { ...from, inFocus: false };
      else if (subj) sp = resolvePhrase(env, v, subj, part);
    }
    if (sp) {
      c.speaker = sp;
      if (c.kind === 'indirect') (env.reported ??= []).push({ start: c.start, end: c.end });
      if (!cue.borrowsSubject && !cue.nominal) {
        remember(env, { ...sp, inFocus: true }, part, true);
        lastInUnit[ev.unit] = sp;
      }
    }
    if (cue.addressee) c.addressee = resolvePhrase(env, v, cue.addressee, part, undefined, false);
  }
}
