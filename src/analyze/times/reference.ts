/**
 * The reference time every relative expression is resolved against: the article's publication time
 * as a local wall-clock date in its own zone. Built from the ISO string passed in, never the clock.
 */
import type { CivilDate } from './calendar.js';
import { weekdayOf } from './calendar.js';

export interface Reference extends CivilDate {
  hour: number;
  minute: number;
  /** ISO weekday of the reference date, 1 = Monday. */
  weekday: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * The local date and time of `iso`. With an IANA `zone`, the instant is shown in that zone; without
 * one, the wall time as written (its own offset) is the local time. Undefined when `iso` is absent
 * or unreadable: the rules then leave relative values unresolved (`XXXX-06-12`).
 */
export function referenceOf(iso: string | undefined, zone?: string): Reference | undefined {
  if (!iso) return undefined;
  // A pure function of its two strings, and a zone's formatter is slow: articles of one day share it.
  const key = `${iso}\u0000${zone ?? ''}`;
  let ref = references.get(key);
  if (ref === undefined) {
    ref = computeReference(iso, zone) ?? null;
    if (references.size >= MAX_REFERENCES) references.clear();
    references.set(key, ref);
  }
  // A copy: a caller may adjust its reference.
  return ref ? { ...ref } : undefined;
}

const references = new Map<string, Reference | null>();
const MAX_REFERENCES = 10_000;

function computeReference(iso: string, zone: string | undefined): Reference | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  let year = Number(m[1]);
  let month = Number(m[2]);
  let day = Number(m[3]);
  let hour = m[4] ? Number(m[4]) : 0;
  let minute = m[5] ? Number(m[5]) : 0;
  if (zone && m[6]) {
    const instant = new Date(iso);
    if (!Number.isNaN(instant.getTime())) {
      const local = inZone(instant, zone);
      if (local) ({ year, month, day, hour, minute } = local);
    }
  }
  const date = { year, month, day };
  return { ...date, hour, minute, weekday: weekdayOf(date) };
}

/** One formatter per zone name. Zone names come from the input, so the memo is capped. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const MAX_FORMATTERS = 1000;

function inZone(instant: Date, zone: string): { year: number; month: number; day: number; hour: number; minute: number } | undefined {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      });
    } catch {
      f = null; // an unknown zone name: keep the offset as written
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(zone, f);
  }
  if (!f) return undefined;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0 };
}
