/** CoNLL-2003 files: documents of sentences of tokens, with the raw lines kept for echoing back. */

export interface ConllSentence {
  words: string[];
  /** The gold tag (last column) of each token. */
  gold: string[];
  /** Index of each token's line in the file. */
  lines: number[];
}
export interface ConllDoc { sentences: ConllSentence[] }

export function parseConll(text: string): { docs: ConllDoc[]; lines: string[] } {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], gold: [], lines: [] };
  const endSentence = (): void => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], gold: [], lines: [] };
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  lines.forEach((raw, n) => {
    const line = raw.replace(/\r$/u, '');
    if (line.startsWith('-DOCSTART-')) { endDoc(); return; }
    if (!line.trim()) { endSentence(); return; }
    const cols = line.trim().split(/\s+/u);
    sent.words.push(cols[0] ?? '');
    sent.gold.push(cols.length > 1 ? (cols[cols.length - 1] ?? 'O') : 'O');
    sent.lines.push(n);
  });
  endDoc();
  return { docs, lines };
}
