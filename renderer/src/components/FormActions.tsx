import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../api/result';
import { Editable } from './Editable';
import { FormError } from './FormError';

interface Props {
  error: AppError | null;
  onCancel: () => void;
  busy?: boolean;
  /** For a saved record: a Delete button at the start of the row (the caller confirms). */
  onDelete?: () => void;
}

/** The end of every form: what was refused (if anything), then Delete, Cancel and Save. */
export function FormActions({ error, onCancel, busy, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={error} />
      <Group justify={onDelete ? 'space-between' : 'flex-end'}>
        {onDelete && (
          <Editable>
            <Button variant="subtle" color="red" onClick={onDelete}>
              {t('common.delete')}
            </Button>
          </Editable>
        )}
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Editable>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Editable>
        </Group>
      </Group>
    </>
  );
}
