/**
 * "The quarter" and "the latest period" in a results story are the quarter the story reports, and
 * its lead names it: "Sun earned $2 million in the fiscal first quarter ... shipped 28,000 systems in
 * the quarter" is 1989-Q1 even in an October story, where the last completed calendar quarter
 * would be the third. Without an ordinal quarter before it, the quarters rule's reading stands.
 */
import { quarterOf } from '../calendar.js';
import type { Candidate, Refiner } from '../candidate.js';

/** Ordinal quarters ("the third quarter", "fourth-quarter", "fiscal first quarter"), not a year-ago one. */
const ORDINAL = /^(?:the\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?quarter$/iu;
/** The quarter reported, named again without its ordinal. */
const ANAPHOR = /^the\s+(?:latest\s+|most\s+recent\s+|just[\s-]ended\s+)?(?:quarter|period)$/iu;
/** The same quarter a year before: "the year-earlier quarter", "the comparable year-ago quarter", "the quarter a year ago". */
const YEAR_BEFORE = /^the\s+(?:(?:(?:(?:comparable|corresponding|same)\s+)?(?:year-earlier|year-ago|year-before)|comparable|corresponding|same)\s+(?:quarter|period)|(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year))$/iu;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/u;

/** "the quarter ended July 31": the quarter, then the day it ended. */
const ENDED_ON = /^\s+(?:ended|ending)\s+(?:on\s+)?$/u;
const DAY_VALUE = /^(\d{4})-(\d\d)-\d\d$/u;

/**
 * "In the quarter ended July 31": the three months ending then (May to July), written as the
 * calendar quarter that holds most of them, the one of their middle month (`Q2`); a quarter ended
 * Sept. 30 is the third, one ended Jan. 31 the last of the year before.
 */
function quarterByEnd(sorted: Candidate[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const c = sorted[i];
    const d = sorted[i + 1];
    if (!c || !d || c.rule !== 'quarters' || !ANAPHOR.test(text.slice(c.start, c.end))) continue;
    const day = DAY_VALUE.exec(d.value);
    if (!day || !ENDED_ON.test(text.slice(c.end, d.start))) continue;
    let year = Number(day[1]);
    let middle = Number(day[2]) - 1;
    if (middle === 0) {
      middle = 12;
      year -= 1;
    }
    c.value = `${String(year).padStart(4, '0')}-Q${quarterOf(middle)}`;
    if (!d.inferred) delete c.inferred;
  }
}

export const reportedQuarterRefiner: Refiner = {
  name: 'reported-quarter',
  refine(cands, { text, ref }) {
    let lead: Candidate | undefined;
    quarterByEnd([...cands].sort((a, b) => a.start - b.start), text);
    for (const c of [...cands].sort((a, b) => a.start - b.start)) {
      if (c.rule !== 'quarters') continue;
      const phrase = text.slice(c.start, c.end);
      if (!lead) {
        if (ORDINAL.test(phrase) && QUARTER_VALUE.test(c.value)) lead = c;
        continue;
      }
      const m = QUARTER_VALUE.exec(lead.value);
      if (!m || !c.inferred || !ref) continue;
      // A reported quarter has begun by the story's day: a lead read as a later one ("fourth quarter"
      // in a March story) is last year's.
      const current = `${String(ref.year).padStart(4, '0')}-Q${quarterOf(ref.month)}`;
      const year = Number(m[1]) - (lead.value > current ? 1 : 0);
      // "this quarter's loss" is the quarter reported, unless the rule read it as the one under way.
      const reported = ANAPHOR.test(phrase) || (/^this\s+quarter$/iu.test(phrase) && c.value !== current);
      if (reported) c.value = `${String(year).padStart(4, '0')}-Q${m[2]}`;
      else if (YEAR_BEFORE.test(phrase)) c.value = `${String(year - 1).padStart(4, '0')}-Q${m[2]}`;
    }
    return cands;
  },
};
