/**
 * The office of someone the KB does not know, when the title says whose spokesman they are: "Iran's
 * Foreign Ministry spokesman Nasser Kanaani" is Spokesman of the Ministry of Foreign Affairs of Iran;
 * "Kremlin spokesman Dmitry Peskov", Spokesman of the Kremlin. The body is the one linked inside the
 * title or right before it; the person takes its country and, when the body is the country's own,
 * its code.
 */
import type { Cluster } from './clusters.js';
import type { LinkState } from './state.js';
import { continuesName } from './titles.js';

/** Jobs that are held at one body ("spokesman of ..."). */
const JOBS: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'Spokesman'], ['spokeswoman', 'Spokeswoman'], ['spokesperson', 'Spokesperson'],
  ['press secretary', 'Press Secretary'],
]);
const JOB = /\b(spokesman|spokeswoman|spokesperson|press secretary)\s*$/iu;

/** "the Ministry of Foreign Affairs of Iran", "the Kremlin", but "NATO". */
function withThe(name: string): string {
  return /^(?:the\s|\p{Lu}{2,}\b)/u.test(name) ? name : `the ${name}`;
}

function bodyOver(st: LinkState, start: number, end: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestEnd = -1;
  for (const c of st.clusters) {
    if (c.type !== 'ORG' || !c.country) continue;
    for (const m of c.mentions) {
      // Not part of a longer name the KB does not know ("Security Council" of "National Security Council").
      if (m.form !== 'description' && m.start >= start && m.end <= end && m.end > bestEnd && !continuesName(st, m.start)) { best = c; bestEnd = m.end; }
    }
  }
  return best;
}

export function jobRoles(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry || c.role) continue;
    for (const m of c.mentions) {
      if (m.form !== 'title') continue;
      // The title, and the words just before it in the same clause: "Iran's foreign ministry" + "spokesman".
      const nameAt = st.claimed.find((s) => s.text === 'name' && s.start > m.start && s.end === m.end)?.start ?? m.end;
      const title = st.text.slice(m.start, nameAt).trimEnd();
      const job = JOB.exec(title);
      if (!job?.[1]) continue;
      const jobStart = m.start + job.index;
      const from = Math.max(0, m.start - 40);
      const lead = st.text.slice(from, m.start);
      const clause = from + Math.max(lead.lastIndexOf(','), lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('\n'), -1) + 1;
      const body = bodyOver(st, clause, jobStart);
      if (!body?.country) continue;
      c.role = `${JOBS.get(job[1].toLowerCase()) ?? job[1]} of ${withThe(body.name)}`;
      c.country ??= body.country;
      // A body's own code when it is the country's (KREMLIN: RUSGOV) or an intergovernmental one (IGONAT).
      const own = body.code && (body.code.startsWith(body.country) || body.code.startsWith('IGO')) ? body.code : undefined;
      if (own && (!c.code || c.code === `${body.country}GOV`)) c.code = own;
      else if (!c.code && st.kb.country(body.country)) c.code = `${body.country}GOV`;
      break;
    }
  }
}
