import type { AppError, DuplicateMatch, ErrorCode, FieldIssue, Holder } from '../../api/result';

/**
 * An expected refusal from the data core (not found, conflict, read-only…). The dispatcher
 * turns it into a Result; anything else thrown is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey?: string,
    readonly extra: { issues?: FieldIssue[]; holders?: Holder[]; duplicates?: DuplicateMatch[]; detail?: string } = {},
  ) {
    super(messageKey ?? code);
    this.name = 'DomainError';
  }

  toAppError(): AppError {
    return { code: this.code, ...(this.messageKey ? { messageKey: this.messageKey } : {}), ...this.extra };
  }
}

export const notFound = (what = 'errors.notFound') => new DomainError('not_found', what);

/** A unique value already used by another record, reported against the form field. */
export const taken = (field: string, messageKey: string) =>
  new DomainError('conflict', messageKey, { issues: [{ path: field, message: messageKey }] });

/** A file that is not what it claims to be (not SQLite, not this app's, newer schema…). */
export class BadFileError extends DomainError {
  constructor(
    messageKey: string,
    readonly detail: string,
  ) {
    super('bad_file', messageKey);
    this.message = detail;
  }
}
