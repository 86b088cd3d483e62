/** The article id: a hash of the normalized text, so reading the same story again gives the same id. */
import { createHash } from 'node:crypto';
import { idKey } from './normalize.js';

/** 16 hex digits (64 bits) of SHA-256: collisions are negligible at any archive size we meet. */
export function articleId(text: string): string {
  return createHash('sha256').update(idKey(text)).digest('hex').slice(0, 16);
}
