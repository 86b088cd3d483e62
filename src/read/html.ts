/**
 * HTML article pages: the page's metadata first, then chrome removal, then @mozilla/readability
 * over linkedom to find the story, then the story's markup walked into blocks. Truncated pages are
 * fine (the parser closes what is open); a page with no text is refused.
 */
import { createRequire } from 'node:module';
import type * as ReadabilityT from '@mozilla/readability';
import { InputError } from '../errors.js';
import { inlineText } from './blocks.js';
import { blocksFromElement, parseHtmlDocument, removeChrome, type DomElement } from './html-dom.js';
import { readPageMeta, stripSiteSuffix } from './html-meta.js';
import type { RawArticle, RawBlock } from './types.js';

const require = createRequire(import.meta.url);
let readabilityModule: typeof ReadabilityT | undefined;

/** Readability gives up on pages with fewer characters than this; short wire stories are still stories. */
const CHAR_THRESHOLD = 200;
/** Readability's own guard against huge DOMs (its option `maxElemsToParse`). */
const MAX_ELEMENTS = 200_000;

export function readHtml(html: string, input: string): RawArticle {
  const doc = parseHtmlDocument(html);
  const meta = readPageMeta(doc);
  removeChrome(doc);

  readabilityModule ??= require('@mozilla/readability') as typeof ReadabilityT;
  let content: DomElement | null = null;
  let title: string | undefined;
  try {
    const reader = new readabilityModule.Readability(doc as unknown as ConstructorParameters<typeof readabilityModule.Readability>[0], {
      serializer: (el: unknown) => el,
      // Classes mark the standfirst (class="standfirst", "lead") for the block walk.
      keepClasses: true,
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMENTS,
    });
    const parsed = reader.parse();
    content = (parsed?.content as DomElement | null | undefined) ?? null;
    title = parsed?.title ? inlineText(parsed.title) : undefined;
  } catch (e) {
    if (e instanceof Error && /too many elements/iu.test(e.message)) {
      throw new InputError(input, `HTML page has more than ${MAX_ELEMENTS} elements`);
    }
    content = null; // Readability failed on odd markup: fall back to the whole body below.
  }
  let blocks: RawBlock[] = content ? blocksFromElement(content) : [];
  if (!blocks.length) {
    // Readability found nothing and has altered the document in place: the freshly parsed body is the best we have.
    const again = parseHtmlDocument(html);
    removeChrome(again);
    if (again.body) blocks = blocksFromElement(again.body);
  }
  if (!blocks.length) throw new InputError(input, 'no article text found in the HTML page');

  const headline = meta.headline ?? (title && meta.siteName ? stripSiteSuffix(title, meta.siteName) : title)
    ?? (inlineText(doc.title) || undefined);
  const raw: RawArticle = { format: 'html', input, blocks };
  if (headline) raw.title = headline;
  if (meta.published) raw.published = meta.published;
  if (meta.section) raw.section = meta.section;
  if (meta.siteName) raw.agency = meta.siteName;
  if (meta.url) raw.url = meta.url;
  if (meta.language) raw.language = meta.language;
  return raw;
}
