/**
 * The tense around a time expression, read from the words of its sentence: the verb marker nearest
 * the expression decides ("which was held ... on June 12" → past; "will visit in May" → future).
 * Year-less dates and bare weekdays are resolved by it.
 */

import {
  ADJECTIVE_BEFORE, AUXILIARY_BEFORE, BE, BE_AHEAD, BE_TO, DETERMINER_BEFORE, FINAL_BEFORE, FUTURE,
  INTENT, MODAL, NOT_PAST, PAST, PERFECT, POSTPONED, PRESENT, REPORTING, SCHEDULED_BEFORE,
  SCHEDULE_PRESENT, SCHEDULE_WORDS, SUBJECT, SUBORDINATOR, UNTIL, infinitiveAfter,
} from './tense-words.js';

/** `modal`: could, may, would: forward-looking for months and dates, but too weak to move a weekday. */
export type Tense = 'past' | 'future' | 'present' | 'modal' | 'none';

/** "since" right before the expression, or before its edge word ("since early January", "since the end of May"). */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?$/iu;

/** What follows an "effective" that dates a change: a date, "immediately", "from", "as of" ... */
const EFFECTIVE_WHEN = /^\s*(?:[A-Z\d]|(?:immediately|from|on|as|with|at|in|today|tomorrow|next|this|until|through)\b)/u;

/** "by", "until" right before the expression. */
const DEADLINE_BEFORE = /\b(?:by|until|till)\s+$/iu;

/** "until", "through" right before the expression: the end of a span that was moved or prolonged. */
const SPAN_END_BEFORE = /\b(?:until|till|through)\s+$/iu;
/** How far before the expression a verb of moving or prolonging may stand, in characters. */
const EXTENDED_REACH = 120;

/**
 * "has extended the loans through January", "postponed the vote until March": a deadline moved
 * or prolonged lies ahead, whatever the tense of the moving.
 */
function extendedUntil(text: string, sStart: number, start: number): boolean {
  const before = text.slice(Math.max(sStart, start - EXTENDED_REACH), start);
  if (!SPAN_END_BEFORE.test(before)) return false;
  const clause = before.slice(before.search(/[^;:]*$/u));
  for (const m of clause.matchAll(/[a-z]+/gu)) if (POSTPONED.has(m[0])) return true;
  return false;
}

/** Between "starting" and its time: nothing, or "on", "from", "as of". */
const STARTING_GAP = /^\s+(?:(?:on|from|as\s+of)\s+)?$/u;

/** "likely to", "unlikely to": a forecast. */
const LIKELY_TO = /^\s+(?:un)?likely\s+to\b/u;

/** "about to": the only "was about" that is an arrangement. */
const ABOUT_TO = /^\s+about\s+to\b/u;

/** Verbs of telling that end a sentence as its attribution ("..., the company said."). */
const ATTRIBUTION = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated']);
/** A comma, then at most four words, right before the telling verb. */
const TRAILING_ATTRIBUTION = /,\s*(?:[\w.'-]+\s+){0,4}$/u;
/** ... and nothing told after it: the sentence or clause ends. */
const CLAUSE_END = /^\s*(?:[.,;:]|$)/u;

/** Units after "the next" that count from the story's events ("the next day"), not from today. */
const NEXT_DAY = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);
/** Auxiliaries that, right after "and", start a clause of their own. */
const CLAUSE_VERB = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'could', 'should', 'may', 'might', 'can']);

/** A relative pronoun opening the clause the expression stands in (no comma after it). */
const RELATIVE_OPEN = /\b(?:which|who|whom|whose|that)\b[^,;()"“”]*$/iu;
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);
/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_CLOSE = /[,;()—–]/u;

/**
 * Verbs of asking and ordering: with an object and an infinitive after them ("called its supporters
 * to rally … on Thursday", "urged them to return by Friday") the time is the infinitive's, which
 * comes after the asking.
 */
const REQUEST = new Set([
  'urged', 'urges', 'asked', 'asks', 'called', 'calls', 'invited', 'invites', 'told', 'tells', 'ordered', 'orders',
  'encouraged', 'instructed', 'summoned', 'directed', 'requested', 'pressed', 'appealed', 'appeals',
]);
/** After a request verb: up to five words of object (a "on"/"to" first), then "to" and a word. */
const REQUEST_OBJECT_TO = /^(?:\s+(?:on|upon|to))?(?:\s+[\p{L}'’-]+){0,5}?(?=\s+to\s+[a-z]+\b)/u;

/** Whether the request verb ending at `b` is followed, before `start`, by its object and an infinitive. */
function requestsAhead(text: string, b: number, start: number): boolean {
  const m = REQUEST_OBJECT_TO.exec(text.slice(b, start));
  return m !== null && infinitiveAfter(text, b + m[0].length);
}

/** How far from the expression a verb marker may stand, in characters. */
const WINDOW = 250;

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/gu;

/**
 * Classify one lower-cased word, given the word before it. Returns the tense and a weight: an
 * auxiliary says the tense outright; a word ending in -ed may be an adjective, so it counts less.
 */
function markerOf(w: string, prev: string): [Tense, number] {
  if (FUTURE.has(w)) return ['future', 1];
  if (MODAL.has(w)) return ['modal', 1];
  if (w.endsWith("'ll")) return ['future', 1];
  // "the orbiter's last flight", "its last meeting": the final one, no past.
  if (w === 'last' && (FINAL_BEFORE.has(prev) || prev.endsWith("'s"))) return ['none', 0];
  const participle = BE.has(prev);
  const perfect = PERFECT.has(prev);
  if (PAST.has(w)) return participle ? ['none', 0] : ['past', 1];
  if (PRESENT.has(w)) return ['present', 1];
  // "a still unspecified date", "the revised plan": after an article or degree word, an adjective.
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !participle && !ADJECTIVE_BEFORE.has(prev)) return ['past', perfect ? 1 : 2];
  return ['none', 0];
}

/** A word in its place: the two words before it and the one after, lower-cased; its offsets. */
interface WordAt {
  w: string;
  raw: string;
  before: string;
  before2: string;
  next: string | undefined;
  a: number;
  b: number;
}

/**
 * Whether "be" + `next` (from `at`) makes an arrangement: "was about 200,000" is an amount and
 * "was due to the weather" a cause; "was about to" and "is due to meet" are plans.
 */
function beAheadArranges(text: string, at: number, next: string): boolean {
  if (next === 'about') return ABOUT_TO.test(text.slice(at, at + 16));
  // "was unlikely to begin before the autumn" is a forecast; "was likely the cause" is not.
  if (next === 'likely' || next === 'unlikely') return LIKELY_TO.test(text.slice(at, at + 20));
  if (next === 'due') {
    const due = /^\s+due(?=\s+to\b)/u.exec(text.slice(at, at + 12));
    return !due || infinitiveAfter(text, at + due[0].length);
  }
  return true;
}

/** An ASCII capital (the words here are ASCII): a char-code test, as this runs for every word near a time. */
function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * What a word says about the tense, given its neighbours: phrases that turn a marker around come
 * first ("was about to" is no plain past, "planned to" no past at all), then the word alone.
 */
function wordTense(text: string, x: WordAt, start: number, possessive: boolean): [Tense, number] {
  const { w, before, before2, next } = x;
  // "appears in court on Tuesday": a schedule, read only before the expression (after it, in "arrested
  // on Sunday, appears in court", the verb belongs to the next clause).
  if (x.a < start && SCHEDULE_PRESENT.has(w) && !DETERMINER_BEFORE.has(before) && !AUXILIARY_BEFORE.has(before)) return ['future', 1];
  // "a nationwide strike starting on Monday", "curbs beginning Friday": an announced start.
  if ((w === 'starting' || w === 'beginning') && x.b <= start && STARTING_GAP.test(text.slice(x.b, start))) return ['future', 1];
  // "due to heavy buying", "bonds due 2017": a cause and a maturity, not a plan; "is due to meet" is one.
  if (w === 'due' && ((next === 'to' && !(BE.has(before) && infinitiveAfter(text, x.b))) || /^\s+\d/u.test(text.slice(x.b, x.b + 3)))) return ['none', 0];
  // "called its supporters to rally in Caracas again on Thursday": the rally is the time, after the call.
  if (x.b <= start && REQUEST.has(w) && requestsAhead(text, x.b, start)) return ['future', 1];
  // "met on Nov. 2 and agreed to speed up talks": a past verb of intent after the expression dates
  // the deciding, which is over; only before it ("agreed to meet on Nov. 2") does it look ahead.
  if (x.a >= start && next === 'to' && INTENT.has(w) && (w.endsWith('ed') || w === 'sought') && !BE.has(before)) return markerOf(w, before);
  // "is to resume", "set to resume", "were planning", "plan to gather", "postponed until": an
  // arrangement, so the future.
  const arranged = (next === 'to' && (BE_TO.has(w) || w === 'set' || (INTENT.has(w) && infinitiveAfter(text, x.b))))
    // "was about 200,000 barrels" is an amount; only "was about to" is an arrangement.
    || (BE_TO.has(w) && next !== undefined && BE_AHEAD.has(next) && beAheadArranges(text, x.b, next))
    || (POSTPONED.has(w) && next !== undefined && UNTIL.has(next));
  // "was about to", "were to meet": a future seen from the past, which may be over by now; as
  // weak as a modal ("was about to be deported Thursday morning" in a Friday story is yesterday).
  if (arranged) return [w === 'was' || w === 'were' ? 'modal' : 'future', 1];
  // "said it would march", "announced that they would meet": reported speech's "will". Not for a
  // possessive day ("would look for ways around Wednesday's ruling"): the ruling has its own time.
  if (w === 'would' && REPORTING.has(before2) && SUBJECT.has(before) && !possessive) return ['future', 1];
  // "had been scheduled to expire Friday", "was expected Tuesday": a plan seen from the past.
  if (SCHEDULE_WORDS.has(w) && (before === 'was' || before === 'were' || (before === 'been' && before2 === 'had'))) return ['modal', 1];
  // "effective Feb. 1", "effective immediately" announce a change; "the average effective rate" does not.
  if (w === 'effective' && !EFFECTIVE_WHEN.test(text.slice(x.b, x.b + 16))) return ['none', 0];
  // "agreements settled by Thursday", "a deal signed by Friday": a participle before the deadline, no past.
  if (w.endsWith('ed') && !PAST.has(w) && x.b <= start && /^\s+(?:by|until)\s+$/u.test(text.slice(x.b, start))) return ['none', 0];
  // "..., when she set aside plans for the hastily planned trip": after the expression, a "planned"
  // or "scheduled" after a determiner describes a noun of another clause, not the time's tense.
  if (x.a >= start && w.endsWith('ed') && FUTURE.has(w) && (DETERMINER_BEFORE.has(before) || (before.endsWith('ly') && DETERMINER_BEFORE.has(before2)))) return ['none', 0];
  // "May" capitalized is the month ("in May 1985 and June"), not the modal.
  if (x.raw === 'May') return ['none', 0];
  // "might have encouraged", "could have been": a modal perfect looks back ("would have to pay" does not).
  if (MODAL.has(w) && next === 'have' && !/^\s+have\s+to\b/u.test(text.slice(x.b, x.b + 12))) return ['past', 1];
  // "will be formally introduced", "was quickly approved": an adverb between "be" and its participle.
  if (w.endsWith('ed') && before.endsWith('ly') && BE.has(before2)) return ['none', 0];
  // A capitalized word ending in -ed is a name ("Mohamed", "Ahmed"), not a past verb.
  if (w.endsWith('ed') && isUpperAscii(x.raw.charCodeAt(0)) && !PAST.has(w)) return ['none', 0];
  return markerOf(w, before);
}

/**
 * The tense at `[start, end)` of `text` within the sentence `[sStart, sEnd)`: the nearest marker
 * outside the expression, preferring markers before it (the verb usually precedes its adjunct).
 */
export function tenseIn(text: string, sStart: number, sEnd: number, start: number, end: number): Tense {
  // "on patrol since March", "since Monday": a start that has already come, whatever the verbs say.
  if (SINCE_BEFORE.test(text.slice(Math.max(sStart, start - 30), start))) return 'past';
  // "The funeral is on Friday", "the vote is set for May 3": a present copula naming the date is a
  // schedule, so the future.
  if (SCHEDULED_BEFORE.test(text.slice(Math.max(sStart, start - 24), start))) return 'future';
  if (extendedUntil(text, sStart, start)) return 'future';
  // A bounded window keeps this linear on a text with no sentence breaks.
  const from = Math.max(sStart, start - WINDOW);
  const to = Math.min(sEnd, end + WINDOW);
  const sentence = text.slice(from, to);
  // A quotation mark between a verb and the expression puts them in different voices: in
  // "he will leave at 4 (4 a.m. Thursday)," Castro said, "said" is the reporter's, not the plan's.
  const quoteBefore = lastQuote(text, from, start);
  const quoteAfter = firstQuote(text, end, to);
  sStart = from;
  let best: Tense = 'none';
  let bestDist = Infinity;
  let prev = '';
  let prevPrev = '';
  const possessive = /^['’]s\b/u.test(text.slice(end, end + 3));
  // "the talks, which are supposed to conclude by May, invited ...": inside a relative clause with
  // a verb of its own before the expression, the comma after it closes the clause, and the verbs
  // beyond are the main clause's.
  const relative = RELATIVE_OPEN.test(text.slice(from, start));
  let markedBefore = false;
  let relativeAfter = false;
  let prevEnd = from;
  // One word of lookahead ("is" + "to"), read as the words go.
  const it = sentence.matchAll(WORD);
  let ahead = it.next();
  while (!ahead.done) {
    const m = ahead.value;
    ahead = it.next();
    const a = sStart + m.index;
    const b = a + m[0].length;
    const w = m[0].toLowerCase();
    const before2 = prevPrev;
    const before = prev;
    prevPrev = prev;
    prev = w;
    const gap = text.slice(prevEnd, a);
    prevEnd = b;
    if (a >= end && relative && markedBefore && CLAUSE_CLOSE.test(gap)) break;
    if (a >= start && b <= end) continue;
    if (b <= quoteBefore || a >= quoteAfter) continue;
    // After the expression, a complementizer opens another clause: in "In January, Meissner ruled
    // that Elian should go back", "should" is the ruling's content, not the time of the ruling.
    // A "that" after a noun ("the march that drew thousands") is a relative clause about the time's own event.
    const next = ahead.done ? undefined : ahead.value[0].toLowerCase();
    // "on Wednesday, but added that ...": "but" opens a clause of its own; so does "that it will ...".
    if (a >= end && (SUBORDINATOR.has(w) || w === 'but' || (w === 'that' && (REPORTING.has(before) || /(?:ed|s)$/u.test(before) || (next !== undefined && SUBJECT.has(next)))))) break;
    // "next to the embassy" is a place, not the future; "the next day", "the next morning" count
    // from the story's events, so they say nothing of the tense.
    if (w === 'next' && (next === 'to' || (before === 'the' && next !== undefined && NEXT_DAY.has(next)))) continue;
    // "slowed in November and is expected to ease": "and" with a verb of its own opens a clause.
    if (a >= end && w === 'and' && next !== undefined && CLAUSE_VERB.has(next)) break;
    if (a >= end && RELATIVE_WORDS.has(w)) relativeAfter = true;
    const [t, weight] = wordTense(text, { w, raw: m[0], before, before2, next, a, b }, start, possessive);
    if (t === 'none') continue;
    if (b <= start) markedBefore = true;
    // A marker after the expression counts as a little farther than one before it; a trailing
    // attribution (", the company said") farther still: it dates the telling, not what is told.
    const attribution = a >= end && ATTRIBUTION.has(w) && TRAILING_ATTRIBUTION.test(text.slice(end, a)) && CLAUSE_END.test(text.slice(b, b + 3));
    // "he will be buried in Doha on Friday, Hamas said": with a verb of its own before the
    // expression, the telling does not date what is told.
    if (attribution && markedBefore) continue;
    // "approved sanctions on Saturday that could cut exports": a modal in a relative clause after
    // the expression is the noun's prospect, not the time of the expression.
    if (a >= end && relativeAfter && t === 'modal') continue;
    const dist = (b <= start ? start - b : (a - end) * (attribution ? 4 : 1.5)) * weight;
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  // "if we don't have agreements by Thursday", "talks that are supposed to conclude by May", "the
  // offer runs until Friday": a deadline in the present looks ahead.
  if ((best === 'present' || best === 'none') && DEADLINE_BEFORE.test(text.slice(Math.max(sStart, start - 8), start))) return 'future';
  return best;
}

const QUOTE = /["“”]|''|``/gu;
const FIRST_QUOTE = /["“”]|''|``/u;

/** The end of the last quotation mark in [from, to), or -1. */
function lastQuote(text: string, from: number, to: number): number {
  let at = -1;
  for (const m of text.slice(from, to).matchAll(QUOTE)) at = from + m.index + m[0].length;
  return at;
}

/** The start of the first quotation mark in [from, to), or Infinity. */
function firstQuote(text: string, from: number, to: number): number {
  const m = FIRST_QUOTE.exec(text.slice(from, to));
  return m ? from + m.index : Infinity;
}

/** Sentence bounds around `offset` when no sentence layer exists: up to the nearest stop or newline. */
export function fallbackSentence(text: string, offset: number): [number, number] {
  let s = offset;
  const limit = Math.max(0, offset - 400);
  while (s > limit && !/[.!?\n]/u.test(text[s - 1] ?? '')) s--;
  let e = offset;
  const max = Math.min(text.length, offset + 400);
  while (e < max && !/[!?\n]/u.test(text[e] ?? '') && !(text[e] === '.' && /\s/u.test(text[e + 1] ?? ' '))) e++;
  return [s, e];
}
