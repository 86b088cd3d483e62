/**
 * Chrome by position: "Read also", "Related", "More on this topic" introduce links to other stories,
 * and on a copied page each link is a short line of its own ("Putin, Kim to meet in Vladivostok").
 * Those lines look like subheadings; what gives them away is the intro before them. The intro and
 * the short unpunctuated lines after it go; the first sentence of text ends the list.
 */
import type { RawBlock } from '../read/types.js';
import { isBoilerplate } from './boilerplate.js';
import { copyrightOutlet, readCredit } from './credits.js';
import { agencyTail, cutTrailer, dropLinkNotes, isAgencySignOff, isTrailer } from './trailers.js';
import { endsSentence, wordCount } from './normalize.js';

const INTRO = /^(?:read (?:also|more)|also read|see also|related(?: (?:news|stories|articles|content|coverage))?|more (?:on this (?:topic|story)|news|stories|from [\p{L} ]{1,30})|recommended|you may also like|most read|most popular|top stories|latest news)\s*[:.…→»]?$/iu;
const MAX_LINK_WORDS = 20;
const MAX_LINKS = 8;
/** Blocks at the head (headline, header lines) where a sign-off with desk codes may be a header's credit. */
const HEAD_BLOCKS = 3;

function isLinkLine(b: RawBlock): boolean {
  return b.kind !== 'paragraph' && b.kind !== 'lead' && wordCount(b.text) <= MAX_LINK_WORDS && !endsSentence(b.text);
}

/**
 * Drop chrome blocks, bylines, credit lines and wire sign-offs, and the link lines that follow a
 * "Read also"-style intro. The outlets that bylines and credit lines name (a picture's agency
 * aside) are pushed to `credited`, in reading order.
 */
export function dropChrome(blocks: RawBlock[], credited: string[] = []): RawBlock[] {
  const out: RawBlock[] = [];
  let links = 0;
  for (const [i, b] of blocks.entries()) {
    if (!b.text) continue;
    if (INTRO.test(b.text)) {
      links = MAX_LINKS;
      continue;
    }
    if (links > 0 && isLinkLine(b)) {
      links--;
      continue;
    }
    links = 0;
    // A credit or sign-off closing a paragraph is cut first (the record's text is built from what is
    // kept), so the paragraph is judged by its own words: "… said. © 2020 AFP" is no photo credit.
    let text = dropLinkNotes(cutTrailer(b.text));
    // "… officials said. – AFP": the sign-off goes, and names the story's source.
    const signed = agencyTail(text);
    if (signed) {
      text = text.slice(0, signed.at).trimEnd();
      credited.push(signed.agency);
    }
    // Only blocks of the page's own text: a markup heading or standfirst is never a credit line.
    const credit = b.kind === 'headline' || b.kind === 'subheading' || b.kind === 'lead' ? undefined : readCredit(text);
    if (credit) {
      if (credit.agency && !credit.photo) credited.push(credit.agency);
      continue;
    }
    if (isBoilerplate(text) || isTrailer(text)) {
      // "© France 24": the copyright line goes, and names the story's source.
      const owner = copyrightOutlet(text);
      if (owner) credited.push(owner);
      continue;
    }
    if (i >= HEAD_BLOCKS && isAgencySignOff(text)) continue;
    out.push(text === b.text ? b : { ...b, text });
  }
  return out;
}
