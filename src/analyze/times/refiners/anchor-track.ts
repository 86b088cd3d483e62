/**
 * The story's own clock: the latest explicit times read so far, at day, month and year precision,
 * for the times that count from them ("the next day", "two days later", "that year"). A coarser
 * time replaces the finer anchors it does not contain ("June 12 ... In 1995 ... that day" has no day).
 */
import type { CivilDate } from '../calendar.js';
import type { Candidate } from '../candidate.js';

const DAY = /^(\d{4})-(\d\d)-(\d\d)/u;
const MONTH = /^(\d{4})-(\d\d)(?!\d)/u;
const YEAR = /^(\d{4})(?!\d)/u;

export interface Anchor<T> {
  at: T;
  /** Where the anchoring expression starts in the text. */
  start: number;
}

export class AnchorTrack {
  day: Anchor<CivilDate> | undefined;
  month: Anchor<{ year: number; month: number }> | undefined;
  year: Anchor<number> | undefined;

  /** Take `c` as the latest time named, when it names a calendar date. */
  note(c: Candidate): void {
    if (c.type !== 'DATE' && c.type !== 'TIME') return;
    const d = DAY.exec(c.value);
    const m = d ?? MONTH.exec(c.value);
    const y = YEAR.exec(c.value);
    if (d) this.day = { at: { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, start: c.start };
    else if (m || y) this.day = undefined;
    if (m) this.month = { at: { year: Number(m[1]), month: Number(m[2]) }, start: c.start };
    else if (y) this.month = undefined;
    if (y) this.year = { at: Number(y[1]), start: c.start };
  }

  /**
   * The story's clock moved by an amount with no calendar value ("eight trading days after Oct.
   * 12", "weeks after the vote"): the anchors at or below that unit no longer hold.
   */
  forget(unit: string): void {
    this.day = undefined;
    if (unit === 'M' || unit === 'Y') this.month = undefined;
    if (unit === 'Y') this.year = undefined;
  }
}
