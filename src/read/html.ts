/**
 * HTML article pages: the page's metadata first, then chrome removal, then @mozilla/readability
 * over linkedom to find the story, then the story's markup walked into blocks. Truncated pages are
 * fine (the parser closes what is open); a page with no text is refused.
 */
import { createRequire } from 'node:module';
import type * as ReadabilityT from '@mozilla/readability';
import { InputError } from '../errors.js';
import { inlineText } from './blocks.js';
import { blocksFromElement, deeperThan, parseHtmlDocument, removeChrome, type DomDocument, type DomElement } from './html-dom.js';
import { readPageMeta, stripSiteSuffix } from './html-meta.js';
import type { RawArticle, RawBlock } from './types.js';

const require = createRequire(import.meta.url);
let readabilityModule: typeof ReadabilityT | undefined;

/** Readability gives up on pages with fewer characters than this; short wire stories are still stories. */
const CHAR_THRESHOLD = 200;
/** Readability's own guard against huge DOMs (its option `maxElemsToParse`). */
const MAX_ELEMENTS = 200_000;
const MAX_DEPTH_FOR_READABILITY = 150;

interface Found {
  content: DomElement | null;
  title?: string;
}

/** Run Readability over the document (which it changes in place). */
function runReadability(doc: DomDocument, input: string): Found {
  readabilityModule ??= require('@mozilla/readability') as typeof ReadabilityT;
  try {
    const reader = new readabilityModule.Readability(doc as unknown as ConstructorParameters<typeof readabilityModule.Readability>[0], {
      serializer: (el: unknown) => el,
      // Classes mark the standfirst (class="standfirst", "lead") for the block walk.
      keepClasses: true,
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMENTS,
    });
    const parsed = reader.parse();
    const found: Found = { content: (parsed?.content as DomElement | null | undefined) ?? null };
    if (parsed?.title) found.title = inlineText(parsed.title);
    return found;
  } catch (e) {
    if (e instanceof Error && /too many elements/iu.test(e.message)) {
      throw new InputError(input, `HTML page has more than ${MAX_ELEMENTS} elements`);
    }
    return { content: null }; // Readability failed on odd markup: the body is read instead.
  }
}

export function readHtml(html: string, input: string): RawArticle {
  const doc = parseHtmlDocument(html);
  const meta = readPageMeta(doc);
  removeChrome(doc);

  // Readability's scoring grows much faster than the depth of the tree: real pages are a few dozen
  // levels deep, so a page nested deeper than this is read from its body instead.
  const tooDeep = deeperThan(doc.documentElement, MAX_DEPTH_FOR_READABILITY);
  const found: Found = tooDeep ? { content: null } : runReadability(doc, input);
  let blocks: RawBlock[] = found.content ? blocksFromElement(found.content) : [];
  if (!blocks.length) {
    // When Readability found nothing it has still altered the document: read a fresh copy's body.
    const fresh = tooDeep ? doc : parseHtmlDocument(html);
    if (!tooDeep) removeChrome(fresh);
    if (fresh.body) blocks = blocksFromElement(fresh.body);
  }
  if (!blocks.length) throw new InputError(input, 'no article text found in the HTML page');

  const title = found.title;
  const headline = meta.headline ?? (title && meta.siteName ? stripSiteSuffix(title, meta.siteName) : title)
    ?? (inlineText(doc.title) || undefined);
  const raw: RawArticle = { format: 'html', input, blocks };
  if (headline) raw.title = headline;
  if (meta.published) raw.published = meta.published;
  if (meta.section) raw.section = meta.section;
  if (meta.siteName) raw.agency = meta.siteName;
  if (meta.credit) raw.credit = meta.credit;
  if (meta.url) raw.url = meta.url;
  if (meta.language) raw.language = meta.language;
  return raw;
}
