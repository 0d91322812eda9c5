import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error';

/** The bytes of FILE; a file the system cannot read is refused before any database is opened. */
export function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error)
      throw new CliError(`${file} could not be read (${String(error.code)}); nothing was written.`);
    throw error;
  }
}

/** FILE as an import channel takes it: its name and its bytes in base64. */
export const fileSource = (file: string) => ({ fileName: path.basename(file), contentBase64: readBytes(file).toString('base64') });
