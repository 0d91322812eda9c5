import type { z } from 'zod';
import type { reviewImportInput, reviewImportOutput } from '../../../api/channels/reviews';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { headerKey } from '../../tabular/header-key';
import { readTable } from '../../tabular/read';
import { type Table, UnreadableFile } from '../../tabular/table';
import { restoreNeutralised, toCsv, toXlsx } from '../../tabular/write';
import { appendRating, readScale } from './history';
import { syncGapNeeds } from './needs';
import { today } from './people';

/** The columns of a campaign's ratings file (`sas review import`), in this order on export. */
export const RATING_COLUMNS = [
  'matricule',
  'competence',
  'niveau_auto',
  'niveau_responsable',
  'niveau_retenu',
  'date',
  'commentaire',
] as const;
type Column = (typeof RATING_COLUMNS)[number];
const REQUIRED: Column[] = ['matricule', 'competence'];

type Rejected = z.output<typeof reviewImportOutput>['rejected'][number];
const reject = (line: number, key: string, reason: string, params: Record<string, string> = {}): Rejected => ({
  line,
  reason,
  key,
  params,
});

/** dd/mm/yyyy or yyyy-mm-dd as YYYY-MM-DD; null when it is not a real date. */
export function readDate(cell: string): string | null {
  const s = cell.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? null;
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

class DryRun extends Error {}

interface Row {
  line: number;
  staffId: string;
  jobId: string | null;
  unitId: string | null;
  competencyId: string;
  self: number | null;
  manager: number | null;
  agreed: number | null;
  date: string;
  comment: string;
}

/**
 * Ratings collected on paper or in a spreadsheet. A row with a `niveau_retenu` is a validated
 * rating recorded in the history at its date (source "review", linked to the person's review in
 * the campaign); self and manager levels go to the review. Rows that cannot be read are rejected
 * with their line; the rest is written in one transaction (or nothing, in a dry run).
 */
export async function importRatings(
  ctx: DataContext,
  input: z.output<typeof reviewImportInput>,
): Promise<z.output<typeof reviewImportOutput>> {
  let table: Table;
  try {
    table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  } catch (error) {
    if (error instanceof UnreadableFile) throw new DomainError('bad_file', 'errors.importUnreadable', { detail: error.message });
    throw error;
  }
  const at = new Map(table.header.map((h, i) => [headerKey(h), i] as const));
  const missing = REQUIRED.filter((c) => !at.has(c));
  if (missing.length)
    throw new DomainError('bad_file', 'errors.importMissingColumns', { detail: `missing column(s): ${missing.join(', ')}` });
  // A cell our export protected against formulas ('=…) reads back as it was written.
  const cell = (cells: string[], c: Column) => (at.has(c) ? restoreNeutralised(cells[at.get(c)!] ?? '') : '');
  const { size } = readScale(ctx);
  const rejected: Rejected[] = [];
  const rows: Row[] = [];
  const seen = new Set<string>();
  const person = stmt(ctx, 'SELECT id, job_id AS jobId, unit_id AS unitId FROM staff WHERE matricule = ? COLLATE NOCASE');
  const competency = stmt(ctx, 'SELECT id FROM competencies WHERE code = ? COLLATE NOCASE');
  for (const { line, cells } of table.rows) {
    const matricule = cell(cells, 'matricule');
    const code = cell(cells, 'competence');
    const p = person.get(matricule) as { id: string; jobId: string | null; unitId: string | null } | undefined;
    if (!p) {
      rejected.push(reject(line, 'errors.ratingUnknownMatricule', `unknown matricule "${matricule}"`, { matricule }));
      continue;
    }
    const c = competency.get(code) as { id: string } | undefined;
    if (!c) {
      rejected.push(reject(line, 'errors.ratingUnknownCompetency', `unknown competency code "${code}"`, { code }));
      continue;
    }
    const levels: (number | null)[] = [];
    let bad: string | null = null;
    for (const col of ['niveau_auto', 'niveau_responsable', 'niveau_retenu'] as const) {
      const v = cell(cells, col);
      if (!v) levels.push(null);
      else if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= size) levels.push(Number(v));
      else {
        bad = `${col} "${v}" is not a level of the scale (1 to ${size})`;
        rejected.push(reject(line, 'errors.ratingLevelOutOfScale', bad, { column: col, value: v, max: String(size) }));
        break;
      }
    }
    if (bad) continue;
    if (levels.every((l) => l === null)) {
      rejected.push(reject(line, 'errors.ratingNoLevel', 'no level given'));
      continue;
    }
    const dateCell = cell(cells, 'date');
    const date = dateCell ? readDate(dateCell) : today();
    if (!date) {
      rejected.push(reject(line, 'errors.ratingBadDate', `date "${dateCell}" is not dd/mm/yyyy or yyyy-mm-dd`, { value: dateCell }));
      continue;
    }
    const key = `${p.id} ${c.id}`;
    if (seen.has(key)) {
      rejected.push(
        reject(line, 'errors.ratingDuplicate', `${matricule} / ${code} already appears earlier in the file`, { matricule, code }),
      );
      continue;
    }
    seen.add(key);
    const [self, manager, agreed] = levels as [number | null, number | null, number | null];
    rows.push({
      line,
      staffId: p.id,
      jobId: p.jobId,
      unitId: p.unitId,
      competencyId: c.id,
      self,
      manager,
      agreed,
      date,
      comment: cell(cells, 'commentaire'),
    });
  }
  let campaign = input.campaignCode;
  try {
    ctx.sqlite
      .transaction(() => {
        campaign = writeRows(ctx, input.campaignCode, rows);
        if (input.dryRun) throw new DryRun();
      })
      .immediate();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return { campaign, imported: rows.length, dryRun: input.dryRun, rejected };
}

function campaignFor(ctx: DataContext, code: string, rows: Row[]): { id: string; code: string } {
  const found = stmt(ctx, 'SELECT id, code, status FROM review_campaigns WHERE code = ? COLLATE NOCASE').get(code) as
    { id: string; code: string; status: string } | undefined;
  if (found) {
    if (found.status === 'closed') throw new DomainError('conflict', 'errors.campaignClosed');
    return found;
  }
  const dates = rows.map((r) => r.date).sort();
  const id = newId();
  const now = nowIso();
  stmt(
    ctx,
    `INSERT INTO review_campaigns (id, code, title_fr, title_ar, period_start, period_end, scope, status, opened_at)
     VALUES (?, ?, ?, ?, ?, ?, 'service', 'open', ?)`,
  ).run(id, code, code, code, dates[0] ?? today(), dates.at(-1) ?? today(), now);
  recordAudit(ctx, 'reviewCampaigns', id, 'create', ['code', 'titleFr', 'titleAr', 'periodStart', 'periodEnd', 'status']);
  return { id, code };
}

function writeRows(ctx: DataContext, code: string, rows: Row[]): string {
  const campaign = campaignFor(ctx, code, rows);
  const reviewOf = new Map<string, string>();
  const requirement = stmt(ctx, 'SELECT required_level AS level, importance FROM job_requirements WHERE job_id = ? AND competency_id = ?');
  const touched = new Set<string>();
  for (const r of rows) {
    let reviewId = reviewOf.get(r.staffId);
    if (!reviewId) {
      const existing = stmt(ctx, 'SELECT id FROM reviews WHERE campaign_id = ? AND staff_id = ?').get(campaign.id, r.staffId) as
        { id: string } | undefined;
      reviewId = existing?.id ?? newId();
      if (!existing) {
        stmt(ctx, 'INSERT INTO reviews (id, campaign_id, staff_id, job_id, unit_id) VALUES (?, ?, ?, ?, ?)').run(
          reviewId,
          campaign.id,
          r.staffId,
          r.jobId,
          r.unitId,
        );
        recordAudit(ctx, 'reviews', reviewId, 'create', ['campaignId', 'staffId']);
      }
      reviewOf.set(r.staffId, reviewId);
    }
    const req = r.jobId ? (requirement.get(r.jobId, r.competencyId) as { level: number; importance: string } | undefined) : undefined;
    stmt(
      ctx,
      `INSERT INTO review_items (id, review_id, competency_id, required_level, importance, self_level, manager_level, agreed_level, justification)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (review_id, competency_id) DO UPDATE SET self_level = coalesce(excluded.self_level, self_level),
         manager_level = coalesce(excluded.manager_level, manager_level), agreed_level = coalesce(excluded.agreed_level, agreed_level),
         justification = CASE excluded.justification WHEN '' THEN justification ELSE excluded.justification END, updated_at = excluded.updated_at`,
    ).run(newId(), reviewId, r.competencyId, req?.level ?? null, req?.importance ?? null, r.self, r.manager, r.agreed, r.comment);
    if (r.agreed !== null)
      appendRating(ctx, {
        staffId: r.staffId,
        competencyId: r.competencyId,
        level: r.agreed,
        validFrom: r.date,
        source: 'review',
        reviewId,
        reason: r.comment,
      });
    const state = r.agreed !== null ? 'validated' : r.manager !== null ? 'rated' : 'self_assessed';
    const rank = { not_started: 0, self_assessed: 1, rated: 2, discussed: 3, validated: 4, cancelled: 5 } as const;
    const current = (stmt(ctx, 'SELECT state FROM reviews WHERE id = ?').get(reviewId) as { state: keyof typeof rank }).state;
    if (rank[state] > rank[current] && current !== 'cancelled') {
      stmt(
        ctx,
        `UPDATE reviews SET state = ?, validated_at = ${state === 'validated' ? '?' : 'validated_at'}, updated_at = ? WHERE id = ?`,
      ).run(...(state === 'validated' ? [state, nowIso(), nowIso(), reviewId] : [state, nowIso(), reviewId]));
    }
    touched.add(reviewId);
    touched.add(`staff:${r.staffId}`);
  }
  for (const t of touched) if (!t.startsWith('staff:')) recordAudit(ctx, 'reviews', t, 'update', ['items', 'state']);
  syncGapNeeds(
    ctx,
    [...touched].filter((t) => t.startsWith('staff:')).map((t) => t.slice(6)),
  );
  return campaign.code;
}

/**
 * A campaign's ratings as a spreadsheet to fill in or keep: one row per competency of every
 * review, with the levels recorded so far; `sas review import` reads it back.
 */
export async function exportRatings(
  ctx: DataContext,
  id: string,
  format: 'csv' | 'xlsx',
): Promise<{ fileName: string; contentBase64: string }> {
  const c = stmt(ctx, 'SELECT code FROM review_campaigns WHERE id = ?').get(id) as { code: string } | undefined;
  if (!c) throw new DomainError('not_found', 'errors.notFound');
  const rows = (
    stmt(
      ctx,
      `SELECT s.matricule, k.code, i.self_level AS s, i.manager_level AS m, i.agreed_level AS a,
         coalesce(r.interview_date, substr(r.validated_at, 1, 10), '') AS d, i.justification AS j
       FROM review_items i JOIN reviews r ON r.id = i.review_id JOIN staff s ON s.id = r.staff_id JOIN competencies k ON k.id = i.competency_id
       WHERE r.campaign_id = ? AND r.state <> 'cancelled' ORDER BY s.matricule, k.code`,
    ).all(id) as { matricule: string; code: string; s: number | null; m: number | null; a: number | null; d: string; j: string }[]
  ).map((r) => [r.matricule, r.code, r.s ?? '', r.m ?? '', r.a ?? '', r.d, r.j].map(String));
  const safeName = c.code.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  const bytes = format === 'csv' ? toCsv(RATING_COLUMNS, rows) : await toXlsx(RATING_COLUMNS, rows, 'Evaluations');
  return { fileName: `evaluations-${safeName}.${format}`, contentBase64: bytes.toString('base64') };
}
