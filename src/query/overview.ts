/** What a database holds, in one look: counts and the first rows of each list. */
import type { ArticleSummary, EntityStat, EventRow, QuoteRow, Store, StoreStats } from '../store/store.js';

export interface Overview {
  stats: StoreStats;
  articles: ArticleSummary[];
  entities: EntityStat[];
  quotes: QuoteRow[];
  events: EventRow[];
}

export async function overview(store: Store, limit = 10): Promise<Overview> {
  const [stats, articles, entities, quotes, events] = await Promise.all([
    store.stats(),
    store.listArticles({ limit }),
    store.entities({ limit }),
    store.quotes({ limit }),
    store.events({ limit }),
  ]);
  return { stats, articles, entities, quotes, events };
}
