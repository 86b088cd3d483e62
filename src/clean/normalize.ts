/** Normal forms of text: for comparing blocks (repeated lead, repeated paragraphs) and for the id. */

/** For comparing two blocks: case, curly quotes, dashes, whitespace and final punctuation ignored. */
export function compareKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛`]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.!?;:,…]+$/u, '');
}

/** For the id: NFC, whitespace runs collapsed, ends trimmed. */
export function idKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Ends like a sentence (or a quotation that ends one). */
export function endsSentence(text: string): boolean {
  return /[.!?…:;"”’»)\]]$/u.test(text);
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
