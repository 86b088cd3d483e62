/**
 * Small corrections to what the tagger returns: "Albuquerque, New Mexico" is two places, not one;
 * a currency sign ("US$"), a lone symbol or a time zone after a clock time ("1900 GMT") is no name.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';

/** A PLACE run with commas inside ("Albuquerque, New Mexico") becomes one PLACE per part. */
export function splitPlaceLists(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let hasComma = false;
    for (let i = c.start; i < c.end; i++) if (tokens[i]?.text === ',') hasComma = true;
    if (c.type !== 'PLACE' || !hasComma) { out.push(c); continue; }
    let from = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i < c.end && tokens[i]?.text !== ',') continue;
      const first = tokens[from];
      const last = tokens[i - 1];
      if (i > from && first && last) out.push({ ...c, start: from, end: i, charStart: first.start, charEnd: last.end });
      from = i + 1;
    }
  }
  return out;
}

/** A hyphenated given name in the Korean manner: "Jong-un", "Yong-nam", "Jae-in". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * "Kim" + "Jong-un" split by the tagger is one person, "Kim Jong-un": a person name followed at once
 * by a hyphenated given name (tagged as something else, or not at all) takes it in.
 */
export function joinHyphenatedGivenNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const c of cands) byStart.set(c.start, c);
  const drop = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || drop.has(c)) continue;
    const next = tokens[c.end];
    if (!next || next.sentence !== tokens[c.start]?.sentence || !HYPHENATED_GIVEN.test(next.text)) continue;
    const other = byStart.get(c.end);
    if (other && other.end !== c.end + 1) continue;
    if (other) drop.add(other);
    c.end += 1;
    c.charEnd = next.end;
  }
  return cands.filter((c) => !drop.has(c));
}

const NOT_A_NAME = /^(?:[A-Z]{0,3}[$€£¥]|[^\p{L}\p{N}]+)$/u;

/** Time-zone abbreviations, which follow a clock time ("1900 GMT", "9 a.m. EST"). */
const ZONE = /^(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AST|ADT|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|PHT|WIB|AEST|AEDT|ACST|AWST|NZST|NZDT|PKT|GST|IRST|TRT)$/u;
/** A clock time, or its last word: "1900", "9:30", "21.00", "p.m.", "am", "hours", "local time" ends in "time". */
const CLOCK_BEFORE = /^(?:\d{1,2}[:.]\d\d|\d{4}|\d{1,2}|[ap]\.?m\.?|hours|hrs|noon|midnight)$/iu;

/** A zone abbreviation after a clock time is part of the time, not a name ("(1900 GMT)"). */
function isZoneAfterClock(c: Candidate, tokens: readonly Token[]): boolean {
  if (c.end - c.start !== 1 || !ZONE.test(tokens[c.start]?.text ?? '')) return false;
  const before = tokens[c.start - 1];
  return before !== undefined && CLOCK_BEFORE.test(before.text);
}

export function dropNonNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  return cands.filter((c) => {
    const text = tokens.slice(c.start, c.end).map((t) => t.text).join(' ');
    return !NOT_A_NAME.test(text) && !isZoneAfterClock(c, tokens);
  });
}
