import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../api/result';
import { errorSentence } from '../lib/errors';

/** A refusal that belongs to no single field, said above the form. */
export function FormError({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={t('common.notSaved')}>
      {errorSentence(t, error)}
    </Alert>
  );
}
