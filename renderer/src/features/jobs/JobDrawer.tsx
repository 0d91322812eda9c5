import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { FormDialog } from '../../components/FormDialog';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { JobForm } from './JobForm';

/** A wide drawer on the reading end of the page: job sheets hold long texts in two scripts. */
export function JobDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const job = useCall('jobs.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const title = job.data ? `${job.data.code} — ${pickName(job.data.titleFr, job.data.titleAr, lang)}` : t('jobs.new');
  return (
    <FormDialog kind="drawer" size="min(1200px, 94vw)" title={id ? title : t('jobs.new')} onClose={onClose}>
      {id && !job.data ? <Loader aria-label={t('common.loading')} /> : <JobForm job={job.data ?? null} onClose={onClose} />}
    </FormDialog>
  );
}
