/**
 * Stage "entities": fills doc.names with every name occurrence — its span (the name only), its type
 * (PERSON, ORG, PLACE, EVENT, GROUP, or OTHER for CoNLL's other MISC names) and the title printed
 * before it. The trained tagger proposes; small refiners, each in its own file, then fix what a
 * CoNLL-trained tagger gets wrong in wire news, in this order.
 */
import { defaultTagger } from '../../ner/index.js';
import { lineCaseOf, LineCase } from '../../ner/features.js';
import { spanOf, type Doc, type NameMention, type Stage } from '../doc.js';
import type { Candidate } from './candidate.js';
import { personsByLastWord, propagate, unifyTypes } from './consistency.js';
import { dropNonNames, joinHyphenatedGivenNames, splitPlaceLists } from './cleanup.js';
import { datelineNames } from './dateline.js';
import { datedEvents, eventPatterns } from './events.js';
import { titleFragments } from './fragments.js';
import { nestedOrgs } from './nested.js';
import { fillFromGazetteer } from './gapfill.js';
import { guardHeadlines } from './headline.js';
import { stripHonorifics } from './honorifics.js';
import { splitJoinedNames } from './hyphens.js';
import { tagNames } from './tagging.js';
import { attachTitles } from './titles.js';
import { refineType } from './types.js';

/** Sentences on a headline or subheading line written in Title Case or ALL CAPS. */
function capsLines(doc: Doc): Set<number> {
  const out = new Set<number>();
  doc.sentences.forEach((s, i) => {
    const kind = doc.article.parts[s.part]?.kind;
    if (kind !== 'headline' && kind !== 'subheading') return;
    const words = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
    if (lineCaseOf(words) !== LineCase.Normal) out.add(i);
  });
  return out;
}

export function findNames(doc: Doc): NameMention[] {
  if (doc.tokens.length === 0) return [];
  const { tokens } = doc;
  const text = doc.article.text;
  const caps = capsLines(doc);
  let cands: Candidate[] = tagNames(doc);
  cands = stripHonorifics(cands, tokens);
  for (const c of cands) c.type = refineType(c.conll, c.type, tokens.slice(c.start, c.end).map((t) => t.text));
  cands = joinHyphenatedGivenNames(dropNonNames(splitPlaceLists(cands, tokens), tokens), tokens);
  cands = guardHeadlines(cands, doc, caps, defaultTagger().gazetteer);
  unifyTypes(cands, text);
  personsByLastWord(cands, doc);
  cands = propagate(cands, doc, caps);
  cands = fillFromGazetteer(cands, doc, caps);
  cands = datelineNames(cands, doc);
  cands = splitJoinedNames(cands, tokens);
  cands = eventPatterns(cands, tokens);
  cands = datedEvents(cands, tokens);
  cands = titleFragments(cands, tokens);
  cands = nestedOrgs(cands, tokens);
  cands.sort((a, b) => a.charStart - b.charStart || b.charEnd - a.charEnd);
  const mentions = cands.map((c): NameMention => {
    const { start, end, text: name } = spanOf(text, c.charStart, c.charEnd);
    return { start, end, text: name, type: c.type, source: c.source };
  });
  attachTitles(doc, cands, mentions);
  return mentions;
}

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc: Doc): void {
    doc.names = findNames(doc);
  },
};
