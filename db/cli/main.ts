import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DomainError } from '../core/errors';
import { defaultDatabasePath } from '../core/paths';
import { CliError, type Io, UsageError, processIo } from './cli-error';
import { runDemo } from './commands/demo';
import { runDoctor } from './commands/doctor';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  summary: string;
  options: Options;
  run: (values: Values & { db: string }, io: Io) => Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  demo: {
    summary: 'fill a database with demo data for a commune like Berkane',
    options: { scale: { type: 'string' }, force: { type: 'boolean' } },
    run: (v, io) => {
      const scale = v.scale ?? 'commune';
      if (scale !== 'commune' && scale !== 'programme') throw new UsageError(`--scale must be "commune" or "programme", not "${String(scale)}"`);
      return runDemo({ db: v.db, scale, force: Boolean(v.force) }, io);
    },
  },
  doctor: {
    summary: 'check a database without changing it',
    options: { json: { type: 'boolean' } },
    run: (v, io) => runDoctor({ db: v.db, json: Boolean(v.json) }, io),
  },
};

export const usage = (): string =>
  [
    'Usage: sas <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    '',
    'Options:',
    `  --db FILE                   the database (default: ${defaultDatabasePath()})`,
    '  -h, --help                  show this help',
    '',
    '  demo   --scale commune|programme   about 490 staff (default) or about 12 times more',
    '         --force                     replace the Service data of a database that already holds some',
    '  doctor --json                      print one JSON object: {ok, schemaVersion, counts, problems}',
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
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { values } = parseArgs({ args: rest, options: { ...COMMON, ...command.options }, strict: true, allowPositionals: false });
    if (values.help) {
      io.out(usage());
      return 0;
    }
    const db = typeof values.db === 'string' ? values.db : defaultDatabasePath();
    if (!db.trim()) throw new UsageError('--db needs a file name');
    return await command.run({ ...(values as Values), db }, io);
  } catch (error) {
    return report(error, io);
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
