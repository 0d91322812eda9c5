import type { TFunction } from 'i18next';
import type { AppError } from '../../../api/result';
import { CallError } from '../bridge/bridge';

/** A sentence in the interface language for any error the contract can return. */
export function errorSentence(t: TFunction, error: AppError | null | undefined): string {
  if (!error) return '';
  if (error.messageKey && t(error.messageKey, { defaultValue: '' })) return t(error.messageKey);
  return t(`errors.code.${error.code}`);
}

/** The same for an error thrown by a query (a CallError) or anything unexpected. */
export function queryErrorSentence(t: TFunction, error: unknown): string {
  if (error instanceof CallError) return errorSentence(t, error.error);
  return t('errors.code.internal');
}
