/**
 * Headlines in Title Case or ALL CAPS make every word look like a name ("Putin Confirms He Invites
 * Kim Jong-un"). There a name stands only if the body names it too (then it takes the body's words),
 * or a gazetteer knows it; otherwise it is dropped.
 */
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import type { Gazetteer } from '../../ner/gazetteer.js';

export function guardHeadlines(cands: Candidate[], doc: Doc, capsSentences: ReadonlySet<number>, gaz: Gazetteer): Candidate[] {
  const { tokens } = doc;
  const bodyNames = new Map<string, Candidate>();
  for (const c of cands) {
    const s = tokens[c.start]?.sentence ?? -1;
    if (capsSentences.has(s)) continue;
    bodyNames.set(tokens.slice(c.start, c.end).map((t) => t.text.toLowerCase()).join(' '), c);
    // A headline names people by surname: "Putin" for the body's "Vladimir Putin".
    if (c.type === 'PERSON' && c.end - c.start > 1) {
      const last = (tokens[c.end - 1]?.text ?? '').toLowerCase();
      if (!bodyNames.has(last)) bodyNames.set(last, c);
    }
  }
  const place = new Set(['country', 'city', 'demonym'].map((n) => gaz.categoryIndex(n)));
  const out: Candidate[] = [];
  for (const c of cands) {
    const s = tokens[c.start]?.sentence ?? -1;
    if (!capsSentences.has(s)) { out.push(c); continue; }
    const lower = tokens.slice(c.start, c.end).map((t) => t.text.toLowerCase());
    // The longest stretch of the candidate that the body names.
    let best: { from: number; to: number; like: Candidate } | undefined;
    for (let a = 0; a < lower.length && !best; a++) {
      for (let b = lower.length; b > a; b--) {
        const like = bodyNames.get(lower.slice(a, b).join(' '));
        if (like && (!best || b - a > best.to - best.from)) best = { from: a, to: b, like };
      }
    }
    if (best) {
      const first = tokens[c.start + best.from];
      const last = tokens[c.start + best.to - 1];
      if (first && last) {
        out.push({ ...c, start: c.start + best.from, end: c.start + best.to, charStart: first.start, charEnd: last.end, type: best.like.type });
      }
      continue;
    }
    const whole = gaz.matches(lower).some((m) => m.start === 0 && m.end === lower.length && place.has(m.category));
    if (whole) out.push(c);
  }
  return out;
}
