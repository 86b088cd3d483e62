/** The entries of the knowledge base: what the linker can attach an entity to. */
import type { EntityType } from '../model.js';

/**
 * Office kinds of KB-FORMAT.md: head of state, of government, foreign/defence minister ... and, for
 * offices outside government whose holders CAMEO codes apart, a military officer (MIL), an
 * intelligence chief (SPY), an opposition leader (OPP) and a party leader (PTY).
 */
export type OfficeKind = 'HOS' | 'HOG' | 'FM' | 'DM' | 'IGO' | 'LEG' | 'OTHER' | 'MIL' | 'SPY' | 'OPP' | 'PTY';
export const OFFICE_KINDS: readonly OfficeKind[] = ['HOS', 'HOG', 'FM', 'DM', 'IGO', 'LEG', 'OTHER', 'MIL', 'SPY', 'OPP', 'PTY'];

/** Where a fact came from, for error messages and for analysts who ask "says who?". */
export interface Origin {
  file: string;
  line: number;
}

/** One term in one office. */
export interface Term {
  office: string;
  kinds: OfficeKind[];
  /** ISO alpha-3, or a three-letter IGO code (UNO, NAT, EUR ...). */
  country: string;
  start?: string;
  end?: string;
  origin?: Origin;
}

/** A code valid over a date range (PETRARCH's `[CODE >date]`); no bounds = the default code. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

interface BaseEntry {
  /** Stable id: "person:vladimir-putin", "country:RUS", "org:kremlin", "city:524901". */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country?: string;
  code?: string;
  /** Date-bounded codes, tried in order before `code` (imported dictionaries). */
  codes?: DatedCode[];
  wikidata?: string;
  origin?: Origin;
}

export interface CountryEntry extends BaseEntry {
  kind: 'country';
  iso3: string;
  iso2?: string;
  demonyms: string[];
  capital?: string;
  /** UN admission date, when a member. */
  un?: string;
  /** When the state took its present form, if after 1990. */
  since?: string;
  /** Which office "the X leader" means. */
  leader: 'HOS' | 'HOG';
}

export interface OrgEntry extends BaseEntry {
  kind: 'org';
  /** The org-kinds.tsv kind this body instantiates ("foreign-ministry"). */
  orgKind?: string;
}

export interface PlaceEntry extends BaseEntry {
  kind: 'place';
  placeKind: string;
  population?: number;
}

export interface PersonEntry extends BaseEntry {
  kind: 'person';
  terms: Term[];
}

/** One word of a dictionary phrase: matched as a prefix ("BULGAR" ~ "Bulgarian") unless exact. */
export interface PhraseWord {
  word: string;
  exact: boolean;
  /** A few words may stand between this word and the next (the dictionary joined them by a space). */
  gapAfter?: boolean;
}

/** An entry from an imported actor dictionary whose nature is unknown (PETRARCH actors). */
export interface ActorEntry extends BaseEntry {
  kind: 'actor';
  /** The dictionary's phrases for it, word by word, for matching in running text. */
  patterns: PhraseWord[][];
}

export type KbEntry = CountryEntry | OrgEntry | PlaceEntry | PersonEntry | ActorEntry;

/** A kind of body every country has ("the Foreign Ministry"). */
export interface OrgKind {
  kind: string;
  template: string;
  generic: string[];
  code: string;
}

/** A PETRARCH agent: a word for a role ("foreign minister") that adds a sector to an actor's code. */
export interface AgentEntry {
  phrase: string;
  /** Lower-case word sequences that match: the phrase and its plurals. */
  forms: string[][];
  /** The code with its attachment mark: "~GOV" appends to the actor, "NGO~" prefixes it. */
  code: string;
  origin?: Origin;
}

/** Extra dictionaries an analysis may carry (imported from PETRARCH files or Wikidata dumps). */
export interface KbExtras {
  entries: KbEntry[];
  agents?: AgentEntry[];
  /** Match the entries' names in running text, not only in the tagger's names (PETRARCH phrases). */
  matchInText?: boolean;
}
