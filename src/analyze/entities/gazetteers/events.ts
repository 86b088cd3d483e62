/**
 * Named events: the head words that make a capitalized phrase an event ("Eastern Economic Forum",
 * "FIFA World Cup", "G20 summit"), used as tagger features and to type CoNLL MISC names as EVENT.
 */
export const EVENT_HEADS = [
  'forum', 'summit', 'cup', 'games', 'olympics', 'olympiad', 'paralympics', 'championship',
  'championships', 'tournament', 'open', 'grand prix', 'festival', 'expo', 'exhibition', 'conference',
  'congress', 'war', 'revolution', 'uprising', 'crisis', 'massacre', 'election', 'elections',
  'referendum', 'talks', 'accord', 'accords', 'treaty', 'agreement', 'protocol', 'convention',
  'marathon', 'rally', 'series', 'league', 'trophy', 'bowl', 'classic', 'derby', 'tour', 'week',
  'day', 'fair', 'biennale', 'jamboree', 'meeting', 'session', 'assembly', 'dialogue', 'round',
  'offensive', 'operation', 'invasion', 'siege', 'battle', 'attack', 'attacks', 'bombing', 'spring',
];

/** Event heads that name events even when the tagger called the phrase ORG ("Eastern Economic Forum"). */
export const STRONG_EVENT_HEADS = [
  'summit', 'cup', 'games', 'olympics', 'olympiad', 'paralympics', 'championship', 'championships',
  'tournament', 'grand prix', 'festival', 'expo', 'war', 'revolution', 'uprising', 'massacre',
  'referendum', 'marathon', 'world cup', 'forum',
];
