/**
 * Errors about single items of a many-article input. The input stays the file (or URL) so every
 * caller names it the same way; where the item stands goes first in the reason:
 * `feed.xml: item 3: feed item has neither a title nor any text`, `a.jsonl: line 7: invalid JSON …`.
 */
import { InputError } from '../errors.js';

export function itemError(input: string, where: string, reason: string): InputError {
  return new InputError(input, `${where}: ${reason}`);
}

/** Past this many, bad items are counted, not listed: a garbage file must not flood stderr (or memory). */
export const MAX_LISTED_ITEM_ERRORS = 100;

/** Collects item errors, listing the first ones and summing up the rest in one last error. */
export class ItemErrors {
  readonly list: InputError[] = [];
  private unlisted = 0;

  constructor(private readonly input: string) {}

  /** `reason` is a function so that unlisted errors cost nothing to describe. */
  add(where: string, reason: () => string): void {
    if (this.list.length < MAX_LISTED_ITEM_ERRORS) this.list.push(itemError(this.input, where, reason()));
    else this.unlisted++;
  }

  /** Keep an InputError thrown by shared code (it already names its item). */
  addError(e: InputError): void {
    if (this.list.length < MAX_LISTED_ITEM_ERRORS) this.list.push(e);
    else this.unlisted++;
  }

  done(): InputError[] {
    if (this.unlisted) this.list.push(new InputError(this.input, `${this.unlisted} more bad items not listed`));
    return this.list;
  }
}
