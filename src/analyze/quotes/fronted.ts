/**
 * A participle clause that opens the sentence and says what its subject said or cited: "Citing
 * security concerns, the ministry cancelled the parade", "Warning that the talks could collapse,
 * the envoy urged …". The speaker is the main clause's subject, after the comma.
 */
import { opensBareClause } from './clauses.js';
import type { Cue } from './cue.js';
import { clauseEnd } from './extent.js';
import type { Statement } from './indirect.js';
import { COGNITION_VERBS, NP_OBJECT_VERBS, SPEECH_VERBS } from './lexicon.js';
import { isComma, isTimePhrase, lowerText, phraseStartingAt, tok, type View } from './phrases.js';

/** Verbs whose fronted participle takes what was said or cited, with the lemma each reports. */
function lemmaOf(w: string): string | undefined {
  if (w === 'citing') return 'cite';
  return SPEECH_VERBS.get(w) ?? COGNITION_VERBS.get(w) ?? NP_OBJECT_VERBS.get(w);
}

/** The statement of a participle at `i`, the first word of the unit (`start`). */
export function frontedParticiple(v: View, i: number, start: number): Statement | undefined {
  const t = tok(v, i);
  if (!t || i !== start || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text)) return undefined;
  const lemma = lemmaOf(t.text.toLowerCase());
  if (!lemma) return undefined;
  // What follows the participle: a that-clause or a bare clause, or a noun phrase ("Citing
  // security concerns") — not a preposition ("Speaking to reporters", "Writing in the Times").
  const nx = tok(v, i + 1);
  if (!nx) return undefined;
  const clause = (lowerText(nx) === 'that' && nx.pos === 'SCONJ') || opensBareClause(v, i + 1, lemma);
  const np = clause ? undefined : phraseStartingAt(v, i + 1, 12);
  const possessive = /^(?:his|her|their|its|our|my)$/u.test(lowerText(nx));
  if (!clause && (!np || isTimePhrase(v, np) || nx.pos === 'ADP' || (nx.pos === 'PRON' && !possessive))) return undefined;
  const comma = clauseEnd(v, i + 1);
  if (!isComma(tok(v, comma)) || comma <= i + 1) return undefined;
  // The main clause: its subject right after the comma, then its verb.
  const subject = phraseStartingAt(v, comma + 1, 10);
  if (!subject) return undefined;
  let k = subject.to;
  while (k < subject.to + 2 && (tok(v, k)?.pos === 'ADV' || tok(v, k)?.pos === 'AUX')) k++;
  const verb = tok(v, k);
  if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || /ing$/u.test(verb.text)) return undefined;
  const cue: Cue = { verb: i, lemma, subject, inverted: true, start: t.start, end: t.end };
  return { cue, content: { from: i + 1, to: comma } };
}
