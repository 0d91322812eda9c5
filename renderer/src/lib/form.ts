import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { AppError, Result } from '../../../api/result';

export type FieldErrors = Record<string, string>;

/** First message per field path (`requirements.0.competencyId`), as i18n keys. */
export function issuesToErrors(issues: { path: string; message: string }[] = []): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) if (!out[i.path]) out[i.path] = i.message;
  return out;
}

const zodIssues = (error: z.ZodError) =>
  error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message.startsWith('errors.') ? i.message : 'errors.invalidValue',
  }));

/**
 * A form validated with the contract's own zod schema. Errors are i18n keys, shown beside the
 * field in the interface language; the server's field issues land in the same place. `dirty`
 * says whether the values differ from the initial ones (typing then erasing is not an edit).
 */
export function useZodForm<S extends z.ZodType>(schema: S, initial: z.input<S>) {
  const [initialValues] = useState<z.input<S>>(initial);
  const [values, setValues] = useState<z.input<S>>(initial);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initialValues), [values, initialValues]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<AppError | null>(null);

  const set = useCallback(<K extends keyof z.input<S>>(key: K, value: z.input<S>[K]) => {
    setValues((v) => ({ ...(v as object), [key]: value }) as z.input<S>);
    setErrors((e) => {
      if (!e[key as string]) return e;
      const { [key as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  /** Parses the values; returns the parsed input, or null after showing the errors. */
  const validate = useCallback((): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(issuesToErrors(zodIssues(parsed.error)));
    return null;
  }, [schema, values]);

  /** Shows a failed Result: field issues beside their fields, anything else above the form. */
  const showResult = useCallback((result: Result<unknown>): boolean => {
    if (result.ok) {
      setFormError(null);
      return true;
    }
    const fieldErrors = issuesToErrors(result.error.issues);
    setErrors(fieldErrors);
    // Said once: beside its field when it has one, above the form otherwise.
    setFormError(Object.keys(fieldErrors).length ? null : result.error);
    return false;
  }, []);

  return { values, setValues, set, dirty, errors, validate, showResult, formError, setFormError };
}
