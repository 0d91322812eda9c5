import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../../api/channels/evaluation';
import type { AppError } from '../../../../../api/result';
import type { Language } from '../../../i18n';
import { errorSentence } from '../../../lib/errors';
import { pickName } from '../../../lib/format';
import type { SheetRow } from './sheet-rows';

/**
 * A save the data core refused, said with where it is: the sheet (from the issue's path,
 * `sheets.<i>.…`, in the order they were sent) and the question (the error's `detail`,
 * "question <n>", its number on the sheet).
 */
export function SheetRefusal({
  error,
  rows,
  rowLabel,
  questions,
}: {
  error: AppError | null;
  rows: readonly SheetRow[];
  rowLabel: (r: SheetRow) => string;
  questions: readonly Question[];
}) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const lang = i18n.language as Language;
  const at = /^sheets\.(\d+)/.exec(error.issues?.[0]?.path ?? '');
  const row = at ? rows[Number(at[1])] : undefined;
  const n = /question (\d+)/.exec(error.detail ?? '');
  const question = n ? [...questions].sort((a, b) => a.position - b.position)[Number(n[1]) - 1] : undefined;
  return (
    <Alert color="red" role="alert" title={t('common.notSaved')}>
      {errorSentence(t, error)}
      {row && <div>{t('sessionEvaluation.refusal.sheet', { sheet: rowLabel(row) })}</div>}
      {question && (
        <div>
          {t('sessionEvaluation.refusal.question', {
            n: Number(n?.[1]),
            text: pickName(question.textFr, question.textAr, lang),
          })}
        </div>
      )}
    </Alert>
  );
}
