/**
 * Step 1: each quoted passage becomes a direct or partial quote candidate with its cue: after the
 * closing mark, before the opening mark (also at the end of the previous paragraph: 'Caddell
 * continued:'), or, for a partial quote, the reporting verb that frames it.
 */
import type { Candidate, QuoteContext } from './context.js';
import { cueAfter, cueBefore, cueFramingPartial, opensAsDirect } from './direct.js';
import { endsUnit } from './extent.js';
import { tok, type View } from './phrases.js';
import type { Unit } from './units.js';

export function passageCandidates(ctx: QuoteContext): Candidate[] {
  const { text, tokens, segments, segTokens, units, views, unitOfToken } = ctx;
  const out: Candidate[] = [];
  segments.forEach((g, k) => {
    const st = segTokens[k];
    if (!st) return;
    const ou = unitOfToken[st.open] ?? -1;
    const cu = unitOfToken[Math.max(st.open, st.close)] ?? -1;
    const ov = views[ou];
    const cv = views[cu];
    if (!ov || !cv) return;
    const prevTok = segTokens[k - 1];
    const nextTok = segTokens[k + 1];
    const beforeFrom = prevTok && (unitOfToken[prevTok.close] ?? -1) === ou ? prevTok.close + 1 : ov.lo;
    const afterTo = nextTok && (unitOfToken[nextTok.open] ?? -1) === cu ? nextTok.open : cv.hi;
    let after = g.closed ? cueAfter(cv, st.close + 1, afterTo) : undefined;
    const nv = views[cu + 1];
    if (!after && g.closed && afterTo === cv.hi && st.close + 1 >= cv.hi && nv && units[cu + 1]?.part === units[cu]?.part) {
      // The tokenizer ended the sentence inside the quote: '…shame.” ― Sonya Herridge'.
      const first = tokens[nv.lo];
      if (first && /^[―—–-]/u.test(first.text)) after = cueAfter(nv, nv.lo, nv.hi);
      // '"… on the other side?" Qatar's prime minister wrote on X.': a question or exclamation
      // closed the sentence, and the next one is only its cue.
      else if (/[?!]$/u.test(text.slice(g.start, g.end).trimEnd())) {
        const cue = cueAfter(nv, nv.lo, nv.hi);
        if (cue && endsUnit(nv, cue.inverted && cue.subject ? cue.subject.to : cue.verb + 1)) after = cue;
      }
    }
    let before = cueBefore(ov, beforeFrom, st.open);
    const unit = units[ou] as Unit;
    if (!before && st.open === ov.lo && ou > 0 && units[ou - 1]?.part === unit.part - 1) {
      // 'Caddell continued:' closing the previous paragraph.
      const pv = views[ou - 1] as View;
      const lastTok = tok(pv, pv.hi - 1);
      if (lastTok?.text === ':') before = cueBefore(pv, pv.lo, pv.hi);
    }
    const direct = (before?.framed ?? false) || opensAsDirect(ov, beforeFrom, st.open, text[g.start] ?? '');
    const c: Candidate = { kind: direct ? 'direct' : 'partial', start: g.start, end: g.end, unit: direct ? cu : ou, segment: k };
    if (direct) {
      const cue = after ?? before?.cue;
      if (cue) {
        c.cue = cue;
        ctx.passageCueVerbs.add(cue.verb);
      }
      if (!after && before) c.unit = ou;
    } else {
      const cue = cueFramingPartial(ov, ov.lo, st.open) ?? after;
      if (cue) c.cue = cue;
    }
    ctx.segKind[k] = c.kind;
    out.push(c);
  });
  return out;
}
