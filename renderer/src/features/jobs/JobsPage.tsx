import { Button, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import { JobDrawer } from './JobDrawer';
import { JobList } from './JobList';
import { Editable } from '../../components/Editable';

/** `null`: nothing open; `'new'`: a blank sheet; otherwise the id of the sheet being edited. */
type Open = string | null;

/** The commune's job descriptions (fiches de poste), each opened in a wide drawer. */
export function JobsPage() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const jobs = useCall('jobs.list', { includeArchived });

  return (
    <>
      <PageHeader subtitle={t('jobs.subtitle')}>
        <Switch label={t('common.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
        <Editable>
          <Button onClick={() => setOpen('new')}>{t('jobs.new')}</Button>
        </Editable>
      </PageHeader>
      {jobs.data && !jobs.data.length ? (
        <Empty title={t('jobs.emptyTitle')} hint={t('jobs.emptyHint')} action={t('jobs.new')} onAction={() => setOpen('new')} />
      ) : (
        <JobList jobs={jobs.data ?? []} loading={jobs.isPending} selectedId={open} onOpen={setOpen} />
      )}
      {open && <JobDrawer id={open === 'new' ? null : open} onClose={() => setOpen(null)} />}
    </>
  );
}
