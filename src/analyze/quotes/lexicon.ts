/**
 * Words the quote stage recognises: reporting verbs (with every inflected form), the pronouns that
 * can stand for a speaker, and the small words that may sit between a cue verb and its content
 * ("said on Friday that", "told reporters that").
 */

/** Verbs that introduce what someone said, wrote or stated. Base form first, then irregular forms. */
const SPEECH: ReadonlyArray<string | readonly string[]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  'add', 'note', 'stress', 'emphasize', 'emphasise', 'insist', 'argue', 'claim', 'warn', 'explain',
  'declare', 'announce', 'state', 'tweet', 'reply', 'respond', 'recall', 'acknowledge', 'admit',
  'suggest', 'predict', 'promise', 'pledge', 'vow', 'confirm', 'deny', 'report', 'ask', 'urge',
  'continue', 'conclude', 'complain', 'allege', 'assert', 'observe', 'remark', 'comment', 'maintain',
  'contend', 'concede', 'testify', 'mention', 'boast', 'joke', 'quip', 'lament', 'muse', 'shout',
  'chant', 'post', 'assure', 'reassure', 'caution', 'advise', 'demand', 'reiterate', 'underline',
  'underscore', 'point', 'recount', 'retort', 'counter', 'charge', 'indicate',
  ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  'reveal', 'disclose', 'inform', 'proclaim', 'exclaim', 'describe', 'propose', 'threaten',
  'guarantee', 'answer', 'agree', 'accuse', 'specify', 'clarify', 'elaborate', 'summarize',
  'summarise', 'reaffirm', 'hint', 'speculate', 'concur', 'object', 'plead', 'brag', 'grumble',
  'whisper', 'yell', 'scream', 'interject', 'opine', 'affirm', 'attest', 'concede', 'rule',
  ['swear', 'swears', 'swore', 'swearing', 'sworn'],
];

/** Verbs of thought and finding that PolNeAR-style attribution also counts, only with a clause. */
const COGNITION: ReadonlyArray<string | readonly string[]> = [
  ['think', 'thinks', 'thought', 'thinking'],
  ['find', 'finds', 'found', 'finding'],
  ['know', 'knows', 'knew', 'knowing', 'known'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['show', 'shows', 'showed', 'showing', 'shown'],
  ['understand', 'understands', 'understood', 'understanding'],
  'believe', 'hope', 'fear', 'expect', 'estimate', 'worry', 'doubt', 'conclude', 'assume', 'suspect',
  'recognize', 'recognise', 'realize', 'realise', 'learn', 'agree', 'reckon',
  'discover', 'determine', 'calculate', 'forecast', 'notice', 'sense', 'presume', 'prove',
  'demonstrate', 'remember', 'decide',
];

/** Adjectives that report an attitude with a that-clause: "was hopeful that", "is confident that". */
export const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set([
  'hopeful', 'confident', 'convinced', 'certain', 'sure', 'optimistic', 'pessimistic', 'adamant',
  'concerned', 'worried', 'aware', 'skeptical', 'sceptical', 'afraid', 'insistent', 'positive',
  'frustrated', 'angry', 'upset', 'disappointed', 'pleased', 'glad', 'happy', 'proud', 'surprised',
  'satisfied', 'troubled', 'alarmed', 'determined', 'unhappy', 'furious', 'relieved', 'grateful',
]);

function inflect(base: string): string[] {
  const out = [base];
  const vowel = /[aeiou]/u;
  if (base.endsWith('e')) {
    out.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (base.endsWith('y') && !vowel.test(base.slice(-2, -1))) {
    out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  } else if (/(?:[sxz]|sh|ch)$/u.test(base)) {
    out.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else {
    out.push(`${base}s`, `${base}ed`, `${base}ing`);
    // Doubled final consonant: "admitted", "regretted".
    if (/[^aeiou][aeiou][bdgmnprt]$/u.test(base) && !['answer', 'counter', 'offer'].includes(base)) {
      out.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
    }
  }
  return out;
}

function table(entries: ReadonlyArray<string | readonly string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entries) {
    const forms = typeof e === 'string' ? inflect(e) : e;
    const lemma = forms[0] ?? '';
    for (const f of forms) if (!m.has(f)) m.set(f, lemma);
  }
  return m;
}

/** Inflected form -> lemma, for speech verbs. */
export const SPEECH_VERBS: ReadonlyMap<string, string> = table(SPEECH);
/** Inflected form -> lemma, for verbs of thought that count only before a clause. */
export const COGNITION_VERBS: ReadonlyMap<string, string> = table(COGNITION);

/** Lemmas whose object is the addressee: "told reporters", "assured Kim". */
export const ADDRESSEE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'reassure', 'warn', 'urge', 'ask', 'advise', 'remind', 'caution',
]);



export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which',
]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** Pronoun -> the entity types it may stand for. */
export function pronounTypes(p: string): ReadonlySet<string> | undefined {
  switch (p.toLowerCase()) {
    case 'he': case 'she': case 'his': case 'her': case 'him': case 'i': case 'my': case 'who':
      return PERSONISH;
    case 'they': case 'their': case 'them': case 'we': case 'our': case 'it': case 'its': case 'which':
      return GROUPISH;
    default:
      return undefined;
  }
}
const PERSONISH: ReadonlySet<string> = new Set(['PERSON']);
const GROUPISH: ReadonlySet<string> = new Set(['ORG', 'GROUP', 'PLACE']);

/** Words for a time that may follow a cue verb: "said Friday", "told reporters on Monday". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'previously', 'morning', 'afternoon', 'evening', 'night',
  'week', 'month', 'year', 'last', 'this', 'on', 'in', 'at', 'during', 'after', 'before', 'late',
  'early', 'again', 'also', 'then', 'once', 'repeatedly', 'publicly', 'privately', 'separately',
  'weekend', 'next', 'past',
]);

/** Head nouns of descriptions that name a person: a subject worth keeping in focus. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'president', 'official', 'minister', 'spokesman', 'spokeswoman', 'spokesperson',
  'senator', 'governor', 'candidate', 'chairman', 'chairwoman', 'chair', 'secretary', 'ambassador',
  'diplomat', 'envoy', 'mayor', 'nominee', 'congressman', 'congresswoman', 'representative',
  'adviser', 'advisor', 'aide', 'director', 'chief', 'head', 'king', 'queen', 'prince', 'general',
  'commander', 'source', 'analyst', 'expert', 'lawyer', 'attorney', 'judge', 'businessman',
  'businesswoman', 'woman', 'man', 'officer', 'professor', 'economist', 'strategist', 'pollster',
  'manager', 'founder', 'premier', 'chancellor', 'lawmaker', 'legislator', 'speaker', 'prosecutor',
  'dictator', 'negotiator', 'activist', 'campaigner', 'researcher', 'scientist', 'author',
  'democrat', 'republican', 'politician', 'statesman', 'counterpart', 'host', 'anchor', 'reporter',
  'journalist', 'columnist', 'editor', 'witness', 'resident', 'voter', 'member', 'delegate',
  'deputy', 'vice', 'emperor', 'pope', 'cleric', 'bishop', 'colonel', 'captain', 'sergeant',
  'mediator', 'facilitator',
]);

/**
 * Verbs that frame words quoted inside the writer's sentence with a noun-phrase object:
 * 'called the plan a "disaster"', 'described Trump as a "con artist"'. Used only around quotes.
 */
export const FRAMING_VERBS: ReadonlyMap<string, string> = table([
  'call', 'describe', ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'], 'brand', 'dub', 'term', 'nickname', 'liken', 'compare', 'refer',
  'praise', 'criticize', 'criticise', 'blast', 'slam', 'attack', 'accuse', 'urge', 'encourage',
  'decry', 'denounce', 'mock', 'deride', 'tout', 'hail', 'characterize', 'characterise', 'cite',
  'quote', 'invoke', 'dismiss', 'defend', 'thank', 'congratulate', 'applaud', 'condemn', 'reject',
  'question', 'challenge', 'lambast', 'chide', 'pledge', 'vow', 'promise', 'demand', 'seek',
  ['deem', 'deems', 'deemed', 'deeming'], ['hit', 'hits', 'hit', 'hitting'],
]);

/** Nouns that report speech before a that-clause: "Trump's claim that …". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'statement', 'argument', 'suggestion', 'warning', 'promise',
  'pledge', 'insistence', 'belief', 'view', 'fear', 'fears', 'hope', 'charge', 'charges',
  'accusation', 'allegation', 'allegations', 'remark', 'remarks', 'comment', 'comments',
  'contention', 'prediction', 'boast', 'declaration', 'announcement', 'admission', 'concession',
  'assurance', 'assurances', 'vow', 'threat', 'denial', 'complaint', 'message', 'insinuation',
  'conclusion', 'finding', 'findings', 'estimate', 'reminder', 'acknowledgment', 'acknowledgement',
  'recognition', 'realization', 'expectation', 'expectations', 'hopes', 'beliefs', 'suspicion',
  'theory', 'answer', 'reply', 'response', 'explanation', 'report', 'reports', 'observation',
]);

/** Verbs of intention and request whose content is an infinitive: "pledged to", "urged X to". */
export const TO_VERBS: ReadonlyMap<string, string> = table([
  'offer', 'refuse', 'decline', 'press', 'encourage', 'call', 'challenge', 'implore', 'pledge',
  'want', 'plan', 'intend', 'seek', 'aim', 'invite', 'order', 'direct',
  'promise', 'vow', 'threaten', 'propose', 'agree', 'urge', 'ask', 'demand', 'tell', 'warn',
  'advise', 'beg', 'expect', 'hope', 'decide', 'vote',
]);
/** Of those, the ones that name who is asked before the infinitive: "urged Trump to stop". */
export const ASKING_VERBS: ReadonlySet<string> = new Set([
  'press', 'encourage', 'call', 'challenge', 'implore', 'urge', 'ask', 'tell', 'warn', 'advise', 'beg',
  'expect',
]);

/** Lemmas whose object may be a question: "questioned whether …", "discussed how …". */
export const QUESTION_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'question', 'discuss', 'consider', 'debate', 'examine', 'explore', 'wonder', 'doubt', 'dispute',
  'detail', 'outline', 'press',
]);

/**
 * Verbs that attribute a stance to their subject about a noun-phrase object: "Trump attacked the
 * media", "Clinton cited the report". PolNeAR-style attribution counts the object as the content.
 */
export const NP_OBJECT_VERBS: ReadonlyMap<string, string> = table([
  'attack', 'cite', 'mention', 'criticize', 'criticise', 'question', 'discuss', 'propose', 'defend',
  'praise', 'condemn', 'blast', 'slam', 'deny', 'demand', 'describe', 'tout', 'oppose', 'endorse',
  'dismiss', 'reject', 'welcome', 'blame', 'decry', 'denounce', 'highlight', 'applaud', 'mock',
  'ridicule', 'knock', 'dispute', 'acknowledge', 'announce', 'unveil', 'recommend', 'predict',
  'support', 'back', 'echo', 'promote', 'champion', 'embrace', 'favor', 'favour', 'consider', 'note',
  'show', 'offer', 'outline', 'detail', 'reiterate', 'renew', 'voice', 'express', 'want', 'prefer',
  'advocate', 'link', 'compare', 'liken', 'indicate', 'signal', 'declare', 'report', 'stress',
  'emphasize', 'emphasise', 'underline', 'underscore', 'reaffirm', 'laud', 'commend', 'extol', 'hail',
  'deride', 'chastise', 'rebuke', 'scold', 'berate', 'assail', 'lambast', 'lambaste', 'castigate',
  'disparage', 'belittle', 'admire',
  // What is promised or threatened: "promised a veto", "vowed revenge", "threatened sanctions".
  'promise', 'vow', 'pledge', 'threaten', 'urge',
]);

/** Lemmas whose object may be a gerund clause: "proposed scrapping the tax", "denied taking it". */
export const GERUND_VERBS: ReadonlySet<string> = new Set([
  'admit', 'deny', 'suggest', 'propose', 'recommend', 'consider', 'advocate', 'defend', 'discuss',
  'mention', 'oppose', 'support', 'favor', 'favour', 'endorse', 'reject', 'dismiss', 'acknowledge',
  'announce', 'criticize', 'criticise', 'urge', 'demand', 'promise', 'threaten',
]);

/** Verbs whose topic follows a preposition: "spoke about", "warned against", "railed against". */
export const TOPIC_VERBS: ReadonlyMap<string, string> = table([
  ['speak', 'speaks', 'spoke', 'speaking', 'spoken'], ['write', 'writes', 'wrote', 'writing', 'written'],
  'talk', 'ask', 'warn', 'rail', 'complain', 'testify', 'joke', 'boast', 'brag', 'comment', 'tweet',
  'argue', 'call', 'plead', 'inquire', 'muse', 'reminisce', 'lecture', 'rant', 'rule', 'decide', 'vote',
  'hint', 'point', 'refer', 'allude', 'agree', 'disagree',
]);

/**
 * Nouns that carry an owner's stance or statement about something: "his attacks on Machado",
 * "her support for the bill", "his decision to run". Read only with a possessive owner.
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'criticism', 'criticisms', 'support', 'opposition', 'comment', 'comments',
  'remark', 'remarks', 'claim', 'claims', 'views', 'view', 'ideas', 'theory', 'message', 'promise',
  'promises', 'threat', 'threats', 'estimate', 'plan', 'plans', 'proposal', 'proposals', 'call',
  'calls', 'demand', 'demands', 'warning', 'warnings', 'praise', 'rhetoric', 'statement',
  'statements', 'acknowledgment', 'acknowledgement', 'admission', 'conclusion', 'decision',
  'refusal', 'determination', 'disdain', 'obsession', 'adulation', 'condemnation', 'denunciation',
  'defense', 'defence', 'endorsement', 'rejection', 'pledge', 'vow', 'complaint', 'complaints',
  'questions', 'doubts', 'concerns', 'fears', 'description', 'portrayal', 'characterization',
]);
