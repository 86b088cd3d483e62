/**
 * The times pipeline as data: the rules that propose candidates, then the refiners that extend,
 * merge and choose among them, in order.
 */
import type { Refiner, Rule } from './candidate.js';
import { anaphoraRule } from './rules/anaphora.js';
import { anniversaryRule } from './rules/anniversary.js';
import { chronoRule } from './rules/chrono.js';
import { clockRule } from './rules/clock.js';
import { dayEdgesRule } from './rules/day-edges.js';
import { daysInFrameRule } from './rules/days-in-frame.js';
import { decadesRule } from './rules/decades.js';
import { durationsRule } from './rules/durations.js';
import { eventDaysRule } from './rules/event-days.js';
import { monthsRule } from './rules/months.js';
import { nthDayRule } from './rules/nth-day.js';
import { ordinalDaysRule } from './rules/ordinal-days.js';
import { quartersRule } from './rules/quarters.js';
import { relativeRule } from './rules/relative.js';
import { spokenYearsRule } from './rules/spoken-years.js';
import { holidaysRule } from './rules/holidays.js';
import { hyphenCompoundsRule } from './rules/hyphen-compounds.js';
import { seasonsRule } from './rules/seasons.js';
import { setsRule } from './rules/sets.js';
import { vagueRule } from './rules/vague.js';
import { vaguePeriodsRule } from './rules/vague-periods.js';
import { weeksRule } from './rules/weeks.js';
import { yearsRule } from './rules/years.js';
import { anaphoraRefiner } from './refiners/anaphora.js';
import { compoundDurationsRefiner } from './refiners/compound-durations.js';
import { dayAnchoredRefiner } from './refiners/day-anchored.js';
import { fiscalQuarterRefiner } from './refiners/fiscal-quarter.js';
import { modifiersRefiner } from './refiners/modifiers.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { monthListsRefiner } from './refiners/month-lists.js';
import { monthOfYearRefiner } from './refiners/month-of-year.js';
import { pairedDaysRefiner } from './refiners/paired-days.js';
import { partOfDayRefiner } from './refiners/part-of-day.js';
import { rangeOrderRefiner } from './refiners/range-order.js';
import { reportedQuarterRefiner } from './refiners/reported-quarter.js';
import { tradeMonthsRefiner } from './refiners/trade-months.js';
import { unitCompoundsRefiner } from './refiners/unit-compounds.js';
import { timeWithDateRefiner } from './refiners/time-with-date.js';
import { yearAfterDateRefiner } from './refiners/year-after-date.js';
import { yearAgoAppositionRefiner } from './refiners/year-ago-apposition.js';
import { zoneSuffixRefiner } from './refiners/zone-suffix.js';

export const RULES: readonly Rule[] = [
  chronoRule,
  yearsRule,
  spokenYearsRule,
  monthsRule,
  ordinalDaysRule,
  seasonsRule,
  quartersRule,
  weeksRule,
  decadesRule,
  relativeRule,
  daysInFrameRule,
  durationsRule,
  setsRule,
  vagueRule,
  clockRule,
  dayEdgesRule,
  anniversaryRule,
  holidaysRule,
  anaphoraRule,
  eventDaysRule,
  nthDayRule,
  vaguePeriodsRule,
  hyphenCompoundsRule,
];

export const REFINERS: readonly Refiner[] = [
  zoneSuffixRefiner,
  timeWithDateRefiner,
  yearAfterDateRefiner,
  rangeOrderRefiner,
  monthListsRefiner,
  tradeMonthsRefiner,
  pairedDaysRefiner,
  monthOfYearRefiner,
  partOfDayRefiner,
  modifiersRefiner,
  dayAnchoredRefiner,
  reportedQuarterRefiner,
  yearAgoAppositionRefiner,
  fiscalQuarterRefiner,
  compoundDurationsRefiner,
  unitCompoundsRefiner,
  overlapsRefiner,
  anaphoraRefiner,
];
