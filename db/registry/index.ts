import { getTableColumns, getTableName } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { ENTITIES, type Entity } from '../../api/entities';
import { backupEntities } from '../features/backup/entities';
import { competencyEntities } from '../features/competencies/entities';
import { directoryEntities } from '../features/directory/entities';
import { jobEntities } from '../features/jobs/entities';
import { reviewEntities } from '../features/reviews/entities';
import { catalogueEntities } from '../features/catalogue/entities';
import { planEntities } from '../features/plans/entities';
import { sessionEntities } from '../features/sessions/entities';
import { evaluationEntities } from '../features/evaluation/entities';
import { reportEntities } from '../features/reports/entities';
import { traineeEntities } from '../features/trainees/entities';
import { staffEntities } from '../features/staff/entities';
import { unitEntities } from '../features/units/entities';
import { installationEntities } from './installation-entities';
import type { EntityEntry } from './types';

/**
 * The registry of the data (docs/ARCHITECTURE.md): one entry per entity of api/entities.ts, each
 * written by its feature. A name without an entry is a compile error; a table of the schema
 * without a name fails tests/integration/registry.test.ts.
 */
export const REGISTRY: { readonly [E in Entity]: EntityEntry } = {
  ...installationEntities,
  ...unitEntities,
  ...staffEntities,
  ...competencyEntities,
  ...jobEntities,
  ...reviewEntities,
  ...catalogueEntities,
  ...traineeEntities,
  ...planEntities,
  ...sessionEntities,
  ...evaluationEntities,
  ...reportEntities,
  ...directoryEntities,
  ...backupEntities,
};

/** Columns every record has; they are not labelled as fields of their own. */
const RECORD_COLUMNS = new Set(['id', 'createdAt', 'updatedAt']);

/** The SQL table of an entity (null for the backups folder). */
export function sqlNameOf(entity: Entity): string | null {
  const e = REGISTRY[entity];
  return e.table ? getTableName(e.table) : (e.sql ?? null);
}

const BY_SQL = new Map(ENTITIES.map((e) => [sqlNameOf(e), e] as const).filter(([sql]) => sql !== null));

/** The entity a SQL table belongs to, or undefined when the registry does not know it. */
export const entityOfSql = (sql: string): Entity | undefined => BY_SQL.get(sql);

/** The fields a user can see change (columns, then the audit-only names), labelled in the History. */
export function fieldsOf(entity: Entity): string[] {
  const e = REGISTRY[entity];
  const columns = e.table ? Object.keys(getTableColumns(e.table)).filter((f) => !RECORD_COLUMNS.has(f)) : [];
  return [...columns, ...(e.auditFields ?? [])];
}

/** The SQL column of a field of an entity's drizzle table. */
export function columnOf(entity: Entity, field: string): string {
  const table = REGISTRY[entity].table;
  const column = table ? (getTableColumns(table) as Record<string, { name: string }>)[field] : undefined;
  if (!column) throw new Error(`${entity} has no field ${field}`);
  return column.name;
}

/** The entities `sas doctor` counts, with their SQL tables, in the registry's order. */
export const countedEntities = (): { entity: Entity; sql: string }[] =>
  ENTITIES.filter((e) => REGISTRY[e].counted).map((e) => ({ entity: e, sql: sqlNameOf(e)! }));

const columnsBy = (fields: (e: EntityEntry) => readonly string[] | undefined): { table: string; columns: string[] }[] =>
  ENTITIES.filter((e) => fields(REGISTRY[e])?.length).map((e) => ({
    table: sqlNameOf(e)!,
    columns: fields(REGISTRY[e])!.map((f) => columnOf(e, f)),
  }));

/** Personal contact columns per SQL table (what a "without personal contact details" backup must not hold). */
export const contactColumns = () => columnsBy((e) => e.contactFields);

/** What the "without personal contact details" profile empties: the contact columns and the free texts. */
export const noContactsColumns = () => columnsBy((e) => [...(e.contactFields ?? []), ...(e.freeTextFields ?? [])]);

export interface Reference {
  from: Entity;
  to: Entity;
  /** The referring columns (SQL names). */
  columns: string[];
  nullable: boolean;
  onDelete: string;
}

/** Every foreign key between entities, read from the drizzle tables. */
export function references(): Reference[] {
  const out: Reference[] = [];
  for (const from of ENTITIES) {
    const table = REGISTRY[from].table;
    if (!table) continue;
    for (const fk of getTableConfig(table).foreignKeys) {
      const ref = fk.reference();
      const to = entityOfSql(getTableName(ref.foreignTable));
      if (!to) throw new Error(`${from} refers to a table the registry does not know`);
      out.push({
        from,
        to,
        columns: ref.columns.map((c) => c.name),
        nullable: ref.columns.every((c) => !c.notNull),
        onDelete: fk.onDelete ?? 'no action',
      });
    }
  }
  return out;
}

/**
 * An order in which the given entities can be emptied without breaking a foreign key: every
 * referrer before what it refers to. Self-references (a unit's parent) are left to the caller.
 * A reference that SQLite sets to NULL on delete (a unit's head) constrains no order, which is
 * what lets units and staff refer to each other.
 */
export function deletionOrder(entities: readonly Entity[]): Entity[] {
  const wanted = new Set(entities);
  const refs = references().filter((r) => r.from !== r.to && r.onDelete !== 'set null' && wanted.has(r.from) && wanted.has(r.to));
  const order: Entity[] = [];
  const left = new Set(entities);
  while (left.size) {
    const ready = [...left].filter((e) => !refs.some((r) => r.to === e && left.has(r.from)));
    if (!ready.length) throw new Error(`a cycle of references among ${[...left].join(', ')}`);
    for (const e of ready) {
      order.push(e);
      left.delete(e);
    }
  }
  return order;
}
