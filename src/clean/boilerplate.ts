/**
 * Site chrome and wire furniture that is not article text: "Read more on the site →", share and
 * follow prompts, subscription pitches, copyright lines, credit lines, the Reuters "REUTER" sign-off.
 * A list of known phrases plus shape rules (short link-like lines, lists of social networks), so
 * new sites' variants are caught too. Only whole blocks are judged, and only short ones.
 */
import { collapseWhitespace } from '../read/blocks.js';

/** Blocks that are exactly one of these (case, punctuation and arrows ignored) are chrome. */
const PHRASES = new Set([
  'read more', 'read more on the site', 'read more on our website', 'read more on the website', 'read the full story',
  'read full article', 'read the full article', 'continue reading', 'full story', 'more', 'more news', 'share', 'share this',
  'share this article', 'share this story', 'share article', 'share on facebook', 'share on twitter', 'tweet', 'print',
  'print this article', 'email', 'e-mail', 'comments', 'comment', 'leave a comment', 'subscribe', 'subscribe now',
  'advertisement', 'advertising', 'sponsored', 'sponsored content', 'related', 'related articles', 'related stories',
  'related news', 'related content', 'related topics', 'more on this topic', 'more on this story', 'see also', 'also read', 'read also',
  'click here', 'back to top', 'top stories', 'most read', 'most popular', 'reuter', 'reuters', 'ends', 'loading',
  'listen', 'listen to this article', 'skip to content', 'skip to main content', 'sign in', 'log in', 'all rights reserved',
  'follow us', 'photo', 'video', 'image', 'copy link', 'link copied', 'newsletter', 'tags', 'topics',
  'listen to article', 'listen to the article', 'listen to this story', 'print this page', 'print article', 'print this story',
  'save', 'save article', 'save for later', 'saved', 'bookmark', 'gift this article', 'gift article', 'font size', 'text size',
  'share this page', 'share via email', 'show comments', 'view comments', 'hide comments', 'comments are closed',
  'join the conversation', 'join the discussion', 'join the debate', 'have your say', 'newsletter sign-up', 'newsletter signup',
  'sign up', 'skip advertisement', 'scroll to continue', 'scroll to continue with content', 'continue reading below',
  'story continues below', 'story continues below advertisement', 'article continues below advertisement',
  'article continues below', 'advertisement - scroll to continue', 'remove ads', 'ad feedback', 'report an error',
  'add a comment', 'post a comment', 'be the first to comment', 'sign in to comment', 'log in to comment', 'start the conversation',
  'comment on this story', 'comment on this article', 'enter your email address', 'enter your email', 'thank you for subscribing',
  'thanks for subscribing', 'you have successfully subscribed', 'copy link copied', 'link copied to clipboard', 'getty images',
  'advertisement advertisement',
]);

/** Short blocks starting like this are chrome. */
const PREFIXES: readonly RegExp[] = [
  /^(?:©|\(c\) ?\d{4}|copyright (?:© ?|\(c\) ?)?\d{4})/iu,
  // "Read more: …", "Read more on …", "See also"; "Read more than 200 pages …" is a sentence.
  /^(?:read|see) (?:more|also)(?:$|\s*[:|→»›…–—-]| (?:on|at|from|about|here|stories|news|articles|coverage|in)\b)/iu,
  // Reading time: "3 min read", "5 minute read", "Reading time: 4 minutes", "Estimated reading time: 6 min".
  /^(?:(?:estimated )?(?:reading|read) time ?:? ?)?(?:about |approx\.? |~ ?)?\d{1,3}(?:[-–]\d{1,3})?[ -]?(?:min(?:ute)?s?|m)\.?(?: read)?$/iu,
  // An audio player's label: "Listen to this article", "Listen · 4:32 min", "Listen (3 min)"; a player's clock.
  /^listen(?: to)?(?: this| the)? (?:article|story|audio version)\b.{0,20}$/iu,
  /^listen to this (?:article|story)\b[^.]{0,20}\. (?:enjoy|get|download|hear|more)\b/iu,
  /^listen ?[·•|(:–—-]/iu,
  /^\d{1,2}:\d{2}(?: ?min(?:ute)?s?)?$/u,
  // Comment prompts and counters: "Comments (12)", "View 23 comments", "What do you think? Let us know in the comments below."
  /^comments? ?\(\d{1,6}\)$|^\d{1,6} comments?$|^(?:view|show|read|see|load|hide) (?:all )?(?:\d{1,6} )?comments?\b.{0,20}$/iu,
  /^(?:what do you think|have your say|tell us what you think|share your (?:thoughts|views))\b.{1,120}\b(?:comments?|below|us)\b/iu,
  /\blet us know in the comments\b/iu,
  // Newsletter pitches: "Get the latest news delivered to your inbox".
  /^(?:get|receive|sign up|subscribe|stay (?:informed|up to date|updated)|want|the latest|don't miss)\b[^.!?]{1,120}\byour inbox\b/iu,
  // Picture and video furniture as copied pages print it, however long the caption: "Image caption, …",
  // "Image copyright Getty Images", "Media caption, Watch: …", "Image source, Reuters".
  /^(?:image|picture|photo|media|video) (?:caption|copyright|source|credit)s?\b/iu,
  /^(?:also read|read|must read|don't miss|related(?: news| stories| articles| coverage| content| topics)?|recommended|more on this|more from|watch|video|photos?|photograph|illustration|image|pictured|listen|tags|topics) ?[:|]/iu,
  // A picture's credit in brackets: "(Photo: Reuters)", "(Image: Example News)".
  /^\((?:photo|image|picture|photograph|file photo|illustration) ?: ?[^()]{1,60}\)$/iu,
  // The end of a newsletter form: "By signing up, you agree to our Privacy Policy …".
  /^by (?:signing up|subscribing|registering|clicking)\b.{1,80}\b(?:privacy|terms)\b/iu,
  /^follow (?:our|us on) (?:\S+ )?(?:channel|page|account)\b/iu,
  /^(?:click|tap) here to (?:follow|subscribe|join|download|read)\b/iu,
  // A lone credit or editor line; a metadata line with a time ("Source: Xinhua Editor: huaxia
  // 2024-12-18 21:30:12", fields split by "|") is the layout's to read: it carries the publication time.
  /^source ?: ?[^|\d]{1,60}$/iu,
  /^editors? ?: ?[^|\d]{1,40}$/iu,
  // A relative stamp with no date ("Published 2 hours ago", "Updated: 3 days ago"): nothing to read.
  /^(?:(?:first |last )?(?:published|updated|posted)(?: on)? ?:? ?)?(?:\d{1,4}|an?) (?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?) ago$/iu,
  /^follow (?:us|\S+(?: \S+)?) on (?:twitter|x|facebook|telegram|instagram|vk|vkontakte|youtube|linkedin|tiktok|threads|whatsapp|google news)\b/iu,
  /^follow us\b/iu,
  /^(?:subscribe|sign up|register) (?:to|for|now|here)\b/iu,
  /^(?:get|receive) (?:our|the) (?:\S+ )?newsletter\b/iu,
  /^join (?:us|our \S+) on\b/iu,
  /^(?:download|get) (?:our|the) (?:\S+ )?app\b/iu,
  /^click here\b/iu,
  /^share (?:this|on|via)\b/iu,
  /^\((?:reporting|writing|editing|additional reporting|compiled|editing by|translated) [^)]*\)$/iu,
  // Credit lines ("Reporting by …", "Editing by …") are trailers.ts's: there a name must follow.
  // A byline ("By Jane Doe", "By JANE DOE, Associated Press") is credit, not story text.
  /^[Bb]y \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:,? (?:and |for |of |the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})?$/u,
  /^this (?:article|story|material) (?:was|is|has been) (?:first |originally )?(?:published|posted|produced|updated)\b/iu,
];

const SOCIAL = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'vk', 'vkontakte', 'ok', 'email', 'e-mail', 'linkedin', 'reddit',
  'print', 'copy', 'link', 'share', 'pinterest', 'viber', 'messenger', 'instagram', 'youtube', 'tiktok', 'mail',
]);

const BREADCRUMB = /^[\p{L}&' ]{1,30}(?: [/>»›] [\p{L}&' ]{1,30}){2,6}$/u;

/** Chrome is short; anything longer than this is judged to be text. */
const MAX_CHROME_CHARS = 200;
/** A caption can run long; its label ("Image caption, …") says what it is. */
const MAX_CAPTION_CHARS = 600;
const CAPTION = /^(?:[Ii]mage|[Pp]icture|[Pp]hoto|[Mm]edia|[Vv]ideo) (?:caption|copyright|source|credit)s?\b/u;
/** A copyright line: "Copyright © 2024 Example News. All rights reserved.", "Copyright Example Media 2024" ("Copyright holders will …" is a sentence). */
const COPYRIGHT_LINE = /^(?:[Cc]opyright|COPYRIGHT|©|\([Cc]\))(?: ?(?:©|\([Cc]\)))? ?(?:\d{4}\b|\p{Lu})/u;
/** Pieces of a row of chrome ("4 min read · Updated 2 hours ago", "Advertisement · Scroll to continue"). */
const ROW_SEPARATOR = /\s*[·•|]\s*/u;
const MAX_ROW_CHARS = 120;

function key(text: string): string {
  return collapseWhitespace(text.toLowerCase()).replace(/[→»›>…|·•:.!\s]+$/u, '').replace(/^[←«‹<|·•\s]+/u, '').trim();
}

export function isBoilerplate(text: string): boolean {
  if (text.length <= MAX_CAPTION_CHARS && CAPTION.test(text)) return true;
  if (text.length > MAX_CHROME_CHARS) return false;
  if (isChromeLine(text)) return true;
  if (text.length <= MAX_ROW_CHARS && /[·•|]/u.test(text)) {
    const pieces = text.split(ROW_SEPARATOR).filter(Boolean);
    if (pieces.length >= 2 && pieces.every(isChromeLine)) return true;
  }
  return false;
}

function isChromeLine(text: string): boolean {
  const k = key(text);
  if (!k) return true;
  if (PHRASES.has(k) || k.includes('all rights reserved')) return true;
  for (const re of PREFIXES) if (re.test(text)) return true;
  // A photo credit or caption line carries the copyright sign ("Vladimir Putin © Mikhail Metzel/TASS").
  if (text.includes('©')) return true;
  if (COPYRIGHT_LINE.test(text) && !/[.!?]["”]?$/u.test(text)) return true;
  // A breadcrumb trail ("Home / World / Asia", "News › Politics").
  if (BREADCRUMB.test(text)) return true;
  // A short line ending in an arrow is a link ("Full coverage →", "More from the region »").
  if (text.length <= 80 && /(?:[→»›]|>>)\s*$/u.test(text)) return true;
  // A row of social network names ("Facebook Twitter WhatsApp Telegram").
  if (k.length > 120 || !SOCIAL.has(k.slice(0, k.search(/[\s|·•,/]|$/u)))) return false;
  const words = k.split(/[\s|·•,/]+/u).filter(Boolean);
  if (words.length >= 2 && words.length <= 12 && words.every((w) => SOCIAL.has(w))) return true;
  return false;
}
