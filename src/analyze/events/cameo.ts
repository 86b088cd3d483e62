/**
 * CAMEO event codes to PLOVER types: the CAMEO→PLOVER conversion table (PLOVER manual, 2021) as
 * facts, by code prefix. CAMEO 01 (public statements) and 02 (appeals) have no PLOVER type.
 */
import type { PloverType } from '../../model.js';

const TABLE: Readonly<Record<string, PloverType>> = {
  '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '084': 'RETREAT', '085': 'RETREAT', '086': 'RETREAT', '087': 'RETREAT', '0813': 'RETREAT', '0814': 'RETREAT',
  '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST',
  '15': 'MOBILIZE', '16': 'SANCTION', '163': 'COERCE', '17': 'COERCE', '1712': 'ASSAULT', '175': 'ASSAULT',
  '18': 'ASSAULT', '19': 'ASSAULT', '191': 'COERCE', '192': 'COERCE', '20': 'ASSAULT',
};

/** The PLOVER type of a CAMEO code by its longest listed prefix, if it has one. */
export function ploverOfCameo(code: string): PloverType | undefined {
  const c = code.replace(/\D/g, '');
  for (let k = c.length; k >= 2; k--) {
    const t = TABLE[c.slice(0, k)];
    if (t) return t;
  }
  return undefined;
}
