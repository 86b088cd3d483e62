/**
 * Where the text credits a news agency: in the dateline ("NEW DELHI (PTI) -"), in parentheses before a
 * dash or in slashes ("(Yonhap) -", "/TASS/"), or beside agency words ("news agency PTI", "Xinhua reported",
 * "told AFP"). Letters two bodies share ("PTI": the Press Trust of India and a Pakistani party)
 * are then the agency's.
 */
import type { LinkState } from './state.js';

/** Words around a name that make it a news agency's: "news agency X", "X reported", "told X". */
const AGENCY_BEFORE = /\b(?:agency|agencies|according to|told|quoted by|cited by|reported by|wire service|news service)\s+(?:the\s+)?$/iu;
const AGENCY_AFTER = /^(?:['’]s)?\s+(?:news agency|agency|reported|reports|quoted|cited|news)\b/iu;

/** The name is credited as a source: in the dateline, in "(…)" or "/…/", or beside agency words. */
export function creditedAsAgency(st: LinkState, start: number, end: number): boolean {
  if (st.dateline && start >= st.dateline.start && end <= st.dateline.end) return true;
  const before = st.text.slice(Math.max(0, start - 30), start);
  const after = st.text.slice(end, end + 30);
  // "(PTI) -" opens a story; "Pakistan Tehreek-e-Insaf (PTI)" only spells a name out.
  if ((/\($/u.test(before) && /^\)\s*[-\u2013\u2014:]/u.test(after)) || (/\/$/u.test(before) && /^\//u.test(after))) return true;
  return AGENCY_BEFORE.test(before) || AGENCY_AFTER.test(after);
}

