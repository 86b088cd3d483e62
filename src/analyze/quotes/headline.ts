/**
 * Headline quotes: "Putin: Russia ready to host talks" — a short name, a colon, and what the named
 * speaker said. Only in headlines and subheadings, where the colon is the cue.
 */
import type { Token } from '../doc.js';
import type { TokenRange } from './phrases.js';

export interface HeadlineQuote {
  speaker: TokenRange;
  colon: number;
  /** Content as character offsets. */
  start: number;
  end: number;
}

/** Labels that stand before a colon in headlines without being a speaker. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'over', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'but', 'with', 'from',
  'by', 'about', 'after', 'before', 'is', 'are', 'was', 'why', 'how', 'what', 'who', 'when', 'where',
]);

const LABELS = new Set([
  'analysis', 'exclusive', 'breaking', 'update', 'updated', 'opinion', 'editorial', 'watch', 'video',
  'live', 'factbox', 'explainer', 'timeline', 'review', 'poll', 'report', 'photos', 'interview',
  'comment', 'correction', 'fact', 'check', 'q&a', 'new', 'just', 'in', 'read', 'more', 'see', 'note',
  'clarification', 'editor', "editor's", 'editors', 'disclosure', 'source', 'sources', 'photo',
  'latest', 'related', 'recommended', 'advertisement', 'warning', 'spoiler', 'transcript',
]);

/**
 * `tokens[lo, hi)` start a headline (capitalised speaker) or a transcript line (`upper`: the
 * speaker in capitals, "WALLACE: Let's start…"); `lineEnd` is where the quote must stop.
 */
export function headlineQuote(
  tokens: readonly Token[], lo: number, hi: number, lineEnd: number, text: string, upper = false,
): HeadlineQuote | undefined {
  // Up to five capitalised words, then the colon.
  let i = lo;
  while (i < hi && i - lo < 5) {
    const t = tokens[i];
    if (!t || !/^\p{Lu}/u.test(t.text) || t.pos === 'PUNCT') break;
    if (upper && (t.text !== t.text.toUpperCase() || t.text.length < 2)) return undefined;
    i++;
  }
  const colon = tokens[i];
  if (i === lo || !colon || colon.text !== ':' || i + 1 >= hi) return undefined;
  for (let k = lo; k < i; k++) {
    const t = tokens[k];
    const w = (t?.text ?? '').toLowerCase();
    // A speaker is a name: no labels ("Analysis:"), no function words ("Stealth Over Health:").
    if (!t || LABELS.has(w) || FUNCTION_WORDS.has(w) || (t.pos !== 'PROPN' && !upper)) return undefined;
  }
  const next = tokens[i + 1];
  if (!next) return undefined;
  let end = lineEnd;
  while (end > next.start && /[\s.]/u.test(text[end - 1] ?? '')) end--;
  if (end - next.start < 8) return undefined;
  return { speaker: { from: lo, to: i }, colon: i, start: next.start, end };
}
