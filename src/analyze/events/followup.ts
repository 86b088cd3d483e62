/**
 * Settings given in a later sentence: "It could be done on the sidelines of the forum in
 * Vladivostok in September." — "it" (or "the visit", "the meeting") standing for an event just
 * told, with a verb that only sets it ("be done", "be held", "take place", "be arranged"). The
 * date, place and status go to that event, or to the event it is about, when the earlier telling
 * left them open.
 */
import type { EventStatus } from '../../model.js';
import type { CoderContext } from './context.js';
import type { Draft } from './coder.js';
import type { ParsedSentence } from './parse.js';
import { argumentWindow, subjectOf } from './clause.js';
import { dateIn, placeIn } from './setting.js';

const SETTING_VERBS = new Set(['do', 'hold', 'arrange', 'organize', 'organise', 'schedule', 'take', 'happen', 'occur']);
const STANDINS = new Set(['it', 'this', 'that', 'visit', 'meeting', 'talks', 'summit', 'trip']);

export interface FollowUp {
  sentence: number;
  date?: string;
  location?: string;
  status: EventStatus;
}

/** The follow-up settings a sentence gives, if any. */
export function followUps(c: CoderContext, ps: ParsedSentence, sentence: number): FollowUp[] {
  const out: FollowUp[] = [];
  ps.chunks.forEach((vg, v) => {
    if (vg.kind !== 'VG' || !SETTING_VERBS.has(vg.lemma)) return;
    if (vg.lemma === 'take' && ps.toks[ps.chunks[v + 1]?.head ?? -1]?.lower !== 'place') return;
    if ((vg.lemma === 'do' || vg.lemma === 'hold' || vg.lemma === 'arrange') && !vg.passive) return;
    const subj = subjectOf(ps, v, c.dict);
    const head = subj[0] !== undefined ? ps.toks[ps.chunks[subj[0]]!.head]!.lower : '';
    if (!STANDINS.has(head)) return;
    const window = argumentWindow(ps, v);
    const last = window[window.length - 1];
    const from = ps.toks[vg.from]!.start;
    const to = last !== undefined ? ps.toks[ps.chunks[last]!.to - 1]!.end : ps.toks[vg.to - 1]!.end;
    const date = dateIn(c, from, to)?.value;
    const location = placeIn(c, ps, window);
    if (!date && !location) return;
    const f: FollowUp = { sentence, status: vg.negated ? 'negated' : vg.modal ?? 'occurred' };
    if (date) f.date = date;
    if (location) f.location = location;
    out.push(f);
  });
  return out;
}

/** Give each follow-up to the latest event of the three sentences before it that left its setting open. */
export function applyFollowUps(drafts: ReadonlyArray<Draft & { sentence: number }>, follow: readonly FollowUp[]): void {
  for (const f of follow) {
    const before = drafts.filter((d) => d.sentence < f.sentence && d.sentence >= f.sentence - 3);
    for (let i = before.length - 1; i >= 0; i--) {
      const d = before[i]!;
      const target = d.about && d.about.status !== 'occurred' ? d.about : d.status !== 'occurred' ? d : undefined;
      if (!target || target.date || target.location) continue;
      if (f.date) target.date = f.date;
      if (f.location) target.location = f.location;
      // "could be done": the event stays possible; a later "will be held" makes it planned.
      if (f.status !== 'occurred') target.status = f.status;
      break;
    }
  }
}
