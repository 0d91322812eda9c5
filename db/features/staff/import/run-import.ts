import { syncGapNeeds } from '../../reviews/needs';
import type { z } from 'zod';
import type { StaffColumn, staffImportOutput, staffImportPreviewOutput } from '../../../../api/channels/staff-files';
import { staffCreate } from '../../../../api/channels/staff';
import { changedFields, recordAudit } from '../../../audit/record';
import { selectAs, sqlColumns } from '../../../core/columns';
import type { DataContext } from '../../../core/context';
import { newId, nowIso } from '../../../core/ids';
import { stmt } from '../../../core/statements';
import { orgUnits, staff } from '../../../schema';
import { readTable } from '../../../tabular/read';
import { type RowProblem, keyOf } from '../../../tabular/row-problem';
import type { Table } from '../../../tabular/table';
import { restoreNeutralised } from '../../../tabular/write';
import { inTransaction } from '../../shared/records';
import { releaseStrayHeads } from '../../units/unit-service';
import { indexStaffBatch, sortNames } from '../search-index';
import type { StaffValues } from '../staff-service';
import { dateOf, genderOf } from './cells';
import { type StaffMapping, mappingInForce, missingColumns } from './mapping';
import { badDate, badGender, duplicateInFile, fromStaffIssue, missingGender, missingMatricule } from './problems';
import { newUnitNames, referenceResolver } from './references';

/** A staff file as read: its table and the mapping in force (expected column → file header). */
export interface StaffFile {
  table: Table;
  mapping: StaffMapping;
  /** Required columns no file column fills: nothing can be imported then. */
  missing: StaffColumn[][];
}

export async function readStaffFile(fileName: string, bytes: Uint8Array, given: StaffMapping | null): Promise<StaffFile> {
  const table = await readTable(fileName, bytes);
  const mapping = mappingInForce(table.header, given);
  return { table, mapping, missing: missingColumns(mapping) };
}

/** The fields of a staff record an import reads or writes, in the order of the columns. */
const FIELDS = [
  'matricule',
  'lastNameFr',
  'firstNameFr',
  'lastNameAr',
  'firstNameAr',
  'gender',
  'gradeId',
  'unitId',
  'jobId',
  'isManager',
  'hireDate',
  'status',
  'leftDate',
  'phone',
  'email',
  'notes',
] as const;
type Field = (typeof FIELDS)[number];
type Existing = StaffValues & { id: string };

/** Free-text columns → the record's field. */
const TEXT: [StaffColumn, Field][] = [
  ['nom', 'lastNameFr'],
  ['prenom', 'firstNameFr'],
  ['nom_ar', 'lastNameAr'],
  ['prenom_ar', 'firstNameAr'],
  ['telephone', 'phone'],
  ['email', 'email'],
];

const NEW_RECORD = {
  firstNameFr: '',
  lastNameFr: '',
  firstNameAr: '',
  lastNameAr: '',
  gradeId: null,
  unitId: null,
  jobId: null,
  isManager: false,
  hireDate: null,
  status: 'active',
  leftDate: null,
  phone: '',
  email: '',
  notes: '',
};

export interface PlannedRow {
  line: number;
  /** Expected column → the cell read (mapped columns only). */
  values: Record<string, string>;
  outcome: 'create' | 'update' | 'rejected';
  problems: RowProblem[];
  /** What to write: the whole record, the fields that change (update), the unit to create first. */
  write?: { id: string; values: StaffValues; changed: string[]; newUnit: string | null };
}

export interface Plan {
  rows: PlannedRow[];
  /** Folded name → the unit --create-units adds. */
  newUnits: Map<string, { nameFr: string; nameAr: string }>;
}

/** The same problem said twice is listed once. */
const unique = (problems: RowProblem[]) => problems.filter((p, i) => problems.findIndex((q) => q.reason === p.reason) === i);

/**
 * What importing the file would do, row by row, without writing: each row is checked as the
 * staff form checks a record (the contract's schema), its unit, job and grade looked up. A
 * matricule already in the database updates that person with the non-empty cells of the row
 * (an empty cell leaves the value as it is); a matricule seen earlier in the file rejects the row.
 */
export function planStaffImport(ctx: DataContext, file: StaffFile, opts: { createUnits: boolean }): Plan {
  const { table, mapping } = file;
  const plan: Plan = { rows: [], newUnits: new Map() };
  const at = new Map<StaffColumn, number>();
  for (const [column, header] of Object.entries(mapping) as [StaffColumn, string][]) at.set(column, table.header.indexOf(header));
  const existing = new Map(
    (stmt(ctx, `SELECT id, ${selectAs(staff, FIELDS)} FROM staff`).all() as (Omit<Existing, 'isManager'> & { isManager: number })[]).map(
      (r) => [r.matricule, { ...r, isManager: Boolean(r.isManager) } as Existing],
    ),
  );
  const refs = referenceResolver(ctx, opts.createUnits);
  const seen = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    const cell = (c: StaffColumn) => (at.has(c) ? restoreNeutralised(cells[at.get(c)!] ?? '') : '');
    const values = Object.fromEntries([...at.keys()].map((c) => [c, cell(c)]));
    const problems: RowProblem[] = [];
    const matricule = cell('matricule');
    if (!matricule) problems.push(missingMatricule());
    else if (seen.has(matricule)) problems.push(duplicateInFile(matricule, seen.get(matricule)!));
    else seen.set(matricule, line);
    const before = matricule ? existing.get(matricule) : undefined;

    const given: Partial<Record<Field, unknown>> = { matricule };
    for (const [column, field] of TEXT) if (cell(column)) given[field] = cell(column);
    const gender = cell('genre');
    if (gender) {
      if (genderOf(gender)) given.gender = genderOf(gender);
      else problems.push(badGender(gender));
    } else if (!before) problems.push(missingGender());
    const hired = cell('date_embauche');
    if (hired) {
      if (dateOf(hired)) given.hireDate = dateOf(hired);
      else problems.push(badDate(hired));
    }
    let newUnit: string | null = null;
    const unit = cell('unite');
    if (unit) {
      const r = refs.unit(unit);
      if ('id' in r) given.unitId = r.id;
      else if ('create' in r) {
        newUnit = r.create;
        if (!plan.newUnits.has(r.create)) plan.newUnits.set(r.create, newUnitNames(unit));
      } else problems.push(r.problem);
    }
    const job = cell('poste');
    if (job) {
      const r = refs.job(job);
      if ('id' in r) given.jobId = r.id;
      else if ('problem' in r) problems.push(r.problem);
    }
    const grade = cell('grade');
    if (grade) {
      const r = refs.grade(grade, before?.gradeId ?? null);
      if ('id' in r) given.gradeId = r.id;
      else if ('problem' in r) problems.push(r.problem);
    }

    const base: Record<string, unknown> = before ? Object.fromEntries(FIELDS.map((f) => [f, before[f]])) : { ...NEW_RECORD };
    const candidate = { ...base, ...given, ...(newUnit ? { unitId: null } : {}) };
    const parsed = staffCreate.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A missing or unreadable gender is already said in the column's own words.
        if (issue.path[0] === 'gender' && problems.some((p) => p.params.column === 'genre')) continue;
        problems.push(fromStaffIssue(issue, candidate));
      }
    }
    if (problems.length || !parsed.success) {
      plan.rows.push({ line, values, outcome: 'rejected', problems: unique(problems) });
      continue;
    }
    const changed = before ? changedFields(base, parsed.data) : [];
    if (newUnit) changed.push('unitId');
    plan.rows.push({
      line,
      values,
      outcome: before ? 'update' : 'create',
      problems: [],
      write: { id: before?.id ?? newId(), values: parsed.data, changed, newUnit },
    });
  }
  return plan;
}

type Summary = z.output<typeof staffImportOutput>;

const summarise = (plan: Plan, dryRun: boolean): Summary => ({
  created: plan.rows.filter((r) => r.outcome === 'create').length,
  updated: plan.rows.filter((r) => r.outcome === 'update').length,
  unitsCreated: plan.newUnits.size,
  dryRun,
  rejected: plan.rows
    .filter((r) => r.outcome === 'rejected')
    .map((r) => ({ line: r.line, reason: r.problems.map((p) => p.reason).join('; '), problemKeys: r.problems.map(keyOf) })),
});

export function previewStaffImport(
  ctx: DataContext,
  file: StaffFile,
  opts: { createUnits: boolean; limit: number },
): z.output<typeof staffImportPreviewOutput> {
  const plan = file.missing.length ? null : planStaffImport(ctx, file, opts);
  const rows = plan?.rows ?? [];
  return {
    format: file.table.format,
    delimiter: file.table.delimiter,
    header: file.table.header,
    mapping: file.mapping as Record<string, string>,
    missing: file.missing,
    sample: file.table.rows.slice(0, 3),
    totalRows: file.table.rows.length,
    counts: {
      create: rows.filter((r) => r.outcome === 'create').length,
      update: rows.filter((r) => r.outcome === 'update').length,
      rejected: rows.filter((r) => r.outcome === 'rejected').length,
    },
    rows: rows.slice(0, opts.limit).map((r) => ({
      line: r.line,
      values: r.values,
      outcome: r.outcome,
      problems: r.problems.map((p) => p.reason),
      problemKeys: r.problems.map(keyOf),
    })),
  };
}

const NAME_FIELDS = new Set(['lastNameFr', 'firstNameFr', 'lastNameAr', 'firstNameAr']);
const WRITTEN = [...FIELDS, 'sortNameFr', 'sortNameAr'] as const;

/**
 * The batch path: one prepared INSERT for every new person, one UPDATE per set of changed fields,
 * the name index in one pass (indexStaffBatch), an audit entry per record written (fields named
 * for an update; a row identical to the record writes nothing), units created first.
 */
function writePlan(ctx: DataContext, plan: Plan): void {
  const unitIds = new Map<string, string>();
  for (const [key, names] of plan.newUnits) {
    const id = newId();
    ctx.orm
      .insert(orgUnits)
      .values({ id, kind: 'service', parentId: null, code: '', ...names })
      .run();
    recordAudit(ctx, 'units', id, 'create');
    unitIds.set(key, id);
  }
  const columns = sqlColumns(staff, WRITTEN);
  const insert = stmt(
    ctx,
    `INSERT INTO staff (id, created_at, updated_at, ${WRITTEN.map((f) => columns[f]).join(', ')}) VALUES (${['?', '?', '?', ...WRITTEN.map(() => '?')].join(', ')})`,
  );
  const indexed: Parameters<typeof indexStaffBatch>[1] = [];
  let moved = false;
  const newJobs: string[] = [];
  const now = nowIso();
  for (const row of plan.rows) {
    if (!row.write) continue;
    const { id, changed, newUnit } = row.write;
    const values = { ...row.write.values, ...sortNames(row.write.values), ...(newUnit ? { unitId: unitIds.get(newUnit)! } : {}) };
    const sqlValue = (f: (typeof WRITTEN)[number]) => (f === 'isManager' ? Number(values[f]) : values[f]);
    if (row.outcome === 'create') {
      insert.run(id, now, now, ...WRITTEN.map(sqlValue));
      recordAudit(ctx, 'staff', id, 'create');
      indexed.push({ id, names: values, created: true });
      continue;
    }
    if (!changed.length) continue;
    const set = changed.filter((f): f is Field => (FIELDS as readonly string[]).includes(f));
    const names = set.some((f) => NAME_FIELDS.has(f));
    const written = [...set, ...(names ? (['sortNameFr', 'sortNameAr'] as const) : [])];
    stmt(ctx, `UPDATE staff SET ${written.map((f) => `${columns[f]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...written.map(sqlValue),
      now,
      id,
    );
    recordAudit(ctx, 'staff', id, 'update', changed);
    if (names) indexed.push({ id, names: values, created: false });
    if (set.includes('unitId')) moved = true;
    if (set.includes('jobId') || set.includes('status')) newJobs.push(id);
  }
  indexStaffBatch(ctx, indexed);
  // Someone who heads a unit and moved out of its branch is no longer its head (audited there).
  if (moved) releaseStrayHeads(ctx);
  // Another job means other requirements, so other gaps: the gap needs follow (as for staff.update).
  if (newJobs.length) syncGapNeeds(ctx, newJobs);
}

class DryRunRollback extends Error {}

/** Plans and writes the accepted rows in one transaction; a dry run does the same and rolls back, so its counts are the real ones. */
export function importStaff(ctx: DataContext, file: StaffFile, opts: { createUnits: boolean; dryRun: boolean }): Summary {
  let summary: Summary | null = null;
  try {
    inTransaction(ctx, () => {
      const plan = planStaffImport(ctx, file, opts);
      summary = summarise(plan, opts.dryRun);
      writePlan(ctx, plan);
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary!;
}
