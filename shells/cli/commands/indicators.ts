import type { Indicators } from '../../../api/channels/evaluation';
import { call, withInstallation } from '../call';
import type { Io } from '../cli-error';
import { type Values, yearOption } from '../options';

type DbValues = Values & { db: string };
type Key = Exclude<keyof Indicators, 'year'>;

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
const count = (n: number) => String(n);
const decimal = (n: number) => String(Math.round(n * 100) / 100);

/** The table's rows in the order: label and how its value reads. */
const ROWS: [Key, string, (n: number) => string][] = [
  ['staffActive', 'Active staff', count],
  ['staffTrained', 'Staff trained', count],
  ['accessRate', 'Access rate (trained / active)', percent],
  ['trainingHours', 'Training hours attended', decimal],
  ['hoursPerAgent', 'Hours per active agent', decimal],
  ['associationTrainees', 'Association trainees', count],
  ['associationsReached', 'Associations reached', count],
  ['womenShareOfTrainees', 'Women among trainees', percent],
  ['sessionsDelivered', 'Sessions delivered', count],
  ['satisfactionIndex', 'Satisfaction index, level 1 (0 to 1)', decimal],
  ['meanNormalisedGain', 'Mean normalised gain, level 2', decimal],
  ['applicationRate', 'Application rate, level 3', percent],
  ['costPerTraineeHour', 'Cost per trainee-hour (MAD)', decimal],
  ['needsCoverage', 'Needs coverage (planned or fulfilled)', percent],
];

/**
 * `sas report indicators --year YYYY [--json]` → `indicators.year`, on the database opened
 * read-only. `--json`: the channel's object as is (the keys and `year`), so a script and
 * the coordinator's `report compare` read the same figures.
 */
export async function runIndicatorsReport(v: DbValues, io: Io): Promise<number> {
  const year = yearOption(v, 'report indicators');
  const figures = await withInstallation(v.db, (ctx) => call('indicators.year', { year }, ctx), { readOnly: true });
  if (v.json) {
    io.out(JSON.stringify(figures));
    return 0;
  }
  const table = ROWS.map(([key, label, show]) => {
    const value = figures[key];
    return [label, value === null ? '-' : show(value)];
  });
  const width = Math.max(...table.map(([label]) => label.length));
  io.out(`Training indicators of ${year}`);
  io.out('');
  for (const [label, value] of table) io.out(`${label.padEnd(width)}  ${value}`);
  if (table.some(([, value]) => value === '-')) io.out(`\n-: nothing to compute it from in ${year} (an empty denominator).`);
  return 0;
}

/**
 * `sas report compare --year YYYY [--json]` → `partners.compare`, on a coordinator's database:
 * one entry per imported partner dataset, `{partner, backupDate, indicators}`, the indicators as
 * `report indicators` gives them on the partner's own database.
 */
export async function runCompareReport(v: DbValues, io: Io): Promise<number> {
  const year = yearOption(v, 'report compare');
  const partners = await withInstallation(v.db, (ctx) => call('partners.compare', { year }, ctx));
  if (v.json) {
    io.out(JSON.stringify(partners.map((p) => ({ partner: p.partner, backupDate: p.backupDate, indicators: p.indicators }))));
    return 0;
  }
  if (!partners.length) {
    io.out('No partner dataset imported: nothing to compare.');
    return 0;
  }
  const cells = ROWS.map(([key, label, show]) => [
    label,
    ...partners.map((p) => (p.indicators[key] === null ? '-' : show(p.indicators[key]))),
  ]);
  const header = ['', ...partners.map((p) => p.partner || p.partnerAr)];
  const dates = ['Backup of', ...partners.map((p) => p.backupDate.slice(0, 10))];
  const rows = [header, dates, ...cells];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  io.out(`Training indicators of ${year}, partner by partner`);
  for (const r of rows) io.out(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  return 0;
}
