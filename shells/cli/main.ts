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
import { runGaps, runNeeds, runReviewImport } from './commands/reviews';
import { runPlanExport } from './commands/plan';
import { PLAN_EXPORT_FORMATS } from '../../api/channels/plans';
import { runStaff } from './commands/staff';
import { STAFF_EXPORT_FORMATS } from '../../api/channels/staff-files';
import { runReferentiel } from './commands/referentiel';
import { runCatalogue } from './commands/catalogue';
import { runCalendarExport, runParticipationsReport, runSessionsList } from './commands/sessions';
import { runIndicatorsReport, runCompareReport } from './commands/indicators';
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
  'staff import': {
    summary: 'create or update staff (by matricule) from a CSV or XLSX file',
    options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'create-units': { type: 'boolean' } },
    file: true,
    run: (v, io) => runStaff('import', v.file, v, io),
  },
  'staff export': {
    summary: 'export every staff member (active and left) as CSV (Excel, French settings) or XLSX',
    options: { format: { type: 'string' }, out: { type: 'string' } },
    run: (v, io) => runStaff('export', '', v, io),
  },
  'directory search': {
    summary: 'search organisations by name or description, in French or Arabic',
    options: { json: { type: 'boolean' } },
    file: true,
    run: (v, io) => runDirectory('search', v.file, v, io),
  },
  gaps: {
    summary: "each active person's gap on each requirement of their job",
    options: { unit: { type: 'string' }, json: { type: 'boolean' } },
    run: (v, io) => runGaps(v, io),
  },
  needs: {
    summary: 'training needs by competency, highest priority score first',
    options: { json: { type: 'boolean' } },
    run: (v, io) => runNeeds(v, io),
  },
  'review import': {
    summary: "import a campaign's ratings from a CSV or XLSX file into the competency history",
    options: { campaign: { type: 'string' }, json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    file: true,
    run: (v, io) => runReviewImport(v.file, v, io),
  },
  'plan export': {
    summary: "write the year's training plan(s), one row per action, as XLSX or CSV",
    options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    run: (v, io) => runPlanExport(v, io),
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
  'catalogue export': {
    summary: 'write the courses, the consenting trainers and the venues as one JSON file',
    options: { out: { type: 'string' } },
    run: (v, io) => runCatalogue('export', '', v, io),
  },
  'catalogue import': {
    summary: 'import a catalogue file: courses by code, trainers and venues by id; never deleted',
    options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    file: true,
    run: (v, io) => runCatalogue('import', v.file, v, io),
  },
  'sessions list': {
    summary: 'the training sessions with a slot in a period, as a table or JSON',
    options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    run: (v, io) => runSessionsList(v, io),
  },
  'calendar export': {
    summary: 'write the sessions (one event per slot, not cancelled ones) as an .ics calendar',
    options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
    run: (v, io) => runCalendarExport(v, io),
  },
  'report participations': {
    summary: "write one row per enrolment in the year's sessions as CSV for French Excel",
    options: { year: { type: 'string' }, out: { type: 'string' } },
    run: (v, io) => runParticipationsReport(v, io),
  },
  'report indicators': {
    summary: "the year's training indicators (issue 12's keys), as a table or JSON",
    options: { year: { type: 'string' }, json: { type: 'boolean' } },
    run: (v, io) => runIndicatorsReport(v, io),
  },
  'report compare': {
    summary: "a coordinator's partners side by side: each one's indicators for the year, as table or JSON",
    options: { year: { type: 'string' }, json: { type: 'boolean' } },
    run: (v, io) => runCompareReport(v, io),
  },
};

/** The command names' column, as wide as the longest name so every summary starts at the same place. */
const NAME_WIDTH = Math.max(...Object.keys(COMMANDS).map((n) => n.length));

export const usage = (): string =>
  [
    'Usage: sas <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(NAME_WIDTH)} ${c.summary}`),
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
    '  staff import FILE [--dry-run] [--create-units] [--json]',
    '                                     CSV (, ; or tab) or XLSX with the header',
    '                                     matricule;nom;prenom;nom_ar;prenom_ar;genre;grade;unite;poste;date_embauche;telephone;email',
    '                                     (any order, case and accents ignored; required: matricule, nom or nom_ar, genre).',
    '                                     genre F or M; grade a name of the grades list; unite a unit code or French name;',
    '                                     poste a job code; dates DD/MM/YYYY or YYYY-MM-DD. A known matricule updates that',
    '                                     person with the non-empty cells (an empty cell changes nothing); a matricule',
    '                                     repeated in the file rejects the later row. An unknown unit rejects the row, or',
    '                                     with --create-units is created as a top-level service. All accepted rows are',
    '                                     written in one transaction; --dry-run writes nothing and reports the same.',
    '                                     --json prints {created, updated, rejected: [{line, reason}]} (the header is line 1)',
    `  staff export --format ${alternatives(STAFF_EXPORT_FORMATS)} --out PATH   active and left staff, the import's columns`,
    '',
    '  gaps [--unit CODE] [--json]        --json: [{matricule, competency, required, level, gap, importance}] (level and gap null: never assessed);',
    '                                     --unit: that unit and the units below it',
    '  needs [--json]                     --json: [{competency, people, score}], score = Σ weight × gap (essential 3, important 2, useful 1)',
    '  review import FILE --campaign CODE [--dry-run] [--json]',
    '                                     CSV or XLSX: matricule;competence;niveau_auto;niveau_responsable;niveau_retenu;date;commentaire',
    '                                     --json prints {campaign, imported, rejected: [{line, reason}]}',
    '',
    `  plan export --year YYYY --format ${alternatives(PLAN_EXPORT_FORMATS)} --out PATH`,
    '                                     one row per action: plan, axe, action, code_formation, population, femmes, hommes,',
    '                                     agents, associatifs, heures, periode, cout_prevu_mad, financeur, statut, besoins_couverts',
    '',
    '  referentiel export --out FILE      {"format": "sas-referentiel", "version": 1, scale, categories, competencies, jobs}',
    '  referentiel import FILE [--dry-run] [--json]',
    '                                     matched by code, created or updated, never deleted; a file with any problem',
    '                                     is refused whole (exit 1); --json prints {created, updated, problems: [sentence]}',
    '',
    '  catalogue export --out FILE        {"format": "sas-catalogue", "version": 1, courses, trainers, venues}; only the',
    '                                     trainers who consented to be shared (with their phone and e-mail)',
    '  catalogue import FILE [--dry-run] [--json]',
    '                                     courses matched by code, trainers and venues by id; created or updated, never',
    '                                     deleted. Unknown competency codes and quartiers are left out and listed;',
    '                                     a file that is not a catalogue is refused (exit 1, nothing written);',
    '                                     --json prints {created, updated, problems: [sentence]}',
    '',
    '  sessions list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
    '                                     sessions with a slot in the period; --json: [{code, course, titleFr, titleAr,',
    '                                     status, venue, capacity, booked, waitlisted, slots: [{start, end}]}],',
    "                                     times YYYY-MM-DDTHH:MM in the installation's time zone",
    '  calendar export --out FILE.ics [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    '                                     RFC 5545: one event per slot of every session not cancelled (all its slots when',
    '                                     one is in the period), times in UTC, the same UID from one export to the next',
    '  report participations --year YYYY --out FILE.csv',
    '                                     one row per enrolment in a session with a slot that year (BOM, ;):',
    '                                     session;course;participant_type;participant_id;gender;status;hours_attended;attestation',
    '  report indicators --year YYYY [--json]',
    '                                     --json prints {year, staffActive, staffTrained, accessRate, trainingHours,',
    '                                     hoursPerAgent, associationTrainees, associationsReached, womenShareOfTrainees,',
    '                                     sessionsDelivered, satisfactionIndex, meanNormalisedGain, applicationRate,',
    '                                     costPerTraineeHour, needsCoverage}; rates 0 to 1, null with nothing to divide by',
    '  report compare --year YYYY [--json]',
    "                                     on a coordinator's database: --json prints [{partner, backupDate, indicators}],",
    '                                     one per imported partner dataset, the indicators as the partner computes them',
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
