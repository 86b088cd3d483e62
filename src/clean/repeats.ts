/**
 * Repeated text kept once: agencies print the lead (standfirst) and then repeat it as the first
 * body paragraph after the dateline paragraph; pages repeat a paragraph. Comparison ignores case,
 * quote style, whitespace and final punctuation (the lead often lacks its period).
 */
import type { Layout } from './layout.js';
import { compareKey, mayBeSame } from './normalize.js';

export function dropRepeats(layout: Layout): Layout {
  const datelinePart = layout.datelineAt === undefined ? undefined : layout.parts[layout.datelineAt];
  const lead = layout.parts.find((p) => p.kind === 'lead');
  // A dateline paragraph that is just dateline + lead: the standalone lead is the copy to drop,
  // since the dateline must stay in the text.
  let dropLead = false;
  if (lead && datelinePart && layout.dateline) {
    const rest = datelinePart.text.slice(layout.dateline.length);
    dropLead = mayBeSame(rest, lead.text) && compareKey(rest) === compareKey(lead.text);
  }
  const kept: Layout['parts'] = [];
  const keys = new Map<Layout['parts'][number], string>();
  const keyOf = (p: Layout['parts'][number]): string => {
    let k = keys.get(p);
    if (k === undefined) {
      k = compareKey(p.text);
      keys.set(p, k);
    }
    return k;
  };
  for (const p of layout.parts) {
    if (p === lead && dropLead) continue;
    // Keys are built only for blocks of similar length: most articles never build one.
    const repeat = p.kind !== 'subheading'
      && kept.some((q) => q.kind !== 'subheading' && mayBeSame(q.text, p.text) && keyOf(q) !== '' && keyOf(q) === keyOf(p));
    if (!repeat) kept.push(p);
  }
  const out: Layout = { ...layout, parts: kept };
  const at = datelinePart ? kept.indexOf(datelinePart) : -1;
  if (at === -1) {
    delete out.datelineAt;
    delete out.dateline;
  } else {
    out.datelineAt = at;
  }
  return out;
}
