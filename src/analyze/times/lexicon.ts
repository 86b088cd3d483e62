/** Words the rules share: month and weekday names, number words, units, seasons, parts of day. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names and the usual news abbreviations (with optional dot), as a regex source. */
export const MONTH_RE = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)`;

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/u, '')];
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
};

/** Number words and digits a duration can start with, as a regex source ("twenty four", "2 1/2"). */
export const NUMBER_RE = String.raw`(?:\d+(?:\.\d+)?(?: 1\/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|a half|half an|half a|one and a half|two and a half|a couple of|couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** The value of a number phrase matched by NUMBER_RE; undefined when it is not one. */
export function numberValue(phrase: string): number | undefined {
  const p = phrase.toLowerCase().trim();
  if (/^\d/u.test(p)) {
    const [whole, frac] = p.split(' ');
    return Number(whole) + (frac === '1/2' ? 0.5 : 0);
  }
  if (p === 'a half' || p === 'half a' || p === 'half an') return 0.5;
  if (p === 'a dozen') return 12;
  if (p === 'a couple of' || p === 'couple of') return 2;
  if (p === 'one and a half') return 1.5;
  if (p === 'two and a half') return 2.5;
  let total = 0;
  for (const w of p.split(/[- ]/u)) {
    const v = SMALL[w];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/**
 * A calendar unit as TIMEX3 writes it in durations, and whether it needs the `T` time prefix. A
 * quarter is its own unit (`P2Q`), as TimeBank writes "the past two quarters" and "every quarter".
 */
export interface Unit {
  code: string;
  time: boolean;
  /** How many of the base code one unit is (a decade is 10 years). */
  factor: number;
}

export const UNITS: Record<string, Unit> = {
  second: { code: 'S', time: true, factor: 1 }, minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 }, day: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 }, month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'Q', time: false, factor: 1 }, year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 }, fortnight: { code: 'W', time: false, factor: 2 }, century: { code: 'Y', time: false, factor: 100 },
};

export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|fortnights?|centuries|century)';

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w === 'centuries') return UNITS.century;
  return UNITS[w.replace(/s$/u, '')];
}

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
