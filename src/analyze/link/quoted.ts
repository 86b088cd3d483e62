/**
 * Quoted stretches of the text: names inside a speaker's words are not the subject of the writer's
 * sentence, so pronoun resolution skips them. Straight quotes pair up within a paragraph; curly
 * quotes pair by direction.
 */
export function quotedRanges(text: string): ReadonlyArray<readonly [number, number]> {
  // Every pronoun asks again for the same article's ranges: the last text's answer is kept.
  if (text === lastText) return lastRanges;
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && open >= 0 && text[i + 1] === '\n') open = -1;
    else if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) { out.push([open, i + 1]); open = -1; }
  }
  lastText = text;
  lastRanges = out;
  return out;
}

let lastText: string | undefined;
let lastRanges: ReadonlyArray<readonly [number, number]> = [];

export function insideAny(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  return ranges.some(([s, e]) => offset >= s && offset < e);
}
