import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../../db/core/paths';
import { startHost } from './server';

/**
 * `npm run web -- --db FILE [--port N]`: the real renderer in your browser on 127.0.0.1,
 * on the database you choose (default: the desktop app's own).
 */
const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '5199' } } });
const db = path.resolve(values.db ?? defaultDatabasePath());
fs.mkdirSync(path.dirname(db), { recursive: true });
try {
  const host = await startHost({ db, port: Number(values.port), backupDir: path.join(path.dirname(db), 'backups') });
  console.log(`SAS test host on ${host.url} (database: ${db})`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Cannot open ${db}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
