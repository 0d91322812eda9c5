import fs from 'node:fs';
import type { DEMO_SCALE_NAMES } from '../../../api/channels/settings';
import type { Output } from '../../../api/contract';
import { closeContext } from '../../../db/core/context';
import { isForeignFile } from '../../../db/core/open';
import { dispatch } from '../../../db/dispatch/dispatcher';
import { ensureKeys } from '../../../db/features/backup/keys';
import { clearServiceData, databaseHoldsData } from '../../../db/features/demo/generate';
import { openAppDatabase } from '../../../db/installation/open-database';
import { unwrap, withInstallation } from '../call';
import { CliError, type Io } from '../cli-error';

interface DemoOptions {
  db: string;
  scale: (typeof DEMO_SCALE_NAMES)[number];
  force: boolean;
}

/** What the database already holds, read without writing anything (null: new or empty file). */
function existingData(file: string): { staff: number; units: number; jobProfiles: number } | null {
  if (!fs.existsSync(file) || isForeignFile(file) || fs.statSync(file).size === 0) return null;
  const ctx = openAppDatabase(file, { readOnly: true });
  try {
    if (!databaseHoldsData(ctx)) return null;
    const n = (table: string) => (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { staff: n('staff'), units: n('org_units'), jobProfiles: n('job_profiles') };
  } catch (error) {
    // An older schema lacks some tables: it holds no Service data of today's kind.
    if (error instanceof Error && /no such table/.test(error.message)) return null;
    throw error;
  } finally {
    closeContext(ctx);
  }
}

/**
 * `sas demo` → `demo.load`: fills a database with demo data; refuses one that holds data unless
 * --force.
 */
export async function runDemo({ db, scale, force }: DemoOptions, io: Io): Promise<number> {
  const started = performance.now();
  // Refuse before opening for writing, so a refused database is left exactly as it was.
  const before = existingData(db);
  if (before && !force) {
    throw new CliError(
      `${db} already holds data (${before.staff} staff, ${before.units} units, ${before.jobProfiles} job profiles); nothing was changed. Use --force to replace it with demo data.`,
    );
  }
  // Clearing and regenerating are one transaction (so the synchronous dispatch): a failure leaves the old data in place.
  const result = await withInstallation(db, async (ctx) => {
    // The demo's attestations are signed by the installation's keys, read before the transaction.
    if (ctx.installation) await ensureKeys(ctx.installation.keyStore);
    return ctx.sqlite
      .transaction(() => {
        if (before) clearServiceData(ctx);
        return unwrap(dispatch('demo.load', { scale }, ctx)) as Output<'demo.load'>;
      })
      .immediate();
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (before) io.out(`Replaced ${before.staff} staff, ${before.units} units and ${before.jobProfiles} job profiles.`);
  io.out(
    `Demo data (${scale} scale) written to ${db}: ${result.staff} staff, ${result.units} units, ${result.jobProfiles} job profiles, ${result.organizations} organisations, ${result.services} services, ${result.subsidies} subsidies, ${result.reviews} reviews, ${result.ratings} competency ratings, ${result.needs} association needs, ${result.associationTrainees} association trainees, ${result.courses} courses, ${result.trainers} trainers, ${result.venues} venues, ${result.planActions} actions in the adopted training plan, ${result.sessions} training sessions, ${result.attestations} attestations, ${result.responses} evaluation sheets, ${result.followUps} follow-ups in ${seconds} s.`,
  );
  return 0;
}
