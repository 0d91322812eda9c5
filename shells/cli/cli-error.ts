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

let outputClosed = false;

/**
 * `sas partner list | head -1`: the reader has gone, so writing to stdout fails with EPIPE, an
 * 'error' event that would end the process with a stack trace. The rest of the output is
 * dropped instead, and the command finishes as it would have (its database closed, its exit code).
 */
export function tolerateClosedOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    outputClosed = true;
  });
}

export const processIo: Io = {
  out: (line) => {
    if (!outputClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
};
