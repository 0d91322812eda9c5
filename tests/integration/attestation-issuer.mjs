// A second installation process on the same database file (attestations.test.ts): opens its own
// connection, waits for the go signal so both processes issue at the same moment, then issues one
// attestation per call through the dispatcher and prints the numbers it got.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { register } from 'tsx/esm/api';

register();
const { openAppDatabase } = await import('../../db/installation/open-database.ts');
const { memoryKeyStore } = await import('../../db/features/backup/keys.ts');
const { dispatchAsync } = await import('../../db/dispatch/dispatcher.ts');

const { file, keys, sessionId, enrolmentIds, go, ready } = JSON.parse(process.argv[2]);
const base = openAppDatabase(file);
const ctx = { ...base, installation: { dataDir: '.', keyStore: memoryKeyStore(keys) } };
fs.writeFileSync(ready, '');
while (!fs.existsSync(go)) await sleep(5);
const numbers = [];
for (const enrolmentId of enrolmentIds) {
  const r = await dispatchAsync('attestations.issue', { sessionId, enrolmentIds: [enrolmentId] }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  numbers.push(...r.value.issued.map((a) => a.number));
  // A breath between calls, so a loaded machine still lets the other process in between them.
  await sleep(2);
}
base.sqlite.close();
process.stdout.write(JSON.stringify(numbers));
