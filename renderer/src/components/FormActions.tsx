import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../api/result';
import { Editable, useReadOnly } from './Editable';
import { FormError } from './FormError';

interface Props {
  error: AppError | null;
  onCancel: () => void;
  busy?: boolean;
  /** The saved record's name, so Delete and Archive say what they act on. */
  name?: string;
  /** For a saved record: a Delete button at the start of the row (the caller confirms). */
  onDelete?: () => void;
  /** For a saved record that can be archived: Archive, or Restore once archived. */
  archive?: { archived: boolean; run: () => void };
}

/** The end of every form: what was refused (if anything), then Delete and Archive, Cancel and Save. */
export function FormActions({ error, onCancel, busy, name, onDelete, archive }: Props) {
  const { t } = useTranslation();
  // Nothing to cancel on a read-only record: the button closes it, and stays usable.
  const readOnly = useReadOnly();
  const named = (key: string) => (name ? t(`${key}Named`, { name }) : undefined);
  const start = Boolean(onDelete || archive);
  return (
    <>
      <FormError error={error} />
      <Group justify={start ? 'space-between' : 'flex-end'}>
        {start && (
          <Editable>
            <Group gap="xs">
              {onDelete && (
                <Button variant="subtle" color="red" onClick={onDelete} aria-label={named('common.delete')}>
                  {t('common.delete')}
                </Button>
              )}
              {archive && (
                <Button
                  variant="subtle"
                  color="gray"
                  onClick={archive.run}
                  aria-label={named(archive.archived ? 'common.restore' : 'common.archive')}
                >
                  {t(archive.archived ? 'common.restore' : 'common.archive')}
                </Button>
              )}
            </Group>
          </Editable>
        )}
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t(readOnly ? 'common.close' : 'common.cancel')}
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
