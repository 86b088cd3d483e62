/**
 * Matching imported dictionaries in running text, as PETRARCH does: actor phrases word by word
 * (the last word as a prefix unless marked exact), then agents around them ("Osgiliath soldiers",
 * "Gondor's government", "ambassadors of Arnor", "MSF Arnor diplomat") composed into one actor
 * code: prefixes (`NGO~`) + the actor's code + suffixes (`~MIL`), a block not repeated.
 */
import type { ActorEntry, AgentEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import { newCluster } from './clusters.js';
import { codeAt, mentionOf, type LinkState } from './state.js';
import { isCapitalized, stripPossessive, type Word } from './words.js';

interface Match { i: number; n: number }

function norm(w: string): string {
  return nameKey(stripPossessive(w)).replace(/ /g, '').toUpperCase();
}

function actorAt(words: readonly Word[], i: number, actors: readonly ActorEntry[]): { actor: ActorEntry; n: number } | undefined {
  let best: { actor: ActorEntry; n: number } | undefined;
  for (const a of actors) {
    for (const pat of a.patterns) {
      if (pat.length === 0 || (best && pat.length <= best.n)) continue;
      let ok = true;
      let capital = false;
      for (let k = 0; k < pat.length && ok; k++) {
        const w = words[i + k];
        const p = pat[k];
        if (!w || !p) { ok = false; break; }
        if (k > 0 && /[,;:.]/.test(w.text)) { ok = false; break; }
        const t = norm(w.text);
        const pw = p.word.replace(/\./g, '');
        ok = p.exact ? t === pw : t.startsWith(pw);
        if (isCapitalized(w.text)) capital = true;
      }
      if (ok && capital) best = { actor: a, n: pat.length };
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
    const a = actorAt(ws, i, actors);
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
    const suffixes: string[] = [];
    // Agents right after the actor ("Osgiliath soldiers", "Gondor's government").
    for (let k = endW + 1; ;) {
      const g = agentHits.find((x) => x.i === k && !usedAgents.has(x.i));
      if (!g || !adjacent(st, ws[k - 1], ws[k])) break;
      usedAgents.add(g.i);
      if (g.agent.code.startsWith('~')) suffixes.push(g.agent.code.slice(1)); else prefixes.push(g.agent.code.replace(/~$/, ''));
      endW = g.i + g.n - 1;
      k = endW + 1;
    }
    // Agents before it: "MSF Arnor", or "ambassadors of Arnor" / "activists in Arnor".
    const before = agentHits.filter((x) => !usedAgents.has(x.i) && x.i + x.n <= h.i && h.i - (x.i + x.n) <= 1)
      .sort((a, b) => b.i - a.i)[0];
    if (before) {
      const gap = ws.slice(before.i + before.n, h.i).map((w) => w.text.toLowerCase());
      const linked = gap.length === 0 || (gap.length === 1 && ['of', 'in', 'from', 'for'].includes(gap[0] ?? ''));
      if (linked && adjacent(st, ws[before.i + before.n - 1], ws[before.i + before.n])) {
        usedAgents.add(before.i);
        if (before.agent.code.endsWith('~')) prefixes.unshift(before.agent.code.replace(/~$/, ''));
        else suffixes.unshift(before.agent.code.slice(1));
        startW = before.i;
      }
    }
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
}
