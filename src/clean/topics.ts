/**
 * Topic labels: the words sites name their sections with ("Politics", "World | Asia", "Middle
 * East", "Hong Kong"). A header line prints an author's name beside the date in the same place and
 * the same shape (two capitalized words: "Jane Doe", "Latin America"); these words tell the label
 * from the name, so an author never becomes the section.
 */
import { cityZone } from './zones.js';

/** Words of section names. Surnames that are also such words ("Law", "Price") are left out. */
const TOPIC_WORDS = new Set([
  'world', 'news', 'politics', 'political', 'business', 'economy', 'economics', 'markets', 'market', 'finance',
  'money', 'tech', 'technology', 'science', 'health', 'sport', 'sports', 'culture', 'arts', 'entertainment',
  'lifestyle', 'opinion', 'opinions', 'analysis', 'comment', 'commentary', 'editorial', 'editorials', 'features',
  'investigations', 'investigation', 'environment', 'climate', 'energy', 'defence', 'defense', 'security',
  'military', 'diplomacy', 'conflict', 'conflicts', 'war', 'elections', 'election', 'crime', 'education',
  'travel', 'region', 'regions', 'national', 'international', 'local', 'nation', 'breaking', 'latest', 'live',
  'video', 'videos', 'photos', 'gallery', 'podcast', 'podcasts', 'explainer', 'explainers', 'interview',
  'interviews', 'in-depth', 'insight', 'insights', 'reports', 'coverage', 'affairs', 'issues', 'society',
  'africa', 'asia', 'europe', 'americas', 'america', 'pacific', 'oceania', 'arctic', 'caribbean', 'balkans',
  'caucasus', 'gulf', 'mideast', 'asia-pacific', 'eurasia', 'us', 'uk', 'eu', '&',
  'rights', 'human', 'policy', 'foreign', 'global', 'domestic', 'top', 'stories', 'releases', 'estate', 'style',
  'space', 'arms', 'control', 'trade', 'industry', 'agriculture', 'food', 'weather', 'media', 'religion',
  'migration', 'refugees', 'courts', 'transport', 'aviation', 'automotive', 'property', 'jobs', 'careers',
  'innovation', 'startups', 'crypto', 'digital', 'internet', 'cyber', 'metro', 'city', 'government',
  'parliament', 'congress', 'cities', 'countries', 'more', 'topics', 'today', 'weekend', 'magazine',
]);

/** Last words of multi-word place names ("South Korea", "Sri Lanka", "West Bank"). */
const PLACE_LAST = new Set([
  'korea', 'arabia', 'zealand', 'lanka', 'kong', 'leone', 'rica', 'faso', 'guinea', 'republic', 'kingdom',
  'states', 'emirates', 'islands', 'bank', 'strip', 'sea', 'coast', 'east', 'sudan', 'ossetia', 'macedonia',
  'herzegovina', 'verde', 'salvador', 'lucia', 'kitts', 'tobago', 'grenadines', 'marino', 'timor',
]);

/**
 * First words of region and place names ("Middle East", "Latin America", "New Zealand"). Words that
 * are also given names ("Sierra", "Costa", "Hong") are left to the place's last word ("Leone").
 */
const PLACE_FIRST = new Set([
  'north', 'south', 'east', 'west', 'middle', 'central', 'latin', 'southeast', 'northeast', 'southern',
  'northern', 'eastern', 'western', 'sub-saharan', 'new', 'united', 'saudi', 'sri', 'burkina', 'papua', 'czech',
  'dominican', 'cape', 'equatorial', 'gaza',
]);

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[\s,/|]+/u).filter(Boolean);
}

/** A field made with a topic word ("World", "Asia", "Business News"): a section label for sure. */
export function hasTopicWord(text: string): boolean {
  return wordsOf(text).some((w) => TOPIC_WORDS.has(w));
}

/** A field that names a topic or a place, as section labels do; never a person's name. */
export function isTopic(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length) return false;
  if (words.some((w) => TOPIC_WORDS.has(w) || PLACE_LAST.has(w))) return true;
  if (PLACE_FIRST.has(words[0]!)) return true;
  return cityZone(text.trim()) !== undefined;
}

/** A label made of topic and place words only ("Politics", "World | Asia", "Middle East"); "Election results" is not one. */
export function isTopicLabel(text: string): boolean {
  const words = wordsOf(text);
  if (words.length && words.every((w) => TOPIC_WORDS.has(w) || PLACE_FIRST.has(w) || PLACE_LAST.has(w))) return true;
  return cityZone(text.trim()) !== undefined;
}
