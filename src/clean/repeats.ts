/**
 * Repeated text kept once: agencies print the lead (standfirst) and then repeat it as the first
 * body paragraph after the dateline paragraph; pages repeat a paragraph. Comparison ignores case,
 * quote style, whitespace and final punctuation (the lead often lacks its period).
 */
import type { Layout } from './layout.js';
import { compareKey } from './normalize.js';

export function dropRepeats(layout: Layout): Layout {
  const datelinePart = layout.datelineAt === undefined ? undefined : layout.parts[layout.datelineAt];
  const lead = layout.parts.find((p) => p.kind === 'lead');
  // A dateline paragraph that is just dateline + lead: the standalone lead is the copy to drop,
  // since the dateline must stay in the text.
  const dropLead = Boolean(lead && datelinePart && layout.dateline
    && compareKey(datelinePart.text.slice(layout.dateline.length)) === compareKey(lead.text));
  const seen = new Set<string>();
  const parts = layout.parts.filter((p) => {
    if (p === lead && dropLead) return false;
    if (p.kind === 'subheading') return true;
    const key = compareKey(p.text);
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const out: Layout = { ...layout, parts };
  const at = datelinePart ? parts.indexOf(datelinePart) : -1;
  if (at === -1) {
    delete out.datelineAt;
    delete out.dateline;
  } else {
    out.datelineAt = at;
  }
  return out;
}
