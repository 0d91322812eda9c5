import { Anchor, Button, Group, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffOfJob } from '../../app/links';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { PrintMenu } from '../../components/PrintMenu';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { JobForm } from './JobForm';
import { jobSheetHref } from './sheet/job-sheet-options';
import { JobSheetView } from './sheet/JobSheetView';

/**
 * A wide drawer on the reading end of the page: job sheets hold long texts in two scripts. A
 * saved sheet opens to be read, with Edit and Print; a new one opens as a form.
 */
export function JobDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [editing, setEditing] = useState(!id);
  const job = useCall('jobs.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const jobs = useCall('jobs.list', { includeArchived: true });
  const framework = useCall('framework.get', { includeArchived: true });
  const title = job.data ? `${job.data.code} — ${pickName(job.data.titleFr, job.data.titleAr, lang)}` : t('jobs.new');

  const body = () => {
    if (id && !job.data) return <Loader aria-label={t('common.loading')} />;
    if (editing || !job.data) return <JobForm job={job.data ?? null} onSaved={id ? () => setEditing(false) : onClose} />;
    const holders = t('jobs.holderCount', { count: job.data.holders, formatted: formatNumber(job.data.holders, lang) });
    return (
      <>
        <Group mb="md" gap="sm">
          <Editable>
            <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
          </Editable>
          <PrintMenu both href={(l) => jobSheetHref(job.data!.id, l)} />
        </Group>
        <JobSheetView
          job={job.data}
          framework={framework.data}
          jobs={jobs.data ?? []}
          lang={lang}
          t={t}
          level={3}
          holders={<Anchor href={staffOfJob(job.data.id)}>{holders}</Anchor>}
        />
      </>
    );
  };

  return (
    <FormDialog kind="drawer" size="min(1200px, 94vw)" title={id ? title : t('jobs.new')} onClose={onClose}>
      {body()}
    </FormDialog>
  );
}
