import fs from 'node:fs';
import { PLAN_EXPORT_FORMATS } from '../../../api/channels/plans';
import { call, withInstallation } from '../call';
import { type Io, UsageError } from '../cli-error';
import { type Values, choice } from '../options';

type DbValues = Values & { db: string };

/** `sas plan export --year YYYY --format xlsx|csv --out PATH` → `plans.export`, on the database opened read-only. */
export async function runPlanExport(v: DbValues, io: Io): Promise<number> {
  const year = Number(v.year);
  if (typeof v.year !== 'string' || !/^\d{4}$/.test(v.year) || year < 2000 || year > 2100)
    throw new UsageError('plan export needs --year YYYY');
  const format = choice(v, 'format', PLAN_EXPORT_FORMATS);
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('plan export needs --out PATH');
  const file = await withInstallation(v.db, (ctx) => call('plans.export', { year, format }, ctx), { readOnly: true });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  fs.writeFileSync(v.out, bytes);
  io.out(`Exported ${file.rows} action(s) of the ${year} training plan(s) to ${v.out} (${format}, ${bytes.length} bytes).`);
  return 0;
}
