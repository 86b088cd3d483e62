/**
 * Repeated text kept once: agencies print the lead (standfirst) and then repeat it as the first
 * body paragraph after the dateline paragraph, or as the opening sentence of a paragraph; pages
 * repeat a paragraph. Comparison ignores case, quote style, whitespace and final punctuation (the
 * lead often lacks its period).
 */
import type { Layout, LaidOutPart } from './layout.js';
import { compareKey, mayBeSame, wordCount } from './normalize.js';

/** A lead shorter than this may recur by chance ("Talks resumed"); only longer ones are matched inside paragraphs. */
const MIN_LEAD_WORDS = 6;
const PREFIX_PROBE = 12;

export function dropRepeats(layout: Layout): Layout {
  const datelinePart = layout.datelineAt === undefined ? undefined : layout.parts[layout.datelineAt];
  const lead = layout.parts.find((p) => p.kind === 'lead');
  const keys = new Map<LaidOutPart, string>();
  const keyOf = (p: LaidOutPart): string => {
    let k = keys.get(p);
    if (k === undefined) {
      k = compareKey(bodyOf(p));
      keys.set(p, k);
    }
    return k;
  };
  // The text a paragraph says, the dateline aside.
  const bodyOf = (p: LaidOutPart): string => (p === datelinePart && layout.dateline ? p.text.slice(layout.dateline.length).trimStart() : p.text);

  // A paragraph that opens with the lead and goes on: the paragraph holds the lead, so the standalone
  // lead is the copy to drop (a dateline must stay in the text, and so must the rest of the paragraph).
  let dropLead = false;
  if (lead && wordCount(lead.text) >= MIN_LEAD_WORDS) {
    const probe = lead.text.slice(0, PREFIX_PROBE).toLowerCase();
    dropLead = layout.parts.some((p) => {
      if (p === lead || p.kind !== 'paragraph') return false;
      const body = bodyOf(p);
      if (body.slice(0, PREFIX_PROBE).toLowerCase() !== probe || body.length < lead.text.length) return false;
      const k = keyOf(p);
      const lk = keyOf(lead);
      // Equal texts are an ordinary repeat, handled below, unless the dateline makes them differ.
      return k.startsWith(lk) && (k !== lk || p === datelinePart);
    });
  }

  const kept: LaidOutPart[] = [];
  for (const p of layout.parts) {
    if (p === lead && dropLead) continue;
    // Keys are built only for blocks of similar length: most articles never build one.
    const repeat = p.kind !== 'subheading' && p !== datelinePart
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
