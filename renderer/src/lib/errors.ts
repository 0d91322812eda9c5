import type { TFunction } from 'i18next';
import type { AppError } from '../../../api/result';
import { CallError } from '../bridge/bridge';
import { ltr } from '../components/Ltr';

/** Codes some messages quote (an age public key's prefix), kept whole inside Arabic text. */
export const QUOTED = { prefix: ltr('age1…') };

/** A sentence in the interface language for any error the contract can return. */
export function errorSentence(t: TFunction, error: AppError | null | undefined): string {
  if (!error) return '';
  if (error.messageKey && t(error.messageKey, { defaultValue: '' })) return t(error.messageKey, QUOTED);
  return t(`errors.code.${error.code}`);
}

/** The same for an error thrown by a query (a CallError) or anything unexpected. */
export function queryErrorSentence(t: TFunction, error: unknown): string {
  if (error instanceof CallError) return errorSentence(t, error.error);
  return t('errors.code.internal');
}
