/** Hand-built analyzed records for store tests: original prose, spans made with spanOf so they round-trip. */
import { createHash } from 'node:crypto';
import { spanOf } from '../../src/analyze/doc.js';
import type { AnalyzedArticle, Entity, Part } from '../../src/model.js';

export function record(headline: string, paragraphs: string[], extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  const parts: Part[] = [];
  let text = '';
  for (const [i, block] of [headline, ...paragraphs].entries()) {
    if (i > 0) text += '\n\n';
    parts.push({ kind: i === 0 ? 'headline' : i === 1 ? 'lead' : 'paragraph', start: text.length, end: text.length + block.length });
    text += block;
  }
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    id, text, parts, headline, source: { format: 'wire-text', path: `${id}.txt` },
    entities: [], times: [], quotes: [], events: [], ...extra,
  };
}

/** Every mention of `name` in `text` (plain substring occurrences). */
export function entity(text: string, id: string, name: string, type: Entity['type'], more: Partial<Entity> = {}): Entity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    mentions.push({ ...spanOf(text, at, at + name.length), form: 'name' as const });
  }
  return { id, type, name, mentions, ...more };
}

export function spanFor(text: string, piece: string): { start: number; end: number; text: string } {
  const at = text.indexOf(piece);
  if (at < 0) throw new Error(`"${piece}" is not in the text`);
  return spanOf(text, at, at + piece.length);
}

export const HARBOUR = [
  'The harbour authority of the northern port city announced on Monday that it would close two of its oldest piers for repairs lasting most of the coming winter, diverting ferry traffic to a temporary terminal south of the old town.',
  'Officials said the decision followed an inspection in September that found corroded supports beneath the wooden decks, and that no injuries had been reported so far.',
  'Ferry operators warned that crossings could take up to twenty minutes longer while the temporary terminal is in use, and asked passengers to check timetables before travelling.',
  'The city council is expected to vote next month on a plan to rebuild both piers in concrete, a project engineers estimate will take three years to complete.',
];

export const ORCHARD = [
  'Apple growers in the river valley expect their smallest harvest in a decade after a late frost in April destroyed blossoms across hundreds of hectares, the regional farmers union said on Thursday.',
  'The union asked the agriculture ministry for emergency support to cover losses, saying many family farms had already borrowed heavily to replace ageing trees.',
  'Prices at wholesale markets have risen by nearly a third since the summer, traders said, and importers are seeking fruit from neighbouring countries to fill the gap.',
];

export const TREATY = [
  'The foreign ministers of Norland and Sudmark signed a treaty on Friday settling a maritime border dispute that had strained relations between the two neighbours for more than forty years.',
  'Under the agreement, fishing fleets from both countries will share access to the contested waters, and a joint commission will meet twice a year to set catch limits.',
  '"This treaty shows that patient diplomacy works," the Norland foreign minister, Ada Lind, told reporters after the ceremony. Her Sudmark counterpart, Olav Berg, said the deal would bring lasting calm to the region.',
  'Both parliaments must still ratify the treaty, which opposition parties in Sudmark have criticised as too generous to Norland.',
];

export const ENVOY = [
  'Foreign Minister Anton Keller of Ostravia met the Vesterland prime minister, Lukas Brandt, in Valdora on Tuesday to discuss the disputed river border.',
  'He called on the two sides to resume talks within a month, according to officials present at the meeting.',
  '"We cannot let this quarrel harden into something worse," he told him.',
  'Brandt said his government would study the proposal.',
];

/** The span of `word` where it begins `piece` (the first "He" of "He called", not of another word). */
function wordAt(text: string, piece: string, word: string): { start: number; end: number; text: string } {
  const s = spanFor(text, piece);
  if (!piece.startsWith(word)) throw new Error(`"${piece}" does not begin with "${word}"`);
  return spanOf(text, s.start, s.start + word.length);
}

/**
 * A made-up story whose actor and speaker are written as pronouns ("He called on…", "he told him")
 * that the analysis resolved to Anton Keller; one recipient ("the two sides") is no entity; Lukas
 * Brandt is linked to a knowledge-base entry spelled "Lucas Brandt".
 */
export function pronounRecord(): AnalyzedArticle {
  const r = record('Ostravian minister presses Vesterland on border talks', ENVOY, { published: '2022-03-08T10:00:00Z' });
  const t = r.text;
  const he = wordAt(t, 'He called', 'He');
  const he2 = wordAt(t, 'he told him', 'he');
  const him = spanOf(t, he2.start + 'he told '.length, he2.start + 'he told him'.length);
  const keller = entity(t, 'K1', 'Anton Keller', 'PERSON', { country: 'OST', code: 'OSTGOV', role: 'foreign minister' });
  keller.mentions.push({ ...he, form: 'pronoun', resolved: true }, { ...he2, form: 'pronoun', resolved: true });
  // Linked to a knowledge-base entry that spells him otherwise: lists and actor pages use that spelling.
  const brandt = entity(t, 'K2', 'Lukas Brandt', 'PERSON', { country: 'VST', code: 'VSTGOV', kb: 'person:lucas-brandt', kbName: 'Lucas Brandt' });
  brandt.mentions.push({ ...him, form: 'pronoun', resolved: true }, { ...wordAt(t, 'Brandt said', 'Brandt'), form: 'name' });
  r.entities = [keller, brandt, entity(t, 'K3', 'Ostravia', 'PLACE', { country: 'OST' }), entity(t, 'K4', 'Valdora', 'PLACE', { country: 'VST' })];
  r.quotes = [
    { ...spanFor(t, 'We cannot let this quarrel harden into something worse'), kind: 'direct', speaker: 'K1', speakerText: 'he', speakerResolved: true,
      addressee: 'K2', addresseeText: 'him', cue: 'he told him' },
    { ...spanFor(t, 'his government would study the proposal'), kind: 'indirect', speaker: 'K2', speakerText: 'Brandt', cue: 'Brandt said' },
  ];
  r.events = [
    {
      type: 'CONSULT', cameo: '040', status: 'occurred', date: '2022-03-08',
      actor: [{ entity: 'K1', text: 'Foreign Minister Anton Keller', code: 'OSTGOV', country: 'OST' }],
      recipient: [{ entity: 'K2', text: 'Lukas Brandt', code: 'VSTGOV', country: 'VST' }],
      evidence: spanFor(t, 'met the Vesterland prime minister'),
    },
    {
      type: 'REQUEST', cameo: '100', status: 'occurred', date: '2022-03-08',
      actor: [{ entity: 'K1', text: 'He', code: 'OSTGOV', country: 'OST' }],
      recipient: [{ text: 'the two sides' }],
      evidence: spanFor(t, 'He called on the two sides'),
    },
  ];
  return r;
}
