/**
 * A bare surname with nobody of that name in office goes to the one former head of state or
 * government of the name, unless a namesake left a prominent office (foreign minister, head of
 * government ...) since: "Clinton" in 2016 is no longer surely the president of 2001. The KB
 * records no candidacies, so the later namesake is not chosen either. Original prose.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

describe('link: former leaders and later namesakes', () => {
  it('"Clinton" in 2016 is not Bill Clinton by default', () => {
    const doc = linked('Clinton led the poll by four points, her campaign said.', [['Clinton', 'PERSON']], { reference: '2016-10-01T10:00:00Z' });
    expect(entityWith(doc, 'Clinton')?.kb).toBeUndefined();
  });

  it('"Clinton" in 2005, before the namesake took office, is the former president', () => {
    const doc = linked('Clinton said the relief fund was growing.', [['Clinton', 'PERSON']], { reference: '2005-03-01T10:00:00Z' });
    expect(entityWith(doc, 'Clinton')?.kb).toBe('person:bill-clinton');
  });

  it('"Clinton" while the secretary of state is in office is her', () => {
    const doc = linked('Clinton met the Egyptian foreign minister on Monday.', [['Clinton', 'PERSON']], { reference: '2012-10-01T10:00:00Z' });
    expect(entityWith(doc, 'Clinton')?.kb).toBe('person:hillary-clinton');
  });

  it('an article that names Hillary Clinton in full keeps her', () => {
    const text = 'Hillary Clinton toured Ohio. Clinton said she would win.';
    const doc = linked(text, [['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']], { reference: '2016-10-01T10:00:00Z' });
    expect(entityWith(doc, 'Clinton', text.indexOf('Clinton said'))?.kb).toBe('person:hillary-clinton');
  });
});
