/**
 * The web app in a real browser (Debian's chromium through playwright-core): search with facets,
 * the article view, following a speaker to the actor page, filtering and exporting events, the map,
 * dyad and network views, ingest — and an article full of XSS payloads that must stay inert text.
 * Screenshots of the main pages are written to test-results/screenshots/ for review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pronounRecord } from '../store/records.js';
import { browserAvailability, SAMPLE, startHarness, TOKEN, type Harness } from './harness.js';

const availability = browserAvailability();
if (!availability.run) process.stderr.write(`${availability.why}\n`);

describe.runIf(availability.run)('the web app in chromium', () => {
  let h: Harness;
  const url = (path: string) => `${h.server.url}${path}`;

  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('searches, shows snippets, and narrows by a facet', async () => {
    const { page } = h;
    await page.goto(url('/'));
    await page.getByRole('searchbox', { name: 'search words' }).fill('Putin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=Putin/u);
    await expect.poll(() => page.locator('.hits > p.muted').textContent()).toContain('for “Putin”');
    const hits = page.locator('.hit');
    expect(await hits.count()).toBeGreaterThan(1);
    expect(await page.locator('.hit mark').first().textContent()).toMatch(/putin/iu);
    await h.shot('search');
    const before = await hits.count();
    const facet = page.locator('[data-facet="Agency"] .facet-value').first();
    const agency = (await facet.textContent()) ?? '';
    await facet.click();
    await page.waitForURL(/agency=/u);
    // Wait for the narrowed list: every hit from that agency.
    await expect.poll(async () => {
      const metas = await page.locator('.hit .meta').allTextContents();
      return metas.length > 0 && metas.every((m) => m.includes(agency));
    }).toBe(true);
    expect(await hits.count()).toBeLessThanOrEqual(before);
  });

  it.runIf(existsSync(SAMPLE))("three clicks: the sample's invitation event, Putin's quotes, Kim Jong-un's page", async () => {
    const { page } = h;
    await page.goto(url('/'));
    let clicks = 0;
    await page.getByRole('link', { name: /invites Kim Jong-un/u }).click();
    clicks++;
    const events = page.getByTestId('article-events');
    await expect.poll(() => events.locator('li').count()).toBeGreaterThan(0);
    const invitation = events.locator('li', { hasText: /invitation/u }).first();
    expect(await invitation.textContent()).toMatch(/Vladimir Putin.*Kim Jong-un/su);
    await h.shot('article');
    await page.getByRole('tab', { name: /Quotes/u }).click();
    clicks++;
    const quotes = page.getByTestId('article-quotes');
    const putin = quotes.locator('li', { hasText: 'Vladimir Putin' });
    expect(await putin.count()).toBeGreaterThan(3);
    await h.shot('article-quotes');
    await page.locator('.article-text a.ent-PERSON', { hasText: 'Kim Jong-un' }).first().click();
    clicks++;
    await page.waitForURL(/\/actor\/Kim%20Jong-un/u);
    expect(await page.locator('h1').textContent()).toContain('Kim Jong-un');
    expect(clicks).toBe(3);
  });

  it('opens an article, hovers a mention for its KB entry, and follows a speaker to the actor page', async () => {
    const { page } = h;
    await page.goto(url('/search?q=Putin'));
    await page.locator('.hit h2 a').first().click();
    await page.waitForURL(/\/article\//u);
    const mention = page.locator('.article-text a.ent-PERSON', { hasText: 'Putin' }).first();
    await mention.hover();
    const card = page.getByTestId('kb-card');
    await expect.poll(() => card.textContent()).toMatch(/President of Russia/u);
    expect(await page.locator('.article-text .speaker-tag').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /Quotes/u }).click();
    const speaker = page.getByTestId('article-quotes').locator('.speaker a').first();
    const name = (await speaker.textContent()) ?? '';
    await speaker.click();
    await page.waitForURL(/\/actor\//u);
    expect(await page.locator('h1').textContent()).toContain(name);
    await expect.poll(() => page.getByTestId('actor-quotes').locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThan(0);
    await h.shot('actor');
    // What the speaker said about a topic: a word of one quote narrows the list to quotes with it.
    const quotes = page.getByTestId('actor-quotes').locator('li q');
    const all = await quotes.count();
    const word = ((await quotes.first().textContent()) ?? '').split(/\s+/u).find((w) => /^[a-z]{6,}$/iu.test(w)) ?? '';
    expect(word).not.toBe('');
    await page.getByLabel('quotes about').fill(word);
    await page.getByRole('button', { name: 'Find' }).click();
    await expect.poll(async () => {
      const texts = await quotes.allTextContents();
      return texts.length > 0 && texts.every((t) => t.toLowerCase().includes(word.toLowerCase()));
    }).toBe(true);
    expect(await quotes.count()).toBeLessThanOrEqual(all);
  });

  it('filters the events table and exports what it shows', async () => {
    const { page } = h;
    await page.goto(url('/events'));
    const rows = page.getByTestId('events-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const all = await rows.count();
    await page.locator('select[name="type"]').selectOption('AGREE');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/type=AGREE/u);
    await expect.poll(async () => (await rows.allTextContents()).every((t) => t.includes('AGREE'))).toBe(true);
    const agree = await rows.count();
    expect(agree).toBeGreaterThan(0);
    expect(agree).toBeLessThan(all);
    await h.shot('events');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\r\n');
    expect(csv[0]).toContain('type');
    expect(csv.length - 1).toBe(agree);
    expect(csv.slice(1).every((l) => l.includes(',AGREE,'))).toBe(true);
  });

  it("shows an event whose actor the text calls \"He\" under the entity's name, in the table and on the actor page", async () => {
    const { page } = h;
    await page.goto(url('/events?actor=Keller'));
    const rows = page.getByTestId('events-table').locator('tbody tr');
    const request = rows.filter({ hasText: 'He called on the two sides' });
    await expect.poll(() => request.count()).toBe(1);
    const actorCell = request.locator('td').nth(3);
    expect((await actorCell.textContent())?.trim()).toBe('Anton Keller OST');
    expect(await actorCell.locator('a').getAttribute('href')).toBe('/actor/Anton%20Keller');
    expect((await request.locator('td').nth(4).textContent())?.trim()).toBe('the two sides');
    await actorCell.locator('a').click();
    await page.waitForURL(/\/actor\/Anton%20Keller/u);
    const latest = page.locator('.events-list li', { hasText: 'REQUEST' });
    await expect.poll(() => latest.count()).toBe(1);
    expect(await latest.textContent()).toContain('Anton Keller → the two sides');
    expect(await page.locator('.events-list').textContent()).not.toMatch(/\bHe →/u);
  });

  it("links an entity of an article to its actor page by the knowledge base's spelling", async () => {
    const { page } = h;
    await page.goto(url(`/article/${pronounRecord().id}`));
    const events = page.getByTestId('article-events');
    await expect.poll(() => events.locator('li').count()).toBe(2);
    expect(await events.locator('li', { hasText: 'He called' }).textContent()).toContain('Anton Keller → the two sides');
    // The article spells him "Lukas Brandt"; the store lists him as its KB entry does.
    await events.getByRole('link', { name: 'Lucas Brandt' }).first().click();
    await page.waitForURL(/\/actor\/Lucas%20Brandt/u);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Lucas Brandt');
  });

  it('draws the map, the timeline, a dyad and the network from bundled assets', async () => {
    const { page } = h;
    await page.goto(url('/events?view=map'));
    const map = page.getByTestId('event-map');
    await expect.poll(() => map.locator('path.country').count()).toBeGreaterThan(100);
    await expect.poll(() => map.locator('circle.dot').count()).toBeGreaterThan(0);
    await h.shot('events-map');
    await page.getByRole('link', { name: 'Timeline' }).click();
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(1);
    await h.shot('events-timeline');
    await page.getByRole('link', { name: 'Dyad' }).click();
    await expect.poll(() => page.locator('input[name="a"]').inputValue()).toMatch(/^[A-Z]{3}$/u);
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(1);
    await h.shot('events-dyad');
    await page.getByRole('link', { name: 'Network' }).click();
    const net = page.getByTestId('network');
    await expect.poll(() => net.locator('g.node').count()).toBeGreaterThan(3);
    await h.shot('events-network');
    const [edges] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download edges (CSV)' }).click()]);
    const lines = readFileSync((await edges.path()) ?? '', 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('source,target,cooperation,conflict');
    expect(lines.length - 1).toBe(await net.locator('line.edge').count());
    const node = net.locator('g.node', { hasText: 'Vladimir Putin' });
    if (await node.count()) {
      await node.first().click();
      await page.waitForURL(/\/actor\/Vladimir%20Putin/u);
    }
  });

  it('ingests pasted text and an uploaded file with the token, and links to the new article', async () => {
    const { page } = h;
    await page.goto(url('/ingest'));
    await page.getByLabel('API token').fill(TOKEN);
    await page.locator('textarea[name="text"]').fill('Harbour talks open in Valletta\n\nVALLETTA, May 4 (Testwire) - Malta and Tunisia opened talks on fishing rights on Monday, officials said.');
    await page.locator('input[name="published"]').fill('2026-05-04');
    await page.getByRole('button', { name: 'Analyze and store' }).click();
    const result = page.getByTestId('ingest-result');
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('Harbour talks open in Valletta');
    await h.shot('ingest');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'upload.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Ferry link agreed\n\nTALLINN, May 5 (Testwire) - Estonia and Finland agreed on Tuesday to expand the ferry link, ministers said.'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('Ferry link agreed');
    await result.getByRole('link').first().click();
    await page.waitForURL(/\/article\//u);
    expect(await page.locator('.article-text h1').textContent()).toContain('Ferry link agreed');
  });

  it('renders an article full of XSS payloads as inert text', async () => {
    const { page } = h;
    const payloads = [
      '<script>window.__xss = "script"</script>',
      '<img src=x onerror="window.__xss = \'img\'">',
      '<a href="javascript:window.__xss = \'link\'">click me</a>',
      '<svg onload="window.__xss = \'svg\'"><circle r="5"/></svg>',
      '<iframe src="javascript:parent.__xss = \'iframe\'"></iframe>',
      '"><script>window.__xss = "attr"</script>',
    ];
    const text = `Payload bulletin for the test desk\n\nGENEVA, June 1 (Testwire) - Officials said ${payloads.join(' and ')} were found.\n\n"${payloads[1]}," the spokesman said.`;
    const posted = await fetch(url('/api/articles'), {
      method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, body: text,
    });
    const report = await posted.json() as { stored: Array<{ id: string }> };
    const id = report.stored[0]?.id;
    expect(id).toBeDefined();
    const html = `<!doctype html><html><head><title>HTML payload page</title><script>window.__xss="head"</script></head><body><article><h1>HTML payload page</h1>
      <p>LONDON (Testwire) - The ministry said <img src=x onerror="window.__xss='html-img'"> its statement &lt;script&gt;window.__xss=1&lt;/script&gt; stood.</p>
      <p>Another paragraph with <a href="javascript:window.__xss='html-link'">a link</a> and <svg onload="window.__xss='html-svg'"></svg> text, long enough to be read as the body of the article by the reader.</p></article></body></html>`;
    const postedHtml = await fetch(url('/api/articles'), {
      method: 'POST', headers: { 'Content-Type': 'text/html', Authorization: `Bearer ${TOKEN}` }, body: html,
    });
    const htmlId = ((await postedHtml.json()) as { stored: Array<{ id: string }> }).stored[0]?.id;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const [path, shot] of [[`/article/${id}`, 'xss-article'], ...(htmlId ? [[`/article/${htmlId}`, 'xss-html-article']] : []), ['/?q=payload', 'xss-search']] as const) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      if (shot === 'xss-article') {
        await expect.poll(() => page.locator('.article-text').textContent()).toContain('<script>window.__xss = "script"</script>');
        for (const a of await page.locator('.article-text a').all()) await a.hover();
      }
      await h.shot(shot);
      expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await page.locator('main img, main iframe, main script, .article-text svg').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    }
    expect(dialogs).toBe(0);
  });

  it('fetches nothing from the internet and logs no errors (no CSP violation)', () => {
    expect(h.external).toEqual([]);
    expect(h.errors.filter((e) => !/status of (?:401|403|404)/u.test(e))).toEqual([]);
  });
});
