import { call, withInstallation } from '../call';
import { type Io, UsageError } from '../cli-error';
import { fileSource } from '../input-file';
import type { Values } from '../options';

type DbValues = Values & { db: string };

/** `sas gaps [--unit CODE] [--json]` → `gaps.list`: one row per requirement of every active person's job. */
export async function runGaps(v: DbValues, io: Io): Promise<number> {
  if (v.unit !== undefined && (typeof v.unit !== 'string' || !v.unit.trim())) throw new UsageError('--unit needs a unit code');
  const unitCode = typeof v.unit === 'string' ? v.unit.trim() : null;
  const rows = await withInstallation(v.db, (ctx) => call('gaps.list', { unitCode }, ctx), { readOnly: true });
  if (v.json) {
    io.out(
      JSON.stringify(
        rows.map(({ matricule, competency, required, level, gap, importance }) => ({
          matricule,
          competency,
          required,
          level,
          gap,
          importance,
        })),
      ),
    );
    return 0;
  }
  const assessed = rows.filter((r) => r.level !== null);
  const open = assessed.filter((r) => (r.gap ?? 0) > 0);
  io.out(
    `${rows.length} requirement(s) of active staff: ${assessed.length} assessed, ${open.length} with a gap, ${rows.length - assessed.length} never assessed.`,
  );
  for (const r of open)
    io.out(
      `  ${r.matricule.padEnd(12)} ${r.competency.padEnd(12)} required ${r.required}, level ${r.level}, gap ${r.gap} (${r.importance})`,
    );
  return 0;
}

/** `sas needs [--json]` → `needs.scores`: per competency, the people with a gap and Σ weight × gap. */
export async function runNeeds(v: DbValues, io: Io): Promise<number> {
  const rows = await withInstallation(v.db, (ctx) => call('needs.scores', {}, ctx), { readOnly: true });
  if (v.json) {
    io.out(JSON.stringify(rows.map(({ competency, people, score }) => ({ competency, people, score }))));
    return 0;
  }
  if (!rows.length) io.out('No gap on any requirement of active staff.');
  else io.out('score = Σ weight × gap over active staff (essential 3, important 2, useful 1)');
  for (const r of rows) io.out(`  ${r.competency.padEnd(12)} score ${String(r.score).padStart(5)}  ${r.people} person(s)`);
  return 0;
}

/**
 * `sas review import FILE --campaign CODE` → `campaigns.importRatings`. Rejected rows do not fail
 * the command (exit 0, listed with their lines); a file that cannot be read does (exit 1).
 */
export async function runReviewImport(file: string, v: DbValues, io: Io): Promise<number> {
  if (typeof v.campaign !== 'string' || !v.campaign.trim()) throw new UsageError('review import needs --campaign CODE');
  const input = {
    campaignCode: v.campaign.trim(),
    ...fileSource(file),
    dryRun: Boolean(v['dry-run']),
  };
  const r = await withInstallation(v.db, (ctx) => call('campaigns.importRatings', input, ctx));
  if (v.json) {
    io.out(
      JSON.stringify({ campaign: r.campaign, imported: r.imported, rejected: r.rejected.map(({ line, reason }) => ({ line, reason })) }),
    );
  } else {
    io.out(
      `${file}: ${r.imported} row(s) imported into campaign ${r.campaign}, ${r.rejected.length} rejected${r.dryRun ? ' (dry run: nothing written)' : ''}.`,
    );
    for (const x of r.rejected) io.out(`  line ${x.line}: ${x.reason}`);
  }
  return 0;
}
