/** Small display helpers. */

export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export function names(ps: ReadonlyArray<{ text: string }>): string {
  return ps.length ? ps.map((p) => p.text).join(', ') : '—';
}
