/**
 * A page's own metadata: JSON-LD (NewsArticle and kin), Open Graph and `article:` meta tags,
 * `<time datetime>`, the canonical link and `<html lang>`. Read before Readability runs, since
 * Readability strips the head and the scripts.
 */
import { inlineText } from './blocks.js';
import type { DomDocument } from './html-dom.js';

export interface PageMeta {
  headline?: string;
  published?: string;
  section?: string;
  siteName?: string;
  url?: string;
  language?: string;
  description?: string;
  /** The page's byline as printed ("By Jane Doe | Anadolu Agency"), read before chrome removal drops it. */
  credit?: string;
}

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report',
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return inlineText(v) || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value']);
  return undefined;
}

function isArticleNode(o: { [k: string]: Json }): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x.toLowerCase()));
}

/** The first article-typed object in a JSON-LD value, looking through arrays and @graph. */
function findArticle(v: Json, depth = 0): { [k: string]: Json } | undefined {
  if (depth > 4 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const hit = findArticle(x, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  if (isArticleNode(v)) return v;
  const graph = v['@graph'];
  return graph ? findArticle(graph, depth + 1) : undefined;
}

function fromJsonLd(doc: DomDocument, meta: PageMeta): void {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: Json;
    try {
      parsed = JSON.parse(scripts[i]!.textContent ?? '') as Json;
    } catch {
      continue; // A broken JSON-LD block is the page's problem, not a reason to refuse the article.
    }
    const a = findArticle(parsed);
    if (!a) continue;
    meta.headline ??= str(a.headline) ?? str(a.name);
    meta.published ??= str(a.datePublished) ?? str(a.dateCreated);
    meta.section ??= str(a.articleSection);
    meta.siteName ??= str(a.publisher);
    meta.url ??= str(a.url) ?? str(a.mainEntityOfPage);
    meta.language ??= str(a.inLanguage);
    meta.description ??= str(a.description);
    // An organization as the author ("author": {"@type": "Organization", "name": "Anadolu Agency"}) is a credit.
    const author = Array.isArray(a.author) ? a.author[0] : a.author;
    if (author && typeof author === 'object' && !Array.isArray(author) && author['@type'] === 'Organization') meta.credit ??= str(author.name);
  }
}

function metaContent(doc: DomDocument, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content');
    if (v && inlineText(v)) return inlineText(v);
  }
  return undefined;
}

/** A byline longer than this is not one (a container holding more than the byline). */
const MAX_CREDIT_CHARS = 160;
/** Where pages print their byline, most telling first. */
// A byline container first: it holds the outlet beside the name ("Jane Doe | Anadolu Agency"),
// while an author element holds the name alone.
const BYLINE_SELECTORS = ['[class~="byline"]', '[class*="byline"]', '[itemprop="author"]', '[rel="author"]', '[class~="author"]', '[class*="author-"]'];

/** The page's byline text, if a byline element holds a short one. */
function bylineOf(doc: DomDocument): string | undefined {
  for (const sel of BYLINE_SELECTORS) {
    const t = inlineText(doc.querySelector(sel)?.textContent ?? '');
    if (t && t.length <= MAX_CREDIT_CHARS) return t;
  }
  return undefined;
}

/** A <time> element's text longer than this is not a stamp. */
const MAX_SHOWN_TIME = 80;

export function readPageMeta(doc: DomDocument): PageMeta {
  const meta: PageMeta = {};
  fromJsonLd(doc, meta);
  meta.headline ??= metaContent(doc, 'og:title', 'twitter:title');
  meta.published ??= metaContent(doc, 'article:published_time', 'og:article:published_time', 'datePublished',
    'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date');
  if (!meta.published) {
    // One selector at a time: a selector list would return whichever comes first in the page
    // (a sidebar's timestamp), not the most telling one.
    for (const sel of ['time[itemprop="datePublished"][datetime]', 'time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]']) {
      const v = doc.querySelector(sel)?.getAttribute('datetime')?.trim();
      if (v) {
        meta.published = v;
        break;
      }
    }
  }
  if (!meta.published) {
    // A <time> without its machine value shows the stamp as printed ("16/08/2020 - 18:55 GMT"):
    // clean reads that text like a header line's.
    const shown = (doc.querySelector('article time') ?? doc.querySelector('time'))?.textContent?.trim().replace(/\s+/gu, ' ');
    if (shown && shown.length <= MAX_SHOWN_TIME && /\d{4}/u.test(shown)) meta.published = shown;
  }
  meta.section ??= metaContent(doc, 'article:section', 'og:article:section');
  meta.siteName ??= metaContent(doc, 'og:site_name', 'application-name');
  meta.url ??= metaContent(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  meta.language ??= doc.documentElement.getAttribute('lang') ?? undefined;
  meta.description ??= metaContent(doc, 'og:description', 'description');
  meta.credit ??= bylineOf(doc) ?? metaContent(doc, 'author');
  // A site's name appended to the title ("Talks resume | Example News") is not part of the headline.
  if (meta.headline && meta.siteName) meta.headline = stripSiteSuffix(meta.headline, meta.siteName);
  return meta;
}

export function stripSiteSuffix(title: string, site: string): string {
  for (const sep of [' | ', ' - ', ' — ', ' – ', ' :: ']) {
    const suffix = `${sep}${site}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}
