/**
 * Durations: "three years" → `P3Y`, "48 hours" → `PT48H`, "a two-year" term → `P2Y`, "the past two
 * months", "the first nine months" → `P9M`, "2 1/2 years" → `P2Y6M`, "several years" → `PXY`,
 * "recent years" → `PXY`, "hours later" → `PTXH`, "two protests in as many days" → `P2D`.
 * Approximations ("about", "nearly", "more than") stay in the span with a mod.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';
import { NUMBER_RE, numberValue, ORDINALS, UNIT_RE, unitOf, type Unit } from '../lexicon.js';

const QUANT = String.raw`(?:(about|nearly|almost|more\s+than|less\s+than|over|some|roughly|approximately|at\s+least|up\s+to|only|just|around|fewer\s+than|under)\s+)?`;
const FRAME = String.raw`(?:(the\s+(?:past|last|next|first|previous|coming|following|final|latest|initial|same|entire|whole|full)|the|past|next|another|first|last|a\s+further|an\s+additional|a\s+full|a\s+mere|an?\s+extra)\s+)?`;

/** "two more weeks", "eight trading days": a word between the count and the unit. */
const BETWEEN = String.raw`(?:(?:more|additional|further|trading|business|working)\s+)?`;
const COUNTED = new RegExp(String.raw`\b${FRAME}${QUANT}(${NUMBER_RE})(?:[\s-]+${BETWEEN}|(?=[hd]\b))(${UNIT_RE}|hrs?|h|d|mins?)\b(\s+and\s+a\s+half\b)?(?!-old|\s+old\b)`, 'gi');
const VAGUE = /\b(the\s+(?:first|final|opening)(?:\s+few)?|the\s+past|the\s+last|the\s+next|the\s+coming|in\s+coming|coming|in\s+recent|recent|several|many|a\s+few|few|some|the\s+past\s+(?:few|several)|the\s+next\s+(?:few|several)|the\s+last\s+(?:few|several)|for|over|within)\s+(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(?!-old)/gi;
/** A cheap test, same flags, for the " weeks" (…) every VAGUE match has; no \b at every position. */
const VAGUE_UNIT = /\s(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b/i;
/**
 * "two protests in as many days": the count is the number said before it (`P2D`); "the third
 * attack in as many weeks" counts by the ordinal (`P3W`).
 */
const AS_MANY = /\bin\s+(as\s+many\s+(days|weeks|months|years|hours|minutes))\b/gi;
/** A cheap test, same flags, for the "as many days" every AS_MANY match has; no \b at every position. */
const AS_MANY_UNITS = /as\s+many\s+(?:days|weeks|months|years|hours|minutes)\b/i;
const COUNT_WORD = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/giu;
/**
 * "Hours later", "days earlier": a bare plural unit before later/earlier is a vague duration, as
 * TimeBank marks "A few days later" (`PXD`); a counted one ("two hours later") is longer and wins.
 */
const BARE_LATER = /\b(hours|days|weeks|months|years)\s+(?:later|earlier)\b/giu;
/** A cheap test, same flags, for the word BARE_LATER needs: most texts have neither, and skip its scan. */
const LATER_WORD = /later|earlier/iu;
const BARE_LATER_BEFORE = /(?:^|[.!?,;:"“(—–-]\s*|\b(?:just|only|mere|barely|scarcely|hardly|and|but|then|until)\s+)$/iu;

/** The last number or ordinal in `window` ("the second protest in" → 2). */
function countBefore(window: string): number | undefined {
  let n: number | undefined;
  for (const m of window.matchAll(COUNT_WORD)) {
    const w = (m[1] ?? '').toLowerCase();
    const v = ORDINALS[w] ?? numberValue(w);
    if (v !== undefined) n = v;
  }
  return n;
}

/** "the weeks ahead", "the months to come". */
const AHEAD = /\bthe\s+(days|weeks|months|years)\s+(?:ahead|to\s+come)\b/gi;
/** A cheap test, same flags, for the "weeks ahead" every AHEAD match has; no \b at every position. */
const UNITS_AHEAD = /(?:days|weeks|months|years)\s+(?:ahead|to\s+come)\b/i;
/** "the year ended March 31", "the fiscal year ending June 30": a twelve-month period. */
const YEAR_ENDED = /\b(the\s+(?:fiscal\s+)?year)\s+(?:ended|ending|to)\b/gi;
/** A cheap test, same flags, for the "year ended" every YEAR_ENDED match has; no \b at every position. */
const YEAR_ENDED_WORDS = /year\s+(?:ended|ending|to)\b/i;
const SINGLE = /\b(the\s+(?:past|last|next|coming|previous|following|entire|whole|full)|a\s+full|another|a\s+further|an\s+additional|an\s+extra|all)\s+(day|week|month|quarter|year|decade|century)\b(?!\s+(?:ago|earlier|before|later|after)\b|-)/gi;

/**
 * "over the past decade", "for the last century": the stretch of time up to now (`P10Y`), not a
 * calendar decade. "in the last decade" stays the date reading the relative rule gives it.
 */
const OVER_DECADE = /\b(?:over|for|throughout)\s+(the\s+(?:past|last)\s+(decade|century))\b/gi;
/** A cheap test, same flags, for the "past decade" every OVER_DECADE match has: most texts skip its scan. */
const PAST_DECADE = /(?:past|last)\s+(?:decade|century)\b/i;

/**
 * "almost a hundred years" → `P100Y`, "more than two thousand years" → `P2L` (TimeBank counts
 * millennia with the unit L). Kept apart from COUNTED: these words are rare, and a cheap test skips
 * the scan.
 */
const BIG_COUNT = new RegExp(String.raw`\b${QUANT}(a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d)\s+(hundred|thousand)\s+years\b`, 'giu');
const BIG_WORD = /hundred|thousand/iu;
const BIG_SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const SHORT: Record<string, string> = { h: 'hour', hr: 'hour', hrs: 'hour', d: 'day', min: 'minute', mins: 'minute' };

/**
 * TIMEX3 duration for `n` units; fractions carried into the next smaller unit ("2 1/2 years" → P2Y6M).
 * Uncounted decades are `PXDE`; uncounted centuries `PXC`, the unit TimeBank writes for them.
 */
export function durationValue(n: number | undefined, unit: Unit): string {
  const t = unit.time ? 'T' : '';
  if (n === undefined) return `P${t}X${unit.code === 'Y' && unit.factor === 10 ? 'DE' : unit.code === 'Y' && unit.factor === 100 ? 'C' : unit.code}`;
  const total = n * unit.factor;
  if (Number.isInteger(total)) return `P${t}${total}${unit.code}`;
  const whole = Math.floor(total);
  const frac = total - whole;
  if (!unit.time && unit.code === 'Y') return `P${whole ? `${whole}Y` : ''}${Math.round(frac * 12)}M`;
  if (unit.code === 'D') return `P${whole ? `${whole}D` : ''}T${Math.round(frac * 24)}H`;
  if (unit.code === 'H') return `PT${whole ? `${whole}H` : ''}${Math.round(frac * 60)}M`;
  if (unit.time && unit.code === 'M') return `PT${whole ? `${whole}M` : ''}${Math.round(frac * 60)}S`;
  return `P${t}${total}${unit.code}`;
}

/** Words after which "a day", "a year" is a rate ("24 hours a day", "$5 million a year"), not a period. */
const RATE_BEFORE = new Set(['times', 'time', 'once', 'twice', 'per', 'million', 'billion', 'thousand', 'hundred', 'percent', 'cents', 'dollars', 'shares', 'seats', 'flights', 'units', 'barrels', 'tons', 'hours', 'days', 'miles']);

function isRate(text: string, at: number): boolean {
  const prev = /([\w%$]+)\s+$/.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
  return RATE_BEFORE.has(prev) || /^\d|%$/.test(prev);
}

function modOf(q: string | undefined): string | undefined {
  if (!q) return undefined;
  const w = q.toLowerCase();
  if (/more|over|at least/u.test(w)) return 'MORE_THAN';
  if (/less|fewer|under|up to/u.test(w)) return 'LESS_THAN';
  if (/only|just/u.test(w)) return undefined;
  return 'APPROX';
}

export const durationsRule: Rule = {
  name: 'durations',
  find({ text }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(COUNTED)) {
      const unitWord = (m[4] ?? '').toLowerCase();
      const unit = unitOf(SHORT[unitWord] ?? unitWord);
      const n0 = numberValue(m[3] ?? '');
      // "a year and a half": the half is of the unit just named.
      const n = n0 !== undefined && m[5] ? n0 + 0.5 : n0;
      if (!unit || n === undefined || n <= 0) continue;
      // "the 1988 quarter", "a 1990 year": a year before a singular unit is not a count.
      if (/^(?:1[6-9]|20)\d\d$/u.test(m[3] ?? '') && !/s$/i.test(unitWord)) continue;
      // "three-quarters of" is a fraction.
      if (unitWord.startsWith('quarter') && /^\s+of\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // "one day" starting a sentence is often "one day he..." (someday); "a day" inside "twice a day" is a set.
      const numText = (m[3] ?? '').toLowerCase();
      if ((numText === 'a' || numText === 'an') && isRate(text, m.index)) continue;
      // "a second group": the ordinal, not the unit.
      if (/^seconds?$/i.test(unitWord) && /^(?:a|an|one)$/.test(numText) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // "the twenty-second", "twenty second of June": an ordinal day, not twenty seconds.
      if (unitWord === 'second' && /^(?:twenty|thirty)$/u.test(numText) && (/^the$/iu.test(m[1] ?? '') || /^\s+of\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
      // A capitalized unit mid-sentence is a title ("60 Minutes").
      if (/^[A-Z]/.test(m[4] ?? '') && /^\d/.test(numText) && /[a-z,'"]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      // Short units ("3h", "48 hrs", "10 mins") only after digits: "an" + "d" is the word "and".
      if (SHORT[unitWord] && !/^\d/u.test(numText)) continue;
      let start = m.index;
      const frame = (m[1] ?? '').toLowerCase();
      // "first" or "last" without "the" belongs to the sentence, not to the duration ("the first two years").
      if (frame === 'first' || frame === 'last') start += m[0].indexOf(m[2] ?? m[3] ?? '', frame.length);
      const mod = modOf(m[2]);
      out.push(cand('durations', start, m.index + m[0].length, 'DURATION', durationValue(n, unit), { priority: 1, ...(mod ? { mod } : {}) }));
    }
    for (const m of VAGUE_UNIT.test(text) ? text.matchAll(VAGUE) : []) {
      const unit = unitOf(m[2] ?? '');
      if (!unit) continue;
      const lead = (m[1] ?? '').toLowerCase();
      // "for years", "within days": the preposition stays outside the span.
      let start = m.index;
      if (/^(?:for|over|within|in\s+recent|in\s+coming)$/u.test(lead.replace(/\s+/gu, ' '))) start += /^in\s+/u.test(lead) ? m[0].search(/recent|coming/i) : m[0].indexOf(m[2] ?? '');
      out.push(cand('durations', start, m.index + m[0].length, 'DURATION', durationValue(undefined, unit), { priority: 1 }));
    }
    for (const m of AS_MANY_UNITS.test(text) ? text.matchAll(AS_MANY) : []) {
      const unit = unitOf(m[2] ?? '');
      if (!unit) continue;
      const s = m.index + m[0].length - (m[1] ?? '').length;
      // The count stands earlier in the same sentence, a few words back.
      const window = text.slice(Math.max(0, m.index - 60), m.index);
      const n = countBefore(window.slice(Math.max(0, window.search(/[^.!?;]*$/u))));
      out.push(cand('durations', s, m.index + m[0].length, 'DURATION', durationValue(n, unit), { priority: 2 }));
    }
    for (const m of LATER_WORD.test(text) ? text.matchAll(BARE_LATER) : []) {
      // Only as an adverbial on its own: "Hours later,", "just days later"; not "its hours later".
      if (!BARE_LATER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const unit = unitOf(m[1] ?? '');
      if (unit) out.push(cand('durations', m.index, m.index + (m[1] ?? '').length, 'DURATION', durationValue(undefined, unit), { priority: 1 }));
    }
    for (const m of UNITS_AHEAD.test(text) ? text.matchAll(AHEAD) : []) {
      const unit = unitOf(m[1] ?? '');
      if (unit) out.push(cand('durations', m.index, m.index + m[0].length, 'DURATION', durationValue(undefined, unit), { priority: 1 }));
    }
    for (const m of YEAR_ENDED_WORDS.test(text) ? text.matchAll(YEAR_ENDED) : []) {
      out.push(cand('durations', m.index, m.index + (m[1] ?? '').length, 'DURATION', 'P1Y', { priority: 1 }));
    }
    for (const m of BIG_WORD.test(text) ? text.matchAll(BIG_COUNT) : []) {
      const w = (m[2] ?? '').toLowerCase();
      const n = /^\d$/u.test(w) ? Number(w) : BIG_SMALL[w];
      const thousand = (m[3] ?? '').toLowerCase() === 'thousand';
      const value = n === undefined ? (thousand ? 'PXL' : 'PXY') : thousand ? `P${n}L` : `P${n * 100}Y`;
      const mod = modOf(m[1]);
      out.push(cand('durations', m.index, m.index + m[0].length, 'DURATION', value, { priority: 1, ...(mod ? { mod } : {}) }));
    }
    for (const m of PAST_DECADE.test(text) ? text.matchAll(OVER_DECADE) : []) {
      const unit = unitOf(m[2] ?? '');
      const s = m.index + m[0].length - (m[1] ?? '').length;
      // Above the date reading of the same words (priority 3 in the relative rule).
      if (unit) out.push(cand('durations', s, m.index + m[0].length, 'DURATION', durationValue(1, unit), { priority: 4 }));
    }
    for (const m of text.matchAll(SINGLE)) {
      const unit = unitOf(m[2] ?? '');
      if (!unit) continue;
      out.push(cand('durations', m.index, m.index + m[0].length, 'DURATION', durationValue(1, unit), { priority: 1 }));
    }
    return out;
  },
};
