/** A name found in the article, in token terms while the stage refines it. */
import type { EntityType } from '../../model.js';

export interface Candidate {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  /** Character range; usually the tokens' range, narrower when a name is part of a token ("Trump-Kim"). */
  charStart: number;
  charEnd: number;
  type: EntityType;
  /** CoNLL type the tagger gave (PER, ORG, LOC, MISC), when the tagger found it. */
  conll?: string;
  source: 'tagger' | 'gazetteer' | 'rule';
}
