/** A refusal the user can act on: printed in plain words on stderr, exit code 1, no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

/** A command line that does not parse: printed with the usage on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a command writes; injectable so the commands can be called in-process too. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
