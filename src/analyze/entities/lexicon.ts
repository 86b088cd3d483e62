/** Word lists the stage looks up, built once from the model's gazetteers and the hand lists. */
import { defaultTagger } from '../../ner/index.js';
import { HONORIFICS, TITLE_WORDS } from './gazetteers/people.js';

let demonyms: Set<string> | undefined;
let countries: Set<string> | undefined;

function listOf(category: string): string[] {
  return defaultTagger().model.gazetteer.find((g) => g.category === category)?.names ?? [];
}

/** Lower-cased demonyms and collectives ("north korean", "kurds"). */
export function demonymSet(): Set<string> {
  demonyms ??= new Set(listOf('demonym').map((d) => d.toLowerCase()));
  return demonyms;
}

/** Country and region names as written ("North Korea", "Korean Peninsula"). */
export function countrySet(): Set<string> {
  countries ??= new Set(listOf('country'));
  return countries;
}

/** A single-word city name the model's gazetteer knows. */
export function isCity(word: string): boolean {
  const g = defaultTagger().gazetteer;
  return g.wordCategories(word.toLowerCase()).includes(g.categoryIndex('city'));
}

export const HONORIFIC = new Set(HONORIFICS.map((h) => h.toLowerCase()));
export const TITLE = new Set(TITLE_WORDS);

export function isHonorific(word: string): boolean {
  return HONORIFIC.has(word.toLowerCase());
}

export function isTitleWord(word: string): boolean {
  return TITLE.has(word.toLowerCase());
}
