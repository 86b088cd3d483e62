/**
 * From a phrase in the text to an entity: the link stage's mentions when they cover the phrase,
 * and, for pronouns, the last compatible speaker or subject in focus (tracked here, in text order).
 */
import type { Entity, EntityType } from '../../model.js';
import type { NameMention } from '../doc.js';
import { pronounTypes } from './lexicon.js';

interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  form?: string;
  resolved?: boolean;
}

export interface Resolution {
  entity?: Entity;
  /** True when the link was inferred (pronoun, description, a speaker carried over). */
  resolved: boolean;
}

/** Every entity mention, sorted by start, for look-ups by span. */
export class MentionIndex {
  private readonly mentions: IndexedMention[] = [];

  constructor(entities: readonly Entity[], private readonly names: readonly NameMention[]) {
    for (const e of entities) {
      for (const m of e.mentions) {
        const im: IndexedMention = { start: m.start, end: m.end, entity: e };
        if (m.form) im.form = m.form;
        if (m.resolved) im.resolved = m.resolved;
        this.mentions.push(im);
      }
    }
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * The entity named by the phrase [start, end): a mention inside the phrase (the head name of
   * "longtime Democratic pollster Pat Caddell") or one covering it. The rightmost such mention wins,
   * a PERSON beats anything else (the speaker of "Trump spokeswoman Hope Hicks" is Hicks), and a
   * body beats a place.
   */
  entityFor(start: number, end: number): Resolution | undefined {
    let best: IndexedMention | undefined;
    let bestScore = -1;
    for (const m of this.mentions) {
      if (m.start >= end) break;
      if (m.end <= start) continue;
      const inside = m.start >= start && m.end <= end;
      const covers = m.start <= start && m.end >= end;
      if (!inside && !covers) continue;
      // A body beats a place inside the phrase: "The Russian embassy in London" is the embassy.
      const kind = m.entity.type === 'PERSON' ? 2 : m.entity.type === 'ORG' || m.entity.type === 'GROUP' ? 0.5 : 0;
      const score = kind + (covers ? 1 : 0) + m.end / 1e9;
      if (score >= bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (!best) return undefined;
    return { entity: best.entity, resolved: !!best.resolved || best.form === 'description' || best.form === 'pronoun' };
  }

  /** The tagger's name mentions inside [start, end), for focus when no entity is linked yet. */
  nameIn(start: number, end: number): NameMention | undefined {
    let found: NameMention | undefined;
    for (const n of this.names) {
      if (n.start >= end) break;
      if (n.start >= start && n.end <= end) found = n;
    }
    return found;
  }
}

export type Gender = 'm' | 'f';

function pronounGender(p: string): Gender | undefined {
  const w = p.toLowerCase();
  if (w === 'he' || w === 'his' || w === 'him') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers') return 'f';
  return undefined;
}

/** A title that says the gender: "Mr Balls", "Mrs. Clinton", "Sir Digby Jones", "Queen Sonja". */
function titleGender(text: string): Gender | undefined {
  if (/\b(?:Mr|Sir|Lord|King|Prince|Duke|Father|Brother)\b/u.test(text)) return 'm';
  if (/\b(?:Mrs|Ms|Miss|Madam|Lady|Dame|Queen|Princess|Duchess|Sister)\b/u.test(text)) return 'f';
  return undefined;
}

export interface FocusItem {
  /** Where the antecedent stands in the text. */
  start: number;
  text: string;
  entity?: Entity;
  /** The antecedent's type when known (from the entity, the tagger, or capitalisation). */
  type?: EntityType;
  part: number;
  /** True for the speaker of a cue, false for a sentence subject. */
  speaker: boolean;
}

/** The speakers and subjects in focus, most recent last. */
export class Focus {
  private readonly items: FocusItem[] = [];

  /**
   * Add in text order (items usually arrive in order; a late one is inserted in place). Nothing
   * is dropped: cue-less quotes are settled after the whole article is read, and look back from
   * their own place, which may be early in a long article.
   */
  add(item: FocusItem): void {
    let i = this.items.length;
    while (i > 0 && (this.items[i - 1]?.start ?? 0) > item.start) i--;
    this.items.splice(i, 0, item);
  }

  /** Index of the last item that starts before `pos` (-1 if none): where a backward scan begins. */
  private before(pos: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid]?.start ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The last item before `pos` a pronoun may stand for, no further back than `minPart`, passing
   * over the items `skip` rejects.
   */
  forPronoun(pronoun: string, pos: number, minPart: number, skip?: (it: FocusItem) => boolean): FocusItem | undefined {
    const types = pronounTypes(pronoun);
    if (!types) return undefined;
    const gender = pronounGender(pronoun);
    for (let i = this.before(pos); i >= 0; i--) {
      const it = this.items[i];
      if (!it || it.start >= pos || skip?.(it)) continue;
      if (it.part < minPart) return undefined;
      const known = this.genderOf(it);
      if (gender && known && known !== gender) continue;
      if (it.type && types.has(it.type)) return it;
      if (!it.type && types.has('PERSON')) return it;
    }
    return undefined;
  }

  /** What the article has told us of a person's gender: a title, or a pronoun that stood for them. */
  private readonly genders = new Map<string, Gender>();

  private key(it: { entity?: Entity; text: string }): string {
    return it.entity ? `e:${it.entity.id}` : `t:${it.text}`;
  }

  genderOf(it: { entity?: Entity; text: string }): Gender | undefined {
    return this.genders.get(this.key(it)) ?? titleGender(it.text);
  }

  /** Remember that `pronoun` stood for `it` ("she" → Emma Caufield is a woman). */
  learn(it: { entity?: Entity; text: string }, pronoun: string): void {
    const g = pronounGender(pronoun);
    if (g && !this.genders.has(this.key(it))) this.genders.set(this.key(it), g);
  }

  /** The last cue speaker before `pos` in paragraph `part`. */
  lastSpeaker(pos: number, part: number): FocusItem | undefined {
    for (let i = this.before(pos); i >= 0; i--) {
      const it = this.items[i];
      if (!it || it.start >= pos) continue;
      if (it.part < part) return undefined;
      if (it.speaker) return it;
    }
    return undefined;
  }

  /** The last cue speaker before `pos`, no further back than `minPart`, linked to a person. */
  lastPersonSpeaker(pos: number, minPart: number): FocusItem | undefined {
    for (let i = this.before(pos); i >= 0; i--) {
      const it = this.items[i];
      if (!it || it.start >= pos) continue;
      if (it.part < minPart) return undefined;
      if (it.speaker && it.entity?.type === 'PERSON') return it;
    }
    return undefined;
  }

  /** The last item before `pos` that is a speaker-like antecedent (for quotes with no cue at all). */
  last(pos: number, minPart: number): FocusItem | undefined {
    for (let i = this.before(pos); i >= 0; i--) {
      const it = this.items[i];
      if (!it || it.start >= pos) continue;
      if (it.part < minPart) return undefined;
      if (!it.type || it.type === 'PERSON' || it.type === 'ORG' || it.type === 'GROUP') return it;
    }
    return undefined;
  }
}
