import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, isEntity } from '../../api/entities';
import { CHANNELS, contract } from '../../api/contract';
import { REGISTRY, deletionOrder, entityOfSql, fieldsOf, references, sqlNameOf } from '../../db/registry';
import { clearServiceData } from '../../db/features/demo/generate';
import { call, count, openTemp, setup } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Labels = { entities: Record<string, { singular?: string; plural?: string; fields?: Record<string, string> }> };
const labels = (lang: string): Labels =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `renderer/src/features/history/i18n/${lang}.json`), 'utf8')) as Labels;

/** The tables of a migrated database: ordinary and virtual ones (FTS5), not their shadow tables. */
function schemaTables(): string[] {
  const ctx = openTemp();
  return (
    ctx.sqlite.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')`).all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((n) => !n.startsWith('sqlite_'))
    .sort();
}

describe('the registry of the data', () => {
  it('knows every table the migrations create, and names no table they do not', () => {
    const tables = schemaTables();
    expect(tables.filter((t) => !entityOfSql(t))).toEqual([]);
    const named = ENTITIES.map(sqlNameOf).filter((s): s is string => s !== null);
    expect(named.filter((s) => !tables.includes(s))).toEqual([]);
  });

  it('every channel declares what it reads, and reads and writes only names the registry knows', () => {
    for (const name of CHANNELS) {
      const spec = contract[name] as { reads?: readonly string[]; writes?: readonly string[] };
      expect(Array.isArray(spec.reads), `${name} declares no reads`).toBe(true);
      const unknown = [...(spec.reads ?? []), ...(spec.writes ?? [])].filter((e) => !isEntity(e));
      expect(unknown, `${name} names unknown entities`).toEqual([]);
    }
  });

  it('a restore and its undo name every entity, so every cached screen is refreshed', () => {
    for (const name of ['backup.restore', 'backup.undoRestore'] as const) {
      expect([...(contract[name].writes ?? [])].sort()).toEqual([...ENTITIES].sort());
    }
  });

  it('labels every entity, and every field of a record, in French and in Arabic', () => {
    for (const lang of ['fr', 'ar']) {
      const dict = labels(lang).entities;
      const missing: string[] = [];
      for (const e of ENTITIES) {
        if (!dict[e]?.singular || !dict[e]?.plural) missing.push(e);
        if (REGISTRY[e].kind !== 'record') continue;
        for (const f of fieldsOf(e)) if (!dict[e]?.fields?.[f]) missing.push(`${e}.${f}`);
      }
      expect(missing, `labels missing in ${lang}.json`).toEqual([]);
    }
  });

  it('audit entries name only registered entities and their fields', () => {
    const ctx = openTemp();
    setup(ctx);
    call(ctx, 'demo.load', {});
    const unit = call(ctx, 'units.list', {})[0];
    call(ctx, 'units.update', { ...unit, nameFr: `${unit.nameFr} (modifiée)` });
    const job = call(ctx, 'jobs.get', { id: call(ctx, 'jobs.list', {})[0].id });
    call(ctx, 'jobs.update', { ...job, missionFr: 'Nouvelle mission', requirements: job.requirements.slice(1) });
    const org = call(ctx, 'organizations.search', { limit: 2 }).rows;
    const full = call(ctx, 'organizations.get', { id: org[0].id });
    call(ctx, 'organizations.update', { ...full, phones: ['0536 00 00 00'], notes: 'vue' });
    call(ctx, 'organizations.merge', { keepId: org[0].id, mergeId: org[1].id });
    const framework = call(ctx, 'framework.get', {});
    call(ctx, 'framework.updateScale', { levels: framework.levels, proficientLevel: framework.proficientLevel === 3 ? 2 : 3 });
    const rows = ctx.sqlite.prepare('SELECT DISTINCT table_name AS entity, fields FROM audit_log').all() as {
      entity: string;
      fields: string;
    }[];
    const problems = rows.flatMap((r) => {
      if (!isEntity(r.entity)) return [`unknown entity ${r.entity}`];
      const known = fieldsOf(r.entity);
      return (JSON.parse(r.fields) as string[]).filter((f) => !known.includes(f)).map((f) => `${r.entity}.${f}`);
    });
    expect(problems).toEqual([]);
  });

  it('derives what refers to what from the foreign keys, and an order that empties the demo tables', () => {
    expect(references()).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'staff', to: 'units', columns: ['unit_id'] })]));
    const order = deletionOrder(['units', 'staff', 'jobProfiles', 'jobRequirements', 'competencies']);
    expect(order.indexOf('staff')).toBeLessThan(order.indexOf('units'));
    expect(order.indexOf('jobRequirements')).toBeLessThan(order.indexOf('competencies'));

    const ctx = openTemp();
    setup(ctx);
    call(ctx, 'demo.load', {});
    clearServiceData(ctx);
    for (const e of ENTITIES.filter((x) => REGISTRY[x].demo)) expect(count(ctx, sqlNameOf(e)!), e).toBe(0);
    expect(count(ctx, 'competencies')).toBeGreaterThan(0);
    expect(ctx.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(call(ctx, 'demo.load', {})).toMatchObject({ staff: 490 });
  });
});
