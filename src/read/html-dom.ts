/**
 * HTML helpers shared by the page reader and the feed reader: a lazily loaded DOM (linkedom, only
 * when HTML is met), chrome removal (share bars, related-links lists, navigation) and the walk
 * that turns the remaining markup into blocks (h2/h3 -> subheadings, p/li/blockquote -> paragraphs).
 */
import { createRequire } from 'node:module';
import type * as LinkedomT from 'linkedom';
import { inlineText } from './blocks.js';
import type { RawBlock } from './types.js';

type Linkedom = typeof LinkedomT;
// Minimal DOM shapes: linkedom's own types are loose, and the project compiles without the DOM lib.
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
  remove(): void;
  children: ArrayLike<DomElement>;
}
export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
}

const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;

/** Parse HTML into a document. linkedom is loaded on first use, so text-only runs never pay for it. */
export function parseHtmlDocument(html: string): DomDocument {
  linkedom ??= require('linkedom') as Linkedom;
  const doc = linkedom.parseHTML(html).document as unknown as DomDocument;
  // linkedom builds no <html> element for text without one (a fragment, plain text read as HTML):
  // give it the page around it that a browser would, so every later step finds a document element.
  if (doc.documentElement) return doc;
  return linkedom.parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
}

/** Elements that never hold article text. */
const DROP_TAGS = 'script, style, noscript, template, iframe, svg, canvas, form, button, select, input, nav, aside, footer, figure, video, audio, object, embed';

/** Class/id tokens that mark chrome: share bars, related stories, newsletters, ads, comments. */
const CHROME_TOKENS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'related', 'recommended', 'recommendations',
  'readmore', 'newsletter', 'subscribe', 'subscription', 'promo', 'sponsored', 'advert', 'advertisement',
  'ad', 'ads', 'outbrain', 'taboola', 'comments', 'cookie', 'cookies', 'consent', 'breadcrumb',
  'breadcrumbs', 'tags', 'toolbar', 'popup', 'modal', 'banner', 'byline', 'author', 'caption', 'credits',
]);

const CHROME_MAX_CHARS = 1000;

function isChrome(el: DomElement): boolean {
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  if (names.length <= 2) return false;
  for (const tok of names.toLowerCase().split(/[\s_-]+/u)) if (CHROME_TOKENS.has(tok)) return true;
  return false;
}

/** A list whose text is mostly link text: navigation or "related stories". */
function isLinkList(list: DomElement): boolean {
  const items = list.querySelectorAll('li');
  if (items.length < 2) return false;
  const total = inlineText(list.textContent ?? '').length;
  if (total === 0) return true;
  let linked = 0;
  const links = list.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += inlineText(links[i]!.textContent ?? '').length;
  return linked >= total * 0.6;
}

/** Remove chrome from a document or a subtree, in place. */
export function removeChrome(root: DomDocument | DomElement): void {
  const drop = root.querySelectorAll(DROP_TAGS);
  for (let i = drop.length - 1; i >= 0; i--) drop[i]!.remove();
  const all = root.querySelectorAll('[class], [id], [role], [aria-label]');
  const marked: DomElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.localName !== 'body' && el.localName !== 'html' && el.localName !== 'article' && el.localName !== 'main' && isChrome(el)) marked.push(el);
  }
  // Chrome is small; a big element that happens to carry such a class ("article share-enabled") is the story.
  for (const el of marked) if (inlineText(el.textContent ?? '').length <= CHROME_MAX_CHARS || isLinkList(el)) el.remove();
  const lists = root.querySelectorAll('ul, ol');
  const linkLists: DomElement[] = [];
  for (let i = 0; i < lists.length; i++) if (isLinkList(lists[i]!)) linkLists.push(lists[i]!);
  for (const el of linkLists) el.remove();
}

const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'div', 'section', 'article',
  'main', 'header', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'hr', 'br', 'body', 'html',
]);
const LEAD_TOKENS = new Set(['lead', 'standfirst', 'intro', 'summary', 'dek', 'deck', 'subtitle', 'subheadline', 'excerpt']);

function hasBlockChild(el: DomElement): boolean {
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) if (BLOCK_TAGS.has(kids[i]!.localName) && kids[i]!.localName !== 'br') return true;
  for (let i = 0; i < kids.length; i++) if (hasBlockChild(kids[i]!)) return true;
  return false;
}

function isLeadMarked(el: DomElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names.trim() !== '' && names.split(/[\s_-]+/u).some((t) => LEAD_TOKENS.has(t));
}

/**
 * A `<p>` is a paragraph, unless its class marks a standfirst, or it is a short line that is bold
 * all through (`<p><strong>Talks resume</strong></p>`): the way many editors set a subheading.
 */
function paragraphKind(p: DomElement, text: string): 'lead' | 'subheading' | 'paragraph' {
  if (isLeadMarked(p)) return 'lead';
  const kids = p.children;
  if (kids.length === 1 && (kids[0]!.localName === 'strong' || kids[0]!.localName === 'b')
    && inlineText(kids[0]!.textContent ?? '') === text && text.length <= 90 && !/[.!:;,]$/u.test(text)) {
    return 'subheading';
  }
  return 'paragraph';
}

/** Walk a subtree into blocks in reading order. */
export function blocksFromElement(root: DomElement): RawBlock[] {
  const out: RawBlock[] = [];
  let inline = '';
  const flush = (): void => {
    const t = inlineText(inline);
    if (t) out.push({ text: t, kind: 'paragraph' });
    inline = '';
  };
  const walk = (node: DomElement): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as DomElement;
      const tag = el.localName;
      if (tag === 'br') {
        inline += ' ';
        continue;
      }
      if (!BLOCK_TAGS.has(tag) && !hasBlockChild(el)) {
        inline += el.textContent ?? '';
        continue;
      }
      flush();
      if (/^h[1-6]$/u.test(tag)) {
        const t = inlineText(el.textContent ?? '');
        if (t) out.push({ text: t, kind: tag === 'h1' ? 'headline' : 'subheading' });
      } else if ((tag === 'p' || tag === 'li' || tag === 'dd' || tag === 'dt' || tag === 'pre' || tag === 'blockquote') && !hasBlockChild(el)) {
        const t = inlineText(el.textContent ?? '');
        if (t) out.push({ text: t, kind: tag === 'p' ? paragraphKind(el, t) : 'paragraph' });
      } else {
        walk(el);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Whether the tree under `root` is deeper than `limit` (iterative: deep trees must not overflow the stack). */
export function deeperThan(root: DomElement, limit: number): boolean {
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, depth + 1]);
  }
  return false;
}

/** An HTML fragment (a feed item's content) -> blocks, chrome removed. Plain text passes through. */
export function blocksFromHtmlFragment(html: string): RawBlock[] {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  if (!doc.body) return [];
  removeChrome(doc.body);
  return blocksFromElement(doc.body);
}

/** True when a string carries markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<(?:[pa]|br|div|span|h[1-6]|ul|ol|li|em|strong|[bi]|img|blockquote|figure|section|article|table)[\s/>]/iu.test(s);
}
