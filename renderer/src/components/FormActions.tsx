import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../api/result';
import { Editable } from './Editable';
import { FormError } from './FormError';

/** The end of every form: what was refused (if anything), then Cancel and Save. */
export function FormActions({ error, onCancel, busy }: { error: AppError | null; onCancel: () => void; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Editable>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Editable>
      </Group>
    </>
  );
}
