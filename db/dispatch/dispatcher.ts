import { z } from 'zod';
import { type Channel, channelWrites, contract, isChannel } from '../../api/contract';
import { type FieldIssue, type Result, fail, ok } from '../../api/result';
import type { DataContext } from '../core/context';
import { DomainError } from '../core/errors';
import { handlers as allHandlers } from './handlers';
import type { Handlers } from './types';

/** Turns zod issues into form-field issues whose messages are i18n keys. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message.startsWith('errors.') ? issue.message : zodCodeKey(issue),
  }));
}

function zodCodeKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'errors.required' : 'errors.invalidValue';
    case 'too_small':
      return 'errors.tooSmall';
    case 'too_big':
      return 'errors.tooBig';
    case 'invalid_value':
      return 'errors.invalidChoice';
    default:
      return 'errors.invalidValue';
  }
}

/**
 * Parses a call's input. An input zod cannot even read (a getter that throws, a Proxy whose traps
 * throw: possible for in-process callers, never after structured cloning) is invalid input like
 * any other, not an exception out of the dispatcher.
 */
function parseInput(schema: z.ZodType, rawInput: unknown): { success: true; data: unknown } | { success: false; issues: FieldIssue[] } {
  try {
    const parsed = schema.safeParse(rawInput ?? {});
    return parsed.success ? parsed : { success: false, issues: toFieldIssues(parsed.error) };
  } catch {
    return { success: false, issues: [{ path: '', message: 'errors.invalidValue' }] };
  }
}

type Prepared =
  | { done: Result<unknown> }
  | { run: () => unknown; finish: (value: unknown) => Result<unknown>; failure: (error: unknown) => Result<unknown> };

/**
 * Everything around the handler: refuse writes to a read-only dataset → validate input →
 * (call the handler) → validate output → Result. Whatever happens, the caller gets a Result,
 * never an exception or a stack trace.
 */
function prepare(channel: string, rawInput: unknown, ctx: DataContext, handlers: Handlers): Prepared {
  if (!isChannel(channel)) return { done: fail({ code: 'invalid_input', messageKey: 'errors.unknownChannel' }) };
  const spec = contract[channel];
  // A write to a read-only dataset is refused whatever its input: fixing a form cannot help.
  const writes = channelWrites(channel);
  if (writes.length && ctx.readOnly) return { done: fail({ code: 'read_only', messageKey: 'errors.readOnly' }) };
  const parsed = parseInput(spec.input, rawInput);
  if (!parsed.success) return { done: fail({ code: 'invalid_input', issues: parsed.issues }) };
  const handler = handlers[channel] as (input: unknown, ctx: DataContext) => unknown;
  return {
    run: () => handler(parsed.data, ctx),
    finish: (value) => {
      const out = spec.output.safeParse(value);
      if (!out.success) {
        // A contract breach inside the app: say which channel (no data) so it can be fixed.
        console.error(
          `[dispatch] ${channel}: output does not match the contract`,
          out.error.issues.map((i) => i.path.join('.')),
        );
        return fail({ code: 'internal' });
      }
      // Every write through a service is audited, so the History is among what changed.
      return ok(out.data, writes.length ? [...new Set([...writes, 'auditLog'])] : undefined);
    },
    failure: (error) => {
      if (error instanceof DomainError) return fail(error.toAppError());
      if (isSqliteConstraint(error)) return fail({ code: 'conflict', messageKey: 'errors.constraint' });
      if (isSqliteReadOnly(error)) return fail({ code: 'read_only', messageKey: 'errors.readOnly' });
      console.error(`[dispatch] ${channel} failed:`, error instanceof Error ? error.message : 'unknown error');
      return fail({ code: 'internal' });
    },
  };
}

/**
 * The one dispatcher shared by Electron's IPC, the `sas` command line and the test host, for
 * every channel, synchronous or not (backups encrypt asynchronously).
 */
export async function dispatchAsync(
  channel: string,
  rawInput: unknown,
  ctx: DataContext,
  handlers: Handlers = allHandlers,
): Promise<Result<unknown>> {
  const p = prepare(channel, rawInput, ctx, handlers);
  if ('done' in p) return p.done;
  try {
    return p.finish(await p.run());
  } catch (error) {
    return p.failure(error);
  }
}

/** The same for synchronous channels, where a caller (tests, demo data) cannot await. */
export function dispatch(channel: string, rawInput: unknown, ctx: DataContext, handlers: Handlers = allHandlers): Result<unknown> {
  const p = prepare(channel, rawInput, ctx, handlers);
  if ('done' in p) return p.done;
  try {
    const value = p.run();
    if (value instanceof Promise) {
      value.catch(() => undefined);
      console.error(`[dispatch] ${channel} is asynchronous: use dispatchAsync`);
      return fail({ code: 'internal' });
    }
    return p.finish(value);
  } catch (error) {
    return p.failure(error);
  }
}

const sqliteCode = (error: unknown): string => (error && typeof error === 'object' && 'code' in error ? String(error.code) : '');
const isSqliteConstraint = (error: unknown) => sqliteCode(error).startsWith('SQLITE_CONSTRAINT');
const isSqliteReadOnly = (error: unknown) => sqliteCode(error).startsWith('SQLITE_READONLY');

/** Typed convenience for callers inside Node (CLI, tests): throws nothing, returns the Result. */
export const call = <C extends Channel>(channel: C, input: unknown, ctx: DataContext) => dispatch(channel, input, ctx);
