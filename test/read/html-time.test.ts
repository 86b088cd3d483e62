/** A page whose only stamp is a <time> element's printed text, and a page with trailers. Our own page. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { readAll } from '../../src/read/index.js';

const PARAS = [
  'Finance ministers agreed on Monday to send relief to the flooded provinces, the finance ministry said in a statement after the talks.',
  'The money will be paid out over two years, and the first part will reach the provinces before the winter, officials said on Monday.',
  'Opposition lawmakers said the sum was too small and called for a second round of talks before the budget vote later this year.',
];

function page(time: string, site: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Ministers agree on flood relief</title><meta property="og:site_name" content="${site}"></head>
<body><article><h1>Ministers agree on flood relief</h1>${time}
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}${extra}</article></body></html>`;
}

function clean(html: string) {
  const [raw] = readAll(Buffer.from(html), 'page.html').articles;
  return cleanArticle(raw!);
}

describe('a stamp shown in <time> without a machine value', () => {
  it('is read with its zone', () => {
    expect(clean(page('<time>16/08/2020 - 18:55 GMT</time>', 'The Guardian')).published).toBe('2020-08-16T18:55:00Z');
    expect(clean(page('<time>Sun 16 Aug 2020 18.55 BST</time>', 'The Guardian')).published).toBe('2020-08-16T18:55:00+01:00');
  });

  it('takes the day/month order of the site', () => {
    expect(clean(page('<time>05/08/2020 10:00 GMT</time>', 'The Guardian')).published).toBe('2020-08-05T10:00:00Z');
    expect(clean(page('<time>05/08/2020 10:00 AM EDT</time>', 'CNN')).published).toBe('2020-05-08T10:00:00-04:00');
    expect(clean(page('<time>05/08/2020 10:00</time>', 'Daily Planet')).published).toBeUndefined();
  });

  it('prefers the machine value when there is one', () => {
    expect(clean(page('<time datetime="2020-08-16T18:55:00+03:00">16/08/2020</time>', 'Daily Planet')).published).toBe('2020-08-16T18:55:00+03:00');
  });
});

describe('trailers in a page', () => {
  it('leave the text, and the story stays whole', () => {
    const a = clean(page('<time>16/08/2020 - 18:55 GMT</time>', 'Daily Planet',
      '<p>Jane Doe contributed to this report.</p><p>© 2020 Daily Planet. All rights reserved.</p><p>Follow Jane Doe on Twitter: @janedoe</p>'));
    expect(a.text).not.toMatch(/contributed to this report|rights reserved|Twitter/u);
    expect(a.text).toContain(PARAS[2]);
  });
});
