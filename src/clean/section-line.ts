/**
 * The line under a wire story's headline that names the section and stamps the time: "Russian
 * Politics & Diplomacy June 14, 2018, 16:10", "World 16:10, January 15, 2024 UPDATED: …",
 * "Friday, January 4, 2019", or fields such as "Source: Xinhua | 2018-06-14 16:10:00 | Editor: …".
 * It is metadata: the layout keeps it out of the text.
 */
import { endsSentence, wordCount } from './normalize.js';
import { findStamp, parseStamp, type Stamp } from './timestamp.js';

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?/giu;
const STAMP_LABEL = /\b(?:published|updated|last updated|posted|date|modified)\b:?/giu;
const EDGE_SEPARATORS = /^[\s|·•,/–—-]+|[\s|·•,/–—-]+$/gu;

export interface SectionLine {
  section?: string;
  stamp: Stamp;
  /** An agency the line credits ("Source: Xinhua"). */
  agency?: string;
}

/** "Russian Politics & Diplomacy June 14, 2018, 16:10" -> section and timestamp; undefined if not such a line. */
export function parseSectionLine(text: string): SectionLine | undefined {
  if (text.length > 200 || /[.!?]$/u.test(text)) return undefined;
  if (text.includes('|')) return parseFieldLine(text);
  if (text.length > 150) return undefined;
  const found = findStamp(text);
  if (!found) return undefined;
  // After the time, only separators, or a second, "updated" stamp (the first one is the publication).
  const after = text.slice(found.end).replace(UPDATED_LABEL, '');
  if (!/^[\s,|·•–—-]*$/u.test(after)) {
    const again = findStamp(after);
    if (!again || !/^[\s,|·•–—-]*$/u.test(after.slice(0, again.start)) || !/^[\s,|·•–—-]*$/u.test(after.slice(again.end))) return undefined;
  }
  let before = text.slice(0, found.start);
  // A time printed before the date ("16:10, June 14, 2018").
  const stamp = { ...found.stamp };
  const t = TIME_BEFORE.exec(before);
  if (t && !stamp.time) {
    const h = Number(t[1]) % 12 + (t[3] && /p/iu.test(t[3]) ? 12 : 0);
    stamp.time = { h: t[3] ? h : Number(t[1]), mi: Number(t[2]), s: 0 };
    before = before.slice(0, t.index);
  }
  before = before.replace(WEEKDAY, ' ').replace(STAMP_LABEL, ' ').replace(EDGE_SEPARATORS, '').replace(/\s+/gu, ' ');
  if (wordCount(before) > 8) return undefined;
  return before ? { section: before, stamp } : { stamp };
}

const UPDATED_LABEL = /(?:last )?(?:updated|modified|edited)\b:?/giu;
const TIME_BEFORE = /(?:^|[\s,|])(\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?[\s,|·•–—-]*$/iu;

const FIELD = /^(source|editor|editors|author|by|photo|updated|published|posted|date) ?: ?(.*)$/iu;

/** A metadata line of "|"-separated fields: "Source: Xinhua | 2018-06-14 16:10:00 | Editor: Li Jia". */
function parseFieldLine(text: string): SectionLine | undefined {
  const out: Partial<SectionLine> = {};
  for (const raw of text.split('|')) {
    const f = raw.trim();
    if (!f) continue;
    const kv = FIELD.exec(f);
    const value = kv ? kv[2]!.trim() : f;
    const name = kv?.[1]!.toLowerCase();
    const stamp = !out.stamp && (!name || name === 'updated' || name === 'published' || name === 'posted' || name === 'date') ? parseStamp(value) : undefined;
    if (stamp) out.stamp = stamp;
    else if (name === 'source') out.agency = value;
    else if (name) continue;
    else if (!out.section && isLabel(f)) out.section = f;
    else return undefined;
  }
  return out.stamp ? (out as SectionLine) : undefined;
}

/** A short label line ("World", "Russian Politics & Diplomacy"). */
export function isLabel(text: string): boolean {
  return text.length <= 60 && wordCount(text) <= 6 && !endsSentence(text) && !/,$/u.test(text);
}
