/**
 * Passive cues with their agent: "It was announced by the ministry that CLAUSE" (the clause is
 * the content) and "The story was first reported by the Post" / "Trump is supported by few papers"
 * (the subject is what is attributed). The speaker is the agent after "by".
 */
import type { Token } from '../doc.js';
import type { Cue } from './cue.js';
import { contentEnd } from './extent.js';
import { NP_OBJECT_VERBS, SPEECH_VERBS } from './lexicon.js';
import { isTimePhrase, lowerText, phraseEndingAt, phraseStartingAt, tok, type TokenRange, type View } from './phrases.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

export interface PassiveStatement {
  cue: Cue;
  content: TokenRange;
}

/** The passive statement whose participle is token `i`, if it has an agent. */
export function passiveAt(v: View, i: number): PassiveStatement | undefined {
  const t = tok(v, i);
  if (!t || t.pos !== 'VERB' || /ing$/u.test(t.text)) return undefined;
  const w = t.text.toLowerCase();
  const lemma = SPEECH_VERBS.get(w) ?? NP_OBJECT_VERBS.get(w);
  if (!lemma) return undefined;
  // "was reported", "has been harshly criticized", "is likely to be decided".
  let be = i - 1;
  while (be > v.lo && be > i - 3 && tok(v, be)?.pos === 'ADV') be--;
  if (!BE.has(lowerText(tok(v, be)))) return undefined;
  let by = i + 1;
  if (tok(v, by)?.pos === 'ADV') by++;
  if (lowerText(tok(v, by)) !== 'by') return undefined;
  const agent = phraseStartingAt(v, by + 1, 12);
  if (!agent || isTimePhrase(v, agent)) return undefined;
  const cue: Cue = { verb: i, lemma, subject: agent, inverted: true, start: t.start, end: (v.tokens[agent.to - 1] as Token).end };
  const nx = tok(v, agent.to);
  if (lowerText(nx) === 'that' && nx?.pos === 'SCONJ') {
    const to = contentEnd(v, agent.to);
    return to > agent.to + 2 ? { cue, content: { from: agent.to, to } } : undefined;
  }
  // The thing reported or supported: the subject before the auxiliaries.
  let aux = be;
  while (aux > v.lo && /^(?:has|have|had|will|would|could|may|might|to|likely|not)$/u.test(lowerText(tok(v, aux - 1)))) aux--;
  if (lowerText(tok(v, aux - 1)) === 'is' || lowerText(tok(v, aux - 1)) === 'was') aux--;
  const subject = phraseEndingAt(v, aux, 12);
  if (!subject || tok(v, subject.from)?.pos === 'PRON') return undefined;
  return { cue, content: subject };
}
