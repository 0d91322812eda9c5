/**
 * One backup operation in a process of its own, so that its peak memory is its own: run by
 * tests/bench/backup.ts as `node --import tsx backup-child.ts create DB OUT KEYS.json` or
 * `… verify FILE KEYS.json`. Prints one JSON line: the time, the resident memory once everything
 * is loaded and the database opened (the baseline), and the peak during the operation. On Linux
 * the kernel's high-water mark is reset at the baseline (/proc/self/clear_refs) and read after
 * (VmHWM), which also sees peaks inside synchronous SQLite calls that no sampling timer could;
 * elsewhere getrusage's maxRSS stands in, an upper bound (loading may have peaked higher).
 */
import fs from 'node:fs';
import { closeContext } from '../../db/core/context';
import { createBackup } from '../../db/features/backup/create';
import type { StoredKeys } from '../../db/features/backup/keys';
import { verifyBackup } from '../../db/features/backup/verify';
import { openAppDatabase } from '../../db/installation/open-database';

const MB = 1024 * 1024;
const [op, file, third, fourth] = process.argv.slice(2);

async function run(): Promise<number> {
  if (op === 'create') {
    const keys = JSON.parse(fs.readFileSync(fourth, 'utf8')) as StoredKeys;
    const ctx = openAppDatabase(file);
    reset = resetPeak();
    const baseline = process.memoryUsage().rss;
    const t = performance.now();
    await createBackup(ctx, { to: { recipients: [keys.recipient] }, keys, out: third });
    report(baseline, t);
    closeContext(ctx);
  } else {
    const keys = JSON.parse(fs.readFileSync(third, 'utf8')) as StoredKeys;
    reset = resetPeak();
    const baseline = process.memoryUsage().rss;
    const t = performance.now();
    await verifyBackup(file, { identities: [keys.identity] });
    report(baseline, t);
  }
  return 0;
}

/** Resets the high-water mark of resident memory to now, where the kernel allows it. */
function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakSinceReset(reset: boolean): number {
  const hwm = reset ? /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8')) : null;
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) * 1024;
}

let reset = false;

function report(baseline: number, started: number): void {
  const ms = Math.round(performance.now() - started);
  const peak = peakSinceReset(reset);
  const mb = (n: number) => Math.round(n / MB);
  console.log(JSON.stringify({ ms, baselineMB: mb(baseline), peakMB: mb(peak), peakAboveBaselineMB: mb(peak - baseline) }));
}

process.exitCode = await run();
