import type { RATING_SOURCES } from '../../../api/channels/gaps';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';

export interface NewRating {
  staffId: string;
  competencyId: string;
  level: number;
  validFrom: string;
  source: (typeof RATING_SOURCES)[number];
  reviewId?: string | null;
  reason?: string;
}

/** The proficiency scale's size and proficient threshold. */
export function readScale(ctx: DataContext): { size: number; proficient: number } {
  const size = (stmt(ctx, 'SELECT count(*) AS n FROM proficiency_levels').get() as { n: number }).n;
  const p = stmt(ctx, 'SELECT proficient_level AS p FROM settings WHERE id = 1').get() as { p: number } | undefined;
  return { size, proficient: p?.p ?? 3 };
}

function operatorOf(ctx: DataContext): string {
  const row = stmt(ctx, 'SELECT operator_name AS name FROM settings WHERE id = 1').get() as { name: string } | undefined;
  return row?.name || '?';
}

/**
 * Appends a level to a person's history (docs/ARCHITECTURE.md §3: facts about people are
 * append-only rows). The row in force at `validFrom` is closed on that date; a row dated later
 * already in the history closes the new one, so a back-dated entry slots in without rewriting
 * anything. Levels are never edited: a correction is another row with its reason. Call inside
 * the caller's transaction.
 */
export function appendRating(ctx: DataContext, r: NewRating): string {
  const { size } = readScale(ctx);
  if (r.level < 1 || r.level > size) throw new DomainError('invalid_input', 'errors.levelOutOfScale');
  // Ties on the same date: the row recorded last wins (ids are time-ordered UUID v7).
  const next = stmt(
    ctx,
    `SELECT valid_from AS validFrom FROM competency_ratings
     WHERE staff_id = ? AND competency_id = ? AND valid_from > ? ORDER BY valid_from, id LIMIT 1`,
  ).get(r.staffId, r.competencyId, r.validFrom) as { validFrom: string } | undefined;
  stmt(
    ctx,
    `UPDATE competency_ratings SET valid_to = ?, updated_at = ?
     WHERE staff_id = ? AND competency_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)`,
  ).run(r.validFrom, nowIso(), r.staffId, r.competencyId, r.validFrom, r.validFrom);
  const id = newId();
  stmt(
    ctx,
    `INSERT INTO competency_ratings (id, staff_id, competency_id, level, valid_from, valid_to, source, review_id, recorded_by, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    r.staffId,
    r.competencyId,
    r.level,
    r.validFrom,
    next?.validFrom ?? null,
    r.source,
    r.reviewId ?? null,
    operatorOf(ctx),
    r.reason ?? '',
  );
  recordAudit(ctx, 'ratings', id, 'create', ['level', 'validFrom', 'source', 'reason']);
  return id;
}

/**
 * SQL for each person's current level per competency: the row still in force (valid_to null),
 * which is the latest by date since appendRating keeps the intervals chained.
 */
export const CURRENT_LEVELS = `SELECT staff_id, competency_id, level FROM competency_ratings WHERE valid_to IS NULL`;

/** The current level of one person for every competency they were assessed on. */
export function currentLevelsOf(ctx: DataContext, staffId: string): Map<string, number> {
  const rows = stmt(ctx, `SELECT competency_id AS c, level FROM competency_ratings WHERE staff_id = ? AND valid_to IS NULL`).all(
    staffId,
  ) as {
    c: string;
    level: number;
  }[];
  return new Map(rows.map((r) => [r.c, r.level]));
}
