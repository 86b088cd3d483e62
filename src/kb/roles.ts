/** Roles at a date: which office a person held on a day, and who held an office on a day. */
import { endOf, within } from './dates.js';
import type { OfficeKind, PersonEntry, Term } from './types.js';

/**
 * Seniority when a person holds several offices at once (a president who is also party chief): a
 * state office before a military or intelligence command, and any of them before leading the
 * opposition or a party (the finance minister who chairs the FDP acts for the government).
 */
const RANK: Record<OfficeKind, number> = { HOS: 0, HOG: 1, IGO: 2, FM: 3, DM: 4, LEG: 5, OTHER: 6, MIL: 7, SPY: 8, OPP: 9, PTY: 10 };

/** The CAMEO sector of an office outside government; every other national office is GOV. */
const SECTOR: Partial<Record<OfficeKind, string>> = { MIL: 'MIL', SPY: 'SPY', OPP: 'OPP', PTY: 'PTY' };

function rank(t: Term): number {
  return Math.min(...t.kinds.map((k) => RANK[k]));
}

export function termsAt(p: PersonEntry, date: string): Term[] {
  return p.terms.filter((t) => within(date, t.start, t.end));
}

/**
 * The most senior office the person held on `date`. Between equally senior offices (the French
 * president is also Co-Prince of Andorra; the British monarch reigns over fourteen other realms)
 * the country the context prefers wins (the first of `prefer` among them), then the country of
 * most of the person's terms, then the office held first (the realm before the realms that came to
 * share the monarch), then, given `size`, the larger country (the United Kingdom among the realms
 * that shared Elizabeth II from her accession).
 */
export function roleAt(p: PersonEntry, date: string | undefined, prefer: readonly string[] = [], size?: (iso3: string) => number): Term | undefined {
  if (!date) return undefined;
  const active = termsAt(p, date);
  const home = new Map<string, number>();
  for (const t of p.terms) home.set(t.country, (home.get(t.country) ?? 0) + 1);
  // `prefer` is ordered, likeliest first (the country the article names most).
  const pref = (t: Term): number => { const i = prefer.indexOf(t.country); return i < 0 ? prefer.length : i; };
  active.sort((a, b) => rank(a) - rank(b) || pref(a) - pref(b)
    || (home.get(b.country) ?? 0) - (home.get(a.country) ?? 0) || (a.start ?? '').localeCompare(b.start ?? '')
    // Realms that came to share one monarch the same day: the larger one the reader assumes.
    || (size ? size(b.country) - size(a.country) : 0));
  return active[0];
}

/** The person's terms (of these kinds, or any) over before `date`; a partial end counts to its last day. */
export function termsEndedBefore(p: PersonEntry, date: string, kinds?: readonly OfficeKind[]): Term[] {
  return p.terms.filter((t) => t.end !== undefined && !within(date, undefined, t.end)
    && (!kinds || t.kinds.some((k) => kinds.includes(k))));
}

/** The last day the person held an office of `kinds` before `date`, if they ever did. */
export function lastEnded(p: PersonEntry, date: string, kinds?: readonly OfficeKind[]): string | undefined {
  let last: string | undefined;
  for (const t of termsEndedBefore(p, date, kinds)) {
    const end = endOf(t.end ?? '');
    if (!last || end > last) last = end;
  }
  return last;
}

/** True when the person held some office before `date` and none on it (PETRARCH's "elite" code). */
export function formerlyHeldOffice(p: PersonEntry, date: string): boolean {
  return termsEndedBefore(p, date).length > 0 && termsAt(p, date).length === 0;
}

/**
 * The country of someone out of office on `date`: that of the office they held on their last day
 * in office, chosen as `roleAt` chooses (Elizabeth II's realms all ended with her: the United
 * Kingdom), else the KB's country of their latest term.
 */
export function formerCountry(p: PersonEntry, date: string, prefer: readonly string[] = [], size?: (iso3: string) => number): string | undefined {
  const last = lastEnded(p, date);
  return (last ? roleAt(p, last, prefer, size)?.country : undefined) ?? p.country;
}

/** The CAMEO-style code of a person on a date: the country's government, legislature or IGO. */
export function personCode(p: PersonEntry, date: string | undefined, prefer: readonly string[] = [], size?: (iso3: string) => number): string | undefined {
  const t = roleAt(p, date, prefer, size);
  if (t) {
    const igo = t.kinds.includes('IGO') || !/^[A-Z]{3}$/.test(t.country) || IGO_CODES.has(t.country);
    if (igo) return `IGO${t.country}`;
    // Office holders, the presiding officer of a legislature included, act for the state: GOV.
    // (The legislature as a body is LEG; see kb/orgs.tsv.) An officer, a spy chief, an opposition
    // or party leader carries that sector instead (RUSMIL for the chief of the General Staff).
    // A term that is also a state office ('HOS,MIL' for a junta's chief) stays GOV.
    const sector = t.kinds.every((k) => SECTOR[k]) ? SECTOR[t.kinds[0] ?? 'OTHER'] : undefined;
    return `${t.country}${sector ?? 'GOV'}`;
  }
  if (date && formerlyHeldOffice(p, date)) {
    const country = formerCountry(p, date, prefer, size);
    if (country) return `${country}ELI`;
  }
  // Known only for a body's office (Kofi Annan: UNO) and no date to place it: the body's code
  // (IGOUNO), never the bare body letters, which are no actor code.
  if (!date && p.country && IGO_CODES.has(p.country)) return `IGO${p.country}`;
  return p.country;
}

/** The IGO codes KB-FORMAT.md allows in the country column. */
export const IGO_CODES: ReadonlySet<string> = new Set(['UNO', 'NAT', 'EUR', 'IAE', 'WHO', 'IMF', 'WBK', 'AFU', 'ASN', 'OPC']);
