/**
 * Clean: raw article -> Article. Chrome out (bylines and credit lines too: the outlet they name is
 * kept as the story's source when no dateline names one), wire layout recognized (headline, section
 * line, lead, dateline, subheadings), repeats kept once, text and parts assembled with offsets,
 * publication time resolved to ISO 8601 with an offset (a numeric date of open day/month order
 * settled by the page's evidence, or not read), id from the normalized text. Wire copy with no stamp
 * is dated by its dateline's day when the year is printed or the story settles it (dateline-year.ts).
 */
import { InputError } from '../errors.js';
import type { Article, Dateline, SourceInfo } from '../model.js';
import type { RawArticle } from '../read/types.js';
import { agencyNamed } from './agencies.js';
import { assemble } from './assemble.js';
import { readCredit } from './credits.js';
import { datelineDate } from './dateline.js';
import { datelineYear } from './dateline-year.js';
import { officeYears } from './office-evidence.js';
import { settleOrder, type OrderHints } from './date-order.js';
import { articleId } from './id.js';
import { layOut, type Layout } from './layout.js';
import { dropChrome } from './link-lists.js';
import { mentionedDates, pageOrder, urlDate } from './page-dates.js';
import { resolveStamp } from './published.js';
import { tailStamp, trimTail } from './tail.js';
import { cityZone } from './zones.js';
import { dropRepeats } from './repeats.js';
import { parseSectionLine } from './section-line.js';
import { parseStamp, type Stamp } from './timestamp.js';

export interface CleanOptions {
  /** Publication time to use when the input carries none (ISO 8601). Never overrides a stated one. */
  published?: string;
}

function sourceOf(raw: RawArticle): SourceInfo {
  const source: SourceInfo = { format: raw.format };
  if (/^https?:\/\//iu.test(raw.input)) source.url = raw.input;
  else source.path = raw.input;
  if (raw.url) source.url = raw.url;
  if (raw.sourceId) source.sourceId = raw.sourceId;
  return source;
}

/** The page's address, when the source gives one. */
function pageUrl(raw: RawArticle): string | undefined {
  return raw.url ?? (/^https?:\/\//iu.test(raw.input) ? raw.input : undefined);
}

/** What the page prints besides its stamp that can settle the stamp's day/month order. */
function orderEvidence(raw: RawArticle, layout: Layout, text: string, tailStamp: Stamp | undefined): OrderHints {
  const near: NonNullable<OrderHints['near']>[number][] = [];
  const address = urlDate(pageUrl(raw));
  if (address) near.push(address);
  for (const st of [...(layout.otherStamps ?? []), ...(tailStamp && tailStamp !== layout.stamp ? [tailStamp] : [])]) near.push(st);
  return { near, pageOrder: pageOrder(raw.blocks.map((b) => b.text)), mentioned: mentionedDates(text) };
}

export function cleanArticle(raw: RawArticle, opts: CleanOptions = {}): Article {
  let fallback: Stamp | undefined;
  if (opts.published !== undefined) {
    fallback = parseStamp(opts.published);
    if (!fallback || fallback.ambiguousOrder) throw new RangeError(`clean: option published "${opts.published}" is not an ISO 8601 time`);
  }
  const title = raw.title?.trim() || undefined;
  // Outlets that bylines and credit lines name ("By Jane Doe | Anadolu Agency", "– AFP").
  const credited: string[] = [];
  // A byline the source gives apart (a page's byline element) comes first, as it is printed above
  // the story; the element may leave out the "By".
  const given = raw.credit ? readCredit(raw.credit) ?? readCredit(`By ${raw.credit}`) : undefined;
  if (given?.agency && !given.photo) credited.push(given.agency);
  // A byline element that also holds the date ("Jane Doe | 07.11.2024"): a header line, its stamp the
  // publication when the page prints no other.
  const givenHeader = raw.credit && !given ? parseSectionLine(raw.credit) : undefined;
  if (givenHeader?.agency) credited.push(givenHeader.agency);
  const chromeless = dropChrome(raw.blocks, credited);
  // A web page's or a feed item's markup: its paragraphs may hold the header and stamp lines.
  const markup = raw.format === 'html' || raw.format === 'rss' || raw.format === 'atom';
  const blocks = trimTail(chromeless, title ? 0 : 1, markup);
  // trimTail keeps a prefix: what it dropped is the rest.
  const tail = tailStamp(chromeless.slice(blocks.length));
  const layout = dropRepeats(layOut(blocks, title, raw.dateline, { markup }));
  if (!layout.headline && !layout.parts.length) throw new InputError(raw.input, 'no article text left after cleaning');

  const { text, parts, starts } = assemble(layout);
  const article: Article = { id: articleId(text), source: sourceOf(raw), text, parts, headline: layout.headline };
  const section = raw.section ?? layout.section;
  if (section) article.section = section;

  // What the source states comes first; the section line's timestamp next, then a stamp line under
  // the story; --published last.
  const dl = layout.dateline;
  const agency = dl?.agency ?? layout.agency ?? raw.agency ?? tail?.agency ?? credited[0];
  // The dateline city, printed in the text or on the stamp's header line.
  const place = dl?.place ?? layout.headerDateline?.place;
  // The article's source when no dateline names it: a header line's credit, a stamp line's, a
  // byline's or credit line's, the page's site name when it is an outlet we know.
  const creditedAgency = layout.agency ?? tail?.agency ?? credited[0] ?? (raw.agency ? agencyNamed(raw.agency) : undefined);
  // A numeric date the figures leave open ("05/06/2020") is settled by evidence (date-order.ts):
  // the dateline's date, dates printed near the stamp, the page's other numeric dates, the outlet's
  // convention, the dates the story names. One nothing settles is not read.
  const dlDate = dl?.date;
  let evidence: OrderHints | undefined;
  const settle = (st: Stamp | undefined, outlet: string | undefined): Stamp | undefined => {
    if (!st?.ambiguousOrder) return st;
    // Gathered only for an open stamp: most stamps are not.
    evidence ??= orderEvidence(raw, layout, text, tail?.stamp);
    return settleOrder(st, { ...evidence, outlet, dateline: dlDate });
  };
  const stated = settle(raw.published ? parseStamp(raw.published) : undefined, raw.agency ?? layout.agency ?? dl?.agency ?? credited[0]);
  const stamp = stated ?? settle(layout.stamp, layout.agency ?? raw.agency ?? dl?.agency ?? credited[0])
    ?? settle(givenHeader?.stamp, raw.agency ?? dl?.agency ?? credited[0])
    ?? settle(tail?.stamp, tail?.agency ?? layout.agency ?? raw.agency ?? dl?.agency ?? credited[0]) ?? fallback;
  // Wire copy with no stamp: the dateline's day is the publication day, when its year is printed
  // ("Caracas, Jan 23, 2019 (EFE).-") or the story's evidence settles it ("Caracas, Jan 23 (EFE).-").
  let dayOnly: Stamp | undefined;
  if (!stamp && dl?.date && layout.datelineAt !== undefined) {
    const y = dl.date.y ?? datelineYear(dl.date, layout.parts[layout.datelineAt]!.text.slice(dl.length), text, (mo, d) => officeYears(text, mo, d));
    if (y !== undefined) dayOnly = { y, mo: dl.date.mo, d: dl.date.d };
  }
  const published = stamp ?? dayOnly;
  if (published) {
    const p = resolveStamp(published, {
      // A dateline day is the dateline city's date.
      zone: stated ? raw.publishedZone : stamp ? undefined : cityZone(place), agency, place,
      // Evidence for a shared zone abbreviation ("IST", "CST"): the page's own name, credits, address.
      outlets: [raw.agency, layout.agency, tail?.agency, ...credited], url: pageUrl(raw), bylinePlace: layout.bylinePlace ?? givenHeader?.place,
    });
    article.published = p.published;
    if (p.zone) article.publishedZone = p.zone;
    if (p.zoneInferred) article.publishedZoneInferred = true;
    if (p.precision) article.publishedPrecision = p.precision;
  }

  if (dl && layout.datelineAt !== undefined) {
    const start = starts[layout.datelineAt]!;
    const end = start + dl.length;
    // Built from offsets into `text`, so the span round-trips by construction.
    const dateline: Dateline = { place: dl.place, span: { start, end, text: text.slice(start, end) } };
    if (dl.date) dateline.date = datelineDate(dl.date, article.published);
    // A source that gives the dateline apart (Reuters-21578) is itself the agency.
    const dlAgency = dl.agency ?? (raw.dateline ? raw.agency : undefined) ?? creditedAgency;
    if (dlAgency) dateline.agency = dlAgency;
    article.dateline = dateline;
  } else if (layout.headerDateline) {
    // A dateline printed on the stamp's header line: the place and date, whose agency the credits name.
    const hd = layout.headerDateline;
    const dateline: Dateline = { place: hd.place, date: datelineDate(hd.date) };
    if (creditedAgency) dateline.agency = creditedAgency;
    article.dateline = dateline;
  } else if (creditedAgency) {
    // No dateline: the record still says whose story it is, as a dateline credit would.
    article.dateline = { agency: creditedAgency };
  }
  if (raw.language) article.language = raw.language;
  return article;
}
