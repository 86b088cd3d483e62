/**
 * An error about one item of a many-article input. The input stays the file (or URL) so every
 * caller names it the same way; where the item stands goes first in the reason:
 * `feed.xml: item 3: feed item has neither a title nor any text`, `a.jsonl: line 7: invalid JSON …`.
 */
import { InputError } from '../errors.js';

export function itemError(input: string, where: string, reason: string): InputError {
  return new InputError(input, `${where}: ${reason}`);
}
