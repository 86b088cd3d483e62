/**
 * A tagger may take the end of a long title into a name ("National Intelligence Avril Haines"):
 * when the name ends with a full name the KB knows, that is the person, titled by what precedes.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: a person\'s full name at the end of a longer tagged name', () => {
  it('is the person, with the title before the name', () => {
    const text = 'The meeting was attended by Director of National Intelligence Avril Haines and two aides.';
    const doc = linked(text, [['National Intelligence Avril Haines', 'ORG']], { reference: '2021-04-16T10:00:00Z' });
    const e = entityWith(doc, 'Director of National Intelligence Avril Haines');
    expect(e?.type).toBe('PERSON');
    expect(e?.kb).toBe('person:avril-haines');
    expect(e?.country).toBe('USA');
  });

  it('leaves a longer name that ends with no known person alone', () => {
    const text = 'Officials of the National Intelligence Coordination Board met on Monday.';
    const doc = linked(text, [['National Intelligence Coordination Board', 'ORG']], { reference: '2021-04-16T10:00:00Z' });
    expect(entityWith(doc, 'National Intelligence Coordination Board')?.type).toBe('ORG');
  });
});
