/** Finding the article a person means: a full id, a duplicate copy's id, or an unambiguous prefix. */
import type { Store, StoredArticle } from '../store/store.js';

export type Resolved =
  | { found: StoredArticle }
  | { ambiguous: string[] }
  | { missing: true };

/** Shortest prefix accepted, so that a stray short word does not match at random. */
export const MIN_PREFIX = 4;

export async function resolveArticle(store: Store, ref: string): Promise<Resolved> {
  const exact = await store.getArticle(ref);
  if (exact) return { found: exact };
  if (ref.length < MIN_PREFIX) return { missing: true };
  const ids = await store.findIds(ref, 6);
  if (ids.length === 1 && ids[0]) {
    const one = await store.getArticle(ids[0]);
    return one ? { found: one } : { missing: true };
  }
  return ids.length > 1 ? { ambiguous: ids } : { missing: true };
}
