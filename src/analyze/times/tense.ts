/**
 * The tense around a time expression, read from the words of its sentence: the verb marker nearest
 * the expression decides ("which was held ... on June 12" → past; "will visit in May" → future).
 * Year-less dates and bare weekdays are resolved by it.
 */

/** `modal`: could, may, would: forward-looking for months and dates, but too weak to move a weekday. */
export type Tense = 'past' | 'future' | 'present' | 'modal' | 'none';

const FUTURE = new Set([
  'will', "'ll", "won't", 'shall', 'wo', 'tomorrow', 'upcoming', 'next', 'planned', 'scheduled',
  'expected', 'expects', 'due', 'intends', 'forthcoming', 'coming', 'going',
  // "as soon as Tuesday", "effective Feb. 1": announced for later.
  'soon', 'effective',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'yesterday', 'last', 'earlier', 'held', 'met', 'came', 'went',
  'took', 'gave', 'made', 'told', 'began', 'saw', 'won', 'lost', 'fell', 'rose', 'paid', 'sold', 'bought',
  'left', 'led', 'became', 'brought', 'spent', 'struck', 'found', 'got', 'ran', 'sent',
  'spoke', 'wrote', 'thought', 'knew', 'felt', 'kept', 'meant', 'broke', 'chose', 'drove', 'flew',
  'fought', 'grew', 'heard', 'shot', 'stood', 'taught', 'threw', 'understood', 'wore', 'signed', 'previously', 'been',
  // Irregular pasts that cannot be read as a present or a noun.
  'drew', 'withdrew', 'fled', 'swept', 'stole', 'froze', 'hung', 'lent', 'rode', 'rang', 'sang', 'sank',
  'shook', 'slept', 'slid', 'spun', 'sprang', 'stuck', 'stung', 'swore', 'swam', 'swung', 'tore', 'woke',
  'wept', 'overthrew', 'undertook', 'arose', 'awoke', 'bled', 'blew', 'built', 'caught', 'clung', 'crept',
  'dealt', 'dug', 'flung', 'forgot', 'forgave', 'hid', 'knelt', 'mistook', 'overcame', 'sought', 'shrank',
  'strode', 'upheld', 'withheld', 'overtook', 'foresaw', 'underwent', 'forbade', 'bore', 'ate', 'drank',
  "didn't", "wasn't", "weren't", "hadn't",
]);
/** Modals look forward more often than back in news ("it could be done in September"). */
const MODAL = new Set(['could', 'can', 'may', 'might', 'should', 'must', 'would', "couldn't", "can't", 'cannot', "shouldn't", "wouldn't", "mustn't"]);
const PRESENT = new Set(['is', 'are', 'am', 'now', 'today', 'currently', 'says']);
/**
 * Third-person present verbs that in news announce a schedule ("appears in court on Tuesday",
 * "talks resume on Monday"), unlike the present of reporting ("officials say Saturday's vote ...").
 * Only forms that are rarely nouns.
 */
const SCHEDULE_PRESENT = new Set([
  'appears', 'meets', 'opens', 'begins', 'resumes', 'travels', 'arrives', 'expires', 'convenes',
  'flies', 'goes', 'faces', 'gathers', 'hosts', 'kicks', 'launches', 'reopens', 'closes', 'ends', 'takes',
  'resume', 'begin', 'convene', 'reopen', 'meet',
]);
/** "has fluctuated", "have been": the present perfect reports the past. */
const PERFECT = new Set(['has', 'have', 'had', "'ve"]);
/** Words ending in -ed that are rarely past-tense verbs in news. */
const NOT_PAST = new Set(['united', 'limited', 'need', 'speed', 'red', 'bed', 'based', 'feed', 'seed', 'indeed', 'proceed', 'succeed', 'exceed', 'embed', 'shed', 'hundred', 'expected', 'scheduled', 'planned', 'related']);

/**
 * Words that open a subordinate clause; markers after them do not tense an expression before them.
 * (Relative "which"/"who" stay open: "Thursday's march, which drew thousands" is tensed by its clause.)
 */
const SUBORDINATOR = new Set(['whether', 'because', 'although', 'though', 'unless']);

/** A present copula right before the expression: "is on", "are set for", "is due on". */
const SCHEDULED_BEFORE = /\b(?:is|are)\s+(?:(?:set|due|scheduled|slated|planned|expected)\s+)?(?:on|for)\s+$/iu;

/** Words of a plan that the past tense of "be" turns into a plan seen from the past. */
const SCHEDULE_WORDS = new Set(['scheduled', 'planned', 'expected', 'due', 'slated']);

/** Reporting verbs and subjects of "said it would ...". */
const REPORTING = new Set(['said', 'announced', 'added', 'told', 'promised', 'vowed', 'warned', 'stated', 'indicated', 'confirmed', 'that']);
const SUBJECT = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** "since" right before the expression. */
const SINCE_BEFORE = /\bsince\s+$/iu;

/** How far from the expression a verb marker may stand, in characters. */
const WINDOW = 250;

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/gu;

/** Words before "last" that make it "final" rather than "previous". */
const FINAL_BEFORE = new Set(['the', "'s", 's', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'at']);

/** Forms of "be" that with "to" make an arrangement ("is to resume"). */
const BE_TO = new Set(['is', 'are', 'am', 'was', 'were']);
/** Words after "be" that make an arrangement ("were planning to", "is scheduled to", "was due"). */
const BE_AHEAD = new Set(['going', 'planning', 'scheduled', 'expected', 'due', 'about', 'slated', 'supposed']);

/**
 * Verbs of intent that look ahead from their own time: in "they plan to gather on Monday" or "said
 * they hoped to finish before Christmas" the day comes after the planning, so with "to" after
 * them they mark the future even in the past tense ("planned", "expected" are future already).
 */
const INTENT = new Set([
  'plan', 'plans', 'planning', 'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wanting',
  'aim', 'aims', 'aimed', 'aiming', 'intend', 'intends', 'intended', 'intending', 'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'threaten', 'threatens', 'threatened',
  'prepare', 'prepares', 'prepared', 'preparing', 'seek', 'seeks', 'sought', 'seeking', 'wish', 'wishes', 'wished',
  'agree', 'agrees', 'agreed', 'decide', 'decides', 'decided', 'resolve', 'resolved', 'supposed', 'slated',
]);

/** "postponed until Tuesday", "delayed to next month": the new date lies ahead of the delaying. */
const POSTPONED = new Set(['postponed', 'delayed', 'deferred', 'adjourned', 'rescheduled', 'extended', 'postpone', 'postpones', 'delay', 'delays', 'adjourn', 'adjourns', 'extend', 'extends']);
const UNTIL = new Set(['until', 'till', 'to']);

/** Words after "to" that make it a preposition: "agreed to a ceasefire", "agreed to their demands". */
const NOT_VERB_AFTER_TO = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'all', 'no', 'each', 'every', 'such', 'both']);

/**
 * Whether "to" after the verb ending at `at` starts an infinitive ("agreed to meet") rather than
 * a noun phrase ("agreed to talks", "agreed to Russia's terms").
 */
function infinitiveAfter(text: string, at: number): boolean {
  const m = /^\s+to\s+([A-Za-z]+)/u.exec(text.slice(at, at + 40));
  const w = m?.[1];
  if (!w) return false;
  if (/^[A-Z]/u.test(w) || NOT_VERB_AFTER_TO.has(w)) return false;
  // A plural noun ("talks", "demands"); base verbs rarely end in a single -s ("discuss", "focus" do).
  return !/[^su]s$/u.test(w);
}

/** Words that make the next word a noun ("the opens", "its ends"). */
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'loose']);

/** Auxiliaries that make a base verb theirs ("did not meet", "will meet"): the auxiliary tells the tense. */
const AUXILIARY_BEFORE = new Set([
  'did', 'do', 'does', 'not', 'never', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "can't", 'cannot',
]);

/** Words after which a word ending in -ed is an adjective, not a past verb. */
const ADJECTIVE_BEFORE = new Set(['a', 'an', 'the', 'still', 'very', 'most', 'more', 'less', 'newly', 'so', 'too', 'its', 'their', 'his', 'her', 'our']);

/** Forms of "be": a participle after one is passive voice, and the tense is the auxiliary's. */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'was', 'were', 'get', 'gets', 'got']);

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

/**
 * The tense at `[start, end)` of `text` within the sentence `[sStart, sEnd)`: the nearest marker
 * outside the expression, preferring markers before it (the verb usually precedes its adjunct).
 */
export function tenseIn(text: string, sStart: number, sEnd: number, start: number, end: number): Tense {
  // "on patrol since March", "since Monday": a start that has already come, whatever the verbs say.
  if (SINCE_BEFORE.test(text.slice(Math.max(sStart, start - 8), start))) return 'past';
  // "The funeral is on Friday", "the vote is set for May 3": a present copula naming the date is a
  // schedule, so the future.
  if (SCHEDULED_BEFORE.test(text.slice(Math.max(sStart, start - 24), start))) return 'future';
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
    if (a >= start && b <= end) continue;
    if (b <= quoteBefore || a >= quoteAfter) continue;
    // After the expression, a complementizer opens another clause: in "In January, Meissner ruled
    // that Elian should go back", "should" is the ruling's content, not the time of the ruling.
    // A "that" after a noun ("the march that drew thousands") is a relative clause about the time's own event.
    if (a >= end && (SUBORDINATOR.has(w) || (w === 'that' && (REPORTING.has(before) || /(?:ed|s)$/u.test(before))))) break;
    // "is to resume", "are to travel", "was to meet", "set to resume", "were planning": an
    // arrangement, so the future.
    const next = ahead.done ? undefined : ahead.value[0].toLowerCase();
    // A capitalized word ending in -ed is a name ("Mohamed", "Ahmed"), not a past verb.
    const name = /^[A-Z]/u.test(m[0]) && w.endsWith('ed') && !PAST.has(w);
    // "next to the embassy" is a place, not the future.
    if (w === 'next' && next === 'to') continue;
    const arranged = (next === 'to' && (BE_TO.has(w) || w === 'set' || (INTENT.has(w) && infinitiveAfter(text, b)))) || (BE_TO.has(w) && next !== undefined && BE_AHEAD.has(next))
      || (POSTPONED.has(w) && next !== undefined && UNTIL.has(next));
    // "was about to", "were to meet": a future seen from the past, which may be over by now; as
    // weak as a modal ("was about to be deported Thursday morning" in a Friday story is yesterday).
    const inPast = w === 'was' || w === 'were';
    // "said it would march", "announced that they would meet": reported speech's "will".
    // Not for a possessive day ("would look for ways around Wednesday's ruling"): the ruling has its own time.
    const reportedWill = w === 'would' && REPORTING.has(before2) && SUBJECT.has(before) && !possessive;
    // "had been scheduled to expire Friday", "was expected Tuesday": a plan seen from the past, as weak as "was about to".
    const pastPlan = SCHEDULE_WORDS.has(w) && (before === 'was' || before === 'were' || (before === 'been' && before2 === 'had'));
    // "appears in court on Tuesday": a schedule, read only before the expression (after it, in "arrested
    // on Sunday, appears in court", the verb belongs to the next clause).
    const scheduled = a < start && SCHEDULE_PRESENT.has(w) && !DETERMINER_BEFORE.has(before) && !AUXILIARY_BEFORE.has(before);
    const [t, weight] = scheduled ? ['future' as Tense, 1] : arranged ? [(inPast ? 'modal' : 'future') as Tense, 1]
      : reportedWill ? ['future' as Tense, 1]
        : pastPlan ? ['modal' as Tense, 1]
          : name ? ['none' as Tense, 0] : markerOf(w, before);
    if (t === 'none') continue;
    // A marker after the expression counts as a little farther than one before it.
    const dist = (b <= start ? start - b : (a - end) * 1.5) * weight;
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
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
