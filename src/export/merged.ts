/**
 * An exported event that stands for many reports (the store's merged events): GDELT's counts
 * (NumMentions, NumArticles, NumSources) and where each report was read, for the PLOVER/JSON outputs.
 */
export interface ReportRef {
  article: string;
  /** The event's index in that article's `events`. */
  index: number;
  url?: string;
  path?: string;
  agency?: string;
}

export interface MergedCounts {
  /** Reports of the event (an article may report it twice: headline and body). */
  mentions: number;
  /** Distinct stored articles reporting it. */
  articles: number;
  /** Places those articles were found, near-duplicate copies included. */
  sources: number;
  reports: readonly ReportRef[];
}

export interface Counts {
  mentions: number;
  articles: number;
  sources: number;
}

/** The counts of an export item: the merged event's, else one report in one article found `sources` times. */
export function countsOf(item: { sources?: number; merged?: MergedCounts }): Counts {
  if (item.merged) return { mentions: item.merged.mentions, articles: item.merged.articles, sources: item.merged.sources };
  // One article's report: GDELT counts each copy of the article as an article of its own.
  const sources = item.sources ?? 1;
  return { mentions: 1, articles: sources, sources };
}

/** The reports as plain objects, fields in a fixed order, absent ones left out. */
export function reportRefs(m: MergedCounts): ReportRef[] {
  return m.reports.map((r) => {
    const ref: ReportRef = { article: r.article, index: r.index };
    if (r.url) ref.url = r.url;
    if (r.path) ref.path = r.path;
    if (r.agency) ref.agency = r.agency;
    return ref;
  });
}

/** PLOVER fields for a merged event (named apart from PLOVER's `source`, which is the actors). */
export function ploverCounts(m: MergedCounts): { numMentions: number; numArticles: number; numSources: number; reports: ReportRef[] } {
  return { numMentions: m.mentions, numArticles: m.articles, numSources: m.sources, reports: reportRefs(m) };
}
