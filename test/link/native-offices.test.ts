/**
 * Offices printed under their own country's word ("the Yang di-Pertuan Agong", "the Taoiseach"):
 * titles, not people's names. They are the holder on the article's date when the KB has one, and
 * no entity at all otherwise.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: a native office named as if a person', () => {
  it('is the holder on the date', () => {
    const text = 'The Yang di-Pertuan Agong consented to the dissolution of parliament, the palace said. The prime minister had an audience with the Yang di-Pertuan Agong on Thursday.';
    const doc = linked(text, [['Yang di-Pertuan Agong', 'PERSON']], { reference: '2022-10-10T10:00:00Z' });
    const e = entityWith(doc, 'The Yang di-Pertuan Agong');
    expect(e?.kb).toBe('person:abdullah-of-pahang');
    expect(e?.country).toBe('MYS');
    expect(e?.mentions).toHaveLength(2);
    expect(doc.entities.some((x) => x.name === 'Yang di-Pertuan Agong')).toBe(false);
  });

  it('follows the office from one holder to the next', () => {
    const text = 'Yang di-Pertuan Agong opened the new session of parliament.';
    const doc = linked(text, [['Yang di-Pertuan Agong', 'PERSON']], { reference: '2024-06-01T10:00:00Z' });
    expect(entityWith(doc, 'Yang di-Pertuan Agong')?.kb).toBe('person:ibrahim-of-johor');
  });

  it('makes no person of the title when nobody held it on the date', () => {
    const text = 'The Yang di-Pertuan Agong opened the session.';
    const doc = linked(text, [['Yang di-Pertuan Agong', 'PERSON']], { reference: '1975-06-01T10:00:00Z' });
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(0);
  });

  it('is the same person as the name printed beside it', () => {
    const text = 'He was sworn in before the Yang di-Pertuan Agong, Sultan Muhammad V, at the palace.';
    const doc = linked(text, [['Yang di-Pertuan Agong', 'PERSON'], ['Muhammad V', 'PERSON']], { reference: '2018-05-10T10:00:00Z' });
    const e = entityWith(doc, 'the Yang di-Pertuan Agong');
    expect(e?.kb).toBe('person:muhammad-v-of-kelantan');
    expect(entityWith(doc, 'Sultan Muhammad V')).toBe(e);
    // A ruler the KB names by realm goes by the styled name the article prints.
    expect(e?.name).toBe('Sultan Muhammad V');
  });

  it('takes a native office fused to the name as its title', () => {
    const text = 'Yang di-Pertuan Agong Sultan Ibrahim received the delegation.';
    const doc = linked(text, [['Yang di-Pertuan Agong Sultan Ibrahim', 'PERSON']], { reference: '2024-06-01T10:00:00Z' });
    expect(doc.entities.find((x) => x.type === 'PERSON')?.kb).toBe('person:ibrahim-of-johor');
  });

  it('reads the Taoiseach the same way', () => {
    const doc = linked('The Taoiseach told the Dail the budget would pass.', [['Taoiseach', 'PERSON']], { reference: '2021-06-01T10:00:00Z' });
    expect(entityWith(doc, 'The Taoiseach')?.country).toBe('IRL');
    expect(entityWith(doc, 'The Taoiseach')?.type).toBe('PERSON');
  });
});
