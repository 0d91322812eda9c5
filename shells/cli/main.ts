import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PROFILES } from '../../api/channels/backup';
import { DUPLICATE_POLICIES, EXPORT_FORMATS } from '../../api/channels/directory-files';
import { DEMO_SCALE_NAMES } from '../../api/channels/settings';
import { DomainError } from '../../db/core/errors';
import { defaultDatabasePath } from '../../db/core/paths';
import { CliError, type Io, UsageError, processIo } from './cli-error';
import { runBackupCreate, runBackupRestore, runBackupVerify } from './commands/backup';
import { runDemo } from './commands/demo';
import { runDirectory } from './commands/directory';
import { runDoctor } from './commands/doctor';
import { runKeysCreate } from './commands/keys';
import { runPartnerImport, runPartnerList } from './commands/partner';
import { runReferentiel } from './commands/referentiel';
import { type Values, alternatives, choice } from './options';

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  summary: string;
  options: Options;
  /** Positional arguments expected (FILE): none by default. */
  file?: boolean;
  run: (values: Values & { db: string; file: string }, io: Io) => Promise<number> | number;
}

const OPEN: Options = { 'passphrase-file': { type: 'string' }, identity: { type: 'string' } };

const COMMANDS: Record<string, Command> = {
  demo: {
    summary: 'fill a database with demo data for a commune like Berkane',
    options: { scale: { type: 'string' }, force: { type: 'boolean' } },
    run: (v, io) => runDemo({ db: v.db, scale: choice(v, 'scale', DEMO_SCALE_NAMES, 'commune'), force: Boolean(v.force) }, io),
  },
  doctor: {
    summary: 'check a database without changing it',
    options: { json: { type: 'boolean' } },
    run: (v, io) => runDoctor({ db: v.db, json: Boolean(v.json) }, io),
  },
  'keys create': {
    summary: 'write a new age identity file (mode 600) and print its age1… recipient',
    options: { out: { type: 'string' } },
    run: (v, io) => runKeysCreate({ out: v.out as string | undefined }, io),
  },
  'backup create': {
    summary: 'write an encrypted, signed backup of the database',
    options: {
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      recipient: { type: 'string', multiple: true },
      profile: { type: 'string' },
    },
    run: (v, io) => runBackupCreate(v, io),
  },
  'backup verify': {
    summary: 'decrypt and check a backup without changing anything',
    options: { ...OPEN, json: { type: 'boolean' } },
    file: true,
    run: (v, io) => runBackupVerify(v.file, v, io),
  },
  'backup restore': {
    summary: 'replace the database by a verified backup (the current one is kept)',
    options: { ...OPEN, 'accept-other-source': { type: 'boolean' } },
    file: true,
    run: (v, io) => runBackupRestore(v.file, v, io),
  },
  'partner import': {
    summary: "import a partner's backup as a read-only dataset",
    options: { ...OPEN, 'accept-new-key': { type: 'boolean' }, 'allow-older': { type: 'boolean' } },
    file: true,
    run: (v, io) => runPartnerImport(v.file, v, io),
  },
  'partner list': {
    summary: 'list the imported partner datasets',
    options: { json: { type: 'boolean' } },
    run: (v, io) => runPartnerList(v, io),
  },
  'directory import': {
    summary: 'import organisations from a CSV, XLSX or HSDS JSON file',
    options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'on-duplicate': { type: 'string' } },
    file: true,
    run: (v, io) => runDirectory('import', v.file, v, io),
  },
  'directory export': {
    summary: 'export the directory as CSV (Excel, French settings), XLSX or HSDS 3.0 JSON',
    options: { format: { type: 'string' }, out: { type: 'string' } },
    run: (v, io) => runDirectory('export', '', v, io),
  },
  'directory search': {
    summary: 'search organisations by name or description, in French or Arabic',
    options: { json: { type: 'boolean' } },
    file: true,
    run: (v, io) => runDirectory('search', v.file, v, io),
  },
  'referentiel export': {
    summary: 'write the competency framework and the job sheets as one JSON file',
    options: { out: { type: 'string' } },
    run: (v, io) => runReferentiel('export', '', v, io),
  },
  'referentiel import': {
    summary: 'import a référentiel file: matched by code, created or updated, never deleted',
    options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    file: true,
    run: (v, io) => runReferentiel('import', v.file, v, io),
  },
};

export const usage = (): string =>
  [
    'Usage: sas <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`),
    '',
    'Options:',
    `  --db FILE                   the database (default: ${defaultDatabasePath()})`,
    '  -h, --help                  show this help',
    '',
    // The choices are the contract's enums: a value added there is offered here as well.
    `  demo   --scale ${alternatives(DEMO_SCALE_NAMES)}   about 490 staff (default) or about 12 times more`,
    '         --force                     replace the Service data of a database that already holds some',
    '  doctor --json                      print one JSON object: {ok, schemaVersion, counts, problems}',
    `  directory import FILE [--dry-run] [--on-duplicate ${alternatives(DUPLICATE_POLICIES)}] [--json]`,
    '                                     CSV, XLSX or HSDS JSON; --json prints {imported, duplicates, rejected: [{line, reason}]}',
    `  directory export --format ${alternatives(EXPORT_FORMATS)} --out PATH`,
    '  directory search QUERY [--json]    matches best first; --json prints [{id, nameFr, nameAr, …}]',
    '',
    '  referentiel export --out FILE      {"format": "sas-referentiel", "version": 1, scale, categories, competencies, jobs}',
    '  referentiel import FILE [--dry-run] [--json]',
    '                                     matched by code, created or updated, never deleted; a file with any problem',
    '                                     is refused whole (exit 1); --json prints {created, updated, problems: [sentence]}',
    '',
    '  keys create --out KEYFILE',
    `  backup create --out FILE (--passphrase-file P | --recipient age1… …) [--profile ${alternatives(PROFILES)}]`,
    '  backup verify FILE (--passphrase-file P | --identity KEYFILE) [--json]',
    '  backup restore FILE (--passphrase-file P | --identity KEYFILE) [--accept-other-source]',
    '                                     a file from another installation (or signed by another key) needs --accept-other-source',
    '  partner import FILE (--identity KEYFILE | --passphrase-file P) [--accept-new-key] [--allow-older]',
    '  partner list [--json]',
    '  Passphrases come from --passphrase-file or SAS_PASSPHRASE, never from the command line.',
    '  Backups are signed with the key in sas-keys.json next to the database (created, mode 600).',
    '',
    'Exit codes: 0 done / healthy, 1 refused or problems found, 2 usage error.',
  ].join('\n');

const COMMON: Options = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/** Runs one command line; returns the exit code and never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      (name === undefined ? io.err : io.out)(usage());
      return name === undefined ? 2 : 0;
    }
    refusePassphraseArgument(argv);
    const pair = rest.length && !rest[0].startsWith('-') ? `${name} ${rest[0]}` : '';
    const key = Object.hasOwn(COMMANDS, pair) ? pair : name;
    const command = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
    if (!command) throw new UsageError(`unknown command "${pair || name}"`);
    const args = key === pair ? rest.slice(1) : rest;
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON, ...command.options },
      strict: true,
      allowPositionals: Boolean(command.file),
    });
    if (values.help) {
      io.out(usage());
      return 0;
    }
    if (command.file && positionals.length !== 1) throw new UsageError(`${key} needs exactly one FILE`);
    const db = typeof values.db === 'string' ? values.db : defaultDatabasePath();
    if (!db.trim()) throw new UsageError('--db needs a file name');
    return await command.run({ ...(values as Values), db, file: positionals[0] ?? '' }, io);
  } catch (error) {
    return report(error, io);
  }
}

/** A passphrase on the command line shows in `ps` and in shell history: refused with a pointer to the safe ways. */
function refusePassphraseArgument(argv: string[]): void {
  if (argv.some((a) => a === '--passphrase' || a.startsWith('--passphrase='))) {
    throw new UsageError('a passphrase is never accepted on the command line: use --passphrase-file FILE or the SAS_PASSPHRASE variable');
  }
}

function report(error: unknown, io: Io): number {
  const usageCodes = ['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'];
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (error instanceof UsageError || usageCodes.includes(code)) {
    io.err(`sas: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (error instanceof CliError || error instanceof DomainError) {
    io.err(`sas: ${error.message}`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`sas: unexpected error: ${message}`);
  if (process.env.SAS_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  else io.err('(set SAS_DEBUG=1 to see the details)');
  return 1;
}
