import { UsageError } from './cli-error';

/** What parseArgs gives a command, with the database chosen by main. */
export type Values = Record<string, string | boolean | string[] | undefined>;

export const str = (v: Values, name: string): string | undefined => (typeof v[name] === 'string' ? (v[name] as string) : undefined);

/** `"a", "b" or "c"` */
function quoted(values: readonly string[]): string {
  const q = values.map((v) => `"${v}"`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} or ${q.at(-1)}` : (q[0] ?? '');
}

/**
 * An option whose allowed values are a contract enum (passed in from api/, never listed here):
 * absent gives the fallback, anything else is a usage error (exit code 2) naming the choices.
 */
export function choice<T extends string>(v: Values, option: string, allowed: readonly T[], fallback?: T): T {
  const given = str(v, option) ?? fallback;
  if (given !== undefined && (allowed as readonly string[]).includes(given)) return given as T;
  throw new UsageError(`--${option} must be ${quoted(allowed)}${given === undefined ? '' : `, not "${given}"`}`);
}

/** `a|b|c`, as the usage text writes a choice. */
export const alternatives = (allowed: readonly string[]): string => allowed.join('|');

/** `--year YYYY` (2000 to 2100, as the channels accept), or a usage error naming the command. */
export function yearOption(v: Values, command: string): number {
  const given = str(v, 'year') ?? '';
  const year = Number(given);
  if (!/^\d{4}$/.test(given) || year < 2000 || year > 2100)
    throw new UsageError(`${command} needs --year YYYY (2000 to 2100)${given ? `, not "${given}"` : ''}`);
  return year;
}
