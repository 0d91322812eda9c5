/**
 * Every call across the boundary answers with a Result: either the parsed output, or an error
 * code the renderer turns into a sentence in the user's language. Never a stack trace.
 */
export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'read_only', 'bad_file', 'internal'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem: `path` names the form field, `message` is an i18n key. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** What holds a record that cannot be deleted: shown to the user with an offer to archive. */
export interface Holder {
  kind:
    | 'staff'
    | 'units'
    | 'jobProfiles'
    | 'jobRequirements'
    | 'competencies'
    | 'organizations'
    | 'subsidies'
    | 'associationTrainees'
    | 'needs'
    | 'planActions'
    | 'trainers';
  count: number;
  /** A few of them by name (French, else Arabic); `examplesAr` the same names in Arabic first. */
  examples: string[];
  examplesAr?: string[];
}

export interface AppError {
  code: ErrorCode;
  /** i18n key of a more precise sentence, when there is one (e.g. `errors.matriculeTaken`). */
  messageKey?: string;
  issues?: FieldIssue[];
  holders?: Holder[];
  /** Existing records a new one looks like (the directory's duplicate check): open, merge or create anyway. */
  duplicates?: DuplicateMatch[];
  /**
   * What exactly is wrong, in English, when the key alone cannot say it ("extra trigger t1 on
   * staff"): the command line prints it after its sentence, the interface may show it below.
   */
  detail?: string;
}

export interface DuplicateMatch {
  id: string;
  nameFr: string;
  nameAr: string;
  /** What matched: the folded name, a phone number or the e-mail address. */
  reasons: ('name' | 'phone' | 'email')[];
}

export type Result<T> = { ok: true; value: T; changed?: string[] } | { ok: false; error: AppError };

export const ok = <T>(value: T, changed?: string[]): Result<T> =>
  changed && changed.length ? { ok: true, value, changed } : { ok: true, value };

export const fail = (error: AppError): Result<never> => ({ ok: false, error });
