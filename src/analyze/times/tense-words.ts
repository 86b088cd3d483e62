/**
 * The words the tense reader weighs: tense markers (auxiliaries, irregular pasts, modals), and the
 * words around them that change what they mean ("planned to", "was about to", "said it would",
 * "the opens"). Lists only; tense.ts reads them.
 */

export const FUTURE = new Set([
  'will', "'ll", "won't", 'shall', 'wo', 'tomorrow', 'upcoming', 'next', 'planned', 'scheduled',
  'expected', 'expects', 'due', 'intends', 'forthcoming', 'coming', 'going',
  // "as soon as Tuesday", "effective Feb. 1": announced for later.
  'soon', 'effective',
]);
export const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'yesterday', 'last', 'earlier', 'held', 'met', 'came', 'went',
  'took', 'gave', 'made', 'told', 'began', 'saw', 'won', 'lost', 'fell', 'rose', 'paid', 'sold', 'bought',
  'left', 'led', 'became', 'brought', 'spent', 'struck', 'found', 'got', 'ran', 'sent',
  'spoke', 'wrote', 'thought', 'knew', 'felt', 'kept', 'meant', 'broke', 'chose', 'drove', 'flew',
  'fought', 'grew', 'heard', 'shot', 'stood', 'taught', 'threw', 'understood', 'wore', 'signed', 'previously', 'been',
  // Irregular pasts that cannot be read as a present or a noun.
  'drew', 'withdrew', 'fled', 'swept', 'stole', 'froze', 'hung', 'lent', 'rode', 'rang', 'sang', 'sank',
  'shook', 'slept', 'slid', 'spun', 'sprang', 'stuck', 'stung', 'swore', 'swam', 'swung', 'tore', 'woke',
  'wept', 'overthrew', 'undertook', 'arose', 'awoke', 'bled', 'blew', 'built', 'caught', 'clung', 'crept',
  'dealt', 'dug', 'flung', 'forgot', 'forgave', 'hid', 'knelt', 'mistook', 'overcame', 'sought', 'shrank',
  'strode', 'upheld', 'withheld', 'overtook', 'foresaw', 'underwent', 'forbade', 'bore', 'ate', 'drank',
  "didn't", "wasn't", "weren't", "hadn't",
]);
/** Modals look forward more often than back in news ("it could be done in September"). */
export const MODAL = new Set(['could', 'can', 'may', 'might', 'should', 'must', 'would', "couldn't", "can't", 'cannot', "shouldn't", "wouldn't", "mustn't"]);
export const PRESENT = new Set(['is', 'are', 'am', 'now', 'today', 'currently', 'says']);
/**
 * Third-person present verbs that in news announce a schedule ("appears in court on Tuesday",
 * "talks resume on Monday"), unlike the present of reporting ("officials say Saturday's vote ...").
 * Only forms that are rarely nouns.
 */
export const SCHEDULE_PRESENT = new Set([
  'appears', 'meets', 'opens', 'begins', 'resumes', 'travels', 'arrives', 'expires', 'convenes',
  'flies', 'goes', 'faces', 'gathers', 'hosts', 'kicks', 'launches', 'reopens', 'closes', 'ends', 'takes',
  'resume', 'begin', 'convene', 'reopen', 'meet',
]);
/** "has fluctuated", "have been": the present perfect reports the past. */
export const PERFECT = new Set(['has', 'have', 'had', "'ve"]);
/** Words ending in -ed that are rarely past-tense verbs in news. */
export const NOT_PAST = new Set(['united', 'limited', 'need', 'speed', 'red', 'bed', 'based', 'feed', 'seed', 'indeed', 'proceed', 'succeed', 'exceed', 'embed', 'shed', 'hundred', 'expected', 'scheduled', 'planned', 'related']);

/**
 * Words that open a subordinate clause; markers after them do not tense an expression before them.
 * (Relative "which"/"who" stay open: "Thursday's march, which drew thousands" is tensed by its clause.)
 */
export const SUBORDINATOR = new Set(['whether', 'because', 'although', 'though', 'unless']);

/** A present copula right before the expression: "is on", "are set for", "is due on". */
export const SCHEDULED_BEFORE = /\b(?:is|are)\s+(?:(?:set|due|scheduled|slated|planned|expected)\s+)?(?:on|for)\s+$/iu;

/** Words of a plan that the past tense of "be" turns into a plan seen from the past. */
export const SCHEDULE_WORDS = new Set(['scheduled', 'planned', 'expected', 'due', 'slated']);

/** Reporting verbs and subjects of "said it would ...". */
export const REPORTING = new Set(['said', 'announced', 'added', 'told', 'promised', 'vowed', 'warned', 'stated', 'indicated', 'confirmed', 'that']);
export const SUBJECT = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Words before "last" that make it "final" rather than "previous". */
export const FINAL_BEFORE = new Set(['the', "'s", 's', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'at']);

/** Forms of "be" that with "to" make an arrangement ("is to resume"). */
export const BE_TO = new Set(['is', 'are', 'am', 'was', 'were']);
/** Words after "be" that make an arrangement ("were planning to", "is scheduled to", "was due"). */
export const BE_AHEAD = new Set(['going', 'planning', 'scheduled', 'expected', 'due', 'about', 'slated', 'supposed', 'likely', 'unlikely']);

/**
 * Verbs of intent that look ahead from their own time: in "they plan to gather on Monday" or "said
 * they hoped to finish before Christmas" the day comes after the planning, so with "to" after
 * them they mark the future even in the past tense ("planned", "expected" are future already).
 */
export const INTENT = new Set([
  'plan', 'plans', 'planning', 'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wanting',
  'aim', 'aims', 'aimed', 'aiming', 'intend', 'intends', 'intended', 'intending', 'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged', 'promise', 'promises', 'promised', 'threaten', 'threatens', 'threatened',
  'prepare', 'prepares', 'prepared', 'preparing', 'seek', 'seeks', 'sought', 'seeking', 'wish', 'wishes', 'wished',
  'agree', 'agrees', 'agreed', 'decide', 'decides', 'decided', 'resolve', 'resolved', 'supposed', 'slated',
]);

/** "postponed until Tuesday", "delayed to next month": the new date lies ahead of the delaying. */
export const POSTPONED = new Set(['postponed', 'delayed', 'deferred', 'adjourned', 'rescheduled', 'extended', 'postpone', 'postpones', 'delay', 'delays', 'adjourn', 'adjourns', 'extend', 'extends']);
export const UNTIL = new Set(['until', 'till', 'to']);

/** Words after "to" that make it a preposition: "agreed to a ceasefire", "agreed to their demands". */
export const NOT_VERB_AFTER_TO = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'all', 'no', 'each', 'every', 'such', 'both']);

/**
 * Whether "to" after the verb ending at `at` starts an infinitive ("agreed to meet") rather than
 * a noun phrase ("agreed to talks", "agreed to Russia's terms").
 */
export function infinitiveAfter(text: string, at: number): boolean {
  // A word joined by a hyphen ("due to tax-induced buying") is an adjective, not a verb.
  const m = /^\s+to\s+([A-Za-z]+)(?![-\w])/u.exec(text.slice(at, at + 40));
  const w = m?.[1];
  if (!w) return false;
  if (/^[A-Z]/u.test(w) || NOT_VERB_AFTER_TO.has(w)) return false;
  // A plural noun ("talks", "demands"); base verbs rarely end in a single -s ("discuss", "focus" do).
  return !/[^su]s$/u.test(w);
}

/** Words that make the next word a noun ("the opens", "its ends"). */
export const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'loose']);

/** Auxiliaries that make a base verb theirs ("did not meet", "will meet"): the auxiliary tells the tense. */
export const AUXILIARY_BEFORE = new Set([
  'did', 'do', 'does', 'not', 'never', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "can't", 'cannot',
]);

/** Words after which a word ending in -ed is an adjective, not a past verb. */
export const ADJECTIVE_BEFORE = new Set(['a', 'an', 'the', 'still', 'very', 'most', 'more', 'less', 'newly', 'so', 'too', 'its', 'their', 'his', 'her', 'our']);

/** Forms of "be": a participle after one is passive voice, and the tense is the auxiliary's. */
export const BE = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'was', 'were', 'get', 'gets', 'got']);
