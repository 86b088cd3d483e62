/** Small display helpers. */

export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** A listed participant as shown: the resolved entity's name ("He" resolved is "Anton Keller"), else the text's words. */
export function shownName(p: { text: string; name?: string }): string {
  return p.name ?? p.text;
}

export function names(ps: ReadonlyArray<{ text: string; name?: string }>): string {
  return ps.length ? ps.map(shownName).join(', ') : '—';
}
