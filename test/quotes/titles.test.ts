/**
 * A title and a name before a cue: "Varnia's military spokesman Maj Gen Piet Aalders said" is the
 * person, not the body in the title; ranks ("Maj Gen", "Col.", "Adm.") belong to the title and do
 * not cut the sentence; a person set off by commas after a title ("the army's spokesman, Col. X,")
 * speaks. Our own paragraphs, entities set by hand.
 */
import { describe, expect, it } from 'vitest';
import { docOf, quoteStarting, runQuotes, withEntities } from './helpers.js';

const varnia = { id: 'varnia', type: 'PLACE' as const, name: 'Varnia', names: ['Varnia', 'Varnian'] };
const army = { id: 'army', type: 'ORG' as const, name: 'Armed Forces of Varnia', names: ["Varnia's military", 'Varnian army'] };
const aalders = { id: 'aalders', type: 'PERSON' as const, name: 'Piet Aalders', names: ['Piet Aalders'] };

describe('title + name', () => {
  it('the person named after a body\'s title speaks, not the body', () => {
    const doc = withEntities(docOf("Border\n\nVarnia's military spokesman Maj Gen Piet Aalders said two jets had been shot down."), [varnia, army, aalders]);
    expect(quoteStarting(runQuotes(doc), 'two jets')).toMatchObject({ speaker: 'aalders', speakerText: "Varnia's military spokesman Maj Gen Piet Aalders" });
  });

  it('a rank with a full stop does not end the sentence', () => {
    for (const rank of ['Adm.', 'Col.', 'Maj. Gen.', 'Lt. Col.', 'Cmdr.', 'Brig. Gen.']) {
      const doc = withEntities(docOf(`Border\n\nVarnian navy spokesman ${rank} Piet Aalders said the fleet had stayed in port.`), [varnia, aalders]);
      const q = quoteStarting(runQuotes(doc), 'the fleet');
      expect(q?.speaker).toBe('aalders');
      expect(q?.speakerText).toBe(`Varnian navy spokesman ${rank} Piet Aalders`);
    }
  });

  it('a person set off by commas after a body\'s title speaks', () => {
    const doc = withEntities(docOf("Border\n\nThe Varnian army's spokesman, Col. Piet Aalders, said the border was calm."), [varnia, army, aalders]);
    expect(quoteStarting(runQuotes(doc), 'the border was calm')?.speaker).toBe('aalders');
  });

  it('a person the tagger named but the linker did not is still no body', () => {
    const doc = withEntities(docOf("Border\n\nVarnia's military spokesman Maj Gen Joost Brink said the border was calm."), [varnia, army]);
    doc.names.push({ start: doc.article.text.indexOf('Joost'), end: doc.article.text.indexOf(' said'), text: 'Joost Brink', type: 'PERSON' });
    doc.names.sort((a, b) => a.start - b.start);
    const q = quoteStarting(runQuotes(doc), 'the border was calm');
    expect(q?.speaker).toBeUndefined();
    expect(q?.speakerText).toContain('Joost Brink');
  });

  it('a body the tagger called a person but the linker linked as a body stays the body', () => {
    const doc = withEntities(docOf('Expulsions\n\nThe Kremlin said the expulsions were a response to unfriendly acts.'), [
      { id: 'kremlin', type: 'ORG', name: 'Kremlin', names: ['Kremlin'] },
    ]);
    for (const n of doc.names) n.type = 'PERSON';
    expect(quoteStarting(runQuotes(doc), 'the expulsions')?.speaker).toBe('kremlin');
  });
});
