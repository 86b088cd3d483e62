/**
 * Dates relative to the reference, at the granularity the words name: "today", "yesterday",
 * "last year" → `2017`, "next month" → `2018-07`, "earlier this month" → `2018-06`, "three years
 * ago" → `2015`, "two months ago" → `2018-04`, "last Friday", "this morning" → `2018-06-14TMO`.
 */
import { withoutLeadingBoundary } from '../prefilter.js';
import { addDays, addMonths, fmtDate, fmtMonth, fmtWeek, fmtYear, pad, quarterOf } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { NUMBER_RE, numberValue, PARTS_OF_DAY, UNIT_RE, unitOf, WEEKDAYS, WEEKDAY_RE } from '../lexicon.js';
import type { Reference } from '../reference.js';
import { refDate } from '../resolve.js';

const DAYWORD = /\b(?:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)|(today|yesterday|tomorrow|tonight))\b(?!['’]s\b)/gi;
const DAYWORD_POSS = /\b(today|yesterday|tomorrow)['’]s\b/gi;
/** DAYWORD_POSS without its leading \b (tried at every position): a pre-test most texts fail. */
const DAYWORD_POSS_ANYWHERE = withoutLeadingBoundary(DAYWORD_POSS);
/** Nouns after which "today's" means the present age: "today's world", "today's young people". */
const GENERIC_AFTER_TODAY = /^\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|kids|economy|standards|technology|culture|teenagers|families|consumers|computers|young)\b/u;

const UNIT_REL = /\b(last|this|next|the\s+current\s+fiscal|the\s+current|the\s+coming|the\s+previous|the\s+prior|the\s+following|earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+last|late\s+last|early\s+next|late\s+next|the\s+same)\s+(year|month)\b(?!-|\s+(?:ago|earlier|later|ended|ending)\b)/gi;

const AGO = new RegExp(
  String.raw`\b(?:(about|nearly|almost|more\s+than|less\s+than|over|some|roughly|approximately|only|just|at\s+least)\s+)?(${NUMBER_RE})[\s-](${UNIT_RE})(\s+or\s+(?:so|two|three))?\s+(ago|earlier|from\s+now|hence)\b`,
  'gi',
);
/** "several years ago", "a few months ago", "decades ago": a past too vague for a calendar value. */
const VAGUE_AGO = /\b(?:(?:several|a\s+few|few|some|many|a\s+couple\s+of)\s+)?(?:days|weeks|months|years|decades|centuries)\s+ago\b/gi;
/** A cheap test, same flags, for the " ago" every VAGUE_AGO match has: most texts skip its scan. */
const AGO_WORD = /\sago\b/i;
/** "the end of the year", "end of month", "by year-end": the current year, month or week, at its end. */
const PERIOD_END = /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(year|month|week)|year[\s-]end|year's\s+end)\b(?![\s-]+(?:ago|earlier|later|before|after)\b)/gi;
/** PERIOD_END without its leading \b (tried at every position): a pre-test, most texts skip the scan. */
const PERIOD_END_ANYWHERE = withoutLeadingBoundary(PERIOD_END);
/**
 * "the past year", "the last decade": TimeBank and MEANTIME mostly write them as the previous
 * calendar year or decade (`2017`, `200`), like "last year", not as a duration.
 */
const PAST_UNIT = /\bthe\s+(?:past|last)\s+(year|decade)\b(?!-|\s+(?:of|or|and|ago|before|after)\b)/gi;
/**
 * "the year", "the full year", "the fiscal year", "earlier in the year": in news, the current year
 * (TimeBank marks every one: "For the year, volume was flat" → `1989`; "a high for the year of
 * $42.875" too, where "of" brings an amount, not the year's name). "Throughout the year" is the
 * whole twelve months (P1Y). "the year ended Sept. 30" is a twelve-month duration (the durations
 * rule); "the year 2018" is the years rule's, longer, so it wins.
 */
const THE_YEAR = /\b(?:(?:earlier|later)\s+in\s+)?the\s+(?:full\s+|fiscal\s+)?year\b(?!-|['’]s|\s+(?:ended|ending|to|before|after|earlier|ago|of(?!\s+[$\d])|that|when|in\s+which)\b)/gu;
/** A cheap test, same flags, for the "the year" every THE_YEAR match has; no \b at every position. */
const THE_YEAR_WORDS = /the\s+(?:full\s+|fiscal\s+)?year\b/u;
/** "as last." or "than last,": "last" closing a comparison, its noun left out. */
const ELLIPTICAL_LAST = /\b(?:as|than)\s+last(?=\s*[.,;:)!?]|$)/gu;
const YEAR_AGO_ADJ = /\b(year|month|week)-(earlier|ago)\b/gi;
/** "the year-earlier nine months": the months of the year before, one period (TimeBank: DURATION P9M). */
const YEAR_AGO_MONTHS = new RegExp(String.raw`^\s+(?:first\s+)?(${NUMBER_RE})\s+months\b`, 'iu');
const REL_WEEKDAY = new RegExp(String.raw`\b(last|this|next|this\s+past|this\s+coming|the\s+coming|coming|the\s+previous|previous|the\s+following|early|late)\s+(${WEEKDAY_RE})\b`, 'gi');
/** A cheap test, same flags, for the " Monday" (…) every REL_WEEKDAY match has: texts without skip its scan. */
const WEEKDAY_WORD = new RegExp(String.raw`\s${WEEKDAY_RE}\b`, 'i');
/** A cheap test, same flags, for the " morning" (…) every THIS_PART match has: most texts skip its scan. */
const PART_WORD = /\s(?:morning|afternoon|evening|night)\b/i;
const THIS_PART = /\b(this|yesterday|tomorrow|last|early\s+this|late\s+this)\s+(morning|afternoon|evening|night)\b/gi;

const NO_REF = 'XXXX-XX-XX';
/** An unknown date at a unit's precision (decades and centuries count in years). */
const OPEN_AT: Record<string, string> = { Y: 'XXXX', Q: 'XXXX-QX', M: 'XXXX-XX', W: 'XXXX-WXX', D: NO_REF };

/** A date `n` units before (negative) or after the reference, written at that unit's granularity. */
export function shifted(ref: Reference, unit: string, n: number): string {
  const d = refDate(ref);
  switch (unit) {
    case 'Y': return fmtYear(ref.year + n);
    case 'Q': {
      const m = addMonths(ref.year, ref.month, n * 3);
      return `${fmtYear(m.year)}-Q${quarterOf(m.month)}`;
    }
    case 'M': {
      const m = addMonths(ref.year, ref.month, n);
      return fmtMonth(m.year, m.month);
    }
    case 'W': return fmtWeek(addDays(d, n * 7));
    case 'D': return fmtDate(addDays(d, n));
    default: return fmtDate(d);
  }
}

export const relativeRule: Rule = {
  name: 'relative',
  find({ text, ref }) {
    const out: Candidate[] = [];
    const push = (s: number, e: number, value: string, type: 'DATE' | 'TIME' = 'DATE') =>
      out.push(cand('relative', s, e, type, value, { inferred: !!ref, priority: 3 }));

    for (const m of text.matchAll(DAYWORD)) {
      const s = m.index;
      const e = s + m[0].length;
      // "USA Today", "VOA Today": a capitalized day word after a capitalized name is a title.
      if (/^T/.test(m[0]) && /[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, s - 12), s)) && !/[.!?"'“]\s*$/.test(text.slice(Math.max(0, s - 3), s))) continue;
      // "the people of tomorrow", "the world of today": a noun for an era, not a date.
      if (/\b(?:people|world|leaders|generation|children|city|cities|jobs|technology|industry|economy)\s+of\s+$/iu.test(text.slice(Math.max(0, s - 24), s))) continue;
      const w = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      if (!ref) {
        if (w === 'tonight') push(s, e, `${NO_REF}TNI`, 'TIME');
        else push(s, e, NO_REF);
        continue;
      }
      const d = refDate(ref);
      if (w === 'today') push(s, e, fmtDate(d));
      else if (w === 'yesterday') push(s, e, fmtDate(addDays(d, -1)));
      else if (w === 'tomorrow') push(s, e, fmtDate(addDays(d, 1)));
      else if (w === 'tonight') push(s, e, `${fmtDate(d)}TNI`, 'TIME');
      else if (w.includes('before')) push(s, e, fmtDate(addDays(d, -2)));
      else push(s, e, fmtDate(addDays(d, 2)));
    }
    // "today's", "yesterday's": the word alone is the date.
    for (const m of DAYWORD_POSS_ANYWHERE.test(text) ? text.matchAll(DAYWORD_POSS) : []) {
      const s = m.index;
      const w = (m[1] ?? '').toLowerCase();
      const e = s + w.length;
      // "today's world", "today's youth": nowadays, not the day.
      if (w === 'today' && GENERIC_AFTER_TODAY.test(text.slice(s + m[0].length, s + m[0].length + 30))) continue;
      if (!ref) { push(s, e, NO_REF); continue; }
      const n = w === 'today' ? 0 : w === 'yesterday' ? -1 : 1;
      push(s, e, fmtDate(addDays(refDate(ref), n)));
    }
    for (const m of text.matchAll(UNIT_REL)) {
      const s = m.index;
      const e = s + m[0].length;
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const unit = (m[2] ?? '').toLowerCase() === 'year' ? 'Y' : 'M';
      if (mod === 'the same') continue;
      // "the following year after the war" counts from the war; "next year after the vote" is still next year.
      if (mod.startsWith('the') && /^\s+(?:before|after)\b/iu.test(text.slice(e, e + 8))) continue;
      if (!ref) { push(s, e, unit === 'Y' ? 'XXXX' : 'XXXX-XX'); continue; }
      let n = 0;
      if (/last|previous|prior/u.test(mod)) n = -1;
      else if (/next|coming|following/u.test(mod)) n = 1;
      out.push(cand('relative', s, e, 'DATE', shifted(ref, unit, n), {
        inferred: true, priority: 3, ...(/^early/u.test(mod) ? { mod: 'START' } : /^late/u.test(mod) ? { mod: 'END' } : {}),
      }));
    }
    // The counted pattern is costly to try at every word; most texts never say "ago". AGO has a
    // space before the word, and starting with it spares V8 a \b tried at every position.
    const agoWords = /\s(?:ago|earlier|hence|from\s+now)\b/i.test(text);
    for (const m of agoWords ? text.matchAll(AGO) : []) {
      const s = m.index;
      const e = s + m[0].length;
      const n = numberValue(m[2] ?? '');
      const unit = unitOf(m[3] ?? '');
      if (n === undefined || !unit) continue;
      // "three days earlier" is anchored to the story's events, not to the reference: a duration.
      // Only "a year earlier", the results-story idiom, compares with the reference.
      if (/earlier/i.test(m[5] ?? '') && unit.code !== 'Y') continue;
      // Without a reference, the value keeps the unit's precision and no digit of its own.
      if (!ref) { push(s, e, unit.time ? `${NO_REF}TXX:XX` : OPEN_AT[unit.code] ?? NO_REF, unit.time ? 'TIME' : 'DATE'); continue; }
      const dir = /later|from|hence/i.test(m[5] ?? '') ? 1 : -1;
      const whole = Math.round(n * unit.factor);
      const value = unit.time
        ? `${fmtDate(refDate(ref))}T${pad(ref.hour)}:${pad(ref.minute)}`
        : shifted(ref, unit.code, dir * whole);
      out.push(cand('relative', s, e, unit.time ? 'TIME' : 'DATE', value, {
        // "a week or so ago", "a month or two ago": about that long.
        inferred: true, priority: 3, ...(m[1] ? { mod: /more|over|at least/i.test(m[1]) ? 'MORE_THAN' : /less/i.test(m[1]) ? 'LESS_THAN' : 'APPROX' } : m[4] ? { mod: 'APPROX' } : {}),
      }));
    }
    for (const m of AGO_WORD.test(text) ? text.matchAll(VAGUE_AGO) : []) {
      out.push(cand('relative', m.index, m.index + m[0].length, 'DATE', 'PAST_REF', { priority: 3 }));
    }
    for (const m of PERIOD_END_ANYWHERE.test(text) ? text.matchAll(PERIOD_END) : []) {
      const s = m.index;
      const e = s + m[0].length;
      const unit = (m[1] ?? 'year').toLowerCase();
      // "since year-end", "since the end of the month": the last one passed, a day (TimeBank: 1988-12-31 in 1989).
      if (ref && unit !== 'week' && /\bsince\s+$/iu.test(text.slice(Math.max(0, s - 8), s))) {
        const last = unit === 'month' ? addDays({ year: ref.year, month: ref.month, day: 1 }, -1) : { year: ref.year - 1, month: 12, day: 31 };
        push(s, e, fmtDate(last));
        continue;
      }
      const value = unit === 'month' ? (ref ? shifted(ref, 'M', 0) : 'XXXX-XX')
        : unit === 'week' ? (ref ? shifted(ref, 'W', 0) : 'XXXX-WXX')
          : ref ? fmtYear(ref.year) : 'XXXX';
      out.push(cand('relative', s, e, 'DATE', value, { inferred: !!ref, priority: 3, mod: 'END' }));
    }
    for (const m of text.matchAll(PAST_UNIT)) {
      const s = m.index;
      const e = s + m[0].length;
      const decade = (m[1] ?? '').toLowerCase() === 'decade';
      if (!ref) push(s, e, decade ? 'XXX' : 'XXXX');
      else push(s, e, decade ? String(Math.floor(ref.year / 10) - 1) : fmtYear(ref.year - 1));
    }
    // "twice as high a dividend this year as last", "more this year than last": the elided year.
    for (const m of text.includes(' last') ? text.matchAll(ELLIPTICAL_LAST) : []) {
      const s = m.index + m[0].length - 4;
      const before = text.slice(Math.max(0, m.index - 100), m.index);
      if (!/\bthis\s+year\b[^.;!?]*$/iu.test(before)) continue;
      push(s, s + 4, ref ? fmtYear(ref.year - 1) : 'XXXX');
    }
    for (const m of THE_YEAR_WORDS.test(text) ? text.matchAll(THE_YEAR) : []) {
      // "profitability should rise throughout the fiscal year": the whole twelve months, a stretch.
      if (/\bthroughout\s+$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) {
        out.push(cand('relative', m.index, m.index + m[0].length, 'DURATION', 'P1Y', { priority: 3 }));
        continue;
      }
      push(m.index, m.index + m[0].length, ref ? fmtYear(ref.year) : 'XXXX');
    }
    for (const m of text.matchAll(YEAR_AGO_ADJ)) {
      const s = m.index;
      const e = s + m[0].length;
      const months = /^the\s+$/iu.test(text.slice(Math.max(0, s - 4), s)) && (m[1] ?? '').toLowerCase() === 'year'
        ? YEAR_AGO_MONTHS.exec(text.slice(e, e + 40)) : null;
      const n = months ? numberValue(months[1] ?? '') : undefined;
      if (months && n !== undefined && Number.isInteger(n)) {
        out.push(cand('relative', s - 4, e + months[0].length, 'DURATION', `P${n}M`, { priority: 3 }));
      }
      if (!ref) { push(s, e, 'XXXX'); continue; }
      const unit = (m[1] ?? '').toLowerCase();
      push(s, e, shifted(ref, unit === 'year' ? 'Y' : unit === 'month' ? 'M' : 'W', -1));
    }
    for (const m of WEEKDAY_WORD.test(text) ? text.matchAll(REL_WEEKDAY) : []) {
      const s = m.index;
      const e = s + m[0].length;
      const wd = WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 1;
      if (!ref) { push(s, e, `XXXX-WXX-${wd}`); continue; }
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const d = refDate(ref);
      const back = (ref.weekday - wd + 7) % 7 || 7;
      const ahead = (wd - ref.weekday + 7) % 7 || 7;
      let date;
      if (mod === 'last' || mod === 'this past' || mod === 'the previous' || mod === 'previous') date = addDays(d, -back);
      else if (mod === 'next' || mod.endsWith('coming') || mod === 'the following') date = addDays(d, ahead);
      else if (mod === 'this') date = wd === ref.weekday ? d : addDays(d, wd > ref.weekday ? ahead : -back);
      else continue; // "early Monday": the modifier refiner extends the plain weekday
      push(s, e, fmtDate(date));
    }
    for (const m of PART_WORD.test(text) ? text.matchAll(THIS_PART) : []) {
      const s = m.index;
      const e = s + m[0].length;
      const part = PARTS_OF_DAY[(m[2] ?? '').toLowerCase()] ?? 'MO';
      if (!ref) { push(s, e, `XXXX-XX-XXT${part}`, 'TIME'); continue; }
      const w = (m[1] ?? '').toLowerCase();
      const d = refDate(ref);
      const n = w === 'yesterday' || w === 'last' ? -1 : w === 'tomorrow' ? 1 : 0;
      push(s, e, `${fmtDate(addDays(d, n))}T${part}`, 'TIME');
    }
    return out;
  },
};
