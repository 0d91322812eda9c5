import type { z } from 'zod';
import type { Lessons, lessonsSave } from '../../../api/channels/reports';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';

/**
 * The lessons the Service draws from a year, in French and in Arabic, printed in the annual
 * report. One row per year, written the first time it is saved; a year never written reads as
 * empty texts (`updatedAt` null).
 */
interface Row {
  id: string;
  lessonsFr: string;
  lessonsAr: string;
  updatedAt: string;
}
const ROW = `SELECT id, lessons_fr AS lessonsFr, lessons_ar AS lessonsAr, updated_at AS updatedAt FROM annual_lessons WHERE year = ?`;

export function getLessons(ctx: DataContext, year: number): Lessons {
  const row = stmt(ctx, ROW).get(year) as Row | undefined;
  return { year, lessonsFr: row?.lessonsFr ?? '', lessonsAr: row?.lessonsAr ?? '', updatedAt: row?.updatedAt ?? null };
}

export function saveLessons(ctx: DataContext, input: z.output<typeof lessonsSave>): Lessons {
  inTransaction(ctx, () => {
    const row = stmt(ctx, ROW).get(input.year) as Row | undefined;
    if (!row) {
      const id = newId();
      stmt(ctx, 'INSERT INTO annual_lessons (id, year, lessons_fr, lessons_ar) VALUES (?, ?, ?, ?)').run(
        id,
        input.year,
        input.lessonsFr,
        input.lessonsAr,
      );
      recordAudit(ctx, 'annualLessons', id, 'create');
      return;
    }
    const changed = [
      ...(row.lessonsFr !== input.lessonsFr ? ['lessonsFr'] : []),
      ...(row.lessonsAr !== input.lessonsAr ? ['lessonsAr'] : []),
    ];
    // Saving the same texts again writes nothing and leaves no entry in the History.
    if (!changed.length) return;
    stmt(ctx, 'UPDATE annual_lessons SET lessons_fr = ?, lessons_ar = ?, updated_at = ? WHERE id = ?').run(
      input.lessonsFr,
      input.lessonsAr,
      nowIso(),
      row.id,
    );
    recordAudit(ctx, 'annualLessons', row.id, 'update', changed);
  });
  return getLessons(ctx, input.year);
}
