/**
 * The words of offices and descriptions: what "the Russian leader", "the South Korean president"
 * and "the senior North Korean official" ask the knowledge base for.
 */
import type { OfficeKind } from '../../kb/index.js';

export interface OfficeWord {
  /** Which kinds of office the word names, most likely first. */
  kinds: OfficeKind[];
  /** The office title must match this (a "president" is a President, not a Prime Minister). */
  office?: RegExp;
  /** "leader": whichever office the country's leader holds (countries.tsv `leader`). */
  leader?: boolean;
  /** "official", "diplomat": someone of the country, never created from the KB. */
  official?: boolean;
  /**
   * "the senior North Korean official", "a spokesman": never the head of state or government (a
   * writer calls the leader "the leader" or "the president"; "official" after a leader's name
   * means someone else). "counterpart" and "guest" may well be the leader.
   */
  notLeader?: boolean;
  /** A particular job ("ambassador", "spokesman"): only someone the article gives that title. */
  job?: boolean;
}

/** Lower-case phrases, longest first when matching. */
export const OFFICE_WORDS: ReadonlyMap<string, OfficeWord> = new Map<string, OfficeWord>([
  ['supreme leader', { kinds: ['HOS'], leader: true }],
  ['leader', { kinds: ['HOS', 'HOG'], leader: true }],
  ['head of state', { kinds: ['HOS'] }],
  // A Vice President, Vice Premier or Deputy Prime Minister holds another office: the office
  // patterns skip a lesser word right before the office's own.
  ['president', { kinds: ['HOS', 'HOG', 'IGO', 'LEG'], office: /(?<!\b(?:Vice|Deputy)[- ])\bPresident\b/u }],
  ['prime minister', { kinds: ['HOG'], office: /(?<!\b(?:Vice|Deputy)[- ])(?:Prime Minister|Premier)\b/u }],
  // Any head of government ("the Spanish premier"); a vice premier is of another kind (OTHER).
  ['premier', { kinds: ['HOG'] }],
  ['chancellor', { kinds: ['HOG'], office: /\bChancellor\b/ }],
  ['king', { kinds: ['HOS'], office: /\bKing\b/ }],
  ['queen', { kinds: ['HOS'], office: /\bQueen\b/ }],
  ['emir', { kinds: ['HOS'], office: /\bEmir\b/ }],
  ['monarch', { kinds: ['HOS'] }],
  ['foreign minister', { kinds: ['FM'] }],
  // The UK's Foreign Secretary is its foreign minister; India's (and Pakistan's) is the senior
  // civil servant of the foreign ministry, an office of its own beside the minister's.
  ['foreign secretary', { kinds: ['FM', 'OTHER'], office: /(?<!\b(?:Deputy|Assistant|Under)[- ])Foreign Secretary\b/u }],
  ['secretary of state', { kinds: ['FM'], office: /(?<!\b(?:Deputy|Assistant|Under)[- ])Secretary of State\b/u }],
  ['top diplomat', { kinds: ['FM'] }],
  ['defence minister', { kinds: ['DM'] }],
  ['defense minister', { kinds: ['DM'] }],
  ['defence secretary', { kinds: ['DM'] }],
  ['defense secretary', { kinds: ['DM'] }],
  ['secretary-general', { kinds: ['IGO'], office: /(?<!\b(?:Deputy|Assistant|Under)[- ])Secretary[- ]General/u }],
  ['secretary general', { kinds: ['IGO'], office: /(?<!\b(?:Deputy|Assistant|Under)[- ])Secretary[- ]General/u }],
  ['chairman', { kinds: ['HOS', 'LEG', 'IGO'], office: /(?<!\b(?:Vice|Deputy)[- ])\bChair/u }],
  ['foreign policy chief', { kinds: ['FM'] }],
  ['chief', { kinds: ['IGO'] }],
  // Only ever resolved to a body's head: "the head of the U.N. nuclear watchdog".
  ['head', { kinds: ['IGO'] }],
  ['director general', { kinds: ['IGO'] }],
  ['director-general', { kinds: ['IGO'] }],
  ['official', { kinds: [], official: true, notLeader: true }],
  ['diplomat', { kinds: [], official: true, notLeader: true }],
  ['envoy', { kinds: [], official: true, notLeader: true, job: true }],
  ['negotiator', { kinds: [], official: true, notLeader: true, job: true }],
  ['delegate', { kinds: [], official: true, notLeader: true }],
  ['minister', { kinds: ['FM', 'DM', 'OTHER'], official: true, job: true }],
  ['ambassador', { kinds: [], official: true, notLeader: true, job: true }],
  // A Commonwealth country's ambassador to another ("Pakistan's High Commissioner to India").
  ['high commissioner', { kinds: [], official: true, notLeader: true, job: true }],
  ['consul general', { kinds: [], official: true, notLeader: true, job: true }],
  ['consul', { kinds: [], official: true, notLeader: true, job: true }],
  ['commander', { kinds: [], official: true, notLeader: true, job: true }],
  ['police chief', { kinds: [], official: true, notLeader: true, job: true }],
  ['police commissioner', { kinds: [], official: true, notLeader: true, job: true }],
  ['spokesman', { kinds: [], official: true, notLeader: true, job: true }],
  ['spokeswoman', { kinds: [], official: true, notLeader: true, job: true }],
  ['spokesperson', { kinds: [], official: true, notLeader: true, job: true }],
  ['adviser', { kinds: [], official: true, notLeader: true, job: true }],
  ['advisor', { kinds: [], official: true, notLeader: true, job: true }],
  // Members of a legislature: a title that gives a country ("British lawmaker X"), never a leader.
  ['lawmaker', { kinds: [], official: true, notLeader: true, job: true }],
  ['legislator', { kinds: [], official: true, notLeader: true, job: true }],
  ['senator', { kinds: [], official: true, notLeader: true, job: true }],
  ['congressman', { kinds: [], official: true, notLeader: true, job: true }],
  ['congresswoman', { kinds: [], official: true, notLeader: true, job: true }],
  ['parliamentarian', { kinds: [], official: true, notLeader: true, job: true }],
  // Offices that only say what someone does: a country or body printed with them says whose.
  ['press secretary', { kinds: [], official: true, notLeader: true, job: true }],
  ['speaker', { kinds: [], official: true, notLeader: true, job: true }],
  ['state councilor', { kinds: [], official: true, notLeader: true, job: true }],
  ['state councillor', { kinds: [], official: true, notLeader: true, job: true }],
  ['counterpart', { kinds: [], official: true }],
  ['guest', { kinds: [], official: true }],
]);

/**
 * A title or office of a lesser rank than its office word ("Vice President", "Deputy Foreign
 * Minister", "vice-premier"): never "the president" or "the foreign minister" of a description.
 */
export const LESSER_TITLE = /\b(?:vice|deputy|assistant|under)\b/iu;

/** The longest office phrase in words (lower case). */
export const MAX_OFFICE_WORDS = 3;

/** Words that may stand between "the" and the office word: "the senior North Korean official". */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'top', 'new', 'visiting', 'current', 'incumbent', 'then', 'acting', 'interim', 'veteran',
  'high-ranking', 'high', 'ranking', 'powerful', 'young', 'elderly', 'outgoing', 'newly', 'elected',
  'two', 'country\'s', 'nation\'s', 'state\'s', 'government\'s',
]);

/** Honorifics printed before names; they belong to the title, never to the name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'comrade', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'madam', 'lord', 'lady',
  'his', 'her', 'excellency', 'majesty', 'highness', 'sheikh', 'general', 'gen.', 'marshal',
]);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
