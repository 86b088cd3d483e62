/**
 * Quoted stretches of the text: names inside a speaker's words are not the subject of the writer's
 * sentence, so pronoun resolution skips them. Straight quotes pair up within a paragraph; curly
 * quotes pair by direction.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && open >= 0 && text[i + 1] === '\n') open = -1;
    else if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) { out.push([open, i + 1]); open = -1; }
  }
  return out;
}

export function insideAny(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  return ranges.some(([s, e]) => offset >= s && offset < e);
}
