/**
 * How an attack was carried out, from the words of its sentence: "killed in a suicide car
 * bombing", "wounded two soldiers in a bomb attack", "aircraft killed 46 civilians", "a
 * gunbattle", "militiamen armed with machetes". PLOVER's ASSAULT modes name the means; an attack
 * whose verb names none ("killed", "attacked") takes the one its sentence tells. A threat takes
 * the mode of what it threatens: violence for an attack, the measure's own for a curfew or a ban.
 */
import type { PTok } from './parse.js';

/** Means words by PLOVER mode, the most telling first (a suicide car bomb is a suicide attack; an aerial bomb is heavy weaponry). */
const MEANS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['heavy-weapons', new Set([
    'aircraft', 'warplane', 'warplanes', 'jet', 'jets', 'helicopter', 'helicopters', 'gunship', 'gunships', 'missile', 'missiles',
    'rocket', 'rockets', 'artillery', 'shelling', 'shelled', 'shell', 'shells', 'mortar', 'mortars', 'tank', 'tanks', 'drone',
    'drones', 'airstrike', 'airstrikes', 'air-strike', 'air-strikes', 'bombardment', 'bombardments', 'howitzer', 'howitzers',
    'predator', 'bombers', 'barrage',
  ])],
  ['explosives', new Set([
    'bomb', 'bombs', 'bombing', 'bombings', 'explosive', 'explosives', 'explosion', 'explosions', 'blast', 'blasts', 'ied',
    'ieds', 'landmine', 'landmines', 'minefield', 'mine', 'mines', 'grenade', 'grenades', 'booby-trap', 'booby-trapped', 'dynamite',
  ])],
  ['firearms', new Set([
    'gun', 'guns', 'gunfire', 'gunbattle', 'gunbattles', 'gunfight', 'gunshot', 'gunshots', 'gunmen', 'gunman', 'rifle', 'rifles',
    'shooting', 'shootings', 'shootout', 'sniper', 'snipers', 'bullets', 'machine-gun', 'machine-guns', 'pistol', 'pistols',
  ])],
  ['primitive', new Set(['machete', 'machetes', 'knife', 'knives', 'axe', 'axes', 'clubs', 'spears', 'stones', 'rocks'])],
];
/** "air strike", "air raid": two words that name an attack from the air. */
const AIR = new Set(['strike', 'strikes', 'raid', 'raids', 'attack', 'attacks', 'bombing', 'bombings', 'bombardment']);

/** The PLOVER mode of an attack told in these tokens, if they name its means. */
export function attackMeans(toks: readonly PTok[]): string | undefined {
  const words = toks.map((t) => t.lower);
  // "suicide bomber", "suicide car bombing", "a suicide attack", "blew themselves up".
  if (words.some((w, k) => w === 'suicide' && k + 1 < words.length && words[k + 1] !== 'note') ||
    words.some((w, k) => w === 'blew' && /^(?:themselves|himself|herself)$/.test(words[k + 1] ?? ''))) return 'suicide-attack';
  const air = words.some((w, k) => (w === 'air' || w === 'aerial') && AIR.has(words[k + 1] ?? ''));
  if (air) return 'heavy-weapons';
  for (const [mode, set] of MEANS) if (words.some((w) => set.has(w))) return mode;
  return undefined;
}

/** Modes a threatened measure keeps as the threat's (PLOVER THREATEN modes). */
const THREAT_MODES = new Set(['curfew', 'martial-law', 'restrict', 'ban']);

/** The PLOVER mode of a threat, from the act it threatens. */
export function threatMode(about: { type: string; mode?: string } | undefined): string | undefined {
  if (!about) return undefined;
  if (about.type === 'ASSAULT') return 'violence';
  if (about.mode && THREAT_MODES.has(about.mode)) return about.mode === 'ban' ? 'restrict' : about.mode;
  return undefined;
}
