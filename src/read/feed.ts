/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item one article. The full text (`content:encoded`,
 * Atom `content`) is preferred over the summary (`description`, `summary`). HTML inside items goes
 * through the page reader's helpers (chrome removal, block walk).
 *
 * Safety: XML is untrusted. A document that declares entities (an internal DTD subset, the
 * "billion laughs" attack) is refused before parsing; an external DTD reference is ignored, never
 * fetched; the parser runs with entity processing off and only the five XML entities and numeric
 * references are decoded, by our own code, once.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { inlineText, splitBlocks } from './blocks.js';
import { decodeEntities } from './entities.js';
import { ItemErrors } from './item-error.js';
import { blocksFromHtmlFragment, looksLikeHtml } from './html-dom.js';
import type { RawArticle, RawBlock } from './types.js';

/** Fields kept as raw markup so CDATA and escaped HTML can be told apart. */
const RAW_FIELDS = ['title', 'description', 'content:encoded', 'content', 'summary'];

const BARE_AMPERSAND = /&(?!(?:[a-z][\w.-]{0,31}|#\d{1,7}|#x[\da-f]{1,6});)/giu;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: RAW_FIELDS.map((f) => `*.${f}`),
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
});

type XmlValue = string | XmlObject | XmlValue[] | undefined;
interface XmlObject { [k: string]: XmlValue }

export interface FeedItemResult {
  articles: RawArticle[];
  errors: InputError[];
}

export function readFeed(xml: string, input: string, maxBytes: number): FeedItemResult {
  // A bare "&" ("AT&T") is the commonest flaw of real feeds; escaping it loses nothing.
  const safe = refuseEntityDeclarations(xml, input).replace(BARE_AMPERSAND, '&amp;');
  const valid = XMLValidator.validate(safe);
  if (valid !== true) {
    throw new InputError(input, `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  }
  let doc: XmlObject;
  try {
    doc = parser.parse(safe) as XmlObject;
  } catch (e) {
    // The validator and the parser disagree on a few malformed inputs (an unclosed processing instruction).
    throw new InputError(input, `malformed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rss = obj(doc.rss);
  const atom = obj(doc.feed);
  const rdf = obj(doc['rdf:RDF']);
  if (rss) return readItems(arr(obj(rss.channel)?.item), obj(rss.channel), 'rss', input, maxBytes);
  if (atom) return readItems(arr(atom.entry), atom, 'atom', input, maxBytes);
  if (rdf) return readItems(arr(rdf.item), obj(rdf.channel), 'rss', input, maxBytes);
  throw new InputError(input, 'XML is neither an RSS nor an Atom feed');
}

/**
 * Refuse entity declarations; blank out a DOCTYPE without them (keeping line numbers), so that
 * no parser ever looks at a DTD.
 */
function refuseEntityDeclarations(xml: string, input: string): string {
  if (xml.includes('<!ENTITY')) throw new InputError(input, 'XML declares entities (DTD); refused, entities are never expanded');
  const start = xml.indexOf('<!DOCTYPE');
  if (start === -1) return xml;
  const firstElement = xml.search(/<[A-Za-z_]/u);
  if (firstElement !== -1 && firstElement < start) return xml; // A DOCTYPE after the root is malformed; the validator says so.
  const end = xml.indexOf('>', start);
  if (end === -1) throw new InputError(input, 'malformed XML: unterminated DOCTYPE');
  const decl = xml.slice(start, end + 1);
  if (decl.includes('[')) throw new InputError(input, 'XML has an internal DTD subset; refused, entities are never expanded');
  return xml.slice(0, start) + decl.replace(/[^\n]/gu, ' ') + xml.slice(end + 1);
}

function obj(v: XmlValue): XmlObject | undefined {
  if (Array.isArray(v)) return obj(v[0]);
  return v && typeof v === 'object' ? v : undefined;
}

function arr(v: XmlValue): XmlValue[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** Raw field content: the text of CDATA sections as is, everything else entity-decoded once. */
function rawText(v: XmlValue): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return rawText(v[0]);
  if (typeof v === 'object') return rawText(v['#text']);
  let out = '';
  let i = 0;
  for (;;) {
    const open = v.indexOf('<![CDATA[', i);
    if (open === -1) return out + decodeEntities(v.slice(i));
    const close = v.indexOf(']]>', open + 9);
    out += decodeEntities(v.slice(i, open)) + v.slice(open + 9, close === -1 ? v.length : close);
    if (close === -1) return out;
    i = close + 3;
  }
}

function attr(v: XmlValue, name: string): string | undefined {
  const o = obj(v);
  const a = o?.[`@_${name}`];
  return typeof a === 'string' ? a : undefined;
}

/** Plain text of a field (a title, a date): markup, if any, reduced to its text. */
function plain(v: XmlValue): string {
  // An Atom text construct of type "html" is escaped markup: one more round of decoding.
  const t = attr(v, 'type') === 'html' ? decodeEntities(rawText(v)) : rawText(v);
  return inlineText(looksLikeHtml(t) ? blocksFromHtmlFragment(t).map((b) => b.text).join(' ') : t);
}

function bodyBlocks(v: XmlValue): RawBlock[] {
  const type = attr(v, 'type');
  const text = type === 'xhtml' ? (obj(v)?.['#text'] as string | undefined) ?? '' : rawText(v);
  if (!text.trim()) return [];
  if (type === 'xhtml' || type === 'html' || type === 'text/html' || looksLikeHtml(text)) return blocksFromHtmlFragment(text);
  return splitBlocks(text);
}

function atomLink(v: XmlValue): string | undefined {
  const links = arr(v);
  const alt = links.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate') ?? links[0];
  if (typeof alt === 'string') return alt.trim() || undefined;
  return attr(alt, 'href');
}

function readItems(items: XmlValue[], channel: XmlObject | undefined, format: 'rss' | 'atom', input: string, maxBytes: number): FeedItemResult {
  const articles: RawArticle[] = [];
  const errors = new ItemErrors(input);
  const agency = channel ? plain(channel.title) || undefined : undefined;
  const language = channel ? plain(channel.language) || undefined : undefined;
  items.forEach((it, i) => {
    const where = `item ${i + 1}`;
    const item = obj(it);
    if (!item) {
      errors.add(where, () => 'empty feed item');
      return;
    }
    const full = item['content:encoded'] ?? (format === 'atom' ? item.content : undefined);
    const summary = item.description ?? item.summary;
    let blocks = bodyBlocks(full);
    if (!blocks.length) blocks = bodyBlocks(summary);
    const title = plain(item.title);
    if (!blocks.length && !title) {
      errors.add(where, () => 'feed item has neither a title nor any text');
      return;
    }
    const size = blocks.reduce((n, b) => n + b.text.length, 0);
    if (size > maxBytes) {
      errors.add(where, () => `feed item is over the ${maxBytes}-byte article limit`);
      return;
    }
    const raw: RawArticle = { format, input, blocks };
    if (title) raw.title = title;
    const url = format === 'atom' ? atomLink(item.link) : plain(arr(item.link)[0]) || undefined;
    if (url) raw.url = url;
    const id = plain(item.guid ?? item.id);
    if (id) raw.sourceId = id;
    const published = plain(item.pubDate ?? item.published ?? item['dc:date'] ?? item.updated);
    if (published) raw.published = published;
    const cat = arr(item.category)[0];
    const section = format === 'atom' ? attr(cat, 'term') ?? plain(cat) : plain(cat);
    if (section) raw.section = section;
    if (agency) raw.agency = agency;
    if (language) raw.language = language;
    articles.push(raw);
  });
  return { articles, errors: errors.done() };
}
