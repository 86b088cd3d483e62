/**
 * The TASS sample against its reference annotation's `article` part. The gold is read here to
 * compare with; the code under test never sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { readInput } from '../../src/read/index.js';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');
const TXT = join(SAMPLES, 'tass-2018-06-14-putin-kim.txt');
const GOLD = join(SAMPLES, 'tass-2018-06-14-putin-kim.expected.json');

interface GoldArticle {
  headline: string;
  section: string;
  published: string;
  lead: string;
  dateline: { place: string; date: string; agency: string };
  subheadings: string[];
  boilerplate: string[];
}

describe.skipIf(!existsSync(TXT))('the TASS sample', () => {
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { article: GoldArticle }).article;
  const raws = readInput(readFileSync(TXT), TXT);
  const a = cleanArticle(raws[0]!);

  it('is one wire-text article', () => {
    expect(raws).toHaveLength(1);
    expect(a.source.format).toBe('wire-text');
  });

  it('headline and section', () => {
    expect(a.headline).toBe(gold.headline);
    expect(a.section).toBe(gold.section);
  });

  it('published: the same instant, with an offset, zone inferred', () => {
    expect(a.published).toMatch(/(?:Z|[+-]\d{2}:\d{2})$/u);
    expect(Date.parse(a.published!)).toBe(Date.parse(gold.published));
    expect(a.published).toBe(gold.published);
    expect(a.publishedZoneInferred).toBe(true);
    expect(a.publishedZone).toBe('Europe/Moscow');
  });

  it('dateline place, date and agency, with a span that round-trips', () => {
    expect(a.dateline).toMatchObject(gold.dateline);
    const span = a.dateline!.span!;
    expect(a.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('both subheadings', () => {
    const subs = a.parts.filter((p) => p.kind === 'subheading').map((p) => a.text.slice(p.start, p.end));
    expect(subs).toEqual(gold.subheadings);
  });

  it('no site chrome', () => {
    for (const b of gold.boilerplate) expect(a.text).not.toContain(b);
  });

  it('the lead exactly once, as the lead part', () => {
    expect(a.text.split(gold.lead).length - 1).toBe(1);
    const leads = a.parts.filter((p) => p.kind === 'lead').map((p) => a.text.slice(p.start, p.end));
    expect(leads).toEqual([gold.lead]);
  });
});
