/**
 * The four classes event data is usually charted in (CAMEO's "quad classes"), over PLOVER types:
 * verbal and material cooperation, verbal and material conflict. REQUEST is an appeal, counted as
 * verbal cooperation as CAMEO does.
 */
import type { PloverType } from '../../model.js';

export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export const QUAD: Record<PloverType, Quad> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  REQUEST: 'verbal-cooperation',
  CONCEDE: 'material-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'verbal-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export function isCooperation(type: string): boolean {
  const q = QUAD[type as PloverType] as Quad | undefined;
  return q === 'verbal-cooperation' || q === 'material-cooperation';
}

/** SQL list of the cooperative types, for `v.type IN (...)`. */
export const COOPERATIVE_SQL = Object.entries(QUAD)
  .filter(([, q]) => q.endsWith('cooperation')).map(([t]) => `'${t}'`).join(', ');

/** 1 for a cooperative event, else 0: `sum(${COOP})` counts them on either engine (PostgreSQL cannot sum booleans). */
export const COOP = `CASE WHEN v.type IN (${COOPERATIVE_SQL}) THEN 1 ELSE 0 END`;
