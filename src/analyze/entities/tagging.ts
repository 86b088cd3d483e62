/** Run the trained tagger over the article's sentences; each sentence is one tagger sentence. */
import { defaultTagger } from '../../ner/index.js';
import { lineCaseOf, LineCase } from '../../ner/features.js';
import { spansFromTags, TYPES } from '../../ner/tags.js';
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import { typeFromConll } from './types.js';

export function tagNames(doc: Doc): Candidate[] {
  const tagger = defaultTagger();
  const { tokens, sentences } = doc;
  const parts = doc.article.parts;
  const input = sentences.map((s) => {
    const toks = tokens.slice(s.tokenStart, s.tokenEnd);
    return { words: toks.map((t) => t.text), pos: toks.map((t) => t.pos) };
  });
  // Only headlines and subheadings are read as headline lines; a body sentence full of capitalized
  // names ("President of the Presidium ...") is still body text.
  const lines = sentences.map((s, i) => {
    const kind = parts[s.part]?.kind;
    const isHead = kind === 'headline' || kind === 'subheading';
    return isHead ? lineCaseOf(input[i]?.words ?? []) : LineCase.Normal;
  });
  const tags = tagger.tagDocument(input, lines);
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    for (const span of spansFromTags(tags[i] ?? new Uint8Array())) {
      const first = tokens[s.tokenStart + span.start];
      const last = tokens[s.tokenStart + span.end - 1];
      if (!first || !last) continue;
      const conll = TYPES[span.type] ?? 'MISC';
      out.push({
        start: s.tokenStart + span.start, end: s.tokenStart + span.end,
        charStart: first.start, charEnd: last.end, type: typeFromConll(conll), conll, source: 'tagger',
      });
    }
  });
  return out;
}
