/**
 * Anchor the times that count from the story's own events on the latest time the story dated
 * before them, not on the publication date: what the anaphora rule found ("that year", "the
 * following week", "the next day"), what the event-days rule found ("the day after his death"),
 * and counted shifts ("two days later", "a week earlier"). A year needs a year, a month a month,
 * a day or week a day. Without an anchor, "the following year" stays relative to the reference,
 * "two days later" stays a duration, and "that day" or "the day after his death" is dropped (it
 * points at an undated event). Runs after overlaps, on the survivors in text order.
 */
import { addDays, addMonths, fmtDate, fmtMonth, fmtWeek, fmtYear, weekdayOf } from '../calendar.js';
import type { Candidate, Refiner, RuleInput } from '../candidate.js';
import { anaphorShift, ANAPHORA_RULE } from '../rules/anaphora.js';
import { eventDayShift, EVENT_DAYS_RULE } from '../rules/event-days.js';
import { WEEKDAYS } from '../lexicon.js';
import { AnchorTrack } from './anchor-track.js';
import { storyShift } from './story-shifts.js';

const PART_OF_DAY = /(?:morning|afternoon|evening|night)$/u;
/** Between "the day after" and a time it names: nothing, or a determiner ("the 2019 election"). */
const NAMED_NEXT = /^\s+(?:(?:the|a|an|his|her|its|their|this|last|next)\s+)?$/iu;
/** A date right before the phrase, as its apposition: "Oct. 12, the day before the crash". */
const APPOSITION = /^,\s*$/u;

type Unit = 'D' | 'W' | 'M' | 'Y' | 'T';

/**
 * How many sentences back an event-counted time may look for its anchor: "two days later" and
 * "the day after his death" follow the dated event closely; farther back, the date may be another
 * event's.
 */
const SENTENCES_BACK = 3;

/** The value `n` units from the anchors, at the unit's precision; undefined without a fitting anchor. */
function shiftFrom(track: AnchorTrack, unit: Unit, n: number, minStart: number): string | undefined {
  const near = <T extends { start: number }>(a: T | undefined): T | undefined => (a && a.start >= minStart ? a : undefined);
  const day = near(track.day);
  if (unit === 'D' || unit === 'T') return day ? fmtDate(addDays(day.at, n)) : undefined;
  if (unit === 'W') return day ? fmtDate(addDays(day.at, 7 * n)) : undefined;
  if (unit === 'M') {
    const month = near(track.month);
    if (!month) return undefined;
    const m = addMonths(month.at.year, month.at.month, n);
    return fmtMonth(m.year, m.month);
  }
  const year = near(track.year);
  return year ? fmtYear(year.at + n) : undefined;
}

/** The start of the sentence `SENTENCES_BACK - 1` sentences before the one holding `pos`. */
function windowStart(input: RuleInput, pos: number, back = SENTENCES_BACK): number {
  return input.sentences[Math.max(0, sentenceIndex(input, pos) - (back - 1))]?.[0] ?? 0;
}

/**
 * "the previous Friday" names its anchor's weekday outright, so it may reach farther back for the
 * day the story is telling ("closed sharply lower Friday" four sentences before).
 */
const WEEKDAY_SENTENCES_BACK = 6;

/** The index of the sentence holding `pos` (the last one starting at or before it). */
function sentenceIndex(input: RuleInput, pos: number): number {
  const { sentences } = input;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.[0] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of the sentence holding `pos`. */
function sentenceEnd(input: RuleInput, pos: number): number {
  return input.sentences[sentenceIndex(input, pos)]?.[1] ?? input.text.length;
}

/** "the previous Friday", "the following Monday": a weekday counted from the story's day. */
const WEEKDAY_FROM_STORY = /^the\s+(previous|preceding|prior|following|next)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/**
 * "closed at 2082.1 Friday, down 4.5% from the previous Friday": the weekday before (or after) the
 * day the story last named, within a few sentences; undefined without such a day.
 */
function weekdayFromStory(phrase: string, track: AnchorTrack, minStart: number): string | undefined {
  const m = WEEKDAY_FROM_STORY.exec(phrase);
  const day = track.day;
  if (!m || !day || day.start < minStart) return undefined;
  const want = WEEKDAYS[m[2] ?? ''] ?? 0;
  const step = /previous|preceding|prior/u.test(m[1] ?? '') ? -1 : 1;
  let d = addDays(day.at, step);
  while (weekdayOf(d) !== want) d = addDays(d, step);
  return fmtDate(d);
}

/** Whether `c` is re-dated (true), kept as it is (false), or dropped (null). */
function anchorOne(c: Candidate, input: RuleInput, track: AnchorTrack, previous: Candidate | undefined, next: Candidate | undefined): boolean | null {
  const { text } = input;
  const phrase = text.slice(c.start, c.end).toLowerCase();
  if (c.rule === ANAPHORA_RULE) {
    const n = anaphorShift(phrase);
    const unit: Unit = /year$/u.test(phrase) ? 'Y' : /month$/u.test(phrase) ? 'M' : /week$/u.test(phrase) ? 'W' : 'D';
    // "that night" is (on) the day last named, "the next morning" the day after it.
    const value = shiftFrom(track, unit, n, 0);
    if (value) {
      c.value = unit === 'W' ? fmtWeek(dayOf(value)) : value;
      return true;
    }
    // "that day" (or "the next morning") with no dated day before it points at an undated event: no value to give.
    return PART_OF_DAY.test(phrase) || !/^the\s+(?:following|previous|prior|next)\b/u.test(phrase) ? null : false;
  }
  if (c.rule === EVENT_DAYS_RULE) {
    const shift = eventDayShift(phrase);
    if (!shift) return null;
    const unitEnd = c.start + /^the\s+\w+/u.exec(phrase)![0].length;
    // "Oct. 12, the day before the crash": the phrase renames the date before it.
    if (next && NAMED_NEXT.test(text.slice(c.end, next.start))) {
      // "the week before Christmas", "the year before the 2019 election": it counts from the time
      // it names, or, undated, has no value.
      const named = new AnchorTrack();
      named.note({ ...next, start: 0 });
      const value = shiftFrom(named, shift.unit, shift.n, 0);
      if (!value) return null;
      c.value = shift.unit === 'W' ? fmtWeek(dayOf(value)) : value;
    } else if (previous && previous.type === 'DATE' && /^\d{4}-\d\d-\d\d$/u.test(previous.value) && shift.unit === 'D'
      && APPOSITION.test(text.slice(previous.end, c.start))) {
      c.value = previous.value;
    } else {
      const value = shiftFrom(track, shift.unit, shift.n, windowStart(input, c.start));
      if (!value) return null;
      c.value = shift.unit === 'W' ? fmtWeek(dayOf(value)) : value;
    }
    // TimeML marks "the day" and leaves "after" a signal.
    c.end = unitEnd;
    return true;
  }
  const weekday = weekdayFromStory(phrase, track, windowStart(input, c.start, WEEKDAY_SENTENCES_BACK));
  if (weekday) {
    c.value = weekday;
    c.inferred = true;
    return true;
  }
  const shift = storyShift(c, text);
  if (!shift) return false;
  const value = shiftFrom(track, shift.unit, shift.n, windowStart(input, c.start));
  if (!value) return false;
  c.value = value;
  c.type = 'DATE';
  c.end = shift.end;
  // The count came from the words; the calendar from the story ("about a week later" keeps its "about").
  c.inferred = true;
  return true;
}

/** "Eight trading days after Oct. 12": a duration counted from the date right after it. */
const COUNTED_FROM = /^\s+(?:after|before)\s+$/u;

/**
 * The unit of a duration that moves the story's clock away from the date it counts from, or
 * undefined. "A week after a disputed election" counts from an event, and the story's clock stays.
 */
function movedBy(c: Candidate, next: Candidate | undefined, text: string): string | undefined {
  if (c.type !== 'DURATION' || !next || next.start - c.end > 12 || !COUNTED_FROM.test(text.slice(c.end, next.start))) return undefined;
  const unit = /([DWMY])$/u.exec(c.value)?.[1];
  return unit ?? (c.value.startsWith('PT') ? undefined : 'D');
}

function dayOf(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export const anaphoraRefiner: Refiner = {
  name: 'anaphora',
  refine(cands, input) {
    const ordered = [...cands].sort((a, b) => a.start - b.start);
    const track = new AnchorTrack();
    const out: Candidate[] = [];
    let previous: Candidate | undefined;
    // A clock moved by a duration ("eight trading days after Oct. 12, ...") is forgotten at the end
    // of its sentence: the dates inside it name the starting point, not where the story stands.
    let moved: { unit: string; at: number } | undefined;
    for (const [i, c] of ordered.entries()) {
      if (moved && c.start >= moved.at) {
        track.forget(moved.unit);
        moved = undefined;
      }
      const kept = anchorOne(c, input, track, previous, ordered[i + 1]);
      if (kept === null) continue;
      const unit = kept ? undefined : movedBy(c, ordered[i + 1], input.text);
      if (unit) moved = { unit, at: sentenceEnd(input, c.start) };
      out.push(c);
      previous = c;
      // The dateline's date is the publication's, not an event the story tells.
      if (input.datelineSpan && c.start >= input.datelineSpan[0] && c.end <= input.datelineSpan[1]) continue;
      track.note(c);
    }
    return out;
  },
};
