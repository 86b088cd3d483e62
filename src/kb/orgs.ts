/** Organizations, bodies and events (kb/orgs.tsv) and the generic kinds of body (kb/org-kinds.tsv). */
import { join } from 'node:path';
import type { EntityType } from '../model.js';
import type { OrgEntry, OrgKind } from './types.js';
import { KbError, readTsv, splitList } from './tsv.js';

const ORG_HEADER = ['id', 'name', 'aliases', 'type', 'country', 'code', 'kind'] as const;
const KIND_HEADER = ['kind', 'template', 'generic', 'code'] as const;
const TYPES: readonly EntityType[] = ['ORG', 'GROUP', 'EVENT'];

export function loadOrgKinds(dir: string, errors: KbError[]): OrgKind[] {
  const label = 'kb/org-kinds.tsv';
  return readTsv(join(dir, 'org-kinds.tsv'), KIND_HEADER, errors, label).flatMap(({ line, cells }) => {
    if (!cells.template?.includes('{country}')) {
      errors.push(new KbError(label, line, 'template must contain {country}'));
      return [];
    }
    return [{ kind: cells.kind ?? '', template: cells.template, generic: splitList(cells.generic), code: cells.code ?? '' }];
  });
}

export function loadOrgs(dir: string, errors: KbError[], kinds: ReadonlySet<string>): OrgEntry[] {
  const label = 'kb/orgs.tsv';
  const out: OrgEntry[] = [];
  const ids = new Set<string>();
  for (const { line, cells } of readTsv(join(dir, 'orgs.tsv'), ORG_HEADER, errors, label)) {
    const id = cells.id ?? '';
    const type = cells.type as EntityType;
    if (!/^[a-z0-9-]+$/.test(id)) { errors.push(new KbError(label, line, `bad id "${id}"`)); continue; }
    if (ids.has(id)) { errors.push(new KbError(label, line, `duplicate id "${id}"`)); continue; }
    ids.add(id);
    if (!TYPES.includes(type)) { errors.push(new KbError(label, line, `type must be ORG, GROUP or EVENT`)); continue; }
    if (cells.country && !/^[A-Z]{3}$/.test(cells.country)) errors.push(new KbError(label, line, `bad country "${cells.country}"`));
    if (cells.kind && !kinds.has(cells.kind)) errors.push(new KbError(label, line, `unknown kind "${cells.kind}"`));
    const e: OrgEntry = {
      kind: 'org', id: `org:${id}`, type, name: cells.name ?? id, aliases: splitList(cells.aliases),
      origin: { file: label, line },
    };
    if (cells.country) e.country = cells.country;
    if (cells.code) e.code = cells.code;
    if (cells.kind) e.orgKind = cells.kind;
    out.push(e);
  }
  return out;
}
