/**
 * Matching imported dictionaries in running text, as PETRARCH does: actor phrases word by word
 * (the last word as a prefix unless marked exact), then agents around them ("Osgiliath soldiers",
 * "Gondor's government", "ambassadors of Arnor", "MSF Arnor diplomat") composed into one actor
 * code: prefixes (`NGO~`) + the actor's code + suffixes (`~MIL`), a block not repeated.
 */
import type { ActorEntry, AgentEntry, PhraseWord } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import { newCluster } from './clusters.js';
import { claimed, codeAt, mentionOf, type LinkState } from './state.js';
import { isCapitalized, stripPossessive, type Word } from './words.js';

interface Match { i: number; n: number }

function norm(w: string): string {
  return nameKey(stripPossessive(w)).replace(/ /g, '').toUpperCase();
}

/** Words a space in a dictionary phrase may skip ("Ithilen state-run television"). */
const MAX_GAP = 2;

/** Does the pattern match at word i? Returns the number of words covered. */
function matchPattern(st: LinkState, words: readonly Word[], i: number, pat: readonly PhraseWord[]): number {
  let at = i;
  let capital = false;
  for (let k = 0; k < pat.length; k++) {
    const p = pat[k];
    if (!p) return 0;
    let found = -1;
    const maxSkip = k > 0 && pat[k - 1]?.gapAfter ? MAX_GAP : 0;
    for (let skip = 0; skip <= maxSkip; skip++) {
      const w = words[at + skip];
      if (!w || (k > 0 && !/^[ \u00a0_]+$/u.test(st.text.slice(words[at + skip - 1]?.end ?? w.start, w.start)))) break;
      const t = norm(w.text);
      const pw = p.word.replace(/\./g, '');
      // A short word matches only itself: "KU" must not swallow "Kuwait".
      const ok = p.exact || pw.length < 4 ? t === pw : t.startsWith(pw);
      if (ok) { found = at + skip; if (isCapitalized(w.text)) capital = true; break; }
      if (k === 0) break;
    }
    if (found < 0) return 0;
    at = found + 1;
  }
  return capital ? at - i : 0;
}

function actorAt(st: LinkState, words: readonly Word[], i: number, actors: readonly ActorEntry[]): { actor: ActorEntry; n: number } | undefined {
  let best: { actor: ActorEntry; n: number } | undefined;
  for (const a of actors) {
    for (const pat of a.patterns) {
      const n = matchPattern(st, words, i, pat);
      if (n > 0 && (!best || n > best.n)) best = { actor: a, n };
    }
  }
  return best;
}

function agentAt(words: readonly Word[], i: number, agents: readonly AgentEntry[]): { agent: AgentEntry; n: number } | undefined {
  let best: { agent: AgentEntry; n: number } | undefined;
  for (const a of agents) {
    for (const f of a.forms) {
      if (best && f.length <= best.n) continue;
      if (f.every((fw, k) => (words[i + k]?.text.toLowerCase().replace(/['’]s$/u, '') ?? '') === fw)) best = { agent: a, n: f.length };
    }
  }
  return best;
}

function compose(prefixes: string[], actor: string, suffixes: string[]): string {
  let code = prefixes.join('') + actor;
  for (const s of suffixes) if (!code.endsWith(s)) code += s;
  return code;
}

/** Adjacent text between two words is only spaces (no punctuation, no line break). */
function adjacent(st: LinkState, a: Word | undefined, b: Word | undefined): boolean {
  return !!a && !!b && /^[ \u00a0]+$/.test(st.text.slice(a.end, b.start));
}

export function linkDictionaryPhrases(st: LinkState, actors: readonly ActorEntry[], agents: readonly AgentEntry[]): void {
  const ws = st.words;
  const actorHits: Array<Match & { actor: ActorEntry }> = [];
  const agentHits: Array<Match & { agent: AgentEntry }> = [];
  for (let i = 0; i < ws.length; i++) {
    const a = actorAt(st, ws, i, actors);
    if (a) { actorHits.push({ i, n: a.n, actor: a.actor }); i += a.n - 1; continue; }
    const g = agentAt(ws, i, agents);
    if (g) { agentHits.push({ i, n: g.n, agent: g.agent }); i += g.n - 1; }
  }
  const usedAgents = new Set<number>();
  for (const h of actorHits) {
    const base = codeAt(h.actor, st.date) ?? '---';
    let startW = h.i;
    let endW = h.i + h.n - 1;
    const prefixes: string[] = [];
    let suffixes: string[] = [];
    let former = false;
    // Agents right after the actor ("Osgiliath soldiers", "Gondor's government", "Arnor former officials").
    for (let k = endW + 1; ;) {
      if (isFormer(ws[k]) && adjacent(st, ws[k - 1], ws[k])) { former = true; k++; }
      const g = agentHits.find((x) => x.i === k && !usedAgents.has(x.i));
      if (!g || !adjacent(st, ws[k - 1], ws[k])) break;
      usedAgents.add(g.i);
      if (g.agent.code.startsWith('~')) suffixes.push(g.agent.code.slice(1)); else prefixes.push(g.agent.code.replace(/~$/, ''));
      endW = g.i + g.n - 1;
      k = endW + 1;
    }
    // "Ithilen's awful and cool minister": a possessive actor, a few adjectives, then the agent.
    if (endW === h.i + h.n - 1 && /['’]s$/u.test(ws[endW]?.text ?? '')) {
      for (let k = endW + 1; k <= endW + 4 && k < ws.length; k++) {
        const g = agentHits.find((x) => x.i === k && !usedAgents.has(x.i));
        if (g) {
          usedAgents.add(g.i);
          if (g.agent.code.startsWith('~')) suffixes.push(g.agent.code.slice(1)); else prefixes.push(g.agent.code.replace(/~$/, ''));
          break;
        }
        const w = ws[k];
        if (!w || isCapitalized(w.text) || !adjacent(st, ws[k - 1], w)) break;
      }
    }
    // Agents before it: "MSF Arnor", or "ambassadors of Arnor" / "activists in Arnor".
    const before = agentHits.filter((x) => !usedAgents.has(x.i) && x.i + x.n <= h.i && h.i - (x.i + x.n) <= 2)
      .sort((a, b) => b.i - a.i)[0];
    if (before) {
      const gap = ws.slice(before.i + before.n, h.i).map((w) => w.text.toLowerCase());
      const linked = gap.length === 0 || (gap.length === 1 && ['of', 'in', 'from', 'for'].includes(gap[0] ?? ''))
        || (gap.length === 2 && ['of', 'in', 'from', 'for'].includes(gap[0] ?? '') && gap[1] === 'the');
      if (linked && adjacent(st, ws[before.i + before.n - 1], ws[before.i + before.n])) {
        usedAgents.add(before.i);
        if (before.agent.code.endsWith('~')) prefixes.unshift(before.agent.code.replace(/~$/, ''));
        else suffixes.unshift(before.agent.code.slice(1));
        startW = before.i;
        // "Lawmakers and officials in Fornost": the first agent of the pair belongs to the actor too.
        const pair = agentHits.find((x) => !usedAgents.has(x.i) && x.i + x.n + 1 === before.i && ws[before.i - 1]?.text.toLowerCase() === 'and');
        const pw = pair ? ws[pair.i] : undefined;
        const pe = pair ? ws[pair.i + pair.n - 1] : undefined;
        if (pair && pw && pe && pair.agent.code.startsWith('~')) {
          usedAgents.add(pair.i);
          const c = newCluster('ORG', st.text.slice(pw.start, pe.end));
          c.entry = h.actor;
          c.kb = h.actor.id;
          c.code = compose([], base, [pair.agent.code.slice(1)]);
          if (h.actor.country) c.country = h.actor.country;
          st.clusters.push(c);
          mentionOf(st, c, pw.start, pe.end, 'name');
        }
      }
    }
    // "former Gondor prosecutors", "Former security officials in White House": an elite, out of office.
    if (isFormer(ws[startW - 1])) { former = true; startW--; }
    if (former) suffixes = ['ELI'];
    const sw = ws[startW];
    const ew = ws[endW];
    if (!sw || !ew) continue;
    const code = compose(prefixes, base, suffixes);
    const text = stripPossessive(st.text.slice(sw.start, ew.end));
    let c = st.clusters.find((x) => x.entry?.id === h.actor.id && x.code === code);
    if (!c) {
      c = newCluster(prefixes.length + suffixes.length > 0 ? 'ORG' : 'OTHER', prefixes.length + suffixes.length > 0 ? text : h.actor.name);
      c.entry = h.actor;
      c.kb = h.actor.id;
      c.code = code;
      if (h.actor.country) c.country = h.actor.country;
      st.clusters.push(c);
    }
    mentionOf(st, c, sw.start, sw.start + text.length, 'name');
  }
  // Agents with no actor ("students", "clerics"): PETRARCH's null actor "---" with the sector.
  for (const g of agentHits) {
    if (usedAgents.has(g.i)) continue;
    const sw = ws[g.i];
    const ew = ws[g.i + g.n - 1];
    if (!sw || !ew || claimed(st, sw.start, ew.end)) continue;
    const code = g.agent.code.startsWith('~') ? `---${g.agent.code.slice(1)}` : `${g.agent.code.replace(/~$/, '')}---`;
    const c = newCluster('GROUP', st.text.slice(sw.start, ew.end));
    c.code = code;
    st.clusters.push(c);
    mentionOf(st, c, sw.start, ew.end, 'name');
  }
}

function isFormer(w: Word | undefined): boolean {
  return !!w && /^(?:former|ex)$/i.test(w.text);
}
