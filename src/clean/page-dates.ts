/**
 * Dates a page prints besides its publication stamp, gathered as evidence for a stamp whose day and
 * month order the figures leave open ("11/07/2024"): the date in the page's address
 * ("/2024/11/07/"), the order its other numeric dates show ("15/11/2024" can only be day first),
 * and the dates the story names with a month ("on Thursday, November 7"). date-order.ts weighs them.
 */
import type { DateOrder } from './date-order.js';
import { MONTH_ALT, monthNumber } from './timestamp.js';

export interface DayOfYear {
  /** Absent when the text printed no year ("November 7"). */
  y?: number;
  mo: number;
  d: number;
}

const URL_DATE = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$)|[/_-]((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?=[/_.-]|$)/u;

/** The date an article's address carries ("https://example.com/2024/11/07/talks", ".../20241107-talks"). */
export function urlDate(url: string | undefined): DayOfYear | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/iu, '').replace(/[?#].*$/su, '');
  const m = URL_DATE.exec(path);
  if (!m) return undefined;
  const y = Number(m[1] ?? m[4]);
  const mo = Number(m[2] ?? m[5]);
  const d = Number(m[3] ?? m[6]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, mo, d } : undefined;
}

/** Numeric dates with a slash or a dash ("15/11/2024", "11-15-2024"): dotted ones are day first everywhere. */
const NUMERIC_ALL = /\b(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d{2}\b/gu;
const MAX_SCANNED_CHARS = 20_000;

/**
 * The order the page's own numeric dates show: a date whose first figure is over 12 is day first,
 * one whose second is over 12 month first. Undefined when none shows it, or they disagree.
 */
export function pageOrder(texts: readonly string[]): DateOrder | undefined {
  let dm = false;
  let md = false;
  let seen = 0;
  for (const t of texts) {
    if (seen > MAX_SCANNED_CHARS) break;
    seen += t.length;
    // Most blocks hold no numeric date: a plain substring test spares the pattern.
    if (!t.includes('/') && !t.includes('-')) continue;
    for (const m of t.matchAll(NUMERIC_ALL)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dm = true;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) md = true;
    }
  }
  if (dm === md) return undefined;
  return dm ? 'dm' : 'md';
}

const MENTION = new RegExp(`\\b(?:(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,? ((?:19|20)\\d{2})\\b)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_ALT})\\b\\.?(?:,? ((?:19|20)\\d{2})\\b)?)`, 'giu');
const MAX_MENTIONS = 40;
/** Words before a date in its sentence that place it ahead ("the vote on November 7", "will meet on …"). */
const AHEAD = /\b(?:will|would|shall|ahead of|scheduled|due|planned|plans?|next|until|upcoming|set for|expected|before|deadline|from)\b/iu;
/** How far back in its sentence the words that place a date ahead are looked for. */
const AHEAD_WINDOW = 80;

/** The words of the date's sentence before it, at most AHEAD_WINDOW characters. */
function before(text: string, at: number): string {
  const from = Math.max(0, at - AHEAD_WINDOW);
  const chunk = text.slice(from, at);
  const stop = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'));
  return stop === -1 ? chunk : chunk.slice(stop + 1);
}

/**
 * Dates the story names with a month ("November 7", "7 Nov 2024") for what it reports; the month
 * must be capitalized ("may 5" is no date), and a date the sentence places ahead ("ahead of the vote
 * on November 7") is left out: it says nothing of the day the story was filed.
 */
export function mentionedDates(text: string): DayOfYear[] {
  const out: DayOfYear[] = [];
  const head = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  for (const m of head.matchAll(MENTION)) {
    const month = m[1] ?? m[5]!;
    if (!/^\p{Lu}/u.test(month)) continue;
    const mo = monthNumber(month);
    const d = Number(m[2] ?? m[4]);
    if (!mo || d < 1 || d > 31 || AHEAD.test(before(head, m.index))) continue;
    const y = m[3] ?? m[6];
    out.push(y ? { y: Number(y), mo, d } : { mo, d });
    if (out.length >= MAX_MENTIONS) break;
  }
  return out;
}
